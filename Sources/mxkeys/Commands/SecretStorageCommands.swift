import ArgumentParser
import MatrixKeys

struct SecretStorageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssss",
        abstract: "Secret storage (SSSS): keys, key checks and secrets.",
        discussion: """
            Secret storage is m.secret_storage.v1.aes-hmac-sha2. The key is the recovery key (--recovery-key-file, MXKEYS_RECOVERY_KEY, or a prompt) or, with \
            --passphrase, a passphrase (--passphrase-file, MXKEYS_PASSPHRASE, or a prompt) turned into the \
            key with the description's m.pbkdf2 parameters. Base64 is read padded or unpadded and written \
            padded, as the reference client does. A key description whose IV is 32 bytes instead of 16 (seen \
            in the wild) is accepted: its first 16 bytes are used, as the client that wrote it does, and the \
            key check says so.
            """,
        subcommands: [SSSSNewKey.self, SSSSCheckKey.self, SSSSPassphrase.self, SSSSEncrypt.self, SSSSDecrypt.self, SecretStorageFetch.self])
}

/// Reads a key description: the content of `m.secret_storage.key.<id>`, that whole event, what ssss
/// new-key prints, or an account data dump (what ssss fetch writes), from which key `keyID` (else the
/// default key) is taken.
func readKeyDescription(_ path: String, keyID: String? = nil) throws -> SecretStorageKeyDescription {
    let value = JSONValue.object(try JSONFile.readObject(path, option: "--key-description", mode: .lax, what: "the key description"))
    do { return try SecretStorageKeyDescription.find(in: value, keyID: keyID).description } catch { throw Failure(error, source: path) }
}

/// `--key-id` for the commands whose only key source is `--key-description`: which key of an account
/// data dump to take.
struct DescriptionKeyID: ParsableArguments {
    @Option(name: .customLong("key-id"), help: ArgumentHelp(
        "With an account data dump as --key-description: the key to take (default: m.secret_storage.default_key).", valueName: "id"))
    var keyID: String?
}

struct SSSSNewKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-key",
        abstract: "Make a new secret storage key: print its ID, the key description to upload, and the recovery key.",
        discussion: Help.discussion("""
            Prints one JSON object: key_id, account_data_type (m.secret_storage.key.<key_id>), \
            key_description (with the key check, and with --passphrase the m.pbkdf2 parameters: a random \
            salt and 500,000 rounds), and recovery_key. With --passphrase the key is derived from the \
            passphrase (asked twice on a terminal); the recovery key then encodes that derived key.
            """, examples: [
                "mxkeys ssss new-key --name \"Security Key\" --output new-key.json",
                "mxkeys ssss new-key --passphrase --output new-key.json",
            ]))

    @Option(name: .customLong("key-id"), help: ArgumentHelp("The key ID (default: 32 random letters and digits).", valueName: "id"))
    var keyID: String?

    @Option(help: ArgumentHelp("A name for the key, stored in the description.", valueName: "name"))
    var name: String?

    @Flag(name: .customLong("passphrase"), help: "Derive the key from a passphrase.")
    var usePassphrase = false

    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var output: SecretOutput

    func run() throws {
        let id = keyID ?? SecretStorage.newKeyID()
        guard !id.isEmpty else { throw Failure("--key-id must not be empty", code: ExitStatus.usage) }
        var info: PassphraseInfo? = nil
        let key: SecretBytes
        if usePassphrase || passphrase.file != nil {
            let generated = PassphraseInfo.generate()
            info = generated
            do { key = try generated.deriveKey(try passphrase.read(new: true)) } catch { throw Failure(error) }
        } else {
            key = RecoveryKey.generate()
        }
        let description: JSONObject
        do { description = try SecretStorageKeyDescription.create(key: key, name: name, passphrase: info) } catch { throw Failure(error) }
        var recovery = try RecoveryKey.encode(key)
        var text = CanonicalJSON.encode([
            "key_id": .string(id), "account_data_type": .string(AccountData.keyTypePrefix + id),
            "key_description": .object(description), "recovery_key": .string(recovery),
        ])
        recovery = ""
        defer { wipe(&text) }
        try output.write(text)
    }
}

