import Testing
@testable import MatrixKeys

/// The fast path for whole backups gives the tree path's answers: the same sessions in the same order,
/// the same decryptions, the same errors; and it hands everything unusual to the tree path.
@Suite("Whole backups read from their text (BackupScanner)")
struct BackupScannerTests {
    static let key = try! BackupKey(SecretBytes(copying: [UInt8](repeating: 7, count: 32)))

    /// A PUT body of 3 rooms with 3 sessions each.
    static let body: JSONObject = {
        let sessions: [JSONObject] = (0..<9).map { i in
            [
                "algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [], "room_id": .string("!room\(i % 3):example.org"),
                "sender_claimed_keys": ["ed25519": "AAAA"], "sender_key": .string("key\(i)"), "session_id": .string("session\(8 - i)"),
                "session_key": .string(Base64.encode([1, 0, 0, 0, UInt8(i)] + [UInt8](repeating: UInt8(i), count: 160))),
            ]
        }
        return try! KeyBackup.encrypt(sessions, for: key.publicKey)
    }()

    /// JSON text with every object's members in reverse order, spaces after separators and a line
    /// break before each key: valid, and nothing like canonical form.
    static func scrambled(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            return "{" + object.reversed().map { "\n " + CanonicalJSON.encodeString(.string($0.key)) + ": " + scrambled($0.value) }.joined(separator: ", ") + "}"
        case .array(let items):
            return "[" + items.map(scrambled).joined(separator: ", ") + "]"
        default:
            return CanonicalJSON.encodeString(value)
        }
    }

    func both(_ text: String, roomID: String? = nil, sessionID: String? = nil) throws -> (text: [BackupSession], tree: [BackupSession]) {
        let bytes = Array(text.utf8)
        return (try KeyBackup.sessions(inText: bytes, roomID: roomID, sessionID: sessionID),
                try KeyBackup.sessions(in: JSONParser.parse(bytes, mode: .lax), roomID: roomID, sessionID: sessionID))
    }

    func expectSame(_ a: [BackupSession], _ b: [BackupSession]) throws {
        #expect(a.map(\.roomID) == b.map(\.roomID))
        #expect(a.map(\.sessionID) == b.map(\.sessionID))
        #expect(a.map(\.metadata) == b.map(\.metadata))
        #expect(a.map(\.sessionData) == b.map(\.sessionData))
        for (x, y) in zip(a, b) {
            let first = Result { () throws(BackupError) in try KeyBackup.decrypt(x, key: Self.key).session }
            let second = Result { () throws(BackupError) in try KeyBackup.decrypt(y, key: Self.key).session }
            switch (first, second) {
            case let (.success(p), .success(q)): #expect(p == q)
            case let (.failure(e), .failure(f)): #expect(e.description == f.description)
            default: Issue.record("one path decrypted \(x.label) and the other did not: \(first), \(second)")
            }
        }
    }

    func scanned(_ text: String, roomID: String? = nil, sessionID: String? = nil) -> [BackupSession]? {
        BackupScanner.read(BackupText(Array(text.utf8), mode: .lax), roomID: roomID, sessionID: sessionID)?.sessions
    }

    @Test("canonical and scrambled whole backups: the tree's sessions, in its order, decrypting alike")
    func wholeBackups() throws {
        for text in [CanonicalJSON.encodeString(.object(Self.body)), Self.scrambled(.object(Self.body))] {
            #expect(scanned(text)?.count == 9)
            let (fast, tree) = try both(text)
            #expect(fast.map(\.roomID) == ["!room0:example.org", "!room0:example.org", "!room0:example.org",
                                           "!room1:example.org", "!room1:example.org", "!room1:example.org",
                                           "!room2:example.org", "!room2:example.org", "!room2:example.org"])
            #expect(fast.map(\.sessionID) == ["session2", "session5", "session8", "session1", "session4", "session7", "session0", "session3", "session6"])
            #expect(fast[0].metadata == ["first_message_index": 6, "forwarded_count": 0, "is_verified": false])
            try expectSame(fast, tree)
            let plaintext = try KeyBackup.decrypt(fast[0], key: Self.key).session
            #expect(plaintext.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains(#""room_id":"!room0:example.org","sender_claimed_keys""#))
        }
    }

    @Test("selection by room, by session, by both, and of nothing")
    func selection() throws {
        let text = Self.scrambled(.object(Self.body))
        for (room, session, count) in [("!room1:example.org", nil, 3), (nil, "session4", 1), ("!room1:example.org", "session4", 1),
                                       ("!room2:example.org", "session4", 0), ("!nowhere:example.org", nil, 0)] as [(String?, String?, Int)] {
            #expect(scanned(text, roomID: room, sessionID: session)?.count == count)
            let (fast, tree) = try both(text, roomID: room, sessionID: session)
            #expect(fast.count == count)
            try expectSame(fast, tree)
        }
    }

    @Test("escaped keys, other shapes and odd sessions go to the tree path, with the same answers")
    func treePath() throws {
        let data = #"{"ciphertext":"AAAA","ephemeral":"AAAA","mac":"AAAA"}"#
        let cases = [
            #"{"rooms":{"!r\u006fom:x":{"sessions":{"s":{"session_data":\#(data)}}}}}"#,  // escaped room ID
            #"{"sessions":{"s":{"session_data":\#(data)}}}"#,  // one room's backup
            #"{"rooms":{"!room:x":{"sessions":{"s":7}}}}"#,  // a session that is not an object
            #"{"rooms":{"!room:x":{"sessions":{"s":{"session_data":\#(data)}}}}} "#,  // trailing space: fine either way
        ]
        for text in cases.dropLast() {
            #expect(scanned(text, roomID: text.contains("rooms") ? nil : "!room:x") == nil, "\(text)")
        }
        #expect(scanned(cases[3])?.count == 1)
        for text in cases {
            let room: String? = text.contains("rooms") ? nil : "!room:x"
            try expectSame(try both(text, roomID: room).text, try both(text, roomID: room).tree)
        }
        let fast = try KeyBackup.sessions(inText: Array(cases[0].utf8))
        #expect(fast.map(\.roomID) == ["!room:x"])
    }

    @Test("session_data the fast path cannot read decrypts, or fails, exactly as the tree path has it")
    func sessionDataErrors() throws {
        let good = try KeyBackup.sessions(in: .object(Self.body))[0].sessionData!.objectValue!
        func withData(_ data: String) -> String { #"{"rooms":{"!room:x":{"sessions":{"s":{"session_data":\#(data)}}}}}"# }
        let ciphertext = good["ciphertext"]!.stringValue!, ephemeral = good["ephemeral"]!.stringValue!, mac = good["mac"]!.stringValue!
        // The ephemeral key with its first character written as a \u escape: the same string.
        let first = ephemeral.unicodeScalars.first!.value
        let escaped = "\\u00" + String(first >> 4, radix: 16) + String(first & 15, radix: 16) + ephemeral.dropFirst()
        let cases: [(String, String?)] = [
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"\#(ephemeral)","mac":"\#(mac)"}"#, nil),
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"\#(escaped)","mac":"\#(mac)"}"#, nil),
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"\#(ephemeral)","mac":"AAAAAAAAAAA"}"#, "room !room:x, session s: the MAC does not match (the wrong backup key, or altered data)"),
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"\#(ephemeral)","mac":"!!"}"#, "room !room:x, session s: session_data.mac: "),
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"\#(ephemeral)"}"#, "room !room:x, session s: session_data.mac: missing or not a string"),
            (#"{"ciphertext":"\#(ciphertext)","ephemeral":"AAAA","mac":"\#(mac)"}"#, "room !room:x, session s: session_data.ephemeral: decodes to 3 bytes, expected 32"),
            (#"[1]"#, "room !room:x, session s: session_data is missing or not an object"),
        ]
        for (data, message) in cases {
            let (fast, tree) = try both(withData(data))
            try expectSame(fast, tree)
            do {
                _ = try KeyBackup.decrypt(fast[0], key: Self.key)
                #expect(message == nil, "decrypted \(data)")
            } catch {
                #expect(message.map { error.description.hasPrefix($0) } == true, "\(error.description)")
            }
        }
    }

    @Test("text that is not JSON, or has a duplicate key, fails with the parser's error")
    func parseErrors() throws {
        for (text, message) in [
            (#"{"rooms":{"!a:x":{"sessions":{}},"!a:x":{"sessions":{}}}}"#, #"duplicate key "!a:x" at byte 33, at $.rooms"#),
            (#"{"rooms":{"!a:x":{"sessions":{"s":{"session_data":{"a":1,"a":2}}}}}}"#, #"duplicate key "a" at byte 57, at $.rooms["!a:x"].sessions.s.session_data"#),
            (#"{"rooms":{"!a:x":{"sessions":{}}}"#, "unexpected end of input at byte 33"),
        ] {
            #expect(scanned(text) == nil)
            do {
                _ = try KeyBackup.sessions(inText: Array(text.utf8))
                Issue.record("read \(text)")
            } catch let error as JSONParseError {
                #expect(error.description == message)
            }
        }
        // A room without sessions is the tree path's shape error.
        #expect(throws: BackupError.self) { try KeyBackup.sessions(inText: Array(#"{"rooms":{"!a:x":{}}}"#.utf8)) }
    }

    @Test("a backup fetch file's auth_data beside its rooms: read on the fast path and the tree path alike")
    func embeddedAuthData() throws {
        let authData: JSONObject = ["public_key": "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo", "signatures": .object([:])]
        var file = Self.body
        file["algorithm"] = "m.megolm_backup.v1.curve25519-aes-sha2"
        file["auth_data"] = .object(authData)
        file["version"] = "3"
        let fast = try KeyBackup.contents(ofText: Array(CanonicalJSON.encodeString(.object(file)).utf8))
        #expect(fast.sessions.count == 9)
        #expect(fast.authData == authData)
        // A room key escaped on the way makes the scanner hand over to the tree path: the same answer.
        let tree = try KeyBackup.contents(ofText: Array(CanonicalJSON.encodeString(.object(file)).replacing(#""rooms""#, with: #""r\u006foms""#).utf8))
        #expect(tree.sessions.count == 9)
        #expect(tree.authData == authData)
        // Without rooms (one room's backup), a top-level auth_data is not the version's.
        let oneRoom: JSONObject = ["auth_data": .object(authData), "sessions": Self.body["rooms"]!.objectValue!["!room0:example.org"]!.objectValue!["sessions"]!]
        #expect(try KeyBackup.contents(ofText: Array(CanonicalJSON.encodeString(.object(oneRoom)).utf8), roomID: "!r:x").authData == nil)
    }
}
