import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

struct KeystoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keystore",
        abstract: "The encrypted keystore: keys kept under a passphrase.",
        discussion: """
            Signing keys, recovery keys, backup keys and cross-signing keys, each in one file (Argon2id, \
            XChaCha20-Poly1305), in $MXKEYS_HOME, else $XDG_DATA_HOME/mxkeys, else ~/.local/share/mxkeys. \
            Commands that take a key file take --key keystore:NAME, and --recovery-key-file keystore:NAME. \
            \(ManualSection.see("The entries, the lock and what is refused", .keystore, .files))
            """,
        subcommands: [KeystoreList.self, KeystorePath.self, KeystoreGenerate.self, KeystoreImport.self, KeystoreExport.self, KeystorePasswd.self, KeystoreRemove.self])
}

/// How long a command that writes waits for another process's hold on the keystore.
struct LockTimeoutOption: ParsableArguments {
    @Option(name: .customLong("lock-timeout"), help: ArgumentHelp(
        "Seconds to wait for the keystore lock.", valueName: "seconds"))
    var seconds: Int = Keystore.defaultLockTimeout

    func validate() throws {
        if seconds < 0 || seconds > 86_400 { throw ValidationError("--lock-timeout must be 0 to 86400 seconds") }
    }
}

/// The keystore and the errors of using it.
enum KeystoreAccess {
    /// The keystore, for reading (no lock is taken).
    static var store: Keystore { Keystore(directory: Keystore.defaultDirectory()) }

    /// The keystore, for writing: waits `lock.seconds` for the lock, with a status line after a second.
    static func store(_ lock: LockTimeoutOption) -> Keystore {
        Keystore(directory: Keystore.defaultDirectory(), lockTimeout: lock.seconds) {
            // A status line, not an error: no "mxkeys:" prefix.
            Stderr.line("waiting for the keystore lock held by another mxkeys process…")
        }
    }

    static func failure(_ error: KeystoreError) -> Failure {
        if case .cannotOpen = error { return Failure(error.description, code: ExitStatus.negative) }
        return Failure(error)
    }

    /// The entry named by a `keystore:NAME` argument, or nil for any other argument.
    static func name(in argument: String) -> String? {
        argument.hasPrefix("keystore:") ? String(argument.dropFirst("keystore:".count)) : nil
    }

    /// The secret of entry `name`, which must be of one of `kinds`; the passphrase from `passphraseFile`
    /// (`--keystore-passphrase-file`), `MXKEYS_KEYSTORE_PASSPHRASE`, or a prompt that names the entry.
    static func open(_ name: String, kinds: [KeystoreKind], passphraseFile: String?) throws -> (KeystoreEntry, SecretBytes) {
        try open(name, kinds: kinds, passphrase: PassphraseReader(file: passphraseFile, option: "--keystore-passphrase-file"))
    }

    /// The same with the passphrase read by `passphrase` (the keystore commands' own `--passphrase-file`).
    static func open(_ name: String, kinds: [KeystoreKind], passphrase given: PassphraseReader) throws -> (KeystoreEntry, SecretBytes) {
        var passphrase = given
        passphrase.subject = "keystore entry '\(name)'"
        let entry: KeystoreEntry
        do { entry = try store.load(name) } catch { throw failure(error) }
        guard kinds.contains(entry.kind) else {
            throw Failure("keystore entry \(name) is a \(entry.kind.rawValue), not a \(kinds.map(\.rawValue).joined(separator: " or "))")
        }
        let secret = try passphrase.read(new: false, variable: "MXKEYS_KEYSTORE_PASSPHRASE")
        do { return (entry, try entry.open(secret)) } catch { throw failure(error) }
    }

    /// The public part a secret of `kind` shows in the clear.
    static func publicPart(_ kind: KeystoreKind, secret: SecretBytes, keyID: KeyID?) throws -> JSONObject {
        switch kind {
        case .signingKey:
            let key = try SigningKey(keyID: keyID ?? KeyID.ed25519(KeyID.randomVersion()), privateKey: Ed25519.PrivateKey(seed: secret))
            return ["key_id": .string(key.keyID.description), "public_key": .string(key.publicKey.base64)]
        case .backupKey:
            return ["public_key": .string(try BackupKey(secret).publicKey.base64)]
        case .recoveryKey:
            return [:]
        case .masterKey, .selfSigningKey, .userSigningKey:
            return ["public_key": .string(try Ed25519.PrivateKey(seed: secret).publicKey.base64)]
        }
    }

