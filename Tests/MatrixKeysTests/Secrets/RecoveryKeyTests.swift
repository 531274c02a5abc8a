import Testing
@testable import MatrixKeys

@Suite("Recovery keys (SPEC §8)")
struct RecoveryKeyTests {
    static func hex(_ key: SecretBytes) -> String { Hex.encode(key.unsafeCopy()) }

    @Test("every recovery_key.json case")
    func vectors() throws {
        let cases = try Vectors.cases("recovery_key")
        #expect(cases.count == 22)
        var checked = 0
        for vector in cases {
            let description = vector["description"] as? String ?? ""
            let input = vector.input, expected = vector.expected
            if let text = input["recovery_key"] as? String {
                let result = Result { () throws(RecoveryKeyError) in try RecoveryKey.decode(text) }
                if let keyHex = expected["key_hex"] as? String {
                    #expect((try? result.get()).map(Self.hex) == keyHex, "\(description)")
                } else if let error = expected["error"] as? String {
                    let expectedError: (RecoveryKeyError) -> Bool
                    switch error.lowercased() {
                    case "parity": expectedError = { $0 == .badParity }
                    case "prefix": expectedError = { $0 == .wrongPrefix }
                    case "keylength", "errinvalidrecoverykey": expectedError = { if case .wrongLength = $0 { return true } else { return false } }
                    case "base58": expectedError = { if case .invalidCharacter = $0 { return true } else { return false } }
                    default: Issue.record("unknown error \(error)"); continue
                    }
                    guard case .failure(let failure) = result else { Issue.record("decoded: \(description)"); continue }
                    #expect(expectedError(failure), "\(description): \(failure)")
                } else if let valid = expected["valid"] as? Bool {
                    #expect(((try? result.get()) != nil) == valid, "\(description)")
                } else if let base64 = expected["key_base64_padded"] as? String {
                    let key = try result.get()
                    #expect(Base64.encodePadded(key.unsafeCopy()) == base64)
                    #expect(try RecoveryKey.encode(key) == (expected["reencoded"] as? String))
                } else {
                    Issue.record("unhandled: \(description)"); continue
                }
            } else {
                let key: SecretBytes
                if let keyHex = input["key_hex"] as? String {
                    key = SecretBytes(copying: try Hex.decode(keyHex))
                } else {
                    key = SecretBytes(copying: try Base64.decode(try input.string("key_base64_padded")))
                }
                let encoded = try RecoveryKey.encode(key)
                let want = try expected.string("recovery_key")
                // One source prints it without spaces; the display form has them.
                #expect(encoded == want || encoded.filter { $0 != " " } == want, "\(description)")
            }
            checked += 1
        }
        #expect(checked == 22)
    }

    static let key = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"

    @Test("whitespace of every kind is ignored: line breaks, tabs, runs of spaces")
    func whitespace() throws {
        let mangled = "  EsTcLW2K\tPGiF\r\nwKEA 3As5\n\ng5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d \n"
        #expect(Self.hex(try RecoveryKey.decode(mangled)) == "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    }

    @Test("each failure has its own error and message")
    func failures() {
        #expect(throws: RecoveryKeyError.invalidCharacter("0", position: 5)) { try RecoveryKey.decode("EsTc 0W2K") }
        #expect(throws: RecoveryKeyError.invalidCharacter("é", position: 3)) { try RecoveryKey.decode("Es é") }
        #expect(throws: RecoveryKeyError.empty) { try RecoveryKey.decode(" \n\t") }
        #expect(throws: RecoveryKeyError.wrongLength(32)) { try RecoveryKey.decode(String(Self.key.dropLast(5))) }
        #expect(throws: RecoveryKeyError.badParity) { try RecoveryKey.decode(String(Self.key.dropLast()) + "e") }
        // Far too long: refused without decoding (base58 decoding is quadratic), but a bad character
        // anywhere in it is still named first.
        #expect(throws: RecoveryKeyError.wrongLength(47)) { try RecoveryKey.decode(String(repeating: "E", count: 64)) }
        #expect(throws: RecoveryKeyError.tooLong(characters: 65)) { try RecoveryKey.decode(String(repeating: "E", count: 65)) }
        #expect(throws: RecoveryKeyError.tooLong(characters: 1_000_000)) { try RecoveryKey.decode(String(repeating: "E", count: 1_000_000)) }
        #expect(throws: RecoveryKeyError.invalidCharacter("0", position: 900_001)) {
            try RecoveryKey.decode(String(repeating: "E", count: 900_000) + "0")
        }
        #expect(RecoveryKeyError.tooLong(characters: 65).description == "invalid recovery key: it has 65 characters, and a recovery key has 48")
        #expect(RecoveryKeyError.invalidCharacter("l", position: 9).description
            == "invalid recovery key: character 9 ('l') is not base58 (0, O, I and l are not used)")
        #expect(RecoveryKeyError.wrongLength(34).description == "invalid recovery key: it decodes to 34 bytes, not 35 (a character is missing or extra)")
        #expect(RecoveryKeyError.wrongPrefix.description == "invalid recovery key: wrong prefix (a recovery key starts with \"Es\")")
        #expect(RecoveryKeyError.badParity.description == "invalid recovery key: the parity check fails (a character is mistyped)")
        // A valid base58 string of the right length whose first bytes are not 0x8B 0x01.
        var bytes: [UInt8] = [0x8B, 0x02] + [UInt8](repeating: 7, count: 32)
        bytes.append(bytes.reduce(0, ^))
        #expect(throws: RecoveryKeyError.wrongPrefix) { try RecoveryKey.decode(Base58.encode(bytes)) }
        #expect(throws: CryptoError.invalidLength(what: "recovery key", expected: 32, actual: 31)) {
            try RecoveryKey.encode(SecretBytes(copying: [UInt8](repeating: 1, count: 31)))
        }
    }

    @Test("round trips: generated keys encode to 48 characters in groups of four and decode back")
    func roundTrips() throws {
        for _ in 0..<200 {
            let key = RecoveryKey.generate()
            let text = try RecoveryKey.encode(key)
            #expect(text.hasPrefix("Es"))
            #expect(text.split(separator: " ").allSatisfy { $0.count == 4 })
            #expect(text.filter { $0 != " " }.count == 48)
            #expect(try RecoveryKey.decode(text) == key)
        }
    }
}