struct SSSSCheckKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-key",
        abstract: "Say whether a recovery key or passphrase is the key of a key description: right, wrong or unverifiable.",
        discussion: Help.discussion("""
            Exit 0 when it is right, 1 when it is wrong. A description without iv and mac cannot be checked: \
            that is reported as unverifiable, with exit 0, or 1 with --require-check. The recovery key may \
            also come on standard input.
            """, examples: [
                "mxkeys ssss check-key --key-description key.json < security-key.txt",
                "mxkeys ssss check-key --key-description account-data.json --passphrase",
            ]))

    @Option(name: .customLong("key-description"), help: ArgumentHelp(
        "The key description: the content of m.secret_storage.key.<id>, that account data event, or an account data dump (what ssss fetch writes).", valueName: "file"),
        completion: .file())
    var keyDescription: String

    @OptionGroup var descriptionKey: DescriptionKeyID

    @Flag(help: "Treat an unverifiable key as a failure (exit 1).")
    var requireCheck = false

    @OptionGroup var key: SecretStorageKeyOptions

    func run() throws {
        let description = try readKeyDescription(keyDescription, keyID: descriptionKey.keyID)
        let candidate = try key.key(description: description, standardInput: true)
        let out = Output()
        switch description.check(candidate) {
        case .right(let note):
            out.line("right" + (note.map { " (note: \($0))" } ?? ""))
        case .wrong:
            out.line("wrong: this is not the key of the description (its key check MAC does not match)")
            out.flush()
            throw NegativeVerdict()
        case .unverifiable:
            out.line("unverifiable: the description has no iv and mac, so the key cannot be checked (it may still be right)")
            if requireCheck {
                out.flush()
                throw NegativeVerdict()
            }
        }
    }
}

struct SSSSPassphrase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Turn a passphrase (Security Phrase) into its key and print it as a recovery key (Security Key).",
        discussion: Help.discussion("""
            The key is derived with the key description's m.pbkdf2 parameters. The description's key \
            check (iv and mac) tells a wrong passphrase: then exit 1 and nothing is printed. A description \
            without iv and mac cannot tell: the key is printed with a warning on standard error. The \
            passphrase comes from --passphrase-file, MXKEYS_PASSPHRASE, or a prompt.
            """, examples: [
                "mxkeys ssss passphrase --key-description key.json",
                "mxkeys ssss passphrase --key-description key.json --output security-key.txt",
            ]))

    @Option(name: .customLong("key-description"), help: ArgumentHelp(
        "The key description: the content of m.secret_storage.key.<id>, that account data event, or an account data dump (what ssss fetch writes).", valueName: "file"),
        completion: .file())
    var keyDescription: String

    @OptionGroup var descriptionKey: DescriptionKeyID
    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var output: SecretOutput

    func run() throws {
        let description = try readKeyDescription(keyDescription, keyID: descriptionKey.keyID)
        guard let info = description.passphrase else {
            throw Failure("the key description has no m.pbkdf2 parameters: its key does not come from a passphrase (\(keyDescription))")
        }
        let key: SecretBytes
        do { key = try info.deriveKey(try passphrase.read(new: false)) } catch let failure as Failure { throw failure } catch { throw Failure(error) }
        switch description.check(key) {
        case .right: break
        case .wrong:
            throw Failure("wrong passphrase: the key it gives does not pass the description's key check", code: ExitStatus.negative)
        case .unverifiable:
            Stderr.warning("the description has no iv and mac, so the passphrase cannot be checked; the key may be wrong")
        }
        var text = Array(try RecoveryKey.encode(key).utf8)
        defer { wipe(&text) }
        try output.write(text)
    }
}