    /// Adds a new entry under a new passphrase and prints its line.
    static func add(_ name: String, kind: KeystoreKind, secret: SecretBytes, keyID: KeyID?, passphrase: PassphraseInput, lock: LockTimeoutOption) throws {
        let new = try passphrase.read(new: true, variable: "MXKEYS_KEYSTORE_PASSPHRASE")
        let part = try publicPart(kind, secret: secret, keyID: keyID)
        let entry: KeystoreEntry
        do {
            entry = try KeystoreEntry.seal(name: name, kind: kind, publicPart: part, secret: secret, passphrase: new)
            try store(lock).save(entry, replace: false)
        } catch {
            throw failure(error)
        }
        Output().line(entry.listing)
    }
}

struct KindOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "signing-key, recovery-key (or ssss-key), backup-key, or a cross-signing key: master-key, self-signing-key, user-signing-key.",
        valueName: "kind"),
            completion: .list(["signing-key", "recovery-key", "ssss-key", "backup-key", "master-key", "self-signing-key", "user-signing-key"]))
    var kind: String

    func validate() throws {
        if KeystoreKind(name: kind) == nil {
            throw ValidationError("--kind must be signing-key, recovery-key, ssss-key, backup-key, master-key, self-signing-key or user-signing-key")
        }
    }

    var value: KeystoreKind { KeystoreKind(name: kind)! }
}

struct KeystoreList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the entries: names, kinds and public parts (no passphrase needed).",
        discussion: Help.discussion("""
            The first line names the keystore's directory; then one line per entry, and one per entry that \
            cannot be read, saying why. With --json, one object: {"path", "entries": [{name, kind, public}], \
            "errors": [{name, error}]}.
            """, examples: ["mxkeys keystore list", "mxkeys keystore list --json"]))

    @Flag(help: "Print one JSON object: the path, the entries, and the entries that cannot be read.")
    var json = false

    func run() throws {
        let store = KeystoreAccess.store
        let entries: [Result<KeystoreEntry, KeystoreError>]
        do { entries = try store.list() } catch { throw KeystoreAccess.failure(error) }
        let out = Output()
        var good: [KeystoreEntry] = [], bad: [KeystoreError] = []
        for result in entries {
            switch result {
            case .success(let entry): good.append(entry)
            case .failure(let error): bad.append(error)
            }
        }
        if json {
            out.json(.object([
                "path": .string(store.directory),
                "entries": .array(good.map { ["name": .string($0.name), "kind": .string($0.kind.rawValue), "public": .object($0.publicPart)] }),
                "errors": .array(bad.map { error in
                    var object: JSONObject = ["error": .string(error.description)]
                    if let name = error.entryName { object["name"] = .string(name) }
                    return .object(object)
                }),
            ]))
            return
        }
        out.line("keystore \(store.directory)" + (entries.isEmpty ? ": no entries" : ""))
        for entry in good { out.line(entry.listing) }
        for error in bad { out.line("(\(error))") }
    }
}

struct KeystorePath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Print the keystore's directory.",
        discussion: Help.discussion("""
            $MXKEYS_HOME, else $XDG_DATA_HOME/mxkeys, else ~/.local/share/mxkeys.
            """, examples: ["mxkeys keystore path", "MXKEYS_HOME=/srv/mxkeys mxkeys keystore path"]))

    func run() throws {
        Output().line(KeystoreAccess.store.directory)
    }
}

struct KeystoreGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Make a new key inside the keystore and print its public part.",
        discussion: Help.discussion(examples: [
            "mxkeys keystore generate srv --kind signing-key",
            "mxkeys keystore generate backup --kind backup-key --passphrase-file pass.txt",
        ]))

    @Argument(help: "The entry's name.")
    var name: String

    @OptionGroup var kind: KindOption

    @Option(help: ArgumentHelp("A signing key's version (default: a random a_XXXX, as Synapse makes).", valueName: "version"))
    var keyVersion: String?

    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var lock: LockTimeoutOption

    func run() throws {
        let keyID: KeyID? = try keyVersion.map { version in
            do { return try KeyID.ed25519(version) } catch { throw Failure.badValue(error, option: "--key-version") }
        }
        let secret = SecretBytes.random(count: 32)
        try KeystoreAccess.add(name, kind: kind.value, secret: secret, keyID: keyID, passphrase: passphrase, lock: lock)
    }
}

