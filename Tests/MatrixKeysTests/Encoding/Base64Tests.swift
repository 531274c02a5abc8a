import Testing
@testable import MatrixKeys
@testable import MatrixKeysCrypto

@Suite("Base64")
struct Base64Tests {
    @Test("RFC 4648 §10: unpadded output; padded and unpadded input decode")
    func rfc4648() throws {
        let cases = try Vectors.group("crypto_kat", "base64")
        #expect(cases.count == 7)
        for vector in cases {
            let input = bytes(try vector.string("input_ascii"))
            #expect(Base64.encode(input) == (try vector.string("unpadded")))
            #expect(try Base64.decode(vector.string("padded")) == input)
            #expect(try Base64.decode(vector.string("unpadded")) == input)
        }
    }

    @Test("the spec's unpadded-base64 examples (signing_json.json)")
    func specExamples() throws {
        let cases = try Vectors.cases("signing_json").filter { ($0["input"] as? [String: Any])?["bytes_ascii"] != nil }
        #expect(cases.count == 7)
        for vector in cases {
            let input = try #require(vector["input"] as? [String: Any])
            let expected = try #require(vector["expected"] as? [String: Any])
            let plain = bytes(try input.string("bytes_ascii"))
            #expect(Base64.encode(plain) == (try expected.string("unpadded_base64")))
            #expect(try Base64.decode(expected.string("unpadded_base64")) == plain)
        }
    }

    @Test("URL-safe alphabet uses - and _; each alphabet rejects the other's symbols")
    func urlSafe() throws {
        let data: [UInt8] = [0xFB, 0xFF, 0xBF]
        #expect(Base64.encode(data) == "+/+/")
        #expect(Base64.encode(data, alphabet: .urlSafe) == "-_-_")
        #expect(try Base64.decode("-_-_", alphabet: .urlSafe) == data)
        #expect(throws: EncodingError(encoding: "base64", kind: .invalidCharacter(byte: UInt8(ascii: "-"), offset: 0))) {
            try Base64.decode("-_-_")
        }
        #expect(throws: EncodingError(encoding: "base64", kind: .invalidCharacter(byte: UInt8(ascii: "+"), offset: 0))) {
            try Base64.decode("+/+/", alphabet: .urlSafe)
        }
    }

    @Test("non-zero trailing bits are accepted")
    func trailingBits() throws {
        #expect(try Base64.decode("Zh") == [0x66])
        #expect(try Base64.decode("Zm9=") == [0x66, 0x6F])
    }

    @Test("bad input: each error names the problem and its offset")
    func errors() {
        let cases: [(String, EncodingError.Kind)] = [
            ("Zm 9v", .invalidCharacter(byte: 0x20, offset: 2)),
            ("Zm9v\n", .invalidCharacter(byte: 0x0A, offset: 4)),
            ("Zm9v!", .invalidCharacter(byte: UInt8(ascii: "!"), offset: 4)),
            ("Zm9vY", .truncated(length: 5)),
            ("Z", .truncated(length: 1)),
            ("Zm=9", .misplacedPadding(offset: 2)),
            ("Zg=", .misplacedPadding(offset: 2)),
            ("Zm9v=", .misplacedPadding(offset: 4)),
            ("Z===", .misplacedPadding(offset: 1)),
            ("Zé", .invalidCharacter(byte: 0xC3, offset: 1)),
        ]
        for (text, kind) in cases {
            #expect(throws: EncodingError(encoding: "base64", kind: kind), "\(text)") { try Base64.decode(text) }
        }
        #expect(
            EncodingError(encoding: "base64", kind: .invalidCharacter(byte: UInt8(ascii: "!"), offset: 4), field: "signature").description
                == "signature: invalid base64 character '!' at offset 4")
        #expect(
            EncodingError(encoding: "base64", kind: .invalidCharacter(byte: 0x0A, offset: 4)).description
                == "invalid base64 character byte 0x0a at offset 4")
    }

    @Test("expected length: the error names the field and both lengths")
    func expectedLength() throws {
        #expect(throws: EncodingError(encoding: "base64", kind: .wrongLength(expected: 32, actual: 3), field: "key")) {
            try Base64.decode("Zm9v", expectedLength: 32, field: "key")
        }
        #expect(
            EncodingError(encoding: "base64", kind: .wrongLength(expected: 32, actual: 3), field: "key").description
                == "key: decoded to 3 bytes, expected 32")
        #expect(throws: EncodingError(encoding: "base64", kind: .truncated(length: 1), field: "key")) {
            try Base64.decode("Z", expectedLength: 32, field: "key")
        }
    }

    @Test("round trips for every length 0…100 in both alphabets")
    func roundTrip() throws {
        for length in 0...100 {
            let data = SecureRandom.bytes(count: length)
            for alphabet in [Base64.Alphabet.standard, .urlSafe] {
                let text = Base64.encode(data, alphabet: alphabet)
                #expect(text.count == Base64.encodedLength(length))
                #expect(!text.contains("="))
                #expect(try Base64.decode(text, alphabet: alphabet) == data)
            }
        }
    }
}

@Suite("Base58 and hex")
struct Base58Tests {
    @Test("Bitcoin base58 vectors, including leading zero bytes")
    func vectors() throws {
        let cases = try Vectors.group("crypto_kat", "base58")
        #expect(cases.count >= 10)
        for vector in cases {
            let data = try vector.hex("hex")
            let text = try vector.string("base58")
            #expect(Base58.encode(data) == text, "\(vector.source)")
            #expect(try Base58.decode(text) == data)
        }
    }

    @Test("characters outside the alphabet (0, O, I, l, space) are errors with their offsets")
    func errors() {
        for (text, byte, offset) in [("10", UInt8(ascii: "0"), 1), ("abO", UInt8(ascii: "O"), 2), ("I", UInt8(ascii: "I"), 0),
                                     ("2l", UInt8(ascii: "l"), 1), ("12 3", 0x20, 2)] {
            #expect(throws: EncodingError(encoding: "base58", kind: .invalidCharacter(byte: byte, offset: offset))) {
                try Base58.decode(text)
            }
        }
    }

    @Test("round trips with leading zeros")
    func roundTrip() throws {
        for zeros in 0..<4 {
            for length in 0..<40 {
                let data = [UInt8](repeating: 0, count: zeros) + SecureRandom.bytes(count: length)
                #expect(try Base58.decode(Base58.encode(data)) == data)
            }
        }
        #expect(Base58.encode([]) == "")
        #expect(Base58.encode([0, 0]) == "11")
    }

    @Test("hex: encode lowercase, decode either case, errors")
    func hex() throws {
        #expect(Hex.encode([0x00, 0xAB, 0xFF]) == "00abff")
        #expect(try Hex.decode("00ABff") == [0x00, 0xAB, 0xFF])
        #expect(throws: EncodingError(encoding: "hex", kind: .oddLength(length: 3))) { try Hex.decode("abc") }
        #expect(throws: EncodingError(encoding: "hex", kind: .invalidCharacter(byte: UInt8(ascii: "g"), offset: 1))) {
            try Hex.decode("ag")
        }
    }
}
