import Testing
@testable import MatrixKeys

@Suite("JSON API: values, objects, prefix parsing, the linter, the stream canonicaliser")
struct JSONAPITests {
    @Test("JSONObject keeps members in byte order; replace, remove, contains; byte-distinct keys")
    func object() {
        var object = JSONObject()
        #expect(object.isEmpty)
        object["b"] = 1
        object["a"] = 2
        object["\u{1F600}"] = 3
        object["\u{FFFF}"] = 4
        object["\u{E000}"] = 8
        #expect(object.keys == ["a", "b", "\u{E000}", "\u{FFFF}", "\u{1F600}"])
        #expect(object.values == [2, 1, 8, 4, 3])
        #expect(object.map(\.key) == object.keys)
        object["a"] = 5
        #expect(object["a"] == 5)
        #expect(object.count == 5)
        #expect(object.contains(key: "b"))
        #expect(object.removeValue(forKey: "b") == 1)
        #expect(object.removeValue(forKey: "b") == nil)
        #expect(object["b"] == nil)
        #expect(!object.contains(key: "b"))
        // Precomposed and decomposed é: two keys, each found only by its own bytes.
        object["\u{E9}"] = 6
        object["e\u{301}"] = 7
        #expect(object["\u{E9}"] == 6)
        #expect(object["e\u{301}"] == 7)
        #expect(object.count == 6)
        #expect(object.keys.prefix(2) == ["a", "e\u{301}"])
        object["a"] = nil
        object["not there"] = nil
        #expect(object.keys == ["e\u{301}", "\u{E9}", "\u{E000}", "\u{FFFF}", "\u{1F600}"])
        // JSON null is a value, not an absence.
        object["n"] = .null
        #expect(object["n"] == .null)
        #expect(object["n"] != nil)
        #expect(object.contains(key: "n"))
        #expect(object.description == "{\"e\u{301}\":7,\"n\":null,\"\u{E9}\":6,\"\u{E000}\":8,\"\u{FFFF}\":4,\"\u{1F600}\":3}")
    }

    @Test("JSONObject equality and hashing are by key bytes; literals and sequences sort; later keys win")
    func objectEquality() {
        let precomposed: JSONObject = ["\u{E9}": 1]
        let decomposed: JSONObject = ["e\u{301}": 1]
        #expect(precomposed != decomposed)
        #expect(Set([JSONValue.object(precomposed), .object(decomposed), .object(["\u{E9}": 1])]).count == 2)
        let fromPairs = JSONObject([("b", 1), ("a", 2), ("b", 3)])
        #expect(fromPairs == ["a": 2, "b": 3])
        #expect(fromPairs.keys == ["a", "b"])
        let literal: JSONValue = ["z": [1, "two", true, .null], "a": ["nested": .float(1.5)]]
        #expect(CanonicalJSON.encodeString(literal) == #"{"a":{"nested":1.5},"z":[1,"two",true,null]}"#)
    }

    @Test("JSONValue accessors, subscript, type names, literals")
    func values() throws {
        let value = try JSONParser.parse(#"{"s":"x","i":-3,"b":false,"o":{"k":[]},"a":[null]}"#)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.integerValue == -3)
        #expect(value["b"]?.boolValue == false)
        #expect(value["o"]?.objectValue == ["k": []])
        #expect(value["a"]?.arrayValue == [.null])
        #expect(value["a"]?.arrayValue?.first?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["s"]?["k"] == nil)            // not an object
        #expect(value["s"]?.integerValue == nil)
        #expect(value["i"]?.stringValue == nil)
        #expect(value.objectValue?.count == 5)
        #expect([JSONValue.null, true, 1, .bigInteger("1"), .float(1), "s", [], [:]].map(\.typeName)
            == ["null", "a boolean", "an integer", "an integer", "a float", "a string", "an array", "an object"])
        #expect(JSONValue.float(.nan) == .float(.nan))  // bit patterns: a value equals itself
        #expect(JSONValue.integer(1) != .float(1))
        #expect(JSONValue.string("1") != .bigInteger("1"))
        #expect(value.description == #"{"a":[null],"b":false,"i":-3,"o":{"k":[]},"s":"x"}"#)
        #expect(try JSONValue.parse("[1.5]", mode: .lax) == [.float(1.5)])
        #expect(try JSONValue.parse(Array("true".utf8)) == true)
    }

