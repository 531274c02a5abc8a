import Foundation
import Testing
import TestSupport

/// The fetching commands on the built binary, against a server on 127.0.0.1 (the flows against real
/// homeservers are `make integration`), and what the offline commands make of what they save.
@Suite("mxkeys fetch commands and saved fetch times", .serialized)
struct FetchCommandTests {
    static let token = "syt_YWxpY2U_SuperSecretTokenValue_0a1b2c"

    /// A key response published now with a far validity, saved as server-keys fetch saves it.
    static func savedResponse(_ dir: TempDirectory, fetchedAt: Int64) throws -> String {
        try dir.write("example.key", "ed25519 a_1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1\n")
        let published = try CLI.run(["server-keys", "publish", "--server", "example.org", "--key", dir.path("example.key"), "--valid-until", "4000000000000"])
        #expect(published.status == 0)
        let body = published.out
        let member = #""unsigned":{"fetched_at":\#(fetchedAt),"fetched_from":"https://example.org:8448/_matrix/key/v2/server"},"#
        return try dir.write("example.org.json", "{" + member + body.dropFirst())
    }

    @Test("server-keys verify counts the 7-day cap from the saved fetch time; --fetched-at overrides it")
    func savedTime() throws {
        let dir = try TempDirectory()
        let file = try Self.savedResponse(dir, fetchedAt: 1_764_655_200_000)
        let result = try CLI.run(["server-keys", "verify", file])
        #expect(result.status == 0)
        #expect(!result.out.contains("fetched_at not given"))
        #expect(result.out.contains("  fetched at 1764655200000 (2025-12-02T06:00:00Z) from https://example.org:8448/_matrix/key/v2/server\n"))
        #expect(result.out.contains("(capped to 1765260000000 (2025-12-09T06:00:00Z) by fetched_at + 7 days)"))
        let json = try CLI.run(["server-keys", "verify", "--json", file])
        let jsonLines = json.out.split(separator: "\n")
        #expect(jsonLines.count == 2)
        #expect(jsonLines.last == #"{"summary":{"refused":0,"responses":1,"valid":1}}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(String(jsonLines[0]).utf8)) as? [String: Any])
        #expect(object["fetched_at"] as? Int == 1_764_655_200_000)
        #expect(object["fetched_at_assumed"] as? Bool == false)
        #expect(object["fetched_from"] as? String == "https://example.org:8448/_matrix/key/v2/server")
        let overridden = try CLI.run(["server-keys", "verify", "--json", "--fetched-at", "1700000000000", file])
        let firstLine = String(overridden.out.split(separator: "\n")[0])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any])
        #expect(second["fetched_at"] as? Int == 1_700_000_000_000)
        // Any signed-JSON check still verifies the saved file.
        #expect(try CLI.run(["verify", "--server", "example.org", "--server-keys", file, file]).status == 0)
    }

    @Test("event verify says the fetch times were saved with the responses")
    func eventVerifyHeader() throws {
        let dir = try TempDirectory()
        let file = try Self.savedResponse(dir, fetchedAt: 1_764_655_200_000)
        let event = #"{"type":"m.room.message","room_id":"!r:example.org","sender":"@a:example.org","origin_server_ts":1764655300000,"content":{"body":"x"},"depth":1,"prev_events":[],"auth_events":[]}"#
        let signed = try CLI.run(["event", "sign", "--room-version", "11", "--server", "example.org", "--key", dir.path("example.key"), "-"], stdin: Data(event.utf8))
        #expect(signed.status == 0)
        let events = try dir.write("events.jsonl", signed.out)
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", file, events])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("key ring: 1 key of 1 server (fetched_at saved with each response)\n"))
    }

    @Test("the access token is in no output, whatever the server echoes back; no file is written")
    func tokenNeverShown() throws {
        let echo = Array(#"{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid token syt_YWxpY2U_SuperSecretTokenValue_0a1b2c"}"#.utf8)
        let server = try LoopbackServer(.respond(status: 401, headers: [("Content-Type", "application/json")], body: echo))
        defer { server.stop() }
        let dir = try TempDirectory()
        let tokenFile = try dir.write("token", Self.token + "\n")
        let base = "http://127.0.0.1:\(server.port)"
        let runs = [
            try CLI.run(["backup", "fetch", "--user-id", "@alice:example.org", "--homeserver", base, "--access-token-file", tokenFile, "--output", dir.path("backup.json")]),
            try CLI.run(["ssss", "fetch", "--user-id", "@alice:example.org", "--homeserver", base, "--output", dir.path("ad.json")],
                        environment: ["MXKEYS_ACCESS_TOKEN": Self.token]),
            try CLI.run(["backup", "upload", "--user-id", "@alice:example.org", "--homeserver", base, "--version", "1", "-"],
                        stdin: Data(#"{"rooms":{}}"#.utf8), environment: ["MXKEYS_ACCESS_TOKEN": Self.token]),
        ]
        for result in runs {
            #expect(result.status == 2)
            #expect(result.out.isEmpty)
            #expect(result.err.hasPrefix("mxkeys: HTTP status 401 M_UNKNOWN_TOKEN: Invalid token <access token> (http://127.0.0.1:\(server.port)/_matrix/client/v3/"))
            #expect(result.err.split(separator: "\n").count == 1)
            #expect(!result.err.contains("SuperSecretTokenValue"))
        }
        #expect(try dir.entries() == ["example.key", "token"].filter { $0 == "token" })
        // It went to the server, in the header.
        #expect(server.requestHeads.count == 3)
        #expect(server.requestHeads.allSatisfy { $0.contains("\r\nAuthorization: Bearer \(Self.token)") })
    }

    @Test("no token, no terminal: one line; plain HTTP to a remote host: refused before any request")
    func tokenSources() throws {
        let noToken = try CLI.run(["backup", "fetch", "--user-id", "@alice:example.org", "--homeserver", "https://127.0.0.1:1", "--output", "/tmp/never-written.json"])
        #expect(noToken.status == 2)
        #expect(noToken.err == "mxkeys: no access token: give --access-token-file FILE or MXKEYS_ACCESS_TOKEN (there is no terminal to ask on)\n")
        let plain = try CLI.run(["ssss", "fetch", "--user-id", "@alice:example.org", "--homeserver", "http://matrix.example.org", "--output", "-"],
                                environment: ["MXKEYS_ACCESS_TOKEN": Self.token])
        #expect(plain.status == 64)  // a value wrong on the command line
        #expect(plain.err == "mxkeys: --homeserver: URL http://matrix.example.org: plain HTTP would send the access token in the clear: use https (http is allowed on loopback only)\n")
    }

    @Test("a server that accepts and never answers: one timeout line within --timeout")
    func timeout() throws {
        let server = try LoopbackServer(.neverAnswer)
        defer { server.stop() }
        let dir = try TempDirectory()
        let started = Date()
        let result = try CLI.run(["server-keys", "fetch", "127.0.0.1:\(server.port)", "--output-dir", dir.url.path, "--timeout", "2"], timeout: 30)
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: 127.0.0.1:\(server.port): timeout: no complete answer within 2 s (https://127.0.0.1:\(server.port)/_matrix/key/v2/server)\n")
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(try dir.entries().isEmpty)
    }

    @Test("usage errors of the fetch commands")
    func usage() throws {
        let cases: [([String], String)] = [
            (["server-keys", "fetch"], "mxkeys: give at least one server name"),
            (["server-keys", "fetch", "example.org", "--key-id", "ed25519:a"], "mxkeys: --key-id is for notary queries: give --notary too"),
            (["server-keys", "fetch", "example.org", "--timeout", "0"], "mxkeys: --timeout must be between 1 and 3600 seconds"),
            (["event", "fetch", "--as", "a.example", "--key", "k", "--from", "b.example", "--event", "$e", "--state", "!r:b"],
             "mxkeys: give one of --event EVENT_ID, --state ROOM_ID or --backfill ROOM_ID"),
            (["event", "fetch", "--as", "a.example", "--key", "k", "--from", "b.example", "--backfill", "!r:b"], "mxkeys: --backfill needs --from-event EVENT_ID"),
            (["backup", "upload", "--user-id", "@a:b", "--new-version"], "mxkeys: --new-version needs --auth-data FILE (what backup new-key prints)"),
            (["backup", "upload", "--user-id", "@a:b"], "mxkeys: give --backup-version V or --new-version"),
            (["ssss", "fetch", "--user-id", "alice", "--output", "-"], "mxkeys: --user-id alice: expected @localpart:server.name"),
        ]
        for (arguments, line) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.err.split(separator: "\n").first.map(String.init) == line, "\(arguments)")
        }
    }

    @Test("backup decrypt checks the key against the auth_data of a fetched backup file")
    func backupFileAuthData() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try BackupCommandTests.setUp(dir)
        let body = try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions])
        let auth = try dir.read("auth.json")
        // What backup fetch writes: the version's fields, then the rooms.
        let file = try dir.write("backup.json", #"{"algorithm":"m.megolm_backup.v1.curve25519-aes-sha2","auth_data":\#(auth),"count":5,"etag":"1","version":"1","#
                                 + body.out.dropFirst())
        let decrypted = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, file])
        #expect(decrypted.status == 0)
        #expect(decrypted.err == "decrypted 5 of 5 sessions\n")
        #expect(try CLI.run(["backup", "check-key", "--auth-data", file, "--recovery-key-file", recovery]).status == 0)
        let other = try CLI.run("backup", "new-key", "--json")
        let otherKey = try #require((try JSONSerialization.jsonObject(with: other.stdout) as? [String: Any])?["recovery_key"] as? String)
        let wrong = try CLI.run(["backup", "decrypt", "--recovery-key-file", try dir.write("other.txt", otherKey), file])
        #expect(wrong.status == 1)
        #expect(wrong.out.isEmpty)
        #expect(wrong.err.hasPrefix("mxkeys: "))
        #expect(wrong.err.split(separator: "\n").count == 1)
    }
}