struct SSSSEncrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt",
        abstract: "Encrypt a secret read on standard input; print {\"encrypted\": {KEY_ID: {iv, ciphertext, mac}}}.",
        discussion: Help.discussion("""
            The secret is the text on standard input, without one trailing line break. With \
            --key-description the key is checked first, and a wrong key is refused (exit 1).
            """, examples: [
                "mxkeys ssss encrypt --name m.megolm_backup.v1 --key-id \"$KEY_ID\" \\\n    --recovery-key-file security-key.txt < secret.txt",
            ]))

    @Option(help: ArgumentHelp("The secret's name, such as m.cross_signing.master or m.megolm_backup.v1.", valueName: "secret-name"))
    var name: String

    @Option(name: .customLong("key-id"), help: ArgumentHelp("The secret storage key's ID.", valueName: "id"))
    var keyID: String

    @Option(name: .customLong("key-description"), help: ArgumentHelp("Check the key against this description first.", valueName: "file"),
            completion: .file())
    var keyDescription: String?

    @OptionGroup var key: SecretStorageKeyOptions

    func run() throws {
        let description = try keyDescription.map { try readKeyDescription($0, keyID: keyID) }
        let storageKey = try key.key(description: description, standardInput: false)
        if let description, description.check(storageKey) == .wrong {
            throw Failure("the key does not match the key description (\(keyDescription ?? ""))", code: ExitStatus.negative)
        }
        var input = try SecretSource.standardInput(secret: "secret", give: ["it on standard input"])
        SecretSource.trimmingLineEnd(&input)
        let secret = SecretBytes(consuming: &input)
        let encrypted: EncryptedSecret
        do { encrypted = try SecretStorage.encrypt(secret, name: name, key: storageKey) } catch { throw Failure(error) }
        let out = Output()
        out.json(["encrypted": .object([keyID: encrypted.json])])
    }
}

