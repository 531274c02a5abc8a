import Testing
@testable import MatrixKeys

@Suite("Canonical JSON: our own edge cases (SPEC §2)")
struct JSONEdgeCaseTests {
    @Test("every control character's canonical form; quote, backslash; / DEL U+2028 U+2029 raw")
    func escapes() throws {
        let named: [UInt32: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for code in UInt32(0)..<0x20 {
            let expected = named[code] ?? String(format: "\\u%04x", code)
            let scalar = try #require(Unicode.Scalar(code))
            #expect(CanonicalJSON.encodeString(.string(String(Character(scalar)))) == "\"\(expected)\"")
            // The same from an escaped input, through both paths.
            #expect(try canonicalBoth(String(format: "\"\\u%04X\"", code)) == "\"\(expected)\"")
        }
        #expect(try canonicalBoth(#""\"\\\/""#) == #""\"\\/""#)
        #expect(try canonicalBoth("\"/\u{7F}\u{2028}\u{2029}\"") == "\"/\u{7F}\u{2028}\u{2029}\"")
        #expect(try canonicalBoth(#""\u00e9\u00E9""#) == "\"éé\"")
    }

    @Test("keys sort by code point, not UTF-16: U+E000 < U+FFFF < U+1F600")
    func astralOrdering() throws {
        let input = #"{"\ud83d\ude00":3,"\uffff":2,"\ue000":1,"z":0}"#
        #expect(try canonicalBoth(input) == "{\"z\":0,\"\u{E000}\":1,\"\u{FFFF}\":2,\"\u{1F600}\":3}")
        // Raw UTF-8 and escaped forms of the same keys sort the same way.
        #expect(try canonicalBoth("{\"\u{1F600}\":3,\"\u{FFFF}\":2,\"\u{E000}\":1}") == "{\"\u{E000}\":1,\"\u{FFFF}\":2,\"\u{1F600}\":3}")
        // An escaped control character sorts by its code point (0x01 < 'A'), not by its escaped text.
        #expect(try canonicalBoth(#"{"A":1,"\u0001":2}"#) == #"{"\u0001":2,"A":1}"#)
    }

    @Test("integers: exactly ±(2^53−1) pass, ±2^53 fail in strict and stay exact in lax")
    func integerRange() throws {
        #expect(try canonicalBoth("[9007199254740991,-9007199254740991]") == "[9007199254740991,-9007199254740991]")
        for text in ["9007199254740992", "-9007199254740992", "99999999999999999999"] {
            #expect(rejection(Array(text.utf8))?.kind == .integerOutOfRange(text))
            #expect(try canonicalBoth(text, mode: .lax) == text)
        }
        #expect(try JSONParser.parse("123456789012345678901234567890", mode: .lax) == .bigInteger("123456789012345678901234567890"))
        #expect(try JSONParser.parse("-9223372036854775808", mode: .lax) == .integer(Int64.min))
        #expect(try JSONParser.parse("-9223372036854775809", mode: .lax) == .bigInteger("-9223372036854775809"))
        #expect(try canonicalBoth("-0") == "0")
        #expect(try canonicalBoth("-0", mode: .lax) == "0")
    }

    @Test("floats: strict rejects every fraction and exponent; lax writes Python's repr")
    func floats() throws {
        for text in ["1E2", "1e2", "0.0", "1.0", "-0.0", "1e0", "1.5", "1E-2"] {
            #expect(rejection(Array(text.utf8))?.kind == .floatNotAllowed(text), "\(text)")
        }
        let python: [(String, String)] = [
            ("1E2", "100.0"), ("1.0", "1.0"), ("-0.0", "-0.0"), ("0.0", "0.0"), ("1e20", "1e+20"), ("1e16", "1e+16"),
            ("1e15", "1000000000000000.0"), ("1234567890123456", "1234567890123456"), ("1234567890123456.0", "1234567890123456.0"),
            ("0.0001", "0.0001"), ("0.00001", "1e-05"), ("1.5", "1.5"), ("5e-324", "5e-324"), ("1e-400", "0.0"),
            ("1.7976931348623157e308", "1.7976931348623157e+308"), ("123.456e1", "1234.56"), ("0.1", "0.1"),
            ("-2.5E-7", "-2.5e-07"), ("12345678901234567890.0", "1.2345678901234567e+19"),
        ]
        for (input, output) in python {
            #expect(try canonicalBoth(input, mode: .lax) == output, "\(input)")
        }
        #expect(rejection(Array("1e400".utf8), mode: .lax)?.kind == .nonFiniteNumber)
        #expect(rejection(Array("-1e400".utf8), mode: .lax)?.kind == .nonFiniteNumber)
    }

    @Test("number syntax errors")
    func numberSyntax() {
        for text in ["01", "-", "-01", "1.", ".5", "+1", "1e", "1e+", "--1", "0x10"] {
            let error = rejection(Array(text.utf8), mode: .lax)
            #expect(error != nil, "\(text)")
            #expect(error?.kind == .invalidNumber || error?.kind == .trailingData, "\(text): \(String(describing: error))")
        }
        for text in ["NaN", "Infinity", "-Infinity"] {
            #expect(rejection(Array(text.utf8), mode: .lax)?.kind == .nonFiniteNumber, "\(text)")
        }
    }

    @Test("depth: 100 levels pass, 101 fail, 100,000 fail without crashing")
    func depth() throws {
        let hundred = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try canonicalBoth(hundred) == hundred)
        let objects = String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100)
        #expect(try canonicalBoth(objects) == objects)
        let over = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
        #expect(rejection(Array(over.utf8))?.kind == .tooDeep(limit: 100))
        #expect(rejection(Array(over.utf8))?.offset == 100)
        let hostile = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(rejection(hostile)?.kind == .tooDeep(limit: 100))
        let hostileObjects = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
        #expect(rejection(hostileObjects)?.kind == .tooDeep(limit: 100))
    }

    @Test("duplicate keys: at depth, after escapes, out of order; the offset is the later key's")
    func duplicates() throws {
        let text = #"{"x":{"b":1,"a":[{"k":1,"k":2}]}}"#
        let error = try #require(rejection(Array(text.utf8)))
        #expect(error.kind == .duplicateKey("k"))
        #expect(error.offset == 24)
        #expect(error.path == "$.x.a[0]")
        #expect(error.description == #"duplicate key "k" at byte 24, at $.x.a[0]"#)
        let unordered = try #require(rejection(Array(#"{"b":1,"a":2,"b":3}"#.utf8)))
        #expect(unordered.kind == .duplicateKey("b"))
        #expect(unordered.offset == 13)
        #expect(rejection(Array(#"{"a":1,"\u0061":2}"#.utf8))?.kind == .duplicateKey("a"))
        // Precomposed and decomposed é are different keys (bytes differ).
        #expect(try canonicalBoth("{\"\u{E9}\":1,\"e\u{301}\":2}") == "{\"e\u{301}\":2,\"\u{E9}\":1}")
    }

    @Test("invalid UTF-8 of each kind is rejected with its offset")
    func invalidUTF8() {
        let cases: [[UInt8]] = [
            [0x22, 0xC0, 0xAF, 0x22],              // overlong 2-byte
            [0x22, 0xE0, 0x80, 0xAF, 0x22],        // overlong 3-byte
            [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22],  // overlong 4-byte
            [0x22, 0xED, 0xA0, 0x80, 0x22],        // UTF-8-encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xE2, 0x82, 0x22],              // truncated sequence
            [0x22, 0x80, 0x22],                    // stray continuation
            [0x22, 0xFE, 0x22], [0x22, 0xFF, 0x22],
        ]
        for bytes in cases {
            let error = rejection(bytes)
            #expect(error?.kind == .invalidUTF8, "\(bytes)")
            #expect(error?.offset == 1, "\(bytes)")
        }
        #expect(rejection([0x22, 0xE2, 0x82])?.kind == .invalidUTF8)
    }

    @Test("structure errors: BOM, trailing data, empty, raw control characters, bad escapes, lone surrogates")
    func structure() {
        #expect(rejection([0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.kind == .byteOrderMark)
        #expect(rejection(Array("{} x".utf8))?.kind == .trailingData)
        #expect(rejection(Array("{} x".utf8))?.offset == 3)
        #expect(rejection([])?.kind == .empty)
        #expect(rejection(Array("   ".utf8))?.kind == .empty)
        #expect(rejection(Array("\"a\nb\"".utf8))?.kind == .controlCharacterInString(0x0A))
        #expect(rejection(Array(#""\x""#.utf8))?.kind == .invalidEscape)
        #expect(rejection(Array(#""\u12G4""#.utf8))?.kind == .invalidEscape)
        #expect(rejection(Array(#""\ud800\u0041""#.utf8))?.kind == .loneSurrogate)
        #expect(rejection(Array(#""\ud800""#.utf8))?.kind == .loneSurrogate)
        #expect(rejection(Array(#""\udc00\ud800""#.utf8))?.kind == .loneSurrogate)
        #expect(rejection(Array("[1,]".utf8))?.kind == .unexpectedCharacter(UInt8(ascii: "]")))
        #expect(rejection(Array("{\"a\" 1}".utf8))?.kind == .unexpectedCharacter(UInt8(ascii: "1")))
        #expect(rejection(Array("tru".utf8))?.kind == .unexpectedEnd)
        #expect(rejection(Array("nul1".utf8))?.kind == .unexpectedCharacter(UInt8(ascii: "1")))
        #expect(JSONParseError(kind: .unexpectedCharacter(0x0A), offset: 3).description == "unexpected byte 0x0a at byte 3")
    }

    @Test("parsePrefix reads one value of a stream and reports what it consumed")
    func prefix() throws {
        let stream = Array("{\"a\":1}  \n[2]\n".utf8)
        try stream.withUnsafeBytes { raw in
            let first = try JSONParser.parsePrefix(raw)
            #expect(first.value == ["a": 1])
            #expect(first.consumed == 10)
            let second = try JSONParser.parsePrefix(UnsafeRawBufferPointer(rebasing: raw[first.consumed...]))
            #expect(second.value == [2])
            #expect(first.consumed + second.consumed == stream.count)
        }
    }

    @Test("the linter lists every violation in document order; lax finds none")
    func lint() throws {
        let text = #"{"a":1.5,"b":[1,9007199254740992,{"c":1e3}],"d":-0,"e":"1.5"}"#
        let violations = try Array(text.utf8).withUnsafeBytes { try JSONLint.violations($0) }
        #expect(violations.map(\.path) == ["$.a", "$.b[1]", "$.b[2].c", "$.d"])
        #expect(violations.map(\.offset) == [5, 16, 38, 48])
        #expect(violations[0].description == "$.a: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 5)")
        #expect(violations[1].reason == "integer 9007199254740992 is outside ±(2^53−1)")
        #expect(violations[3].reason == "-0 is not canonical (canonical JSON writes 0)")
        #expect(try Array(text.utf8).withUnsafeBytes { try JSONLint.violations($0, mode: .lax) } == [])
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 7, path: "$")) {
            try Array(#"{"a":1,"a":1.5}"#.utf8).withUnsafeBytes { try JSONLint.violations($0) }
        }
        #expect(try Array(#"{"odd key":[1.5]}"#.utf8).withUnsafeBytes { try JSONLint.violations($0) }.map(\.path) == [#"$["odd key"][0]"#])
    }

    @Test("JSONObject: byte order, replace, remove, distinct precomposed/decomposed keys")
    func object() {
        var object = JSONObject()
        object["b"] = 1
        object["a"] = 2
        object["\u{1F600}"] = 3
        object["\u{FFFF}"] = 4
        #expect(object.keys == ["a", "b", "\u{FFFF}", "\u{1F600}"])
        object["a"] = 5
        #expect(object["a"] == 5)
        #expect(object.count == 4)
        #expect(object.removeValue(forKey: "b") == 1)
        #expect(object["b"] == nil)
        object["\u{E9}"] = 6
        object["e\u{301}"] = 7
        #expect(object["\u{E9}"] == 6)
        #expect(object["e\u{301}"] == 7)
        #expect(object.count == 5)
        #expect(JSONValue.string("\u{E9}") != JSONValue.string("e\u{301}"))
        object["a"] = nil
        #expect(object.keys.first == "e\u{301}")
    }

    @Test("property: canonicalisation is idempotent, round-trips, and both paths agree", arguments: 0..<4)
    func properties(seed: UInt64) throws {
        var rng = SplitMix64(seed: 100 + seed)
        for _ in 0..<150 {
            let value = RandomJSON.value(&rng)
            let canonical = CanonicalJSON.encode(value)
            #expect(try CanonicalJSON.canonicalize(canonical) == canonical)
            #expect(try JSONParser.parse(canonical) == value)
            // Whitespace and reversed key order give the same canonical bytes.
            let noisy = Array(noisyText(value).utf8)
            #expect(try canonicalBoth(noisy) == String(decoding: canonical, as: UTF8.self))
        }
    }

    /// JSON text of `value` with whitespace, escaped characters and members in reverse order.
    func noisyText(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            return "{ " + object.reversed().map { "\(escapedAll($0.key)) :\t\(noisyText($0.value))" }.joined(separator: " ,\n") + " }"
        case .array(let elements):
            return "[ " + elements.map(noisyText).joined(separator: " , ") + " ]"
        case .string(let s):
            return escapedAll(s)
        default:
            return CanonicalJSON.encodeString(value)
        }
    }

    /// Every character written as \u escapes (surrogate pairs for astral ones).
    func escapedAll(_ s: String) -> String {
        "\"" + s.utf16.map { String(format: "\\u%04x", $0) }.joined() + "\""
    }
}

