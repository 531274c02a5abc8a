import Foundation
import MatrixKeys
import Testing

// The public forms that read bytes where they are take a `Span<UInt8>` (from an array, a slice, a
// string's UTF-8, a `Data`), and the readers lend theirs as one for the length of a call. Each form
// here gives the known answer, and what the `[UInt8]` or `String` form gives on the same bytes.

@Suite("The public API on borrowed bytes (Span)")
struct BorrowedBytesTests {
    @Test("SHA-256 and HMAC-SHA-256 of bytes in place: FIPS 180-2 and RFC 4231 answers")
    func hashes() throws {
        let abc = Array("abc".utf8)
        #expect(Base64.encode(SHA256.hash(abc.span)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0")
        // Incremental, from a slice of a larger buffer.
        let buffer = Array("xxabcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqyy".utf8)
        let (head, tail) = (buffer[2..<30], buffer[30..<58])
        var hasher = SHA256()
        hasher.update(head.span)
        hasher.update(tail.span)
        #expect(Hex.encode(hasher.finalize()) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")

        let key = SecretBytes(copying: Array("Jefe".utf8))
        let message = "what do ya want for nothing?"
        let mac = HMACSHA256.mac(key: key, message: message.utf8.span)
        #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(mac == HMACSHA256.mac(key: key, message: Array(message.utf8)))

        // (Span arguments are compared outside #expect, which cannot capture a non-escapable value.)
        let (whole, short) = (mac[...], mac.dropLast())
        let same = ConstantTime.equal(mac.span, whole.span)
        let shorter = ConstantTime.equal(mac.span, short.span)
        var other = mac
        other[31] ^= 1
        let differs = ConstantTime.equal(mac.span, other.span)
        #expect(same && !shorter && !differs)
    }

    @Test("Ed25519 over bytes in place: RFC 8032 §7.1 test 3")
    func ed25519() throws {
        let key = try Ed25519.PrivateKey(seed: Hex.decode("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"))
        let framed: [UInt8] = [0x00, 0xAF, 0x82, 0x00]
        let message = framed[1..<3]
        let signature = key.signature(for: message.span)
        #expect(Hex.encode(signature.rawRepresentation) == "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")
        #expect(signature == key.signature(for: Array(message)))
        let valid = key.publicKey.isValidSignature(signature, for: message.span)
        let extended = framed[1..<4]
        let longer = key.publicKey.isValidSignature(signature, for: extended.span)
        #expect(valid && !longer)
    }