struct KeystoreImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a Synapse signing key file, a recovery key, or a base64 key into the keystore (from FILE or standard input).",
        discussion: Help.discussion("""
            With --from-ssss SECRET_NAME and --account-data FILE, the key comes from secret storage \
            instead: a cross-signing key (m.cross_signing.master, .self_signing, .user_signing) as a \
            signing-key, or the backup key (m.megolm_backup.v1) as a backup-key.
            """, examples: [
                "mxkeys keystore import srv --kind signing-key signing.key",
                "mxkeys keystore import backup --kind backup-key \\\n    --from-ssss m.megolm_backup.v1 --account-data account-data.json",
            ], more: ManualSection.see("Secret storage, and the passphrases", .secrets, .keystore)))

    @Argument(help: "The entry's name.")
    var name: String

    @OptionGroup var kind: KindOption

    @Option(name: .customLong("key-id"), help: ArgumentHelp("Which key of a signing key file (default: the first).", valueName: "key-id"))
    var keyID: String?

    @Option(name: .customLong("from-ssss"), help: ArgumentHelp(
        "Take the key from secret storage: the secret's name.",
        valueName: "secret-name"))
    var fromSSSS: String?

    @OptionGroup var secretStorage: SecretStorageUnlockOptions
    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var lock: LockTimeoutOption
    @OptionGroup var input: InputFile

    func validate() throws {
        if (fromSSSS == nil) != (secretStorage.accountData == nil) { throw ValidationError("--from-ssss and --account-data go together") }
        if fromSSSS != nil && input.file != nil { throw ValidationError("give FILE or --from-ssss SECRET_NAME, not both") }
        if fromSSSS == nil && recoveryKey.file != nil { throw ValidationError("--recovery-key-file opens secret storage: it goes with --from-ssss") }
    }

    func run() throws {
        if let fromSSSS { return try runFromSecretStorage(fromSSSS) }
        var bytes = try input.readSecret()
        defer { wipe(&bytes) }
        let secret: SecretBytes
        var keyIDValue: KeyID? = nil
        switch kind.value {
        case .signingKey:
            let key: SigningKey
            do { key = try SigningKeyFile.select(try SigningKeyFile.parse(bytes: bytes), keyID: keyID) } catch { throw Failure(error, source: input.sourceName) }
            secret = key.privateKey.seed
            keyIDValue = key.keyID
        case .masterKey, .selfSigningKey, .userSigningKey:
            do { secret = try CrossSigningPrivateKey(role: kind.value.crossSigningRole ?? .master, text: bytes, source: input.sourceName).seed } catch {
                throw Failure(error)
            }
        case .recoveryKey, .backupKey:
            if let key = try? RecoveryKey.decode(bytes) {
                secret = key
            } else {
                let text = String(decoding: bytes.filter { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }, as: UTF8.self)
                guard var raw = try? Base64.decode(text), raw.count == 32 else {
                    throw Failure("expected a recovery key or a base64 32-byte key (\(input.sourceName))")
                }
                secret = SecretBytes(consuming: &raw)
            }
        }
        try KeystoreAccess.add(name, kind: kind.value, secret: secret, keyID: keyIDValue, passphrase: passphrase, lock: lock)
    }

    /// A secret storage secret is the base64 of a 32-byte key: a cross-signing key's ed25519 seed, or the
    /// backup key.
    private func runFromSecretStorage(_ secretName: String) throws {
        let stored = try secretStorage.open(secretName, recoveryKey: recoveryKey, standardInput: true)
        let key: SecretBytes
        do { key = try SecretStorage.keyBytes(secretName, stored) } catch { throw Failure(error, source: secretStorage.accountData) }
        var keyIDValue: KeyID? = nil
        switch kind.value {
        case .signingKey:
            // Cross-signing keys are named by their public key.
            let privateKey: Ed25519.PrivateKey
            do { privateKey = try Ed25519.PrivateKey(seed: key) } catch { throw Failure(error) }
            keyIDValue = try? KeyID.ed25519(privateKey.publicKey.base64)
        case .masterKey, .selfSigningKey, .userSigningKey:
            // The secret must be the key of the kind's own role: a self-signing key kept as a master key
            // would sign what it must not.
            if let role = kind.value.crossSigningRole, secretName.hasPrefix("m.cross_signing."), secretName != role.secretName {
                throw Failure("\(secretName) is not a \(kind.value.rawValue): its kind is \(KeystoreKind(CrossSigningRole(rawValue: String(secretName.dropFirst("m.cross_signing.".count))) ?? role).rawValue)")
            }
            do { _ = try Ed25519.PrivateKey(seed: key) } catch { throw Failure(error) }
        case .backupKey, .recoveryKey:
            break
        }
        try KeystoreAccess.add(name, kind: kind.value, secret: key, keyID: keyIDValue, passphrase: passphrase, lock: lock)
    }
}

struct KeystoreExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an entry's secret in its usual form (a Synapse key file, or a recovery key) to standard output or a 0600 file.",
        discussion: Help.discussion(examples: [
            "mxkeys keystore export srv --output signing.key",
            "mxkeys keystore export backup",
        ]))

    @Argument(help: "The entry's name.", completion: Completions.entry)
    var name: String

    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var output: SecretOutput

    func run() throws {
        let (entry, secret) = try KeystoreAccess.open(name, kinds: KeystoreKind.allCases, passphrase: PassphraseReader(file: passphrase.file))
        var text: [UInt8]
        switch entry.kind {
        case .signingKey:
            let keyID = try KeyID(parsing: entry.publicPart["key_id"]?.stringValue ?? "")
            text = SigningKeyFile.serialize([try SigningKey(keyID: keyID, privateKey: Ed25519.PrivateKey(seed: secret))])
            if text.last == 0x0A { text.removeLast() }
        case .recoveryKey, .backupKey:
            text = Array(try RecoveryKey.encode(secret).utf8)
        case .masterKey, .selfSigningKey, .userSigningKey:
            text = Array(Base64.encode(secret.unsafeCopy()).utf8)
        }
        defer { wipe(&text) }
        try output.write(text)
    }
}

