import ArgumentParser
import MatrixKeys

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Generate an ed25519 signing key in Synapse's key file format.",
        discussion: """
            Writes "ed25519 <version> <base64 seed>" to standard output, or with --output atomically to a \
            new file of mode 0600 (an existing file is kept unless --force is given; what is not a regular \
            file, such as a device, a FIFO or a symbolic link, is never replaced); then prints the key ID \
            and public key. --output - is standard output.
            """)

    @Option(help: ArgumentHelp("The key version (letters, digits, _); default a random a_XXXX.", valueName: "version"))
    var keyVersion: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the key to this file (mode 0600); - is standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(help: "Replace an existing --output file (a regular file only).")
    var force = false

    func run() throws {
        let key: SigningKey
        do { key = try SigningKey.generate(version: keyVersion) } catch { throw Failure(error, source: "--key-version") }
        var bytes = SigningKeyFile.serialize([key])
        defer { wipe(&bytes) }
        let out = Output()
        if let output, output != "-" {
            do { try AtomicFile.write(bytes, to: output, mode: 0o600, overwrite: force) } catch { throw Failure(error.description) }
            out.line("\(key.keyID) \(key.publicKey.base64)")
        } else {
            out.write(bytes)
        }
    }
}

struct Pubkey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubkey",
        abstract: "Print the key ID and public key of each key in a signing key file.")

    @Option(name: .long, help: ArgumentHelp("The signing key file.", valueName: "file"), completion: .file())
    var key: String

    @Flag(help: "Print a verify_keys object: {\"ed25519:ID\": {\"key\": \"BASE64\"}}.")
    var json = false

    func run() throws {
        let keys = try SigningKeyOptions(key: key).loadAll()
        let out = Output()
        if json {
            var object = JSONObject()
            for key in keys { object[key.keyID.description] = ["key": .string(key.publicKey.base64)] }
            out.write(CanonicalJSON.encode(.object(object)))
            out.write([0x0A])
        } else {
            for key in keys { out.line("\(key.keyID) \(key.publicKey.base64)") }
        }
    }
}

extension SigningKeyOptions {
    init(key: String, keyID: String? = nil) {
        self.init()
        self.key = key
        self.keyID = keyID
    }
}
