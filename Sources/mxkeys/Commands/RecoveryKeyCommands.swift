import ArgumentParser
import MatrixKeys

struct RecoveryKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recovery-key",
        abstract: "Generate, encode and decode recovery keys.",
        discussion: """
            A recovery key (a Security Key, as Element shows it) is a 32-byte key in base58 with a prefix and a parity byte, shown in groups of \
            four characters. It carries secret storage keys and key backup keys. Whitespace of any kind, \
            line breaks included, is ignored when one is read.
            """,
        subcommands: [RecoveryKeyGenerate.self, RecoveryKeyEncode.self, RecoveryKeyDecode.self])
}

struct RecoveryKeyGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Print a new random recovery key.",
        discussion: Help.discussion(examples: [
            "mxkeys recovery-key generate --output security-key.txt",
            "mxkeys recovery-key generate --json",
        ]))

    @Flag(help: "Print {\"recovery_key\": ..., \"key_base64\": ...} instead.")
    var json = false

    @OptionGroup var output: SecretOutput

    func run() throws {
        let key = RecoveryKey.generate()
        var text = Array(try RecoveryKey.encode(key).utf8)
        defer { wipe(&text) }
        if json {
            var keyBase64 = Array(Base64.encode(key.unsafeCopy()).utf8)
            defer { wipe(&keyBase64) }
            var object = CanonicalJSON.encode(["key_base64": .string(String(decoding: keyBase64, as: UTF8.self)),
                                               "recovery_key": .string(String(decoding: text, as: UTF8.self))])
            defer { wipe(&object) }
            try output.write(object)
        } else {
            try output.write(text)
        }
    }
}

struct RecoveryKeyEncode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Read a 32-byte key on standard input (base64, or hex with --hex) and print its recovery key.",
        discussion: Help.discussion(examples: [
            "mxkeys recovery-key encode < key.b64",
            "mxkeys recovery-key encode --hex --output security-key.txt < key.hex",
        ]))

    @Flag(help: "The key on standard input is hex, not base64.")
    var hex = false

    @OptionGroup var output: SecretOutput

    func run() throws {
        var input = try SecretSource.standardInput(secret: "key", give: ["a 32-byte key on standard input, in \(hex ? "hex" : "base64")"])
        defer { wipe(&input) }
        let trimmed = input.filter { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        var bytes: [UInt8]
        do {
            let text = String(decoding: trimmed, as: UTF8.self)
            bytes = hex ? try Hex.decode(text) : try Base64.decode(text)
        } catch {
            throw Failure(error, source: "stdin")
        }
        defer { wipe(&bytes) }
        guard bytes.count == RecoveryKey.keyLength else {
            throw Failure("the key is \(bytes.count) bytes, expected 32 (stdin)")
        }
        var text = Array(try RecoveryKey.encode(SecretBytes(copying: bytes)).utf8)
        defer { wipe(&text) }
        try output.write(text)
    }
}

struct RecoveryKeyDecode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Read a recovery key and print the key (base64, or hex with --hex).",
        discussion: Help.discussion("""
            The recovery key comes from --recovery-key-file, MXKEYS_RECOVERY_KEY, standard input, or a \
            prompt on the terminal. A key that does not decode is reported with the exact reason (a character \
            that is not base58, the wrong length, the wrong prefix, a failed parity check) and exit code 2, as \
            everywhere a recovery key is read.
            """, examples: [
                "mxkeys recovery-key decode --recovery-key-file security-key.txt",
                "mxkeys recovery-key decode --hex < security-key.txt",
            ]))

    @Flag(help: "Print the key as hex instead of base64.")
    var hex = false

    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var output: SecretOutput

    func run() throws {
        var text = try recoveryKey.readText(standardInput: true)
        defer { wipe(&text) }
        let key: SecretBytes
        do { key = try RecoveryKey.decode(RecoveryKey.keyText(inFile: text)) } catch { throw Failure(error, source: recoveryKey.file ?? "the recovery key") }
        var raw = key.unsafeCopy()
        defer { wipe(&raw) }
        var encoded = Array((hex ? Hex.encode(raw) : Base64.encode(raw)).utf8)
        defer { wipe(&encoded) }
        try output.write(encoded)
    }
}