    @Test("the three parse entry points and both encoders agree")
    func entryPoints() throws {
        let text = #"{"b":[1,"\u00e9"],"a":null}"#
        let fromString = try JSONParser.parse(text)
        let fromArray = try JSONParser.parse(Array(text.utf8))
        let fromBuffer = try Array(text.utf8).withUnsafeBytes { try JSONParser.parse($0) }
        #expect(fromString == fromArray)
        #expect(fromArray == fromBuffer)
        let canonical = #"{"a":null,"b":[1,"é"]}"#
        #expect(CanonicalJSON.encode(fromString) == Array(canonical.utf8))
        var appended = Array("x=".utf8)
        CanonicalJSON.encode(fromString, into: &appended)
        #expect(appended == Array(("x=" + canonical).utf8))
        #expect(try CanonicalJSON.canonicalize(text) == canonical)
        #expect(try Array(text.utf8).withUnsafeBytes { try CanonicalJSON.canonicalize($0) } == Array(canonical.utf8))
        // An empty buffer without an address.
        #expect(throws: JSONParseError(kind: .empty, offset: 0)) {
            try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        #expect(throws: JSONParseError(kind: .empty, offset: 0)) {
            try CanonicalJSON.canonicalize(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        // Large output (beyond the encoders' first buffer).
        let big = JSONValue.array((0..<5000).map { .string("item \($0) \u{E9}\n") })
        let encoded = CanonicalJSON.encode(big)
        #expect(encoded == Array(("[" + (0..<5000).map { "\"item \($0) \u{E9}\\n\"" }.joined(separator: ",") + "]").utf8))
        #expect(try CanonicalJSON.canonicalize(encoded) == encoded)
        #expect(try JSONParser.parse(encoded) == big)
    }

    @Test("parsePrefix reads one value of a JSON-lines buffer and reports what it consumed")
    func prefix() throws {
        let stream = Array("{\"a\":1}  \n[2]\n\n{}x".utf8)
        try stream.withUnsafeBytes { raw in
            let first = try JSONParser.parsePrefix(raw)
            #expect(first.value == ["a": 1])
            #expect(first.consumed == 10)  // the value, two spaces and the newline
            let second = try JSONParser.parsePrefix(UnsafeRawBufferPointer(rebasing: raw[first.consumed...]))
            #expect(second.value == [2])
            #expect(second.consumed == 5)  // "[2]\n\n"
            let third = try JSONParser.parsePrefix(UnsafeRawBufferPointer(rebasing: raw[(first.consumed + second.consumed)...]))
            #expect(third.value == [:])
            #expect(third.consumed == 2)   // the "x" after it is not looked at
            #expect(first.consumed + second.consumed + third.consumed == stream.count - 1)
        }
        // Leading whitespace is consumed too; an incomplete value is still an error.
        try Array("  7 ".utf8).withUnsafeBytes { raw in
            let result = try JSONParser.parsePrefix(raw)
            #expect(result.value == 7)
            #expect(result.consumed == 4)
        }
        #expect(throws: JSONParseError(kind: .unexpectedEnd, offset: 3, path: "$[1]")) {
            try Array("[1,".utf8).withUnsafeBytes { try JSONParser.parsePrefix($0) }
        }
        #expect(throws: JSONParseError(kind: .empty, offset: 0)) {
            try Array(" \n".utf8).withUnsafeBytes { try JSONParser.parsePrefix($0) }
        }
        // Lax mode reaches prefix parsing too.
        try Array("1.5\n2".utf8).withUnsafeBytes { raw throws in
            #expect(try JSONParser.parsePrefix(raw, mode: .lax).value == .float(1.5))
            #expect(throws: JSONParseError(kind: .floatNotAllowed("1.5"), offset: 0)) { try JSONParser.parsePrefix(raw) }
        }
    }

    @Test("the linter lists every violation in document order with path, offset and reason; lax finds none")
    func linter() throws {
        let text = #"{"a":1.5,"b":[1,9007199254740992,{"c":1e3}],"d":-0,"e":"1.5","m.x":[[-9007199254740993]]}"#
        let violations = try lint(text)
        #expect(violations.map(\.path) == ["$.a", "$.b[1]", "$.b[2].c", "$.d", #"$["m.x"][0][0]"#])
        #expect(violations.map(\.offset) == [5, 16, 38, 48, 69])
        #expect(violations.map(\.reason) == [
            "1.5 is not an integer (strict canonical JSON allows integers only)",
            "integer 9007199254740992 is outside ±(2^53−1)",
            "1e3 is not an integer (strict canonical JSON allows integers only)",
            "-0 is not canonical (canonical JSON writes 0)",
            "integer -9007199254740993 is outside ±(2^53−1)",
        ])
        #expect(violations[0].description == "$.a: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 5)")
        #expect(try lint(text, mode: .lax) == [])
        #expect(try lint(#"{"a":[1,2,{"b":"c"}]}"#) == [])
        // Only -0 itself is flagged, not other short negative numbers.
        #expect(try lint("[-5,-0,-10,0]").map(\.path) == ["$[1]"])
        #expect(try Array(text.utf8).withUnsafeBytes { try JSONLint.violations($0) } == violations)
        // Structural problems still throw: nothing after them can be read.
        #expect(throws: JSONParseError(kind: .trailingData, offset: 8)) { try lint("[1.5,2] x") }
        #expect(throws: JSONParseError(kind: .invalidNumber, offset: 1, path: "$[0]")) { try lint("[01]") }
        #expect(throws: JSONParseError(kind: .nonFiniteNumber, offset: 1, path: "$[0]")) { try lint("[1e999]") }
        #expect(throws: JSONParseError(kind: .empty, offset: 0)) { try lint("") }
    }

    @Test("a reused canonicaliser appends each document and leaves the output alone after an error")
    func streamCanonicalizer() throws {
        let canonicalizer = CanonicalJSON.Canonicalizer(capacity: 8)
        var out = Array("prefix:".utf8)
        try Array(#"{"b":1,"a":2}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"a":2,"b":1}"#)
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 18, path: "$.x")) {
            try Array(#"{"x":{"b":1,"a":2,"a":3}}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        }
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"a":2,"b":1}"#)
        out.removeAll()
        try Array(#"[{"d":1,"c":{"f":1,"e":2}}, 1.5]"#.utf8).withUnsafeBytes {
            try canonicalizer.canonicalize($0, mode: .lax, appendingTo: &out)
        }
        #expect(String(decoding: out, as: UTF8.self) == #"[{"c":{"e":2,"f":1},"d":1},1.5]"#)
        // After an error deep inside an unsorted object the next document is unaffected.
        #expect(throws: JSONParseError.self) {
            try Array(#"{"z":{"y":1,"x":[1,}}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        }
        out.removeAll()
        try Array(#"{"b":{"d":1,"c":2},"a":0}"#.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
        #expect(String(decoding: out, as: UTF8.self) == #"{"a":0,"b":{"c":2,"d":1}}"#)
        // Many documents, growing past the first buffer size.
        for count in [1, 10, 100, 1000] {
            out.removeAll()
            let text = "{" + (0..<count).reversed().map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
            try Array(text.utf8).withUnsafeBytes { try canonicalizer.canonicalize($0, appendingTo: &out) }
            #expect(out == CanonicalJSON.encode(try JSONParser.parse(text)))
        }
    }

    @Test("members set while canonicalising an object are added in key order or replace a member, as on the tree")
    func canonicalizeSetting() throws {
        let canonicalizer = CanonicalJSON.Canonicalizer(capacity: 8)
        let ids = [CanonicalJSON.Member("room_id", "!r:example.org"), CanonicalJSON.Member("session_id", "s\"1")]
        func run(_ text: String, _ members: [CanonicalJSON.Member] = ids) throws -> String? {
            try Array(text.utf8).withUnsafeBytes { raw throws(JSONParseError) in
                try canonicalizer.canonicalizeSecret(object: raw, setting: members).map { String(decoding: $0.unsafeCopy(), as: UTF8.self) }
            }
        }
        // Unsorted input with spacing; an existing room_id is replaced; keys sorting before, between and
        // after the set ones; an escaped key (\u0072 is "r") that equals one of them.
        #expect(try run(#" { "z": [1, {"b":2,"a":1}], "room_id": "old", "a": "\u00e9" } "#)
            == #"{"a":"é","room_id":"!r:example.org","session_id":"s\"1","z":[1,{"a":1,"b":2}]}"#)
        #expect(try run(#"{"\u0072oom_id":"old","session_id":"x","t":true}"#) == #"{"room_id":"!r:example.org","session_id":"s\"1","t":true}"#)
        #expect(try run(#"{"room_i":1,"room_idx":2}"#) == #"{"room_i":1,"room_id":"!r:example.org","room_idx":2,"session_id":"s\"1"}"#)
        #expect(try run("{}") == #"{"room_id":"!r:example.org","session_id":"s\"1"}"#)
        #expect(try run(#"{"b":1,"a":2}"#, []) == #"{"a":2,"b":1}"#)
        // Not an object: nil; not JSON: the parser's error.
        #expect(try run("[1]") == nil)
        #expect(try run(#""room_id""#) == nil)
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 14)) { try run(#"{"a":1, "b":2,"a":3}"#) }
        #expect(throws: JSONParseError.self) { try run(#"{"a":1"#) }
        // The same as setting the members on the tree, for documents of many shapes.
        for text in [#"{"k":{"z":1,"y":[2,{"x":3}]},"e":-0,"d":null}"#, #"{"session_id":1,"room_id":2}"#, #"{"\n":1,"\u0000":2,"zz":3}"#] {
            guard case .object(var tree) = try JSONParser.parse(text) else { Issue.record("not an object"); continue }
            tree["room_id"] = "!r:example.org"
            tree["session_id"] = "s\"1"
            #expect(try run(text) == String(decoding: CanonicalJSON.encode(.object(tree)), as: UTF8.self), "\(text)")
        }
    }
}