struct SSSSDecrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Decrypt a secret, or with --account-data every secret the key opens.",
        discussion: Help.discussion("""
            FILE (or standard input) holds a secret's account data ({"encrypted": {...}} or the whole \
            event); with --account-data FILE, an account data dump, every secret the key opens is listed. A \
            MAC that does not match (a wrong key, the wrong name, altered data) is exit 1.
            """, examples: [
                "mxkeys ssss decrypt --account-data account-data.json --names-only",
                "mxkeys ssss decrypt --name m.megolm_backup.v1 \\\n    --recovery-key-file security-key.txt secret.json",
            ], more: ManualSection.see("The input, the output and the keys", .secrets)))

    @Option(help: ArgumentHelp("The secret's name (needed for FILE).", valueName: "secret-name"))
    var name: String?

    @Option(name: .customLong("key-id"), help: ArgumentHelp("The secret storage key's ID.", valueName: "id"))
    var keyID: String?

    @Option(name: .customLong("account-data"), help: ArgumentHelp("An account data dump to decrypt every secret of.", valueName: "file"),
            completion: .file())
    var accountData: String?

    @Option(name: .customLong("key-description"), help: ArgumentHelp(
        "The key description (for --passphrase, or to check the key first).", valueName: "file"), completion: .file())
    var keyDescription: String?

    @Flag(help: "With --account-data: only the secrets' names.")
    var namesOnly = false

    @Flag(help: "Print JSON: {\"name\", \"secret\"}, or with --account-data {\"key_id\", \"secrets\": [...]}.")
    var json = false

    @OptionGroup var key: SecretStorageKeyOptions
    @OptionGroup var output: SecretOutput
    @OptionGroup var input: InputFile

    func validate() throws {
        if accountData != nil && input.file != nil { throw ValidationError("give FILE or --account-data FILE, not both") }
        if namesOnly && accountData == nil { throw ValidationError("--names-only goes with --account-data") }
    }

    func run() throws {
        if let accountData { return try runAccountData(accountData) }
        let object = try input.readObject(mode: .lax, what: "the secret")
        let content: JSONObject
        var eventType: String? = nil
        if case .object(let inner)? = object["content"], case .string(let type)? = object["type"] {
            content = inner
            eventType = type
        } else {
            content = object
        }
        // The secret's name is part of its encryption: the event's type says it when --name does not.
        guard let name = name ?? eventType else {
            throw Failure("give --name SECRET_NAME: the input is not a {type, content} event that names its secret (\(input.sourceName))")
        }
        var id = keyID
        if id == nil, case .object(let byKey)? = content["encrypted"] {
            guard byKey.count == 1 else { throw Failure("the secret is encrypted for several keys (\(byKey.keys.joined(separator: ", "))): give --key-id") }
            id = byKey.keys.first
        }
        let description = try keyDescription.map { try readKeyDescription($0, keyID: id) }
        let storageKey = try key.key(description: description, standardInput: input.file != nil && input.file != "-")
        if let description, description.check(storageKey) == .wrong {
            throw Failure("the key does not match the key description (\(keyDescription ?? ""))", code: ExitStatus.negative)
        }
        let result = Result { () throws(SecretStorageError) -> SecretBytes in
            try SecretStorage.decrypt(try SecretStorage.encrypted(in: content, name: name, keyID: id ?? ""), name: name, key: storageKey)
        }
        let secret: SecretBytes
        switch result {
        case .success(let value): secret = value
        case .failure(.macMismatch(let secretName)):
            throw Failure(SecretStorageError.macMismatch(secret: secretName).description, code: ExitStatus.negative)
        case .failure(let error): throw Failure(error, source: input.sourceName)
        }
        var bytes = secret.unsafeCopy()
        defer { wipe(&bytes) }
        if json {
            var text = CanonicalJSON.encode(["name": .string(name), "secret": .string(String(decoding: bytes, as: UTF8.self))])
            defer { wipe(&text) }
            return try output.write(text)
        }
        try output.write(bytes)
    }

    private func runAccountData(_ path: String) throws {
        let data: AccountData
        do { data = try AccountData(try JSONFile.read(path, option: "--account-data", mode: .lax)) } catch let failure as Failure { throw failure } catch { throw Failure(error, source: path) }
        let id: String
        do { id = try data.keyID(keyID) } catch { throw Failure(error, source: path) }
        var description = try keyDescription.map { try readKeyDescription($0, keyID: id) }
        if description == nil, data.keyIDs.contains(id) {
            do { description = try data.keyDescription(id) } catch { throw Failure(error, source: path) }
        }
        let storageKey = try key.key(description: description, standardInput: true)
        if let description, description.check(storageKey) == .wrong {
            throw Failure("the key is not key \(id) of the account data (its key check MAC does not match)", code: ExitStatus.negative)
        }
        var opened = data.openAll(key: storageKey, keyID: id)
        if let name { opened = opened.filter { $0.name == name } }
        guard !opened.isEmpty else {
            throw Failure(name.map { "no secret \($0) encrypted for key \(id) (\(path))" } ?? "no secret is encrypted for key \(id) (\(path))", code: ExitStatus.negative)
        }
        var text: [UInt8] = []
        defer { wipe(&text) }
        var failures = 0
        if json {
            var secrets: [JSONValue] = []
            for entry in opened {
                var object: JSONObject = ["name": .string(entry.name)]
                switch entry.result {
                case .success(let secret): if !namesOnly { object["secret"] = .string(String(decoding: secret.unsafeCopy(), as: UTF8.self)) }
                case .failure(let error):
                    failures += 1
                    object["error"] = .string(error.description)
                }
                secrets.append(.object(object))
            }
            text = CanonicalJSON.encode(["key_id": .string(id), "secrets": .array(secrets)])
            try output.write(text)
            if failures > 0 { throw NegativeVerdict() }
            return
        }
        for entry in opened {
            switch entry.result {
            case .success(let secret):
                text += Array(entry.name.utf8)
                if !namesOnly { text += Array(": ".utf8) + secret.unsafeCopy() }
            case .failure(let error):
                failures += 1
                text += Array("\(entry.name): not opened: \(error)".utf8)
            }
            text.append(0x0A)
        }
        text.removeLast()
        try output.write(text)
        if failures > 0 { throw NegativeVerdict() }
    }
}