struct KeystorePasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Re-encrypt an entry under a new passphrase.",
        discussion: Help.discussion("""
            The new passphrase comes from --new-passphrase-file, MXKEYS_KEYSTORE_NEW_PASSPHRASE, or a prompt \
            (twice). The current passphrase is checked before the new one is asked for; then the entry is read \
            again, opened and replaced under the keystore's lock, so that no other mxkeys process can change \
            or remove it in between.
            """, examples: [
                "mxkeys keystore passwd srv",
                "mxkeys keystore passwd srv --new-passphrase-file new-pass.txt",
            ]))

    @Argument(help: "The entry's name.", completion: Completions.entry)
    var name: String

    @OptionGroup var passphrase: PassphraseInput

    @Option(name: .customLong("new-passphrase-file"), help: ArgumentHelp("Read the new passphrase from this file.", valueName: "file"),
            completion: .file())
    var newPassphraseFile: String?

    @OptionGroup var lock: LockTimeoutOption

    func run() throws {
        let store = KeystoreAccess.store(lock)
        // Before any new passphrase is asked for: the entry exists and the passphrase opens it.
        let oldPassphrase: SecretBytes
        do {
            let current = try store.load(name)
            oldPassphrase = try PassphraseReader(file: passphrase.file).read(new: false, variable: "MXKEYS_KEYSTORE_PASSPHRASE")
            _ = try current.open(oldPassphrase)
        } catch let error as KeystoreError {
            throw KeystoreAccess.failure(error)
        }
        let newPassphrase = try PassphraseReader(file: newPassphraseFile).read(new: true, variable: "MXKEYS_KEYSTORE_NEW_PASSPHRASE")
        do {
            // The read, the re-encryption and the rename, all under the lock: the entry as it is now.
            _ = try store.update(name) { (entry) throws(KeystoreError) -> KeystoreEntry in
                let secret = try entry.open(oldPassphrase)
                return try KeystoreEntry.seal(name: entry.name, kind: entry.kind, publicPart: entry.publicPart, secret: secret,
                                              passphrase: newPassphrase, parameters: entry.parameters.atLeast(.keystoreDefault))
            }
        } catch {
            throw KeystoreAccess.failure(error)
        }
        Output().line("\(name): passphrase changed")
    }
}

extension Argon2id.Parameters {
    /// Each cost at least `other`'s: re-encrypting never weakens an entry.
    func atLeast(_ other: Argon2id.Parameters) -> Argon2id.Parameters {
        Argon2id.Parameters(timeCost: max(timeCost, other.timeCost), memoryKiB: max(memoryKiB, other.memoryKiB), parallelism: max(parallelism, other.parallelism))
    }
}

struct KeystoreRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Delete an entry (asking first on a terminal; --yes skips the question).",
        discussion: Help.discussion(examples: ["mxkeys keystore remove old-srv", "mxkeys keystore remove old-srv --yes"]))

    @Argument(help: "The entry's name.", completion: Completions.entry)
    var name: String

    @Flag(help: "Do not ask.")
    var yes = false

    @OptionGroup var lock: LockTimeoutOption

    func run() throws {
        // Only that it exists: a damaged or wrongly readable entry can still be removed.
        do {
            _ = try KeystoreAccess.store.load(name)
        } catch {
            switch error {
            case .notFound, .invalidName: throw KeystoreAccess.failure(error)
            default: break
            }
        }
        if !yes {
            guard isatty(0) == 1 else { throw Failure("not removing \(name) without confirmation: give --yes") }
            Stderr.line("Remove keystore entry \(name)? It cannot be undone. [y/N]")
            var answer: [UInt8] = []
            var byte: UInt8 = 0
            while read(0, &byte, 1) == 1, byte != 0x0A { answer.append(byte) }
            guard answer == [0x79] || answer == Array("yes".utf8) else { throw Failure("not removed", code: ExitStatus.negative) }
        }
        do { try KeystoreAccess.store(lock).remove(name) } catch { throw KeystoreAccess.failure(error) }
        Output().line("\(name): removed")
    }
}

extension KeystoreEntry {
    /// One line of `list`: name, kind, public part.
    var listing: String { "\(name)  \(kind.rawValue)" + (summary.isEmpty ? "" : "  \(summary)") }
}
