import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Megolm key backups: keys, sessions, fetch and upload.",
        discussion: """
            Backups are m.megolm_backup.v1.curve25519-aes-sha2. The backup key is given as a recovery key (--recovery-key-file, MXKEYS_RECOVERY_KEY, standard \
            input where the command says so, or a prompt). Give --auth-data (the backup version's auth_data, \
            or the whole version object) wherever you can: the backup's own MAC covers an empty string, so \
            comparing public keys is what tells a wrong key apart.
            """,
        subcommands: [
            BackupNewKey.self, BackupAuthData.self, BackupCheckKey.self, BackupEncrypt.self, BackupDecrypt.self, BackupExport.self,
            BackupFetch.self, BackupUpload.self, BackupTrustCommand.self,
        ])
}

/// The backup key: its recovery key, or with `--account-data` the secret `m.megolm_backup.v1` of secret
/// storage (opened with the storage's recovery key or passphrase, as Element does); checked against
/// `--auth-data` when given.
struct BackupKeyOptions: ParsableArguments {
    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var secretStorage: SecretStorageUnlockOptions

    @Option(name: .customLong("auth-data"), help: ArgumentHelp(
        "The backup's auth_data, to check the key against.",
        valueName: "file"), completion: .file())
    var authData: String?

    /// The key; checked against `--auth-data`, else against `embedded` (the `auth_data` of a file that
    /// `backup fetch` wrote, named `source`) when there is one.
    func key(standardInput: Bool, embedded: JSONObject? = nil, source: String? = nil) throws -> BackupKey {
        let key: BackupKey
        if secretStorage.accountData != nil {
            let secret = try secretStorage.open("m.megolm_backup.v1", recoveryKey: recoveryKey, standardInput: standardInput)
            do { key = try BackupKey(secretStorageSecret: secret) } catch { throw Failure(error, source: secretStorage.accountData) }
        } else {
            do { key = try BackupKey(try recoveryKey.read(standardInput: standardInput)) } catch let failure as Failure { throw failure } catch {
                throw Failure(error)
            }
        }
        if let authData {
            try Self.check(key, authData: try JSONFile.readObject(authData, option: "--auth-data", mode: .lax, what: "auth_data"), source: authData)
        } else if let embedded {
            try Self.check(key, authData: embedded, source: source ?? "the input")
        }
        return key
    }

    /// A wrong key is exit 1; an auth_data that cannot be used, exit 2 (naming `source`).
    static func check(_ key: BackupKey, authData object: JSONObject, source: String) throws {
        do { try key.check(authData: object) } catch {
            if case .wrongKey = error { throw Failure(error.description, code: ExitStatus.negative) }
            throw Failure(error, source: source)
        }
    }
}

struct BackupNewKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-key", abstract: "Make a new backup key: its recovery key, and the auth_data with its public key.",
        discussion: Help.discussion("""
            With --output FILE, the recovery key alone goes to FILE (0600), which --recovery-key-file reads, \
            and auth_data to standard output, for --auth-data. Without it, both are printed, labelled. With \
            --json, one object {"recovery_key", "auth_data", "key_base64"} (to FILE with --output), which \
            --recovery-key-file and --auth-data both read.
            """, examples: [
                "mxkeys backup new-key --output security-key.txt > auth-data.json",
                "mxkeys backup new-key --json",
            ]))

    @Flag(help: "Print {\"recovery_key\", \"auth_data\", \"key_base64\"} as one JSON object.")
    var json = false

    @OptionGroup var output: SecretOutput

    func run() throws {
        let key = BackupKey.generate()
        let recovery = try RecoveryKey.encode(key.privateKey.rawRepresentation)
        let authData: JSONObject
        do { authData = try key.authData() } catch { throw Failure(error) }
        var text: [UInt8]
        if json {
            var raw = key.privateKey.rawRepresentation.unsafeCopy()
            defer { wipe(&raw) }
            text = CanonicalJSON.encode(["recovery_key": .string(recovery), "auth_data": .object(authData), "key_base64": .string(Base64.encode(raw))])
        } else if output.file != nil {
            // The secret alone in the file; the public part where the user sees it.
            text = Array(recovery.utf8)
            try output.write(text)
            wipe(&text)
            Output().json(.object(authData))
            return
        } else {
            text = Array("recovery key: \(recovery)\nauth_data: ".utf8) + CanonicalJSON.encode(.object(authData))
        }
        defer { wipe(&text) }
        try output.write(text)
    }
}

