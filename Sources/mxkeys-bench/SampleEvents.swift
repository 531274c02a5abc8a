import MatrixKeys

/// Deterministic, realistic ~1 KB events (messages, memberships, state) for the benchmarks.
enum SampleEvents {
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    static let words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "matrix", "room", "key",
                        "federation", "server", "signature", "hello", "world", "ünïcödé", "日本語", "🙂", "event"]

    /// `count` events as unsigned JSON objects of about 1 KB each when encoded.
    static func events(count: Int, seed: UInt64 = 1) -> [JSONObject] {
        var rng = Generator(state: seed)
        var result: [JSONObject] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            func eventID() -> JSONValue { .string("$" + Base64.encode(rng.bytes(32), alphabet: .urlSafe)) }
            let server = "server\(rng.int(0..<5)).example.org"
            let sender = "@user\(rng.int(0..<200)):\(server)"
            var event: JSONObject = [
                "room_id": "!aBcDeFgHiJkLmNoPqR:example.org",
                "sender": .string(sender),
                "origin_server_ts": .integer(1_700_000_000_000 + Int64(index) * 1_733),
                "depth": .integer(Int64(index + 10)),
                "auth_events": .array((0..<4).map { _ in eventID() }),
                "prev_events": .array((0..<rng.int(1..<3)).map { _ in eventID() }),
                "hashes": ["sha256": .string(Base64.encode(rng.bytes(32)))],
                "signatures": [.init(stringLiteral: server): ["ed25519:a_AbCd": .string(Base64.encode(rng.bytes(64)))]],
                "unsigned": ["age": .integer(Int64(rng.int(0..<100_000))), "transaction_id": .string("m\(rng.next() % 1_000_000_000)")],
            ]
            switch index % 10 {
            case 0:
                event["type"] = "m.room.member"
                event["state_key"] = .string(sender)
                event["content"] = ["membership": "join", "displayname": .string("User \(index) \(words[rng.int(0..<words.count)])"),
                                    "avatar_url": .string("mxc://\(server)/\(Base64.encode(rng.bytes(18), alphabet: .urlSafe))")]
            case 1:
                event["type"] = "m.reaction"
                event["content"] = ["m.relates_to": ["rel_type": "m.annotation", "event_id": eventID(), "key": "👍"]]
            default:
                var body = ""
                while body.utf8.count < 330 { body += words[rng.int(0..<words.count)] + " " }
                event["type"] = "m.room.message"
                event["content"] = ["msgtype": "m.text", "body": .string(body),
                                    "format": "org.matrix.custom.html", "formatted_body": .string("<p>" + body + "</p>")]
            }
            result.append(event)
        }
        return result
    }

    /// The benchmarks' input: 20,000 events (1,000 with --small, for callgrind) as JSON lines, and each
    /// line's range.
    static func benchmarkInput() -> (file: [UInt8], lines: [Range<Int>]) {
        let count = CommandLine.arguments.contains("--small") ? 1_000 : 20_000
        let file = jsonLines(events(count: count))
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in file.enumerated() where byte == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        return (file, lines)
    }

    /// Pretty-ish JSON-lines text: each event canonical, then a space after separators so that the
    /// canonicaliser has whitespace to remove and keys out of order to sort.
    static func jsonLines(_ events: [JSONObject]) -> [UInt8] {
        var out: [UInt8] = []
        for event in events {
            // Reverse the top-level key order so that sorting is real work.
            var text = "{"
            for (index, (key, value)) in event.reversed().enumerated() {
                if index > 0 { text += ", " }
                text += CanonicalJSON.encodeString(.string(key)) + ": " + CanonicalJSON.encodeString(value)
            }
            text += "}\n"
            out.append(contentsOf: text.utf8)
        }
        return out
    }
}
