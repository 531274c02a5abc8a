import Foundation
import Testing

/// backup and session-export on the built binary.
@Suite("mxkeys backup and session-export")
struct BackupCommandTests {
    /// A new backup key (its recovery key file and auth_data file) and five sessions in export form.
    static func setUp(_ dir: TempDirectory) throws -> (recovery: String, authData: String, sessions: String) {
        let created = try CLI.run("backup", "new-key", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: created.stdout) as? [String: Any])
        let recovery = try dir.write("recovery.txt", try #require(object["recovery_key"] as? String))
        let authData = try dir.write("auth.json", String(decoding: try JSONSerialization.data(withJSONObject: try #require(object["auth_data"])), as: UTF8.self))
        var sessions: [[String: Any]] = []
        for i in 0..<5 {
            let key = Data([1, 0, 0, 0, UInt8(i)] + (0..<160).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            sessions.append(["algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [String](), "room_id": "!room\(i % 2):example.org",
                             "sender_claimed_keys": ["ed25519": "claimed"], "sender_key": "sender", "session_id": "session\(i)", "session_key": key])
        }
        let sessionsFile = try dir.write("sessions.json", String(decoding: try JSONSerialization.data(withJSONObject: sessions), as: UTF8.self))
        return (recovery, authData, sessionsFile)
    }

    @Test("encrypt sessions into a PUT body, decrypt it back with the key checked against auth_data; --jsonl")
    func roundTrip() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try Self.setUp(dir)
        let body = try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions])
        #expect(body.status == 0)
        #expect(body.out.hasPrefix(#"{"rooms":{"!room0:example.org":{"sessions":{"session0":{"first_message_index":0,"forwarded_count":0,"is_verified":false,"session_data":{"#))
        let backup = try dir.write("backup.json", body.out)
        let decrypted = try CLI.run(["backup", "decrypt", "--auth-data", authData, "--recovery-key-file", recovery, "--jobs", "2", backup])
        #expect(decrypted.status == 0)
        #expect(decrypted.err == "mxkeys: decrypted 5 of 5 sessions\n")
        let original = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sessions))) as? [[String: Any]])
        let back = try #require(try JSONSerialization.jsonObject(with: decrypted.stdout) as? [[String: Any]])
        #expect(Set(back.compactMap { $0["session_key"] as? String }) == Set(original.compactMap { $0["session_key"] as? String }))
        #expect(Set(back.compactMap { $0["room_id"] as? String }) == ["!room0:example.org", "!room1:example.org"])
        let lines = try CLI.run(["backup", "decrypt", "--jsonl", "--recovery-key-file", recovery, backup])
        #expect(lines.out.split(separator: "\n").count == 5)
        // One session's shape, with its IDs given.
        let session = try #require(((try JSONSerialization.jsonObject(with: body.stdout) as? [String: Any])?["rooms"] as? [String: Any]).flatMap {
            (($0["!room1:example.org"] as? [String: Any])?["sessions"] as? [String: Any])?["session1"]
        })
        let one = try dir.write("one.json", String(decoding: try JSONSerialization.data(withJSONObject: session), as: UTF8.self))
        let single = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, "--room-id", "!room1:example.org", "--session-id", "session1", one])
        #expect(single.status == 0)
        #expect(single.out.contains(#""room_id":"!room1:example.org""#) && single.out.contains(#""session_id":"session1""#))
    }

    @Test("a wrong key: auth_data catches it (exit 1); without auth_data each session fails, named")
    func wrongKey() throws {
        let dir = try TempDirectory()
        let (_, authData, sessions) = try Self.setUp(dir)
        let backup = try dir.write("backup.json", try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).out)
        let other = try dir.write("other.txt", try CLI.run("recovery-key", "generate").out)
        let check = try CLI.run(["backup", "check-key", "--auth-data", authData, "--recovery-key-file", other])
        #expect(check.status == 1)
        #expect(check.err.hasPrefix("mxkeys: the backup key does not match the backup: its public key is "))
        let caught = try CLI.run(["backup", "decrypt", "--auth-data", authData, "--recovery-key-file", other, backup])
        #expect(caught.status == 1)
        #expect(caught.out == "")
        let uncaught = try CLI.run(["backup", "decrypt", "--recovery-key-file", other, backup])
        #expect(uncaught.status == 1)
        #expect(uncaught.out == "")
        let lines = uncaught.err.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.contains("mxkeys: room !room0:example.org, session session0: the MAC does not match (the wrong backup key, or altered data)"))
        #expect(lines.last == "mxkeys: decrypted 0 of 5 sessions, 5 failed; nothing written")
    }

    @Test("one corrupt session among good ones: the rest decrypt, exit 1, the summary counts both")
    func corruptSession() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try Self.setUp(dir)
        var body = try #require(try JSONSerialization.jsonObject(with: try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).stdout) as? [String: Any])
        var rooms = try #require(body["rooms"] as? [String: Any])
        var room = try #require(rooms["!room0:example.org"] as? [String: Any])
        var roomSessions = try #require(room["sessions"] as? [String: Any])
        roomSessions["bad"] = ["first_message_index": 0, "session_data": ["ephemeral": "not base64!", "ciphertext": "", "mac": ""]]
        room["sessions"] = roomSessions
        rooms["!room0:example.org"] = room
        body["rooms"] = rooms
        let backup = try dir.write("backup.json", String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self))
        let result = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, backup])
        #expect(result.status == 1)
        #expect(result.err == "mxkeys: room !room0:example.org, session bad: session_data.ephemeral: invalid base64 character byte 0x20 at offset 3\nmxkeys: decrypted 5 of 6 sessions, 1 failed\n")
        #expect(try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [Any]).count == 5)
    }

    @Test("backup export writes a 0600 export file that session-export decrypts; a wrong passphrase is exit 1")
    func exportFile() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try Self.setUp(dir)
        let backup = try dir.write("backup.json", try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).out)
        let export = dir.path("keys.txt")
        let written = try CLI.run(["backup", "export", "--output", export, "--rounds", "1000", "--recovery-key-file", recovery, backup],
                                  environment: ["MXKEYS_EXPORT_PASSPHRASE": "export pass"])
        #expect(written.status == 0)
        #expect(written.out == "")
        #expect((try FileManager.default.attributesOfItem(atPath: export)[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: export, encoding: .utf8)
        #expect(text.hasPrefix("-----BEGIN MEGOLM SESSION DATA-----\n"))
        let read = try CLI.run(["session-export", "decrypt", export], environment: ["MXKEYS_EXPORT_PASSPHRASE": "export pass"])
        #expect(read.status == 0)
        #expect(try #require(try JSONSerialization.jsonObject(with: read.stdout) as? [Any]).count == 5)
        let wrong = try CLI.run(["session-export", "decrypt", export], environment: ["MXKEYS_EXPORT_PASSPHRASE": "wrong"])
        #expect(wrong.status == 1)
        #expect(wrong.out == "")
        #expect(wrong.err == "mxkeys: the export file's HMAC does not match: a wrong passphrase, or an altered file\n")
        let truncated = try dir.write("cut.txt", String(text.prefix(100)))
        let cut = try CLI.run(["session-export", "decrypt", truncated], environment: ["MXKEYS_EXPORT_PASSPHRASE": "export pass"])
        #expect(cut.status == 2)
        #expect(cut.err == "mxkeys: not a megolm session export file: no -----END MEGOLM SESSION DATA----- line (the file is cut off?) (\(truncated))\n")
        // And the other way: sessions into a file, and back.
        let second = dir.path("second.txt")
        let encrypted = try CLI.run(["session-export", "encrypt", "--output", second, "--rounds", "1000", sessions], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p2"])
        #expect(encrypted.status == 0)
        let again = try CLI.run(["session-export", "encrypt", "--output", second, sessions], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p2"])
        #expect(again.status == 2)
        let back = try CLI.run(["session-export", "decrypt", second], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p2"])
        #expect(try JSONSerialization.jsonObject(with: back.stdout) as? NSArray == (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sessions))) as? NSArray))
        for result in [written, read, wrong, cut, encrypted] { #expect(!result.err.contains("export pass") && !result.err.contains("session_key")) }
    }

    @Test("auth-data, signed as a user; encrypt one session into session_data")
    func authDataAndSessionData() throws {
        let dir = try TempDirectory()
        let key = try dir.write("signing.key", specKeyFile)
        let recovery = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
        let plain = try CLI.run(["backup", "auth-data"], stdin: Data(recovery.utf8))
        #expect(plain.out == #"{"public_key":"hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo"}"# + "\n")
        let signed = try CLI.run(["backup", "auth-data", "--sign-with", key, "--user-id", "@alice:example.org"], stdin: Data(recovery.utf8))
        #expect(signed.out.hasPrefix(#"{"public_key":"hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo","signatures":{"@alice:example.org":{"ed25519:1":""#))
        let verified = try CLI.run(["verify", "--server", "@alice:example.org", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: signed.stdout)
        #expect(verified.status == 0)
        let sessionData = try CLI.run(["backup", "encrypt", "--public-key", "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo"], stdin: Data(#"{"session_key":"k"}"#.utf8))
        let data = try #require(try JSONSerialization.jsonObject(with: sessionData.stdout) as? [String: String])
        #expect(Set(data.keys) == ["ephemeral", "ciphertext", "mac"])
        let file = try dir.write("sd.json", sessionData.out)
        let decrypted = try CLI.run(["backup", "decrypt", file], environment: ["MXKEYS_RECOVERY_KEY": recovery])
        #expect(decrypted.out == #"[{"session_key":"k"}]"# + "\n")
    }
}
