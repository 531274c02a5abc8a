import Testing
@testable import MatrixKeys

@Suite("Canonical JSON: string escapes and key order (SPEC §2)")
struct JSONEscapeAndOrderTests {
    static let namedEscapes: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]

    @Test("every control character U+0000–U+001F: its short escape, else \\u00xx in lowercase hex")
    func controlCharacters() throws {
        let hex = Array("0123456789abcdef")
        for code in UInt8(0)..<0x20 {
            let expected = Self.namedEscapes[code] ?? "\\u00" + String(hex[Int(code >> 4)]) + String(hex[Int(code & 0xF)])
            // From a tree holding the raw character.
            let raw = String(decoding: [code], as: UTF8.self)
            #expect(CanonicalJSON.encodeString(.string(raw)) == "\"\(expected)\"", "U+00\(code)")
            #expect(CanonicalJSON.encodeString(.string("ab" + raw + "cdefghijklmnop")) == "\"ab\(expected)cdefghijklmnop\"")
            // From input escaped in lowercase and in uppercase hex, through both paths, alone and in a long string.
            let upper = "\\u00" + String(hex[Int(code >> 4)]).uppercased() + String(hex[Int(code & 0xF)]).uppercased()
            for escaped in ["\\u00" + String(hex[Int(code >> 4)]) + String(hex[Int(code & 0xF)]), upper] {
                #expect(try canonicalBoth("\"\(escaped)\"") == "\"\(expected)\"")
                #expect(try canonicalBoth("\"0123456789\(escaped)0123456789\"") == "\"0123456789\(expected)0123456789\"")
            }
        }
        // The named escapes in the input stay as they are.
        #expect(try canonicalBoth(#""\b\f\n\r\t""#) == #""\b\f\n\r\t""#)
        #expect(CanonicalJSON.encodeString("\u{1F}") == #""\u001f""#)  // never \u001F
    }

    @Test("quote and backslash are escaped; / DEL U+2028 U+2029 are written raw")
    func specialCharacters() throws {
        #expect(CanonicalJSON.encodeString(.string("\"\\")) == #""\"\\""#)
        #expect(try canonicalBoth(#""\"\\""#) == #""\"\\""#)
        #expect(CanonicalJSON.encodeString(.string("/\u{7F}\u{2028}\u{2029}")) == "\"/\u{7F}\u{2028}\u{2029}\"")
        #expect(try canonicalBoth("\"/\u{7F}\u{2028}\u{2029}\"") == "\"/\u{7F}\u{2028}\u{2029}\"")
        // Escaped in the input, written raw.
        #expect(try canonicalBoth(#""\/""#) == "\"/\"")
        #expect(try canonicalBoth(#""\u007f\u007F""#) == "\"\u{7F}\u{7F}\"")
        #expect(try canonicalBoth(#""\u2028\u2029""#) == "\"\u{2028}\u{2029}\"")
        #expect(try canonicalBoth(#""\u002f\u0041""#) == "\"/A\"")
        #expect(try canonicalBoth(#""\u0022\u005c""#) == #""\"\\""#)
    }

    @Test("non-ASCII is written raw: escaped input is decoded to UTF-8")
    func nonASCII() throws {
        #expect(try canonicalBoth(#""\u00e9\u00E9""#) == "\"éé\"")
        #expect(try canonicalBoth(#""\u65e5\u672c""#) == "\"日本\"")
        #expect(try canonicalBoth(#""\ud83d\ude00""#) == "\"\u{1F600}\"")
        #expect(try canonicalBoth(#""\uD83D\uDE00""#) == "\"\u{1F600}\"")
        #expect(try canonicalBoth(#""\udbff\udfff""#) == "\"\u{10FFFF}\"")
        #expect(try canonicalBoth(#""\ufeff""#) == "\"\u{FEFF}\"")
        #expect(try canonicalBoth("\"é日\u{1F600}\"") == "\"é日\u{1F600}\"")
        #expect(try JSONParser.parse(#""\u00e9""#) == .string("é"))
        // Mixed escapes and raw bytes across the eight-byte scanning boundary.
        let long = "abcdefg\u{E9}hijklmn\\n\u{1F600}opqrstu\\\"vwxyz"
        #expect(try canonicalBoth("\"\(long)\"") == "\"abcdefg\u{E9}hijklmn\\n\u{1F600}opqrstu\\\"vwxyz\"")
    }

    @Test("keys sort by code point (UTF-8 bytes), not UTF-16: U+E000 < U+FFFF < U+1F600")
    func astralOrdering() throws {
        let canonical = "{\"z\":0,\"\u{E000}\":1,\"\u{FFFF}\":2,\"\u{1F600}\":3}"
        // Escaped keys (a surrogate pair sorts by its code point, not by its 0xD83D unit).
        #expect(try canonicalBoth(#"{"\ud83d\ude00":3,"\uffff":2,"\ue000":1,"z":0}"#) == canonical)
        // Raw UTF-8 keys, every order of the three.
        let members = ["\"\u{E000}\":1", "\"\u{FFFF}\":2", "\"\u{1F600}\":3", "\"z\":0"]
        for rotation in 0..<members.count {
            let rotated = Array(members[rotation...] + members[..<rotation])
            #expect(try canonicalBoth("{" + rotated.joined(separator: ",") + "}") == canonical)
            #expect(try canonicalBoth("{" + rotated.reversed().joined(separator: ",") + "}") == canonical)
        }
        // A tree built in code sorts the same way.
        let object: JSONObject = ["\u{1F600}": 3, "\u{FFFF}": 2, "\u{E000}": 1, "z": 0]
        #expect(object.keys == ["z", "\u{E000}", "\u{FFFF}", "\u{1F600}"])
        #expect(CanonicalJSON.encodeString(.object(object)) == canonical)
    }

    @Test("keys with escapes sort by their decoded code points, mixed with raw keys")
    func escapedKeyOrdering() throws {
        // 0x01 < 'A'; the escaped text (\u0001) would sort after it.
        #expect(try canonicalBoth(#"{"A":1,"\u0001":2}"#) == #"{"\u0001":2,"A":1}"#)
        // "a" < "a\"" (0x22) < "a\\" (0x5C) < "ab", written with and without escapes.
        #expect(try canonicalBoth(#"{"ab":4,"a\\":3,"a\"":2,"\u0061":1}"#) == #"{"a":1,"a\"":2,"a\\":3,"ab":4}"#)
        #expect(try canonicalBoth(#"{"b":1,"\u0061":2}"#) == #"{"a":2,"b":1}"#)
        #expect(try canonicalBoth(#"{"\n":1,"\t":2,"\u0000":3}"#) == #"{"\u0000":3,"\t":2,"\n":1}"#)
        // In a nested object (the in-place reorder) as well as at the top level.
        #expect(try canonicalBoth(#"[{"\u00e9":1,"z":2,"\ud83d\ude00":3}]"#) == "[{\"z\":2,\"\u{E9}\":1,\"\u{1F600}\":3}]")
    }

    @Test("prefixes and long shared prefixes compare byte by byte")
    func prefixOrdering() throws {
        #expect(try canonicalBoth(#"{"ab":3,"aa":2,"a":1,"":0}"#) == #"{"":0,"a":1,"aa":2,"ab":3}"#)
        #expect(try canonicalBoth(#"{"abcdefghij1":2,"abcdefghij0":1,"abcdefghi":0,"abcdefgh":-1}"#)
            == #"{"abcdefgh":-1,"abcdefghi":0,"abcdefghij0":1,"abcdefghij1":2}"#)
        #expect(try canonicalBoth(#"{"0123456789abcdefX":2,"0123456789abcdef":1,"0123456789abcdefA":3}"#)
            == #"{"0123456789abcdef":1,"0123456789abcdefA":3,"0123456789abcdefX":2}"#)
        // Two-byte and three-byte UTF-8 after ASCII: U+007F < U+0080 < U+07FF < U+0800.
        #expect(try canonicalBoth("{\"\u{800}\":4,\"\u{7FF}\":3,\"\u{80}\":2,\"\u{7F}\":1}")
            == "{\"\u{7F}\":1,\"\u{80}\":2,\"\u{7FF}\":3,\"\u{800}\":4}")
    }

    @Test("precomposed and decomposed é are different keys, ordered by their bytes")
    func unicodeEquivalentKeys() throws {
        #expect(try canonicalBoth("{\"\u{E9}\":1,\"e\u{301}\":2}") == "{\"e\u{301}\":2,\"\u{E9}\":1}")
        #expect(try canonicalBoth(#"{"\u00e9":1,"e\u0301":2}"#) == "{\"e\u{301}\":2,\"\u{E9}\":1}")
        #expect(JSONValue.string("\u{E9}") != JSONValue.string("e\u{301}"))
        // Swift's own String equality would call them equal: the library must not.
        #expect("\u{E9}" == "e\u{301}")
    }
}