    @Test("base64 from bytes in place; errors as for a string")
    func base64() throws {
        let text = Array("\"aGVsbG8\"".utf8)
        let quoted = text[1..<8]
        #expect(try Base64.decode(quoted.span) == Array("hello".utf8))
        #expect(throws: EncodingError(encoding: "base64", kind: .invalidCharacter(byte: 0x2A, offset: 2))) {
            try Base64.decode(Array("aG*sbG8".utf8).span)
        }
        #expect(throws: EncodingError(encoding: "base64", kind: .invalidCharacter(byte: 0x2A, offset: 2))) {
            try Base64.decode("aG*sbG8")
        }
    }

    @Test("a secret lends its bytes for a call")
    func secret() throws {
        let secret = SecretBytes(copying: [1, 2, 3, 250])
        #expect(secret.withBytes { bytes in (0..<bytes.count).map { bytes[$0] } } == [1, 2, 3, 250])
        struct Stop: Error, Equatable {}
        #expect(throws: Stop()) { try secret.withBytes { (_) throws(Stop) in throw Stop() } }
    }

    @Test("JSON: parse, a prefix, canonical form, the linter, over spans; errors as for arrays")
    func json() throws {
        let text = #"{"b":1, "a":[true,null]}"#
        #expect(try JSONParser.parse(text.utf8.span) == ["a": [true, .null], "b": 1])
        #expect(try CanonicalJSON.canonicalize(text.utf8.span) == Array(#"{"a":[true,null],"b":1}"#.utf8))
        let canonicalizer = CanonicalJSON.Canonicalizer()
        var out = Array("[".utf8)
        try canonicalizer.canonicalize(Array(#"{"z": 0}"#.utf8).span, appendingTo: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"[{"z":0}"#)
        let session = try canonicalizer.canonicalizeSecret(object: Array(#"{"session_key":"k","algorithm":"m"}"#.utf8).span, setting: [.init("room_id", "!r")])
        #expect(session?.withBytes { bytes in String(decoding: (0..<bytes.count).map { bytes[$0] }, as: UTF8.self) } == #"{"algorithm":"m","room_id":"!r","session_key":"k"}"#)

        let stream = Array("{\"a\":1}  \n[2]\n".utf8)
        let first = try JSONParser.parsePrefix(stream.span)
        #expect(first.value == ["a": 1])
        #expect(first.consumed == 10)
        let rest = stream[first.consumed...]
        let second = try JSONParser.parsePrefix(rest.span)
        #expect(second.value == [2])
        #expect(second.consumed == 4)

        let lax = Array(#"{"a": 1.5}"#.utf8)
        #expect(try JSONLint.violations(lax.span).map(\.description) == ["$.a: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 6)"])
        #expect(try JSONLint.check(lax.span) == JSONLint.check(#"{"a": 1.5}"#))
        #expect(try JSONLint.check(lax.span).count == 2)  // the rule, and the space that is not canonical form

        let broken = Array(#"{"a":"#.utf8)
        #expect(throws: JSONParseError(kind: .unexpectedEnd, offset: 5, path: "$.a")) { try JSONParser.parse(broken.span) }
        #expect(throws: JSONParseError(kind: .unexpectedEnd, offset: 5, path: "$.a")) { try JSONParser.parse(broken) }
    }

    @Test("event IDs and reference hashes from bytes in place: the spec's vectors, and the DocC example")
    func eventIDs() throws {
        let ids = EventIDs()
        var checked = 0
        for vector in try Vectors.cases("event_hashing") where vector.expected["event_id"] != nil {
            let version = try RoomVersion(identifier: try vector.input.string("room_version"))
            let line = try vector.input.string("event_json_text")
            // The example in EventIDs' documentation.
            let id = try ids.eventID(line.utf8.span, version: version)
            #expect(id == (try vector.expected.string("event_id")))
            let event = try #require(try JSONParser.parse(line, mode: version.numberMode).objectValue)
            #expect(try ids.referenceHash(Array(line.utf8).span, version: version) == EventHashes.referenceHash(event, version: version))
            checked += 1
        }
        #expect(checked >= 2)
        #expect(throws: JSONParseError(kind: .empty, offset: 0)) { try ids.eventID(Array(" ".utf8).span, version: .v11) }
    }

    /// A file holding `text`, removed when the test is done with it.
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-span-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a JSON item reader and an event source lend each item's bytes for a call; the DocC examples")
    func readers() throws {
        let path = try Self.file("{\"a\":1}\n\n{\"b\":[2,3]}\r\n{oops\n")
        defer { try? FileManager.default.removeItem(atPath: path) }

        // JSONItemReader.next(_:)'s example, on lines that are all JSON.
        let good = try Self.file("{\"a\":1}\n{\"b\":2}\n")
        defer { try? FileManager.default.removeItem(atPath: good) }
        let reader = try JSONItemReader(path: good)
        var values: [JSONValue] = []
        while let value = try reader.next({ _, json in try JSONParser.parse(json) }) { values.append(value) }
        #expect(values == [["a": 1], ["b": 2]])

        let items = try JSONItemReader(path: path)
        var seen: [String] = []
        while let item = try items.next({ item, json in "\(item.line): " + String(decoding: (0..<json.count).map { json[$0] }, as: UTF8.self) }) {
            seen.append(item)
        }
        #expect(seen == [#"1: {"a":1}"#, #"3: {"b":[2,3]}"#, "4: {oops"])

        // EventSource.nextEvent(_:)'s example: the bytes of every event.
        let source: any EventSource = try JSONItemReader(path: path)
        var total = 0
        while try source.nextEvent({ _, json in total += json.count }) != nil {}
        #expect(total == 7 + 11 + 5)

        let events = try JSONItemReader(path: path)
        var verdicts: [String] = []
        let verifier = EventVerifier(keyRing: KeyRing(responses: [], fetchedAt: 0), version: .v11)
        while let verdict = try events.nextEvent({ event, json in "\(event.location) \(verifier.verify(json).verdict)" }) {
            verdicts.append(verdict)
        }
        #expect(verdicts == ["line 1 rejected", "line 3 rejected", "line 4 rejected"])
    }
}
