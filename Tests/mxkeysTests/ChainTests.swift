import Foundation
import Testing

/// What one command writes, the next reads: the paths people take, with nothing but mxkeys between two
/// steps (files are passed as they were written; a value is read from a file and given as an argument
/// only where a user would paste it).
@Suite("Chains of commands, with nothing between them")
struct ChainTests {
    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("Security Key to backup: secret storage and a backup made by mxkeys, opened with --account-data, as Element does")
    func securityKeyToBackup() throws {
        let dir = try TempDirectory()
        // A secret storage key (the Security Key) and a backup key.
        let ssss = try CLI.run(["ssss", "new-key", "--key-id", "SSSS", "--output", dir.path("ssss.json")])
        #expect(ssss.status == 0)
        let backup = try CLI.run(["backup", "new-key", "--json", "--output", dir.path("backup-key.json")])
        #expect(backup.status == 0)
        // The backup key goes into secret storage as m.megolm_backup.v1 (what a client uploads).
        let backupKey = try Self.json(try Data(contentsOf: URL(fileURLWithPath: dir.path("backup-key.json"))))
        let keyBase64 = try #require(backupKey["key_base64"] as? String)
        let encrypted = try CLI.run(["ssss", "encrypt", "--name", "m.megolm_backup.v1", "--key-id", "SSSS",
                                     "--key-description", dir.path("ssss.json"), "--recovery-key-file", dir.path("ssss.json")],
                                    stdin: Data(keyBase64.utf8))
        #expect(encrypted.status == 0, "\(encrypted.err)")
        // The account data as the server holds it (a {type: content} map).
        let description = try #require(try Self.json(try Data(contentsOf: URL(fileURLWithPath: dir.path("ssss.json"))))["key_description"])
        let accountData: [String: Any] = [
            "m.secret_storage.default_key": ["key": "SSSS"],
            "m.secret_storage.key.SSSS": description,
            "m.megolm_backup.v1": try JSONSerialization.jsonObject(with: encrypted.stdout),
        ]
        try JSONSerialization.data(withJSONObject: accountData).write(to: URL(fileURLWithPath: dir.path("account-data.json")))
        // A backup of two sessions, encrypted for the backup key's auth_data.
        let sessions = #"[{"algorithm":"m.megolm.v1.aes-sha2","room_id":"!r:x","sender_key":"s","session_id":"a","session_key":"AQAAAAAA"},{"algorithm":"m.megolm.v1.aes-sha2","room_id":"!r:x","sender_key":"s","session_id":"b","session_key":"AQAAAAAB"}]"#
        let body = try CLI.run(["backup", "encrypt", "--auth-data", dir.path("backup-key.json")], stdin: Data(sessions.utf8))
        #expect(body.status == 0)
        try body.stdout.write(to: URL(fileURLWithPath: dir.path("backup.json")))

        // The Security Key opens secret storage, which holds the backup key, which opens the backup.
        let decrypted = try CLI.run(["backup", "decrypt", "--account-data", dir.path("account-data.json"),
                                     "--recovery-key-file", dir.path("ssss.json"), "--auth-data", dir.path("backup-key.json"),
                                     dir.path("backup.json")])
        #expect(decrypted.status == 0, "\(decrypted.err)")
        #expect(decrypted.err == "decrypted 2 of 2 sessions\n")
        let opened = try #require(try JSONSerialization.jsonObject(with: decrypted.stdout) as? [[String: Any]])
        #expect(opened.compactMap { $0["session_id"] as? String }.sorted() == ["a", "b"])
        // check-key the same way; a wrong Security Key is exit 1.
        #expect(try CLI.run(["backup", "check-key", "--auth-data", dir.path("backup-key.json"), "--account-data", dir.path("account-data.json"),
                             "--recovery-key-file", dir.path("ssss.json")]).status == 0)
        let other = try dir.write("other.txt", try CLI.run("recovery-key", "generate").out)
        let wrong = try CLI.run(["backup", "check-key", "--auth-data", dir.path("backup-key.json"), "--account-data", dir.path("account-data.json"),
                                 "--recovery-key-file", other])
        #expect(wrong.status == 1)
        #expect(wrong.err == "mxkeys: the key is not key SSSS of the account data (its key check MAC does not match)\n")
        // The backup key from secret storage straight into the keystore.
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        let imported = try CLI.run(["keystore", "import", "backup", "--kind", "backup-key", "--from-ssss", "m.megolm_backup.v1",
                                    "--account-data", dir.path("account-data.json"), "--recovery-key-file", dir.path("ssss.json")], environment: env)
        #expect(imported.status == 0, "\(imported.err)")
        let authData = try #require(backupKey["auth_data"] as? [String: Any])
        #expect(imported.out == "backup  backup-key  public key \(try #require(authData["public_key"] as? String))\n")
        // ssss decrypt names the secret from the event's type, and prints JSON.
        let event = try dir.write("event.json", String(decoding: try JSONSerialization.data(withJSONObject: [
            "type": "m.megolm_backup.v1", "content": try JSONSerialization.jsonObject(with: encrypted.stdout),
        ]), as: UTF8.self))
        let secret = try CLI.run(["ssss", "decrypt", "--json", "--recovery-key-file", dir.path("ssss.json"), event])
        #expect(secret.status == 0, "\(secret.err)")
        #expect(try Self.json(secret.stdout) as NSDictionary == ["name": "m.megolm_backup.v1", "secret": keyBase64] as NSDictionary)
    }

    @Test("key file to pubkey to verify, and event sign appended into a stream that event verify reads")
    func keyToVerify() throws {
        let dir = try TempDirectory()
        let keygen = try CLI.run(["keygen", "--key-version", "a_one", "--output", dir.path("signing.key")])
        #expect(keygen.status == 0)
        let pubkey = try CLI.run(["pubkey", "--key", dir.path("signing.key"), "--server", "one.example"])
        #expect(pubkey.status == 0)
        let key = String(pubkey.out.dropLast())  // one line, pasted as the option's value
        let signed = try CLI.run(["sign", "--server", "one.example", "--key", dir.path("signing.key")], stdin: Data(#"{"a":1}"#.utf8))
        let verified = try CLI.run(["verify", "--server", "one.example", "--public-key", key], stdin: signed.stdout)
        #expect(verified.status == 0)
        // Events signed one by one and appended (>>) make a JSON-lines file.
        let stream = dir.path("room.jsonl")
        #expect(FileManager.default.createFile(atPath: stream, contents: nil))
        for i in 0..<3 {
            let event = #"{"type":"m.room.message","sender":"@a:one.example","room_id":"!r:one.example","origin_server_ts":\#(1_700_000_000_000 + i),"content":{"body":"\#(i)"},"depth":\#(i),"prev_events":[],"auth_events":[]}"#
            let out = try CLI.run(["event", "sign", "--room-version", "11", "--server", "one.example", "--key", dir.path("signing.key")],
                                  stdin: Data(event.utf8))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: stream))
            try handle.seekToEnd()
            try handle.write(contentsOf: out.stdout)
            try handle.close()
        }
        let checked = try CLI.run(["event", "verify", "--room-version", "11", "--public-key", key, "--quiet", stream])
        #expect(checked.status == 0)
        #expect(checked.out.hasPrefix("3 events (JSON lines, room version 11): 3 valid, 0 redacted, 0 rejected\n"))
        // event sign --lines signs a stream.
        let resigned = try CLI.run(["event", "sign", "--room-version", "11", "--server", "one.example", "--key", dir.path("signing.key"), "--lines", stream])
        #expect(resigned.out.split(separator: "\n").count == 3)
    }

    @Test("backup new-key --output: the file is the recovery key, auth_data comes out for --auth-data")
    func backupNewKey() throws {
        let dir = try TempDirectory()
        let made = try CLI.run(["backup", "new-key", "--output", dir.path("recovery.txt")])
        #expect(made.status == 0)
        #expect(try dir.mode("recovery.txt") == 0o600)
        #expect(made.out.hasPrefix(#"{"public_key":""#))
        try made.stdout.write(to: URL(fileURLWithPath: dir.path("auth.json")))
        let checked = try CLI.run(["backup", "check-key", "--auth-data", dir.path("auth.json"), "--recovery-key-file", dir.path("recovery.txt")])
        #expect(checked.status == 0, "\(checked.err)")
        // The recovery key file and auth_data, both from standard input with -: one at most.
        let fromStdin = try CLI.run(["backup", "check-key", "--auth-data", "-", "--recovery-key-file", dir.path("recovery.txt")], stdin: made.stdout)
        #expect(fromStdin.status == 0, "\(fromStdin.err)")
        let both = try CLI.run(["backup", "check-key", "--auth-data", "-", "--recovery-key-file", "-"], stdin: made.stdout)
        #expect(both.status == 2)
        #expect(both.err == "mxkeys: standard input can be read once, and --auth-data and --recovery-key-file are both given -: give files to all but one\n")
        // backup decrypt refuses an existing --output before it asks for anything.
        let existing = try dir.write("out.json", "keep")
        let refused = try CLI.run(["backup", "decrypt", "--output", existing, dir.path("auth.json")])
        #expect(refused.status == 2)
        #expect(refused.err == "mxkeys: \(existing): already exists (use --force to replace it)\n")
        #expect(try dir.read("out.json") == "keep")
    }

    @Test("keystore:NAME takes --keystore-passphrase-file wherever it is accepted")
    func keystorePassphraseFile() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store")]
        let passphrase = try dir.write("pass.txt", "entry pass\n")
        chmod(passphrase, 0o600)
        let generated = try CLI.run(["keystore", "generate", "srv", "--kind", "signing-key", "--passphrase-file", passphrase], environment: env)
        #expect(generated.status == 0)
        let signed = try CLI.run(["sign", "--server", "s", "--key", "keystore:srv", "--keystore-passphrase-file", passphrase],
                                 stdin: Data(#"{"a":1}"#.utf8), environment: env)
        #expect(signed.status == 0, "\(signed.err)")
        let noPassphrase = try CLI.run(["sign", "--server", "s", "--key", "keystore:srv"], stdin: Data(#"{"a":1}"#.utf8), environment: env)
        #expect(noPassphrase.status == 2)
        #expect(noPassphrase.err == "mxkeys: no passphrase: give --keystore-passphrase-file FILE or MXKEYS_KEYSTORE_PASSPHRASE (there is no terminal to ask on)\n")
    }

    @Test("event verify reads what jq . writes (values one after another over several lines) and a /messages response")
    func inputShapes() throws {
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        func pretty(_ line: Substring) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(line.utf8)), options: [.prettyPrinted]), as: UTF8.self)
        }
        let concatenated = try pretty(lines[0]) + "\n" + pretty(lines[1]) + "\n" + pretty(lines[2]) + "\n"
        let result = try VerifyCommandTests.verify(["--quiet"], stdin: Data(concatenated.utf8))
        #expect(result.status == 0, "\(result.out) \(result.err)")
        #expect(result.out.hasPrefix("3 events (concatenated JSON values, room version 11): 3 valid, 0 redacted, 0 rejected\n"))
        // A /messages response: client-format events, said once.
        let client = #"{"type":"m.room.message","sender":"@a:example.org","event_id":"$x","room_id":"!r:example.org","origin_server_ts":1,"content":{"body":"hi"},"unsigned":{"age":5}}"#
        let messages = #"{"chunk":[\#(client),\#(client)],"start":"t1","end":"t2"}"#
        let chunk = try VerifyCommandTests.verify([], stdin: Data(messages.utf8))
        #expect(chunk.status == 1)
        let out = VerifyCommandTests.withoutTime(chunk).split(separator: "\n").dropFirst(3)
        #expect(Array(out) == [
            "line 1: $msMGv3ZaB-RG9Z3cUzIWXLPB-yNFwtXr-MtLzt3jbO4 rejected: a client-format event (no signatures or hashes)",
            "line 1: $msMGv3ZaB-RG9Z3cUzIWXLPB-yNFwtXr-MtLzt3jbO4 rejected: a client-format event (no signatures or hashes)",
            "note: 2 client-format events: client-format events carry no signatures; export them from the homeserver's database or over federation",
            "2 events (messages response (chunk), room version 11): 0 valid, 0 redacted, 2 rejected",
        ])
    }
}
