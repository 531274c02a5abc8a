import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Where secrets come from. Never the command line (where `ps` and shell history see them): a file, an
/// environment variable, standard input where the command says so, or a prompt on the terminal that does
/// not echo.
enum SecretSource {
    /// The bytes of `variable`, if set. (The environment itself cannot be wiped.)
    static func environment(_ variable: String) -> [UInt8]? {
        guard let value = getenv(variable) else { return nil }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value)))
    }

    /// A secret file (a recovery key, a passphrase, a key), at most 1 MiB; `-` is standard input, for
    /// `option`. A file that group or others can open is used, with a warning that names it and its
    /// mode, as ssh warns of an unprotected key.
    static func file(_ path: String, option: String) throws -> [UInt8] {
        if path == "-" { return try standardInput(for: option) }
        do {
            let (bytes, exposed) = try AtomicFile.readSecret(path)
            if let exposed, let words = FileExposure.secret(exposed) { Stderr.warning("\(path) is \(words); chmod 600 it") }
            return bytes
        } catch {
            throw Failure(error.description)
        }
    }

    /// Standard input, to its end (at most 1 MiB: it carries a secret), for `who`.
    static func standardInput(for who: String) throws -> [UInt8] {
        try StandardInput.read(for: who, limit: AtomicFile.maxSecretFileLength)
    }

    /// A secret that is missing, in the one form every secret has: what is missing, every way to give
    /// it, and why none was taken ("no passphrase: give --passphrase-file FILE or MXKEYS_PASSPHRASE
    /// (there is no terminal to ask on)").
    static func missing(_ what: String, give ways: [String], because why: String) -> Failure {
        let list = ways.count > 1 ? ways.dropLast().joined(separator: ", ") + " or " + ways[ways.count - 1] : ways.joined()
        return Failure("no \(what): give \(list) (\(why))")
    }

    /// A secret on standard input (`what`: "recovery key"), where `ways` are all the ways to give it: a
    /// closed or empty standard input is a missing secret, said as such rather than as a malformed one.
    static func standardInput(secret what: String, give ways: [String]) throws -> [UInt8] {
        if StandardInput.wasClosed { throw missing(what, give: ways, because: "standard input is closed") }
        let bytes = try standardInput(for: "the \(what)")
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw missing(what, give: ways, because: "standard input is empty")
        }
        return bytes
    }

    /// Asks on the terminal with echo off; nil when there is no terminal. Echo comes back on every way
    /// out: the answer, an error, and SIGINT, SIGTERM, SIGHUP or SIGQUIT (`InterruptCleanup`).
    static func prompt(_ question: String) -> [UInt8]? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        let isTerminal = tcgetattr(fd, &saved) == 0
        if isTerminal {
            InterruptCleanup.restoreOnInterrupt(terminal: fd, settings: saved)
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(fd, TCSAFLUSH, &silent)
        }
        defer {
            if isTerminal {
                _ = tcsetattr(fd, TCSAFLUSH, &saved)
                InterruptCleanup.forgetTerminal()
            }
            _ = write(fd, "\n", 1)
        }
        _ = question.withCString { write(fd, $0, strlen($0)) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 0x0A { line.append(byte) }
        byte = 0
        return line
    }

    /// `bytes` without one trailing line end (`\n` or `\r\n`): what a file or `echo` adds.
    static func trimmingLineEnd(_ bytes: inout [UInt8]) {
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.last == 0x0D { bytes.removeLast() }
    }
}

/// A recovery key: `--recovery-key-file`, `MXKEYS_RECOVERY_KEY`, standard input (where the command
/// allows), or a no-echo prompt.
struct RecoveryKeyInput: ParsableArguments {
    @Option(name: .customLong("recovery-key-file"), help: ArgumentHelp(
        "The recovery key's file, or keystore:NAME.", valueName: "file"),
        completion: Completions.keyFileOrEntry)
    var file: String?

    @Option(name: .customLong("keystore-passphrase-file"), help: ArgumentHelp(
        "With keystore:NAME: the entry's passphrase file.",
        valueName: "file"), completion: .file())
    var keystorePassphraseFile: String?

    /// Whether a recovery key was given without asking (a file or the environment).
    var isGiven: Bool { file != nil || SecretSource.environment("MXKEYS_RECOVERY_KEY") != nil }

    /// The key's text bytes; the caller wipes them.
    func readText(standardInput: Bool) throws -> [UInt8] {
        if let file, let name = KeystoreAccess.name(in: file) {
            let (_, key) = try KeystoreAccess.open(name, kinds: [.recoveryKey, .backupKey], passphraseFile: keystorePassphraseFile)
            return Array(try RecoveryKey.encode(key).utf8)
        }
        if let file { return RecoveryKey.keyText(inFile: try SecretSource.file(file, option: "--recovery-key-file")) }
        if let value = SecretSource.environment("MXKEYS_RECOVERY_KEY") { return value }
        if standardInput && isatty(0) == 0 {
            return RecoveryKey.keyText(inFile: try SecretSource.standardInput(
                secret: "recovery key", give: ["it on standard input", "--recovery-key-file FILE", "MXKEYS_RECOVERY_KEY"]))
        }
        guard let typed = SecretSource.prompt("Recovery key: ") else {
            throw SecretSource.missing("recovery key", give: ["--recovery-key-file FILE", "MXKEYS_RECOVERY_KEY"], because: "there is no terminal to ask on")
        }
        return typed
    }

