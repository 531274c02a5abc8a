import Testing
@testable import MatrixKeys

@Suite("Event hashes without a tree (the stream fast path)")
struct EventHasherTests {
    static let types: [JSONValue] = [
        "m.room.message", "m.room.member", "m.room.create", "m.room.power_levels", "m.room.join_rules",
        "m.room.aliases", "m.room.redaction", "m.room.history_visibility", "x.custom", "m.room.\\u006d", 5,
    ]

    /// A random event with the shapes redaction cares about: missing, odd or escaped fields included.
    static func event(_ rng: inout SplitMix64) -> JSONObject {
        var event = RandomJSON.object(&rng)
        let type = types[Int.random(in: 0..<types.count, using: &rng)]
        if type != "m.room.\\u006d" { event["type"] = type }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: break  // no content
        case 1: event["content"] = "not an object"
        default:
            var content = RandomJSON.object(&rng)
            for key in ["membership", "join_rule", "allow", "creator", "ban", "invite", "aliases", "redacts",
                        "history_visibility", "join_authorised_via_users_server"] where Bool.random(using: &rng) {
                content[key] = RandomJSON.value(&rng)
            }
            if Bool.random(using: &rng) { content["third_party_invite"] = ["signed": ["mxid": "@a:b"], "display_name": "x"] }
            event["content"] = .object(content)
        }
        for key in ["sender", "room_id", "origin", "membership", "prev_state", "depth", "hashes", "signatures", "unsigned",
                    "auth_events", "prev_events", "state_key", "event_id", "origin_server_ts", "redacts"] where Bool.random(using: &rng) {
            event[key] = RandomJSON.value(&rng)
        }
        return event
    }

    @Test("the fast path gives the tree's reference hash and event ID in every room version", arguments: RoomVersion.all)
    func agreement(version: RoomVersion) throws {
        var rng = SplitMix64(seed: 900 + (UInt64(version.identifier) ?? 0))
        let hasher = EventHasher()
        for _ in 0..<300 {
            let event = Self.event(&rng)
            // Canonical text, or text with shuffled keys, whitespace and needless escapes (which the
            // fast path must canonicalise, or hand to the tree).
            var text = Bool.random(using: &rng) ? CanonicalJSON.encodeString(.object(event)) : RandomJSON.looseText(.object(event), &rng)
            // Escaped type names must take the slow path and still agree.
            text = text.replacingOccurrences(of: #""type":"m.room.message""#, with: #""type":"m.room.\u006dessage""#)
            let bytes = Array(text.utf8)
            guard case .object(let parsed) = try JSONParser.parse(bytes, mode: version.numberMode) else { continue }
            let expected = EventHashes.referenceHash(parsed, version: version)
            let fast = try bytes.withUnsafeBytes { try hasher.referenceHash($0, version: version) }
            #expect(fast == expected, "\(text)")
            if version.eventIDFormat != .chosenByOrigin {
                #expect(try bytes.withUnsafeBytes { try hasher.eventID($0, version: version) } == EventHashes.eventID(parsed, version: version))
            }
        }
    }

    @Test("the fast path canonicalises loose input itself: whitespace, key order, needless escapes, lax numbers")
    func looseInput() throws {
        let text = #"""
            { "unsigned" : {"age": 5}, "type":"m.room.member", "signatures":{"a":{"ed25519:1":"x"}},
              "content": {"z": 1, "membership" : "jo\/in", "displayname":"\u00e9"},
              "depth" : 1e2, "origin":"a", "sender":"@a:b\u0041" }
            """#
        let hasher = EventHasher()
        let fast = Array(text.utf8).withUnsafeBytes { hasher.fastRedactedBytes($0, version: .v5) }
        let expected = #"{"content":{"membership":"jo/in"},"depth":100.0,"origin":"a","sender":"@a:bA","type":"m.room.member"}"#
        #expect(fast.map { String(decoding: $0, as: UTF8.self) } == expected)
        // An escaped key goes to the tree (which decides duplicates among escaped keys).
        #expect(Array(#"{"\u0074ype":"m.room.member"}"#.utf8).withUnsafeBytes { hasher.fastRedactedBytes($0, version: .v5) } == nil)
    }

    @Test("the fast path rejects what the parser rejects")
    func rejects() {
        let hasher = EventHasher()
        #expect(throws: JSONParseError(kind: .floatNotAllowed("1.5"), offset: 6, path: "$.n")) {
            try Array(#"{"n": 1.5}"#.utf8).withUnsafeBytes { try hasher.referenceHash($0, version: .v6) }
        }
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), offset: 7, path: "$")) {
            try Array(#"{"a":1,"a":2}"#.utf8).withUnsafeBytes { try hasher.referenceHash($0, version: .v5) }
        }
    }

    @Test("the event-ID vectors through the fast path")
    func vectors() throws {
        let hasher = EventHasher()
        for vector in try Vectors.cases("event_hashing") where vector.expected["event_id"] != nil {
            let version = try RoomVersion(identifier: try vector.input.string("room_version"))
            let text = Array(try vector.input.string("event_json_text").utf8)
            #expect(try text.withUnsafeBytes { try hasher.eventID($0, version: version) } == (try vector.expected.string("event_id")))
        }
    }
}