struct BackupAuthData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auth-data",
        abstract: "Print the auth_data of the backup key given as a recovery key (on standard input or as below).",
        discussion: Help.discussion("""
            With --sign-with and --user-id, auth_data is signed as the user with that ed25519 key (a \
            device or cross-signing key file).
            """, examples: [
                "mxkeys backup auth-data --recovery-key-file security-key.txt",
                "mxkeys backup auth-data --sign-with device.key --user-id @alice:example.org \\\n    < security-key.txt",
            ]))

    @Option(name: .customLong("sign-with"), help: ArgumentHelp("An ed25519 key file (Synapse format) to sign auth_data with.", valueName: "file"),
            completion: .file())
    var signWith: String?

    @Option(name: .customLong("user-id"), help: ArgumentHelp("The user ID to sign as.", valueName: "user"))
    var userID: String?

    @OptionGroup var recoveryKey: RecoveryKeyInput

    func validate() throws {
        if (signWith == nil) != (userID == nil) { throw ValidationError("--sign-with and --user-id go together") }
    }

    func run() throws {
        let key: BackupKey
        do { key = try BackupKey(try recoveryKey.read(standardInput: true)) } catch let failure as Failure { throw failure } catch {
            throw Failure(error)
        }
        let signer = try signWith.map { try SigningKeyOptions(key: $0, keystorePassphraseFile: recoveryKey.keystorePassphraseFile).load() }
        let object: JSONObject
        do { object = try key.authData(signedBy: signer, userID: userID) } catch { throw Failure(error) }
        let out = Output()
        out.json(.object(object))
    }
}

struct BackupCheckKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-key",
        abstract: "Check a backup key against a backup's auth_data: exit 0 when it matches, 1 when it does not.",
        discussion: Help.discussion("""
            The key is a recovery key, or with --account-data the backup key kept in secret storage.
            """, examples: [
                "mxkeys backup check-key --auth-data version.json < security-key.txt",
                "mxkeys backup check-key --auth-data version.json \\\n    --account-data account-data.json",
            ]))

    @Option(name: .customLong("auth-data"), help: ArgumentHelp(
        "The backup's auth_data (or what backup fetch wrote).", valueName: "file"),
        completion: .file())
    var authData: String

    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var secretStorage: SecretStorageUnlockOptions

    func run() throws {
        var options = BackupKeyOptions()
        options.recoveryKey = recoveryKey
        options.secretStorage = secretStorage
        options.authData = authData
        let backupKey = try options.key(standardInput: true)
        Output().line("the key matches the backup (public key \(backupKey.publicKey.base64))")
    }
}

struct BackupEncrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt",
        abstract: "Encrypt one session's plaintext into session_data, or sessions in export form into a PUT /room_keys/keys body.",
        discussion: Help.discussion("""
            A JSON object is one session's plaintext and gives its session_data; a JSON array of sessions \
            in export form (with room_id and session_id, as export files hold them) gives the body to \
            upload to a new backup version.

            A session in export form (what session-export decrypt and backup decrypt print) has, as \
            strings: algorithm (m.megolm.v1.aes-sha2), room_id, sender_key (the sending device's \
            curve25519 key), session_id and session_key (the exported megolm session key); and may have \
            forwarding_curve25519_key_chain (a list) and sender_claimed_keys (an object, with ed25519). \
            A session without one of the five strings is named and nothing is printed. room_id and \
            session_id place the session in the body; the rest is encrypted. One session's plaintext has \
            the same fields less room_id and session_id.
            """, examples: [
                "mxkeys backup encrypt --auth-data version.json sessions.json > body.json",
                "mxkeys backup upload --user-id @alice:example.org \\\n    --backup-version 3 body.json",
            ]))

    @Option(name: .customLong("public-key"), help: ArgumentHelp("The backup's curve25519 public key (base64).", valueName: "key"))
    var publicKey: String?

    @Option(name: .customLong("auth-data"), help: ArgumentHelp("The backup version's auth_data (or the whole version object).", valueName: "file"),
            completion: .file())
    var authData: String?

    @OptionGroup var input: InputFile

    func validate() throws {
        if (publicKey == nil) == (authData == nil) { throw ValidationError("give --public-key KEY or --auth-data FILE") }
    }

    func run() throws {
        let key: X25519.PublicKey
        if let publicKey {
            do { key = try X25519.PublicKey(base64: publicKey) } catch { throw Failure.badValue(error, option: "--public-key") }
        } else {
            do { key = try BackupKey.publicKey(in: try JSONFile.readObject(authData ?? "", option: "--auth-data", mode: .lax, what: "auth_data")) } catch let failure as Failure { throw failure } catch {
                throw Failure(error, source: authData)
            }
        }
        let value = try input.readJSON(mode: .lax)
        let result: JSONValue
        do {
            switch value {
            case .object(let session):
                var plaintext = CanonicalJSON.encode(.object(session))
                result = try BackupCipher.encrypt(SecretBytes(consuming: &plaintext), to: key).json
            case .array(let items):
                let sessions = try items.enumerated().map { index, item throws(BackupError) -> JSONObject in
                    guard case .object(let session) = item else { throw .invalidField("session \(index)", reason: "not an object") }
                    return session
                }
                result = .object(try KeyBackup.encrypt(sessions, for: key))
            default:
                throw Failure("expected a session object or an array of sessions (\(input.sourceName))")
            }
        } catch let failure as Failure { throw failure } catch { throw Failure(error, source: input.sourceName) }
        let out = Output()
        out.json(result)
    }
}