    /// The decoded 32-byte key. A malformed key is unusable input (exit 2).
    func read(standardInput: Bool) throws -> SecretBytes {
        if let file, let name = KeystoreAccess.name(in: file) {
            return try KeystoreAccess.open(name, kinds: [.recoveryKey, .backupKey], passphraseFile: keystorePassphraseFile).1
        }
        var text = try readText(standardInput: standardInput)
        defer { wipe(&text) }
        do { return try RecoveryKey.decode(text) } catch { throw Failure(error, source: file ?? "the recovery key") }
    }
}

/// A passphrase: `--passphrase-file`, `MXKEYS_PASSPHRASE`, or a no-echo prompt (asked twice for a new one).
struct PassphraseInput: ParsableArguments {
    @Option(name: .customLong("passphrase-file"), help: ArgumentHelp(
        "Read the passphrase from this file.", valueName: "file"),
        completion: .file())
    var file: String?

    var isGiven: Bool { file != nil || SecretSource.environment("MXKEYS_PASSPHRASE") != nil }

    /// The passphrase; `variable` is the environment variable to look at (session export files and the
    /// keystore have their own).
    func read(new: Bool, variable: String = "MXKEYS_PASSPHRASE") throws -> SecretBytes {
        try PassphraseReader(file: file).read(new: new, variable: variable)
    }
}

/// Reads a passphrase from a file, an environment variable, or the terminal.
struct PassphraseReader {
    var file: String?
    /// The option that names `file`, for errors (`-` is standard input).
    var option = "--passphrase-file"
    /// What the passphrase opens, for the prompt ("keystore entry 'srv'").
    var subject: String? = nil

    func read(new: Bool, variable: String) throws -> SecretBytes {
        var bytes: [UInt8]
        if let file {
            bytes = try SecretSource.file(file, option: option)
            SecretSource.trimmingLineEnd(&bytes)
        } else if let value = SecretSource.environment(variable) {
            bytes = value
        } else {
            let of = subject.map { " for \($0)" } ?? ""
            guard var first = SecretSource.prompt(new ? "New passphrase\(of): " : "Passphrase\(of): ") else {
                throw SecretSource.missing("passphrase", give: ["\(option) FILE", variable], because: "there is no terminal to ask on")
            }
            if new {
                var second = SecretSource.prompt("The same passphrase again: ") ?? []
                defer { wipe(&second) }
                guard first == second else {
                    wipe(&first)
                    throw Failure("the two passphrases differ")
                }
            }
            bytes = first
        }
        guard !bytes.isEmpty else { throw Failure("the passphrase is empty") }
        return SecretBytes(consuming: &bytes)
    }
}

/// A secret store key: the recovery key, or with `--passphrase` a passphrase and the key description's
/// `m.pbkdf2` parameters.
struct SecretStorageKeyOptions: ParsableArguments {
    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var passphrase: PassphraseInput

    @Flag(name: .customLong("passphrase"), help: "Use the passphrase instead of the recovery key.")
    var usePassphrase = false

    /// The key. A passphrase needs `description`'s parameters.
    func key(description: SecretStorageKeyDescription?, standardInput: Bool) throws -> SecretBytes {
        let byPassphrase = usePassphrase || passphrase.file != nil
            || (!recoveryKey.isGiven && SecretSource.environment("MXKEYS_PASSPHRASE") != nil && description?.passphrase != nil)
        guard byPassphrase else { return try recoveryKey.read(standardInput: standardInput) }
        guard let description else { throw Failure("a passphrase needs the key description: give --key-description FILE") }
        guard let info = description.passphrase else { throw Failure(SecretStorageError.noPassphraseInfo) }
        do { return try info.deriveKey(try passphrase.read(new: false)) } catch { throw Failure(error) }
    }
}

/// Where a command's secret output goes: standard output, or with `--output` a new 0600 file written
/// atomically. `--output -` is standard output too. Only a regular file is ever replaced (`--force`): a
/// device, a FIFO or a symbolic link is refused, since writing a secret into one gives none of the file's
/// promises (mode 0600, all or nothing), and a redirection (`> FIFO`) says the same more plainly.
struct SecretOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (mode 0600), not standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(help: "Replace an existing regular --output file.")
    var force = false

    /// The file to write, or nil for standard output.
    var file: String? { output.flatMap { $0 == "-" ? nil : $0 } }

    /// Refuses now what writing would refuse at the end (an existing file without --force, a file that
    /// is not a regular file), so that no work is done and no passphrase asked for in vain.
    func checkTarget() throws {
        guard let file else { return }
        do { try AtomicFile.checkTarget(file, overwrite: force) } catch { throw Failure(error.description) }
    }

    /// Writes `bytes` (which the caller wipes); to standard output with a line end.
    func write(_ bytes: [UInt8]) throws {
        if let file {
            do { try AtomicFile.write(bytes, to: file, mode: 0o600, overwrite: force) } catch { throw Failure(error.description) }
            return
        }
        let out = Output()
        out.write(bytes)
        out.write([0x0A])
    }
}