import Foundation

@Suite("Reusable canonicaliser")
struct ReusableCanonicalizerTests {
    @Test("appends each document, and leaves the buffer as it was after an error")
    func reuse() throws {
        let canonicalizer = CanonicalJSON.Canonicalizer()
        var out = Array("prefix:".utf8)
        try Array(#"{"b":1,"a":2}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"a":2,"b":1}"#)
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 18, path: "$.x")) {
            try Array(#"{"x":{"b":1,"a":2,"a":3}}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        }
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"a":2,"b":1}"#)
        out.removeAll()
        try Array(#"[{"d":1,"c":{"f":1,"e":2}}, 1.5]"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, mode: .lax, appendingTo: &out) }
        #expect(String(decoding: out, as: UTF8.self) == #"[{"c":{"e":2,"f":1},"d":1},1.5]"#)
    }
}

@Suite("Large objects")
struct LargeObjectTests {
    @Test("objects of more than 16 members sort and find duplicates like small ones", arguments: [17, 40, 1000])
    func large(count: Int) throws {
        let keys = (0..<count).map { "k\(String(format: "%05d", $0))" }
        let reversed = "{" + keys.reversed().map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        let sorted = "{" + keys.map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        #expect(try canonicalBoth(reversed) == sorted)
        let withDuplicate = "{" + keys.reversed().map { "\"\($0)\":1" }.joined(separator: ",") + ",\"k00003\":2}"
        let error = try #require(rejection(Array(withDuplicate.utf8)))
        #expect(error.kind == .duplicateKey("k00003"))
        #expect(error.offset == withDuplicate.utf8.count - 11)  // the opening quote of the last key
    }
}