/// Decrypting a backup, shared by `decrypt` and `export`: the sessions in export form, failures named on
/// standard error with a summary, a progress bar for big backups on a terminal.
struct BackupSource: ParsableArguments {
    @Option(name: .customLong("room-id"), help: ArgumentHelp(
        "Only this room (needed when the input is one room's).",
        valueName: "id"))
    var roomID: String?

    @Option(name: .customLong("session-id"), help: ArgumentHelp(
        "Only this session (needed for a one-session input).",
        valueName: "id"))
    var sessionID: String?

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var key: BackupKeyOptions
    @OptionGroup var input: InputFile

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
    }

    /// The sessions the options select, each with the room and session IDs that export form needs.
    /// Nothing selected is a negative verdict (exit 1); IDs that neither the input nor the options give
    /// are unusable input (exit 2). Checked before the key is asked for.
    func selectSessions() throws -> [BackupSession] { try selectSessionsAndAuthData().sessions }

    /// The sessions, and the `auth_data` the input carries beside them (a file `backup fetch` wrote).
    func selectSessionsAndAuthData() throws -> (sessions: [BackupSession], authData: JSONObject?) {
        let bytes = try input.read()
        let sessions: [BackupSession]
        let embedded: JSONObject?
        do {
            (sessions, embedded) = try KeyBackup.contents(ofText: bytes, mode: .lax, roomID: roomID, sessionID: sessionID)
        } catch let error as JSONParseError {
            throw input.failure(error, parsing: bytes)
        } catch { throw Failure(error, source: input.sourceName) }
        if sessions.isEmpty {
            let selection = [roomID.map { "--room-id \($0)" }, sessionID.map { "--session-id \($0)" }].compactMap { $0 }
            guard selection.isEmpty else {
                throw Failure("no session matches \(selection.joined(separator: " and ")) (\(input.sourceName))", code: ExitStatus.negative)
            }
            throw Failure("the backup holds no sessions (\(input.sourceName))")
        }
        // Export form names each session's room and ID; a file without them cannot be imported. Every
        // option missing is asked for at once, a command-line error (exit 64).
        let noRoom = sessions.contains { $0.roomID == nil }, noSession = sessions.contains { $0.sessionID == nil }
        if noRoom && noSession {
            throw Failure("the input is one session's backup, which carries neither its room ID nor its session ID: give --room-id and --session-id (\(input.sourceName))", code: ExitStatus.usage)
        }
        if noRoom {
            throw Failure("the input does not say which room its sessions belong to (one room's backup): give --room-id (\(input.sourceName))", code: ExitStatus.usage)
        }
        if noSession {
            throw Failure("the input is one session's backup, which does not carry its session ID: give --session-id (\(input.sourceName))", code: ExitStatus.usage)
        }
        return (sessions, embedded)
    }

    /// The decrypted sessions (canonical JSON in export form), in backup order; the number that failed.
    func decrypt(quiet: Bool = false) throws -> (sessions: [SecretBytes], failed: Int) {
        let (sessions, embedded) = try selectSessionsAndAuthData()
        let backupKey = try key.key(standardInput: input.file != nil && input.file != "-", embedded: embedded, source: input.sourceName)
        let threads = jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let progress = ProgressBar(total: sessions.count >= 2_000 ? sessions.count : nil, quiet: quiet)
        var decrypted: [SecretBytes] = []
        var failures: [BackupError] = []
        var ciphertextMACs = 0
        var start = 0
        while start < sessions.count {
            let chunk = Array(sessions[start..<min(start + 1_024, sessions.count)])
            for result in KeyBackup.decryptAll(chunk, key: backupKey, jobs: threads) {
                switch result {
                case .success(let (session, mac)):
                    decrypted.append(session)
                    if mac == .ciphertext { ciphertextMACs += 1 }
                case .failure(let error):
                    failures.append(error)
                }
            }
            start += chunk.count
            progress.update(position: start, events: start)
        }
        progress.finish()
        for failure in failures { Stderr.line("mxkeys: \(failure)") }
        // A status line, not an error: no "mxkeys:" prefix.
        var summary = "decrypted \(decrypted.count) of \(sessions.count) session\(sessions.count == 1 ? "" : "s")"
        if !failures.isEmpty { summary += ", \(failures.count) failed" }
        if decrypted.isEmpty { summary += "; nothing written" }
        if ciphertextMACs > 0 { summary += "; \(ciphertextMACs) carried a MAC of the ciphertext (the spec text's) instead of the usual empty-string MAC" }
        Stderr.line(summary)
        return (decrypted, failures.count)
    }
}

