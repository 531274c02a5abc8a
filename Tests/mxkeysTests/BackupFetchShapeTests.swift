import Foundation
import Testing
import TestSupport

/// `backup fetch` counts what it downloaded, says where the server's figures differ, and refuses what
/// is not a backup (one line, exit 2, no file); and what a server says is escaped before a terminal sees it.
@Suite("backup fetch: honest summaries, backups only; servers' text escaped")
struct BackupFetchShapeTests {
    static let token = "syt_YWxpY2U_ShapeTestToken_0a1b2c"
    static let session = #"{"first_message_index":0,"forwarded_count":0,"is_verified":false,"session_data":{"ephemeral":"e","ciphertext":"c","mac":"m"}}"#

    /// Runs backup fetch against a server answering `version` (the version's fields) and `keys`.
    static func fetch(version: String, keys: String) throws -> (result: CLI.Result, dir: TempDirectory, port: Int) {
        let server = try LoopbackServer(.routes([
            (prefix: "/_matrix/client/v3/room_keys/version", status: 200, body: Array(version.utf8)),
            (prefix: "/_matrix/client/v3/room_keys/keys", status: 200, body: Array(keys.utf8)),
        ]))
        defer { server.stop() }
        let dir = try TempDirectory()
        let result = try CLI.run(["backup", "fetch", "--user-id", "@alice:example.org", "--homeserver", "http://127.0.0.1:\(server.port)",
                                  "--output", dir.path("backup.json")], environment: ["MXKEYS_ACCESS_TOKEN": Self.token])
        return (result, dir, Int(server.port))
    }

    static let version = #"{"algorithm":"m.megolm_backup.v1.curve25519-aes-sha2","auth_data":{"public_key":"x"},"count":COUNT,"etag":"7","version":"3"}"#

    @Test("the summary counts the sessions downloaded, and says so when the server's count differs")
    func counts() throws {
        let keys = #"{"rooms":{"!a:x":{"sessions":{"s1":SESSION,"s2":SESSION}},"!b:x":{"sessions":{"s3":SESSION}}}}"#.replacingOccurrences(of: "SESSION", with: Self.session)
        for (count, note) in [("3", ""), ("1000000", "; the server counts 1000000"), ("-1", "; the server counts -1")] {
            let (result, dir, _) = try Self.fetch(version: Self.version.replacingOccurrences(of: "COUNT", with: count), keys: keys)
            #expect(result.status == 0, "\(result.err)")
            let size = try Data(contentsOf: URL(fileURLWithPath: dir.path("backup.json"))).count
            #expect(result.err == "")
            #expect(result.out == "backup version 3 (m.megolm_backup.v1.curve25519-aes-sha2), etag 7: 3 sessions in 2 rooms\(note); saved to \(dir.path("backup.json")) (\(size) bytes)\n")
        }
    }

    @Test("not a backup: an etag that is not a string, rooms that are not rooms; one line, exit 2, no file")
    func refused() throws {
        let good = #"{"rooms":{}}"#
        let cases: [(version: String, keys: String, message: String)] = [
            (Self.version.replacingOccurrences(of: #""etag":"7""#, with: #""etag":7"#).replacingOccurrences(of: "COUNT", with: "0"), good,
             "unexpected response: the backup version's etag is not a string (/_matrix/client/v3/room_keys/version)"),
            (Self.version.replacingOccurrences(of: "COUNT", with: "\"many\""), good,
             "unexpected response: the backup version's count is not an integer (/_matrix/client/v3/room_keys/version)"),
            (Self.version.replacingOccurrences(of: "COUNT", with: "3"), #"{"rooms":[1,2,3]}"#, "unexpected response: not a key backup: rooms: not an object"),
            (Self.version.replacingOccurrences(of: "COUNT", with: "3"), #"{"rooms":{"!a:x":5}}"#, "unexpected response: not a key backup: rooms.!a:x: not an object"),
            (Self.version.replacingOccurrences(of: "COUNT", with: "3"), #"{"rooms":{"!a:x":{}}}"#, "unexpected response: not a key backup: rooms.!a:x.sessions: missing or not an object"),
            (Self.version.replacingOccurrences(of: "COUNT", with: "3"), #"{"sessions":{}}"#, "unexpected response: not a key backup: backup: no rooms"),
        ]
        for (version, keys, message) in cases {
            let (result, dir, port) = try Self.fetch(version: version, keys: keys)
            #expect(result.status == 2)
            #expect(result.out == "")
            let url = message.hasSuffix("room_keys/version)") ? "" : " (http://127.0.0.1:\(port)/_matrix/client/v3/room_keys/keys?version=3)"
            #expect(result.err == "mxkeys: \(message)\(url)\n")
            #expect(try dir.entries() == [])
        }
    }

    @Test("a server's error with ESC, BEL, C1 and a bidi override reaches stderr escaped, in one line")
    func escapes() throws {
        let body = Array(#"{"errcode":"M_\u001b]0;owned\u0007","error":"bad\u001b[2J\u009b\u202eevil\nline"}"#.utf8)
        let server = try LoopbackServer(.respond(status: 403, headers: [("Content-Type", "application/json")], body: body))
        defer { server.stop() }
        let dir = try TempDirectory()
        let result = try CLI.run(["backup", "fetch", "--user-id", "@alice:example.org", "--homeserver", "http://127.0.0.1:\(server.port)",
                                  "--output", dir.path("backup.json")], environment: ["MXKEYS_ACCESS_TOKEN": Self.token])
        #expect(result.status == 2)
        #expect(result.err == #"mxkeys: HTTP status 403 M_\x1B]0;owned\x07: bad\x1B[2J\u009B\u202Eevil line (http://127.0.0.1:"# + "\(server.port)/_matrix/client/v3/room_keys/version)\n")
    }
}
