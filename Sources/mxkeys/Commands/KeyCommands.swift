import ArgumentParser
import MatrixKeys

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Generate an ed25519 signing key (Synapse's format).",
        discussion: Help.discussion("""
            Writes "ed25519 <version> <base64 seed>" to standard output, or with --output to a new file of \
            mode 0600 (atomically), and then prints the key ID and public key.
            """, examples: [
                "mxkeys keygen --output signing.key",
                "mxkeys keygen --key-version a_2025 --output /etc/matrix-synapse/signing.key",
            ], more: ManualSection.see("How files are written", .files)))

    @Option(help: ArgumentHelp("The key version (letters, digits, _); default a random a_XXXX.", valueName: "version"))
    var keyVersion: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the key to this file (mode 0600); - is standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(help: "Replace an existing regular --output file.")
    var force = false

    func run() throws {
        let key: SigningKey
        do { key = try SigningKey.generate(version: keyVersion) } catch { throw Failure.badValue(error, option: "--key-version") }
        var bytes = SigningKeyFile.serialize([key])
        defer { wipe(&bytes) }
        let out = Output()
        if let output, output != "-" {
            do { try AtomicFile.write(bytes, to: output, mode: 0o600, overwrite: force) } catch { throw Failure(error.description) }
            out.line(PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey).description)
        } else {
            out.write(bytes)
        }
    }
}

struct Pubkey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubkey",
        abstract: "Print the public keys of a signing key file.",
        discussion: Help.discussion("""
            Prints ed25519:ID=BASE64, one per key: what --public-key takes where the command knows the \
            server. With --server NAME, NAME:ed25519:ID=BASE64, which every --public-key takes. With \
            --old-key-at TS, ed25519:ID=BASE64@TS, for server-keys publish --old-key when the key is \
            retired at TS.
            """, examples: [
                "mxkeys pubkey --key signing.key --server example.org",
                "mxkeys pubkey --key keystore:srv --old-key-at now",
            ]))

    @Option(name: .long, help: ArgumentHelp("The signing key file, or keystore:NAME.", valueName: "file"), completion: Completions.keyFileOrEntry)
    var key: String

    @Option(help: ArgumentHelp("The server the key belongs to: print SERVER:ed25519:ID=BASE64.", valueName: "name"))
    var server: String?

    @Option(name: .customLong("old-key-at"), help: ArgumentHelp(
        "Print the key as retired at this time (ed25519:ID=BASE64@TS): \(TimeArgument.help).", valueName: "ts"),
        transform: TimeArgument.parse)
    var oldKeyAt: Int64?

    @Flag(help: "Print a verify_keys object: {\"ed25519:ID\": {\"key\": \"BASE64\"}}.")
    var json = false

    func validate() throws {
        if json && (server != nil || oldKeyAt != nil) { throw ValidationError("--json prints a verify_keys object: give it without --server and --old-key-at") }
        if server != nil && oldKeyAt != nil { throw ValidationError("--old-key-at prints an --old-key value, which takes no server: give one of --server and --old-key-at") }
    }

    func run() throws {
        let keys = try SigningKeyOptions(key: key).loadPublic()
        let out = Output()
        if json {
            var object = JSONObject()
            for key in keys { object[key.keyID.description] = ["key": .string(key.publicKey.base64)] }
            out.json(.object(object))
            return
        }
        for spec in keys {
            if let server {
                out.line(ServerKeySpec(server: server, spec: spec).description)
            } else if let oldKeyAt {
                out.line(OldKeySpec(keyID: spec.keyID, key: spec.publicKey, expiredTS: oldKeyAt).description)
            } else {
                out.line(spec.description)
            }
        }
    }
}

extension SigningKeyOptions {
    init(key: String, keyID: String? = nil, keystorePassphraseFile: String? = nil) {
        self.init()
        self.key = key
        self.keyID = keyID
        self.keystorePassphraseFile = keystorePassphraseFile
    }
}