extension BackupSource {
    /// Sessions as one JSON array, or one per line (`lines`), in a buffer sized once, so that no
    /// partial copy is left unwiped; the caller wipes it.
    static func joined(_ sessions: [SecretBytes], lines: Bool) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(sessions.reduce(2) { $0 + $1.count + 1 })
        if !lines { text.append(0x5B) }
        for (index, session) in sessions.enumerated() {
            if index > 0 { text.append(lines ? 0x0A : 0x2C) }
            session.withUnsafeBytes { text.append(contentsOf: $0) }
        }
        if !lines { text.append(0x5D) }
        return text
    }
}

struct BackupDecrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Decrypt a backup: session_data, one session, one room, or the whole GET /room_keys/keys; print the sessions in export form.",
        discussion: Help.discussion("""
            Prints a JSON array of sessions in export form (each with room_id and session_id), or with \
            --jsonl one per line; --room-id and --session-id select. A session that fails is named on \
            standard error and skipped (exit 1).
            """, examples: [
                "mxkeys backup decrypt --jsonl backup.json < security-key.txt",
                "mxkeys backup decrypt --account-data account-data.json \\\n    --recovery-key-file security-key.txt --output sessions.json backup.json",
            ], more: ManualSection.see("Selecting sessions, and what fails", .secrets)))

    @Flag(help: "One session per line instead of a JSON array.")
    var jsonl = false

    @OptionGroup var source: BackupSource
    @OptionGroup var output: SecretOutput

    func run() throws {
        try output.checkTarget()
        let (sessions, failed) = try source.decrypt()
        var text = BackupSource.joined(sessions, lines: jsonl)
        defer { wipe(&text) }
        if !sessions.isEmpty { try output.write(text) }
        if failed > 0 { throw NegativeVerdict() }
    }
}

struct BackupExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Decrypt a backup and write its sessions as a passphrase-protected megolm session export file, for a client to import.",
        discussion: Help.discussion("""
            The export file's passphrase comes from --passphrase-file, MXKEYS_EXPORT_PASSPHRASE, or a \
            prompt (asked twice). Sessions that fail are named and left out (exit 1).
            """, examples: [
                "mxkeys backup export --recovery-key-file security-key.txt \\\n    --output keys.txt backup.json",
                "mxkeys backup export --account-data account-data.json \\\n    --recovery-key-file security-key.txt --auth-data version.json \\\n    --output keys.txt backup.json",
            ], more: ManualSection.see("Selecting sessions, and what fails", .secrets)))

    @OptionGroup var exportFile: ExportFileOutput
    @OptionGroup var source: BackupSource

    func run() throws {
        try exportFile.checkTarget()
        let (sessions, failed) = try source.decrypt()
        // An export file with no sessions in it would import nothing: none is written.
        guard !sessions.isEmpty else { throw NegativeVerdict() }
        var plaintext = BackupSource.joined(sessions, lines: false)
        try exportFile.write(&plaintext)
        if failed > 0 { throw NegativeVerdict() }
    }
}

