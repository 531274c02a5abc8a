import Testing
@testable import MatrixKeys

@Suite("JSON input rules: UTF-8, depth, duplicates, syntax (SPEC §2, RFC 8259)")
struct JSONStructureTests {
    @Test("invalid UTF-8 of every kind is rejected at the offending byte, in strings and in keys")
    func invalidUTF8() {
        let cases: [(String, [UInt8])] = [
            ("overlong 2-byte", [0xC0, 0xAF]),
            ("overlong 2-byte, C1", [0xC1, 0xBF]),
            ("overlong 3-byte", [0xE0, 0x80, 0xAF]),
            ("overlong 3-byte, just below U+0800", [0xE0, 0x9F, 0xBF]),
            ("overlong 4-byte", [0xF0, 0x80, 0x80, 0xAF]),
            ("overlong 4-byte, just below U+10000", [0xF0, 0x8F, 0xBF, 0xBF]),
            ("UTF-8-encoded high surrogate U+D800", [0xED, 0xA0, 0x80]),
            ("UTF-8-encoded low surrogate U+DFFF", [0xED, 0xBF, 0xBF]),
            ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
            ("lead byte F5", [0xF5, 0x80, 0x80, 0x80]),
            ("truncated 2-byte", [0xC3]),
            ("truncated 3-byte", [0xE2, 0x82]),
            ("truncated 4-byte", [0xF0, 0x9F, 0x98]),
            ("stray continuation", [0x80]),
            ("stray continuation after a character", [0xC3, 0xA9, 0xA9]),
            ("byte FE", [0xFE]),
            ("byte FF", [0xFF]),
        ]
        for (name, bad) in cases {
            // The bad bytes sit at offset 4 of a string value, then at offset 2 of a key.
            let offset = name == "stray continuation after a character" ? 6 : 4
            let keyOffset = offset - 2
            #expect(rejection([0x22, 0x61, 0x62, 0x63] + bad + [0x22]) == JSONParseError(kind: .invalidUTF8, offset: offset), "\(name)")
            #expect(rejection([0x7B, 0x22] + bad + [0x22, 0x3A, 0x31, 0x7D]) == JSONParseError(kind: .invalidUTF8, offset: keyOffset), "\(name) in a key")
            #expect(rejection([0x22, 0x61, 0x62, 0x63] + bad + [0x22], mode: .lax)?.kind == .invalidUTF8, "\(name) lax")
        }
        // Truncated at the very end of the input.
        #expect(rejection([0x22, 0xE2, 0x82]) == JSONParseError(kind: .invalidUTF8, offset: 1))
        #expect(rejection([0x5B, 0x22, 0xF0, 0x9F]) == JSONParseError(kind: .invalidUTF8, offset: 2, path: "$[0]"))
        // Outside a string any non-ASCII byte is simply out of place.
        #expect(rejection([0x5B, 0xFF, 0x5D]) == JSONParseError(kind: .unexpectedCharacter(0xFF), offset: 1, path: "$[0]"))
    }

    @Test("the UTF-8 boundaries just inside the valid ranges are accepted and copied through")
    func validUTF8Boundaries() throws {
        let scalars: [UInt32] = [0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xCFFF, 0xD000, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
                                 0x10000, 0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF]
        for code in scalars {
            let scalar = try #require(Unicode.Scalar(code))
            let text = "\"" + String(Character(scalar)) + "\""
            #expect(try canonicalBoth(text) == text, "U+\(code)")
            #expect(try canonicalBoth("{" + text + ":1}") == "{" + text + ":1}")
        }
    }

