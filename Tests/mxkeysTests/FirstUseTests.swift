import Foundation
import Testing

/// What a new user meets first: an inspector that checks signatures with the keys given, verdicts that
/// say why a key is unknown, warnings when signing another server's event, garbage given as events,
/// mxkeys' own output checked by mxkeys, missing secrets, the sample's walk-through files.
@Suite("what a first-time user meets")
struct FirstUseTests {
    static let fetchedAt = "1700000000000"

    static func line(_ number: Int) throws -> String {
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        return String(lines[number - 1])
    }

    @Test("event inspect with keys: each signature's check, then event verify's verdict and exit code")
    func inspectWithKeys() throws {
        let dir = try TempDirectory()
        let forged = try dir.write("289.json", try Self.line(289))
        let result = try CLI.run(["event", "inspect", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, forged])
        #expect(result.status == 1)
        #expect(result.err == "")
        #expect(result.out.hasSuffix("""
            signature checks (at origin_server_ts 1700017629000 (2023-11-15T03:07:09Z)):
              other.example ed25519:a_other: signature does not verify (key from \(Sample.keys)/other.example.json; valid_until_ts 1893456000000 (2030-01-01T00:00:00Z) capped to 1700604800000 (2023-11-21T22:13:20Z) (fetched_at 1700000000000 + 7 days) ≥ ts 1700017629000 (2023-11-15T03:07:09Z))
            verdict: rejected: other.example: ed25519:a_other: signature does not verify

            """))
        // The key used after its expired_ts: the check says so, and the verdict is event verify's.
        let late = try dir.write("288.json", try Self.line(288))
        let expired = try CLI.run(["event", "inspect", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, late])
        #expect(expired.status == 1)
        #expect(expired.out.hasSuffix("""
              example.org ed25519:a_2023: outside its validity period (old key, ts 1700017568000 (2023-11-15T03:06:08Z) ≥ expired_ts 1700007200000 (2023-11-15T00:13:20Z)) (key from \(Sample.keys)/example.org.json)
            verdict: rejected: example.org: no valid signature (ed25519:a_2023: outside its validity period (old key, ts 1700017568000 (2023-11-15T03:06:08Z) ≥ expired_ts 1700007200000 (2023-11-15T00:13:20Z)))

            """))
        // A valid event: exit 0, the verdict valid; --json carries the checks and the verdict.
        let good = try dir.write("10.json", try Self.line(10))
        let valid = try CLI.run(["event", "inspect", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, good])
        #expect(valid.status == 0)
        #expect(valid.out.hasSuffix("verdict: valid\n"))
        let json = try CLI.run(["event", "inspect", "--room-version", "11", "--json", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, forged])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["verdict"] as? String == "rejected")
        #expect(object["reasons"] as? [String] == ["other.example: ed25519:a_other: signature does not verify"])
        let checked = try #require((object["signers_checked"] as? [[String: Any]])?.first?["keys"] as? [[String: Any]])
        #expect(checked.first?["result"] as? String == "bad_signature")
    }

    @Test("an unknown key whose response was refused says so, with the file and why")
    func refusedKey() throws {
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, Sample.room])
        #expect(result.status == 1)
        #expect(result.out.contains("line 291: $HrfIWbaIwktxfxvmortejJ1-1CLT145kRzB21YC5YyY rejected: tampered.example: no valid signature (ed25519:a_tamper: unknown key: the key response for tampered.example (file \(Sample.keys)/tampered.example.json) was refused: its self-signature does not verify)\n"))
        let json = try CLI.run(["event", "verify", "--room-version", "11", "--json", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, Sample.room])
        #expect(json.out.contains(#"{"key_id":"ed25519:a_tamper","reason":"the key response for tampered.example (file \#(Sample.keys)/tampered.example.json) was refused: its self-signature does not verify","result":"unknown_key"}"#))
    }

    @Test("event sign of another server's event warns, and names the signatures it broke; not for own users or authorised joins")
    func signOtherServersEvent() throws {
        let dir = try TempDirectory()
        let key = try dir.write("example.org.key", try String(contentsOfFile: CLI.repository.appendingPathComponent("examples/signing/example.org.key").path, encoding: .utf8))
        func sign(_ event: String) throws -> CLI.Result {
            try CLI.run(["event", "sign", "--room-version", "11", "--server", "example.org", "--key", key], stdin: Data(event.utf8))
        }
        // Dave's message (third.example), unchanged: a warning; third.example's signature still holds.
        let dave = try sign(try Self.line(10))
        #expect(dave.status == 0)
        #expect(dave.err == "mxkeys: warning: stdin: signing the event of @dave:third.example as example.org, which is neither its sender's server nor the one that authorised it\n")
        // The altered event of line 40: signing replaces its content hash, and other.example's signature breaks.
        let altered = try sign(try Self.line(40))
        #expect(altered.status == 0)
        #expect(altered.err == """
            mxkeys: warning: stdin: signing the event of @bob:other.example as example.org, which is neither its sender's server nor the one that authorised it
            mxkeys: warning: stdin: the signature of other.example (ed25519:a_other) no longer verifies: signing added or replaced the content hash it covers

            """)
        // Its own user's event, and a restricted join it authorised: no warning.
        #expect(try sign(try Self.line(2)).err == "")
        #expect(try sign(try Self.line(7)).err == "")
    }

    @Test("garbage given as events: after 1000 unreadable items and no event, one error, no verdict printed, exit 2")
    func garbage() throws {
        let dir = try TempDirectory()
        // 60,000 lines that are not JSON: once, 1.3 MB of per-line verdicts came before the error.
        let path = dir.path("garbage.jsonl")
        try Data(String(repeating: "not json at all\n", count: 60_000).utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, path])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == "mxkeys: no event in the first 1000 items of the input could be read, so it is not taken for events; line 1: not valid JSON: unexpected character 'o' at byte 1 (\(path))\n")
        // Once an event was read, every line gets its verdict and the summary follows: exit 1.
        let mixed = dir.path("mixed.jsonl")
        try Data((try Self.line(10) + "\n" + String(repeating: "not json\n", count: 1500)).utf8).write(to: URL(fileURLWithPath: mixed))
        let reported = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, "--quiet", mixed])
        #expect(reported.status == 1)
        #expect(reported.out.hasPrefix("1501 events (JSON lines, room version 11): 1 valid, 0 redacted, 1500 rejected\n"))
    }

    @Test("canonical --check accepts the one final newline that sign writes, and no more")
    func canonicalCheckNewline() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let signed = try CLI.run(["sign", "--server", "example.org", "--key", key, CLI.repository.appendingPathComponent("examples/object.json").path])
        #expect(signed.status == 0)
        #expect(signed.out.hasSuffix("}\n"))
        let file = try dir.write("signed.json", signed.out)
        let check = try CLI.run(["canonical", "--check", file])
        #expect(check.status == 0)
        #expect(check.out == "")
        let two = try CLI.run(["canonical", "--check"], stdin: Data("{}\n\n".utf8))
        #expect(two.status == 1)
        #expect(two.out == "form: $: whitespace after the value (canonical JSON ends where the value ends) (byte 2)\n")
    }

    @Test("a missing secret is said in one form: what is missing, every way to give it, and why none was taken")
    func missingSecrets() throws {
        let dir = try TempDirectory()
        let closed = try Tool.runShell("exec mxkeys recovery-key decode <&-", directory: dir.url,
                                       environment: ["PATH": CLI.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"])
        #expect(closed.status == 2)
        #expect(closed.stderr == "mxkeys: no recovery key: give it on standard input, --recovery-key-file FILE or MXKEYS_RECOVERY_KEY (standard input is closed)\n")
        let empty = try CLI.run(["recovery-key", "decode"], stdin: Data())
        #expect(empty.status == 2)
        #expect(empty.err == "mxkeys: no recovery key: give it on standard input, --recovery-key-file FILE or MXKEYS_RECOVERY_KEY (standard input is empty)\n")
        let export = try dir.write("keys.txt", "x")
        let passphrase = try CLI.run(["session-export", "decrypt", export])
        #expect(passphrase.err == "mxkeys: no passphrase: give --passphrase-file FILE or MXKEYS_EXPORT_PASSPHRASE (there is no terminal to ask on)\n")
    }

    @Test("every --key-description takes an account data dump: the default key, or the one --key-id names")
    func keyDescriptionFromDump() throws {
        let examples = CLI.repository.appendingPathComponent("examples")
        let expected = try String(contentsOf: examples.appendingPathComponent("security-key.txt"), encoding: .utf8)
        let environment = ["MXKEYS_PASSPHRASE": "correct horse battery staple"]
        for arguments in [["account-data.json"], ["account-data.json", "--key-id", "sample"], ["key.json"]] {
            let result = try CLI.run(["ssss", "passphrase", "--key-description", examples.appendingPathComponent(arguments[0]).path] + arguments.dropFirst(),
                                     environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.err)")
            #expect(result.out == expected)
        }
        let other = try CLI.run(["ssss", "passphrase", "--key-description", examples.appendingPathComponent("account-data.json").path, "--key-id", "other"],
                                environment: environment)
        #expect(other.status == 2)
        #expect(other.err == "mxkeys: no key description m.secret_storage.key.other in the account data (\(examples.appendingPathComponent("account-data.json").path))\n")
        let check = try CLI.run(["ssss", "check-key", "--key-description", examples.appendingPathComponent("account-data.json").path,
                                 "--recovery-key-file", examples.appendingPathComponent("security-key.txt").path])
        #expect(check.out == "right\n")
    }

    @Test("backup encrypt --help lists the fields of a session; backup fetch and upload take --backup-version")
    func backupHelp() throws {
        let help = try CLI.run("backup", "encrypt", "--help")
        #expect(help.status == 0)
        for field in ["algorithm", "room_id", "sender_key", "session_id", "session_key", "forwarding_curve25519_key_chain", "sender_claimed_keys"] {
            #expect(help.out.contains(field), "backup encrypt --help lacks \(field)")
        }
        for command in ["fetch", "upload"] {
            let text = try CLI.run("backup", command, "--help").out
            #expect(text.contains("--backup-version <version>"))
            #expect(!text.contains("--version <version>"))
        }
        let both = try CLI.run("backup", "upload", "--user-id", "@a:example.org", "--backup-version", "1", "--version", "2", "-")
        #expect(both.status == 64)
        #expect(both.err == "mxkeys: give --backup-version once (--version is its earlier name)\nsee 'mxkeys backup upload --help'\n")
    }

    @Test("a server-keys fetch that saves nothing leaves no --output-dir behind")
    func noEmptyOutputDirectory() throws {
        let dir = try TempDirectory()
        let target = dir.path("keys")
        let result = try CLI.run(["server-keys", "fetch", "--output-dir", target, "--connect-timeout", "2", "--timeout", "5", "127.0.0.1:1"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target))
        let nowhere = try CLI.run(["server-keys", "fetch", "--output-dir", dir.path("no/such/keys"), "127.0.0.1:1"])
        #expect(nowhere.status == 2)
        #expect(nowhere.err == "mxkeys: --output-dir \(dir.path("no/such/keys")): no such directory, and \(dir.path("no/such")) is not one to make it in\n")
    }

    @Test("event verify says it reads standard input when that is a terminal")
    func terminalHint() throws {
        let script = """
            import os, pty, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = b""
            deadline = time.time() + 20
            while b"Ctrl-D" not in out and time.time() < deadline:
                out += os.read(fd, 1024)
            os.write(fd, b"\\x04")
            try:
                while True:
                    chunk = os.read(fd, 1024)
                    if not chunk: break
                    out += chunk
            except OSError:
                pass
            os.waitpid(pid, 0)
            sys.stdout.write(out.decode())
            """
        let dir = try TempDirectory()
        let path = try dir.write("terminal.py", script)  // not pty.py, which would shadow the module
        let result = try Tool.run("/usr/bin/python3", [path, CLI.binary.path, "event", "verify", "--room-version", "11", "--server-keys", Sample.keys])
        #expect(result.output.hasPrefix("mxkeys: reading events from standard input (end with Ctrl-D)\r\n"))
    }
}