/// Where and how a session export file is written: `--output` (0600, atomic), `--force`, `--rounds`,
/// and its passphrase (asked twice on a terminal).
struct ExportFileOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The export file to write (mode 0600), or - for standard output.", valueName: "file"),
            completion: .file())
    var output: String

    @Flag(help: "Replace an existing regular --output file.")
    var force = false

    @Option(help: ArgumentHelp("PBKDF2 rounds.", valueName: "n"))
    var rounds: Int = SessionExportFile.defaultRounds

    @OptionGroup var passphrase: PassphraseInput

    func validate() throws {
        if rounds < 1 || rounds > SessionExportFile.maximumRounds { throw ValidationError("--rounds must be 1 to \(SessionExportFile.maximumRounds)") }
    }

    /// Refuses now what writing would refuse at the end, before any work or passphrase prompt.
    func checkTarget() throws {
        guard output != "-" else { return }
        do { try AtomicFile.checkTarget(output, overwrite: force) } catch { throw Failure(error.description) }
    }

    /// Writes the file for `plaintext`, a JSON array of sessions, which it then wipes.
    func write(_ plaintext: inout [UInt8]) throws {
        defer { wipe(&plaintext) }
        let secret = try passphrase.read(new: true, variable: "MXKEYS_EXPORT_PASSPHRASE")
        let file: [UInt8]
        do { file = try SessionExportFile.encrypt(SecretBytes(consuming: &plaintext), passphrase: secret, rounds: rounds) } catch { throw Failure(error) }
        if output == "-" {
            Output().write(file)
            return
        }
        do { try AtomicFile.write(file, to: output, mode: 0o600, overwrite: force) } catch { throw Failure(error.description) }
    }
}

struct SessionExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session-export",
        abstract: "Read and write megolm session export files.",
        discussion: """
            The files of a client's "Export E2E room keys". The passphrase comes from --passphrase-file, MXKEYS_EXPORT_PASSPHRASE, or a prompt. Reading \
            accepts any line wrapping and whitespace; a wrong passphrase (the HMAC fails) is exit 1. A \
            non-ASCII passphrase is tried as UTF-8 (as Element and mxkeys write it), then, when all its \
            characters fit in Latin-1, as Latin-1 bytes (as matrix-nio writes it), with a warning.
            """,
        subcommands: [SessionExportDecrypt.self, SessionExportEncrypt.self])
}

struct SessionExportDecrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt", abstract: "Print the sessions of an export file as a JSON array.",
        discussion: Help.discussion(examples: [
            "mxkeys session-export decrypt --passphrase-file pass.txt keys.txt",
            "mxkeys session-export decrypt --output sessions.json keys.txt",
        ]))

    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var output: SecretOutput
    @OptionGroup var input: InputFile

    func run() throws {
        var file = try input.read()
        defer { wipe(&file) }
        let secret = try passphrase.read(new: false, variable: "MXKEYS_EXPORT_PASSPHRASE")
        let plaintext: SecretBytes
        do {
            let opened = try SessionExportFile.open(file, passphrase: secret)
            plaintext = opened.plaintext
            if opened.encoding == .latin1 {
                Stderr.warning("the passphrase opened the file only as Latin-1 bytes: it was written by a client that encodes passphrases as Latin-1 (matrix-nio does); clients that use UTF-8 will not open it")
            }
        } catch {
            if error == .exportAuthentication { throw Failure(error.description, code: ExitStatus.negative) }
            throw Failure(error, source: input.sourceName)
        }
        var bytes = plaintext.unsafeCopy()
        defer { wipe(&bytes) }
        guard case .array = try? JSONParser.parse(bytes, mode: .lax) else {
            throw Failure("the export file decrypts, but not to a JSON array of sessions (\(input.sourceName))")
        }
        try output.write(bytes)
    }
}

struct SessionExportEncrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt", abstract: "Write an export file from a JSON array of sessions in export form.",
        discussion: Help.discussion("""
            Each session must have algorithm, room_id, sender_key, session_id and session_key as strings \
            (what a client needs to import it); the first that does not is named and nothing is written.
            """, examples: [
                "mxkeys session-export encrypt --output keys.txt sessions.json",
                "mxkeys session-export encrypt --rounds 1000000 -o keys.txt sessions.json",
            ]))

    @OptionGroup var exportFile: ExportFileOutput
    @OptionGroup var input: InputFile

    func run() throws {
        try exportFile.checkTarget()
        guard case .array(let sessions) = try input.readJSON(mode: .lax) else {
            throw Failure("expected a JSON array of sessions (\(input.sourceName))")
        }
        do { try SessionExportFile.checkSessions(sessions) } catch { throw Failure(error, source: input.sourceName) }
        var plaintext = CanonicalJSON.encode(.array(sessions))
        try exportFile.write(&plaintext)
    }
}