    @Test("a byte order mark is rejected, and said to be one")
    func byteOrderMark() throws {
        #expect(rejection([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == JSONParseError(kind: .byteOrderMark, offset: 0))
        #expect(rejection([0xEF, 0xBB, 0xBF]) == JSONParseError(kind: .byteOrderMark, offset: 0))
        #expect(JSONParseError(kind: .byteOrderMark, offset: 0).description
            == "a byte order mark (U+FEFF) is not allowed before JSON at byte 0")
        // Not at the start it is just a stray byte; inside a string it is the character U+FEFF.
        #expect(rejection([0x20, 0xEF, 0xBB, 0xBF, 0x31]) == JSONParseError(kind: .unexpectedCharacter(0xEF), offset: 1))
        #expect(rejection([0xEF, 0xBB]) == JSONParseError(kind: .unexpectedCharacter(0xEF), offset: 0))
        #expect(try canonicalBoth([0x22, 0xEF, 0xBB, 0xBF, 0x22]) == "\"\u{FEFF}\"")
    }

    @Test("whitespace is space, tab, LF and CR only")
    func whitespace() throws {
        #expect(try canonicalBoth(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ \"a\" \t\r\n: \t\r\n2 } ] \t\r\n") == #"[1,{"a":2}]"#)
        #expect(rejection("\u{0B}1") == JSONParseError(kind: .unexpectedCharacter(0x0B), offset: 0))
        #expect(rejection("\u{0C}1") == JSONParseError(kind: .unexpectedCharacter(0x0C), offset: 0))
        #expect(rejection("\u{A0}1") == JSONParseError(kind: .unexpectedCharacter(0xC2), offset: 0))
        #expect(rejection("[1,\u{2028}2]") == JSONParseError(kind: .unexpectedCharacter(0xE2), offset: 3, path: "$[1]"))
    }

    @Test("depth: 100 nested levels pass, 101 fail at the 101st bracket; 100,000 fail without crashing")
    func depth() throws {
        #expect(JSONParser.maxDepth == 100)
        let arrays = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try canonicalBoth(arrays) == arrays)
        let objects = String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100)
        #expect(try canonicalBoth(objects) == objects)
        let mixed = String(repeating: "[{\"a\":", count: 50) + "1" + String(repeating: "}]", count: 50)
        #expect(try canonicalBoth(mixed) == mixed)

        let overArrays = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
        #expect(rejection(overArrays) == JSONParseError(
            kind: .tooDeep(limit: 100), offset: 100, path: "$" + String(repeating: "[0]", count: 100)))
        let overObjects = String(repeating: "{\"a\":", count: 101) + "1" + String(repeating: "}", count: 101)
        #expect(rejection(overObjects) == JSONParseError(
            kind: .tooDeep(limit: 100), offset: 500, path: "$" + String(repeating: ".a", count: 100)))

        // Hostile input: rejected at the same place, long before the stack could run out.
        let hostile = String(repeating: "[", count: 100_000)
        #expect(rejection(hostile)?.kind == .tooDeep(limit: 100))
        #expect(rejection(hostile)?.offset == 100)
        let hostileObjects = String(repeating: "{\"a\":", count: 100_000)
        #expect(rejection(hostileObjects)?.offset == 500)
        #expect(throws: JSONParseError.self) { try lint(hostile) }
        #expect(JSONParseError(kind: .tooDeep(limit: 100), offset: 100).description == "nesting deeper than 100 levels at byte 100")
    }

    @Test("duplicate keys: at depth, out of order, after escapes; the offset is the later key's opening quote")
    func duplicateKeys() throws {
        let nested = try #require(rejection(#"{"x":{"b":1,"a":[{"k":1,"k":2}]}}"#))
        #expect(nested == JSONParseError(kind: .duplicateKey("k"), offset: 24, path: "$.x.a[0]"))
        #expect(nested.description == #"duplicate key "k" at byte 24, at $.x.a[0]"#)
        // Not adjacent: found when the object is sorted.
        #expect(rejection(#"{"b":1,"a":2,"b":3}"#) == JSONParseError(kind: .duplicateKey("b"), offset: 13))
        #expect(rejection(#"{"b":1,"c":2,"a":3,"c":4}"#) == JSONParseError(kind: .duplicateKey("c"), offset: 19))
        // Byte-equal after unescaping.
        #expect(rejection(#"{"a":1,"\u0061":2}"#) == JSONParseError(kind: .duplicateKey("a"), offset: 7))
        #expect(rejection(#"{"\u00e9":1,"é":2}"#) == JSONParseError(kind: .duplicateKey("é"), offset: 12))
        #expect(rejection(#"{"\ud83d\ude00":1,"z":0,"😀":2}"#) == JSONParseError(kind: .duplicateKey("😀"), offset: 24))
        // Keys that need quoting in the path; a key with a quote in the message.
        let quoted = try #require(rejection(#"{"m.relates_to":{"a\"b":1,"a\"b":2}}"#))
        #expect(quoted == JSONParseError(kind: .duplicateKey("a\"b"), offset: 26, path: #"$["m.relates_to"]"#))
        #expect(quoted.description == #"duplicate key "a\"b" at byte 26, at $["m.relates_to"]"#)
        // Duplicates are structural: lax mode and the linter reject them too.
        #expect(rejection(#"{"a":1,"a":1}"#, mode: .lax) == JSONParseError(kind: .duplicateKey("a"), offset: 7))
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 7)) { try lint(#"{"a":1,"a":1.5}"#) }
        // Same key in different objects is fine.
        #expect(try canonicalBoth(#"{"a":{"a":1},"b":{"a":2}}"#) == #"{"a":{"a":1},"b":{"a":2}}"#)
    }

    @Test("objects of more than 16 members sort and find duplicates like small ones", arguments: [17, 40, 1000])
    func largeObjects(count: Int) throws {
        let keys = (0..<count).map { index in "k" + String(String(index).reversed()).padding(5) }
        let sortedKeys = keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let input = "{" + keys.reversed().map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        let canonical = "{" + sortedKeys.map { "\"\($0)\":1" }.joined(separator: ",") + "}"
        #expect(try canonicalBoth(input) == canonical)
        #expect(try canonicalBoth("[" + input + "]") == "[" + canonical + "]")
        let duplicated = "{" + keys.reversed().map { "\"\($0)\":1" }.joined(separator: ",") + ",\"\(keys[3])\":2}"
        #expect(rejection(duplicated) == JSONParseError(kind: .duplicateKey(keys[3]), offset: duplicated.utf8.count - 11))
    }

    @Test("strings: raw control characters, bad escapes, lone and mis-paired surrogates")
    func strings() {
        #expect(rejection("\"a\nb\"") == JSONParseError(kind: .controlCharacterInString(0x0A), offset: 2))
        #expect(rejection("\"a\tb\"") == JSONParseError(kind: .controlCharacterInString(0x09), offset: 2))
        #expect(rejection("[\"0123456789\u{0}\"]") == JSONParseError(kind: .controlCharacterInString(0), offset: 12, path: "$[0]"))
        #expect(JSONParseError(kind: .controlCharacterInString(0x0A), offset: 2).description
            == "unescaped control character byte 0x0a in a string at byte 2")
        #expect(rejection(#""\x""#) == JSONParseError(kind: .invalidEscape, offset: 1))
        #expect(rejection(#""\'""#) == JSONParseError(kind: .invalidEscape, offset: 1))
        #expect(rejection(#""\u12G4""#) == JSONParseError(kind: .invalidEscape, offset: 1))
        #expect(rejection(#""\u12""#) == JSONParseError(kind: .invalidEscape, offset: 1))
        #expect(rejection(#""\U0041""#) == JSONParseError(kind: .invalidEscape, offset: 1))
        #expect(rejection(#""\u004"#) == JSONParseError(kind: .unexpectedEnd, offset: 6))
        #expect(rejection(#""\"#) == JSONParseError(kind: .unexpectedEnd, offset: 2))
        #expect(rejection(#""abc"#) == JSONParseError(kind: .unexpectedEnd, offset: 4))
        for text in [#""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, #""\ud800\ud800""#, #""\udc00\ud800""#, #""\ud800x""#,
                     #""\ud800\n""#, #""\uDBFF\uE000""#] {
            #expect(rejection(text) == JSONParseError(kind: .loneSurrogate, offset: 1), "\(text)")
            #expect(rejection(text, mode: .lax)?.kind == .loneSurrogate, "\(text)")
        }
        #expect(rejection(#"{"k":"\ud800"}"#) == JSONParseError(kind: .loneSurrogate, offset: 6, path: "$.k"))
        #expect(rejection(#"{"\ud800":1}"#) == JSONParseError(kind: .loneSurrogate, offset: 2))
        #expect(rejection(#""\ud800"#) == JSONParseError(kind: .unexpectedEnd, offset: 7))
        #expect(rejection(#""\ud800\"#) == JSONParseError(kind: .unexpectedEnd, offset: 8))
        #expect(rejection(#""\ud800\udc0"#) == JSONParseError(kind: .unexpectedEnd, offset: 12))
    }

    @Test("syntax errors name the byte and where it is")
    func syntax() throws {
        let cases: [(String, JSONParseError)] = [
            ("", JSONParseError(kind: .empty, offset: 0)),
            (" \n\t ", JSONParseError(kind: .empty, offset: 0)),
            ("[1,]", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "]")), offset: 3, path: "$[1]")),
            ("[1 2]", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "2")), offset: 3)),
            ("{\"a\" 1}", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "1")), offset: 5)),
            ("{\"a\":1 \"b\":2}", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "\"")), offset: 7)),
            ("{'a':1}", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "'")), offset: 1)),
            ("{\"a\":1,}", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "}")), offset: 7)),
            ("[", JSONParseError(kind: .unexpectedEnd, offset: 1)),
            ("{\"a\":", JSONParseError(kind: .unexpectedEnd, offset: 5, path: "$.a")),
            ("{\"a\"", JSONParseError(kind: .unexpectedEnd, offset: 4)),
            ("[1", JSONParseError(kind: .unexpectedEnd, offset: 2)),
            ("tru", JSONParseError(kind: .unexpectedEnd, offset: 3)),
            ("nul1", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "1")), offset: 3)),
            ("True", JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "T")), offset: 0)),
            ("{} x", JSONParseError(kind: .trailingData, offset: 3)),
            ("1,", JSONParseError(kind: .trailingData, offset: 1)),
            ("[]]", JSONParseError(kind: .trailingData, offset: 2)),
            ("[1]\n{}", JSONParseError(kind: .trailingData, offset: 4)),
        ]
        for (text, expected) in cases {
            #expect(rejection(text) == expected, "\(text)")
            #expect(rejection(text, mode: .lax) == expected, "\(text)")
        }
        #expect(JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "]")), offset: 3, path: "$[1]").description
            == "unexpected character ']' at byte 3, at $[1]")
        #expect(JSONParseError(kind: .trailingData, offset: 3).description == "unexpected data after the JSON value at byte 3")
        #expect(JSONParseError(kind: .floatNotAllowed("1.5"), offset: 5, path: "$.a").description
            == "1.5 is not an integer (strict canonical JSON allows integers only) at byte 5, at $.a")
        // Trailing whitespace is not trailing data.
        #expect(try canonicalBoth("{} \n\r\t") == "{}")
    }
}

private extension String {
    /// Right-padded with "x" to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: "x", count: max(0, width - count)) }
}
