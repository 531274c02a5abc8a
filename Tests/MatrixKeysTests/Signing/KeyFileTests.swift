import Testing
@testable import MatrixKeys

@Suite("Key IDs and Synapse signing key files")
struct KeyFileTests {
    @Test("key IDs: algorithm and version; any non-empty version verifies, generated ones are spec-clean")
    func keyIDs() throws {
        let id = try KeyID(parsing: "ed25519:a_AbCd")
        #expect(id.algorithm == "ed25519")
        #expect(id.version == "a_AbCd")
        #expect(id.hasSpecCleanVersion)
        let odd = try KeyID(parsing: "ed25519:key+1:x")
        #expect(odd.version == "key+1:x")
        #expect(!odd.hasSpecCleanVersion)
        for bad in ["ed25519", "ed25519:", ":abc", ""] {
            #expect(throws: SigningError.invalidKeyID(bad)) { try KeyID(parsing: bad) }
        }
        for _ in 0..<50 {
            let version = KeyID.randomVersion()
            #expect(version.count == 6)
            #expect(version.hasPrefix("a_"))
            #expect(KeyID.isSpecClean(version))
        }
        #expect(throws: SigningError.invalidKeyVersion("a-b")) { try SigningKey.generate(version: "a-b") }
    }

    @Test("reading a key file: several keys, blank lines, whitespace, CRLF")
    func parse() throws {
        let seedA = Base64.encode([UInt8](repeating: 1, count: 32))
        let seedB = Base64.encode([UInt8](repeating: 2, count: 32)) + "="  // padded is accepted
        let text = "\n  ed25519 a_one \(seedA)  \r\n\n\ted25519\ta_two\t\(seedB)\n\n"
        let keys = try SigningKeyFile.parse(text)
        #expect(keys.map(\.keyID.description) == ["ed25519:a_one", "ed25519:a_two"])
        #expect(keys[0].privateKey.seed.unsafeCopy() == [UInt8](repeating: 1, count: 32))
        #expect(try SigningKeyFile.select(keys, keyID: nil).keyID.version == "a_one")
        #expect(try SigningKeyFile.select(keys, keyID: "ed25519:a_two").keyID.version == "a_two")
        #expect(throws: SigningError.keyNotInFile("ed25519:zz", available: ["ed25519:a_one", "ed25519:a_two"])) {
            try SigningKeyFile.select(keys, keyID: "ed25519:zz")
        }
    }

    @Test("writing then reading a key file gives the same keys, in Synapse's format")
    func roundTrip() throws {
        let keys = [try SigningKey.generate(), try SigningKey.generate(version: "second")]
        let bytes = SigningKeyFile.serialize(keys)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("ed25519 ") && $0.split(separator: " ").count == 3 })
        let again = try SigningKeyFile.parse(text)
        #expect(again.map(\.keyID) == keys.map(\.keyID))
        #expect(again.map(\.publicKey) == keys.map(\.publicKey))
    }

    @Test("each bad line is an error with its line number that never shows the line")
    func errors() {
        let seed = Base64.encode([UInt8](repeating: 3, count: 32))
        let cases: [(String, SigningError)] = [
            ("", .emptyKeyFile),
            ("\n \n", .emptyKeyFile),
            ("ed25519 a_1", .invalidKeyFileLine(line: 1, reason: "expected 3 fields (ed25519 <version> <base64 seed>), found 2")),
            ("\ned25519 a_1 \(seed) extra", .invalidKeyFileLine(line: 2, reason: "expected 3 fields (ed25519 <version> <base64 seed>), found 4")),
            ("curve25519 a_1 \(seed)", .invalidKeyFileLine(line: 1, reason: "unsupported algorithm \"curve25519\" (only ed25519)")),
            ("ed25519 a_1 AAAA", .invalidKeyFileLine(line: 1, reason: "seed: decoded to 3 bytes, expected 32")),
            ("ed25519 a_1 \(seed.dropLast())!", .invalidKeyFileLine(line: 1, reason: "seed: invalid base64 character '!' at offset 42")),
            ("ed25519 a_1 \(seed)\ned25519 a_1 \(seed)", .invalidKeyFileLine(line: 2, reason: "duplicate key ed25519:a_1")),
        ]
        for (text, error) in cases {
            #expect(throws: error, "\(text)") { try SigningKeyFile.parse(text) }
        }
        #expect(SigningError.invalidKeyFileLine(line: 3, reason: "x").description == "signing key file line 3: x")
    }

    @Test("public key specs ed25519:ID=BASE64")
    func publicKeySpecs() throws {
        let key = try SigningKey.generate(version: "k1")
        let spec = try PublicKeySpec(parsing: "ed25519:k1=\(key.publicKey.base64)")
        #expect(spec.keyID == key.keyID)
        #expect(spec.publicKey == key.publicKey)
        #expect(throws: SigningError.invalidPublicKeySpec("abc", reason: "expected ed25519:ID=BASE64")) { try PublicKeySpec(parsing: "abc") }
        #expect(throws: SigningError.invalidPublicKeySpec("curve25519:x=AAAA", reason: "only ed25519 keys are supported")) {
            try PublicKeySpec(parsing: "curve25519:x=AAAA")
        }
        #expect(throws: SigningError.invalidPublicKeySpec("ed25519:x=AAAA", reason: "ed25519 public key: decoded to 3 bytes, expected 32")) {
            try PublicKeySpec(parsing: "ed25519:x=AAAA")
        }
    }
}
