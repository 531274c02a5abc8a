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
        #expect(decrypted.err == "decrypted 5 of 5 sessions\n")
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
        #expect(lines.last == "decrypted 0 of 5 sessions, 5 failed; nothing written")
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
        #expect(result.err == "mxkeys: room !room0:example.org, session bad: session_data.ephemeral: invalid base64 character byte 0x20 at offset 3\ndecrypted 5 of 6 sessions, 1 failed\n")
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

    @Test("session-export decrypt opens matrix-nio's file written with a Latin-1 passphrase, with a warning")
    func latin1Passphrase() throws {
        let file = CLI.repository.appendingPathComponent("Tests/MatrixKeysTests/Vectors/interop/nio-latin1-passphrase.txt").path
        let result = try CLI.run(["session-export", "decrypt", file], environment: ["MXKEYS_EXPORT_PASSPHRASE": "Grüße, café"])
        #expect(result.status == 0)
        #expect(result.err == "mxkeys: warning: the passphrase opened the file only as Latin-1 bytes: it was written by a client that encodes passphrases as Latin-1 (matrix-nio does); clients that use UTF-8 will not open it\n")
        let sessions = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(sessions.map { $0["session_id"] as? String } == ["session-latin1"])
        let wrong = try CLI.run(["session-export", "decrypt", file], environment: ["MXKEYS_EXPORT_PASSPHRASE": "Grüsse, café"])
        #expect(wrong.status == 1)
        #expect(wrong.err == "mxkeys: the export file's HMAC does not match: a wrong passphrase, or an altered file\n")
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
        let decrypted = try CLI.run(["backup", "decrypt", "--room-id", "!r:x", "--session-id", "s", file], environment: ["MXKEYS_RECOVERY_KEY": recovery])
        #expect(decrypted.out == #"[{"room_id":"!r:x","session_id":"s","session_key":"k"}]"# + "\n")
    }
}

@Suite("mxkeys backup: selecting sessions, and the IDs export form needs")
struct BackupSelectionTests {
    /// The sessions' IDs in an array of sessions in export form, as "room/session".
    static func ids(_ data: Data) throws -> [String] {
        let sessions = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return sessions.map { "\($0["room_id"] as? String ?? "nil")/\($0["session_id"] as? String ?? "nil")" }.sorted()
    }

    @Test("--room-id and --session-id select from a whole backup; both must match; nothing matching is exit 1 and writes nothing")
    func select() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try BackupCommandTests.setUp(dir)
        let backup = try dir.write("backup.json", try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).out)
        let decrypt = ["backup", "decrypt", "--recovery-key-file", recovery]

        let room = try CLI.run(decrypt + ["--room-id", "!room1:example.org", backup])
        #expect(room.status == 0)
        #expect(try Self.ids(room.stdout) == ["!room1:example.org/session1", "!room1:example.org/session3"])
        #expect(room.err == "decrypted 2 of 2 sessions\n")
        let both = try CLI.run(decrypt + ["--room-id", "!room1:example.org", "--session-id", "session3", backup])
        #expect(try Self.ids(both.stdout) == ["!room1:example.org/session3"])
        let session = try CLI.run(decrypt + ["--session-id", "session2", backup])
        #expect(try Self.ids(session.stdout) == ["!room0:example.org/session2"])

        let mismatch = try CLI.run(decrypt + ["--room-id", "!room1:example.org", "--session-id", "session2", backup])
        #expect(mismatch.status == 1)
        #expect(mismatch.out == "")
        #expect(mismatch.err == "mxkeys: no session matches --room-id !room1:example.org and --session-id session2 (\(backup))\n")

        // export: one room's keys only, and nothing at all for a room the backup does not have.
        let one = dir.path("one.txt")
        let exported = try CLI.run(["backup", "export", "--rounds", "1000", "--recovery-key-file", recovery, "--room-id", "!room0:example.org",
                                    "--session-id", "session4", "-o", one, backup], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p"])
        #expect(exported.status == 0)
        let read = try CLI.run(["session-export", "decrypt", one], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p"])
        #expect(try Self.ids(read.stdout) == ["!room0:example.org/session4"])
        let none = dir.path("none.txt")
        let missing = try CLI.run(["backup", "export", "--rounds", "1000", "--recovery-key-file", recovery, "--room-id", "!elsewhere:example.org",
                                   "-o", none, backup], environment: ["MXKEYS_EXPORT_PASSPHRASE": "p"])
        #expect(missing.status == 1)
        #expect(missing.err == "mxkeys: no session matches --room-id !elsewhere:example.org (\(backup))\n")
        #expect(!FileManager.default.fileExists(atPath: none))
    }

    @Test("one room's backup needs --room-id and one session's needs --session-id too, all asked for at once: exit 64, no file")
    func requiredIDs() throws {
        let dir = try TempDirectory()
        let (recovery, authData, sessions) = try BackupCommandTests.setUp(dir)
        let body = try #require(try JSONSerialization.jsonObject(with: try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).stdout) as? [String: Any])
        let room = try #require((body["rooms"] as? [String: Any])?["!room0:example.org"] as? [String: Any])
        let roomFile = try dir.write("room.json", String(decoding: try JSONSerialization.data(withJSONObject: room), as: UTF8.self))
        let session = try #require((room["sessions"] as? [String: Any])?["session0"] as? [String: Any])
        let sessionFile = try dir.write("session.json", String(decoding: try JSONSerialization.data(withJSONObject: session), as: UTF8.self))
        let export = ["backup", "export", "--rounds", "1000", "--recovery-key-file", recovery]
        let env = ["MXKEYS_EXPORT_PASSPHRASE": "p"]

        let out = dir.path("out.txt")
        let noRoom = try CLI.run(export + ["-o", out, roomFile], environment: env)
        #expect(noRoom.status == 64)
        #expect(noRoom.err == "mxkeys: the input does not say which room its sessions belong to (one room's backup): give --room-id (\(roomFile))\n")
        let noSession = try CLI.run(export + ["--room-id", "!room0:example.org", "-o", out, sessionFile], environment: env)
        #expect(noSession.status == 64)
        #expect(noSession.err == "mxkeys: the input is one session's backup, which does not carry its session ID: give --session-id (\(sessionFile))\n")
        // Both missing: both asked for in one run.
        let decryptNoRoom = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, sessionFile])
        #expect(decryptNoRoom.status == 64)
        #expect(decryptNoRoom.err == "mxkeys: the input is one session's backup, which carries neither its room ID nor its session ID: give --room-id and --session-id (\(sessionFile))\n")
        #expect(decryptNoRoom.out == "")
        #expect(!FileManager.default.fileExists(atPath: out))

        // With the IDs given, one room's sessions carry its ID; --session-id selects among them.
        let given = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, "--room-id", "!room0:example.org", roomFile])
        #expect(try Self.ids(given.stdout) == ["!room0:example.org/session0", "!room0:example.org/session2", "!room0:example.org/session4"])
        let selected = try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, "--room-id", "!room0:example.org", "--session-id", "session2", roomFile])
        #expect(try Self.ids(selected.stdout) == ["!room0:example.org/session2"])
        let written = try CLI.run(export + ["--room-id", "!room0:example.org", "--session-id", "session0", "-o", out, sessionFile], environment: env)
        #expect(written.status == 0)
        let read = try CLI.run(["session-export", "decrypt", out], environment: env)
        #expect(try Self.ids(read.stdout) == ["!room0:example.org/session0"])
    }
}
