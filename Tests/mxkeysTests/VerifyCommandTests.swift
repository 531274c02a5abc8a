import Foundation
import Testing

/// `event verify` and `server-keys` on the bundled sample data (examples/, made by examples/make-sample.sh).
@Suite("mxkeys event verify and server-keys")
struct VerifyCommandTests {
    static let fetchedAt = "1700000000000"
    static func verify(_ extra: [String], stdin: Data = Data()) throws -> CLI.Result {
        try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", fetchedAt] + extra, stdin: stdin)
    }

    static let report = """
        key ring: 4 keys of 3 servers (fetched_at 1700000000000 (2023-11-14T22:13:20Z))
        key ring: \(Sample.keys)/tampered.example.json: keys of tampered.example not used: self-signature: ed25519:a_tamper: signature does not verify
        key ring: \(Sample.keys)/third.example.via.other.example.json: signature of other.example on the keys of third.example verified
        line 6: $A_5QVfFUFsQo0xz1lD7_7dNVFeycf5SctQUkdhSYiGg redacted: content hash differs: the event says 1PAKkyyokLT6K8p13JINra7cLX0Ye1P+H/qRY/EdON8, its content hashes to tL/jg7iAdvr1N0JM63czPQ7nQ+C0TsmmEM+C+DNfzd4
        line 40: $L7Yj3cvbICqFNBl7YZoL_A5xq4maIrY4D067SRQrFgU redacted: content hash differs: the event says 0zvdbRPYXP826oiqN1Lbo6Y9NU9icgfQb1OgSb/faOI, its content hashes to h72Fr4L4gyj+vt49b9xiBqIXDf3BNZowRkPLgxmFSaY
        line 288: $0rlf2BnPj_KKym6kr25bknmDhJTOfN1oYm5YoPYEdCA rejected: example.org: no valid signature (ed25519:a_2023: outside its validity period (old key, ts 1700017568000 (2023-11-15T03:06:08Z) ≥ expired_ts 1700007200000 (2023-11-15T00:13:20Z)))
        line 289: $jjv6a_e2UeDbKqpQJa1Kg0NHfpMbKzlb-vs5S5okptE rejected: other.example: ed25519:a_other: signature does not verify
        line 290: $mj5QM3O20LtX1wJQQC-6ouPlmUWSH07xnSF5vjcgIcs rejected: example.org: no signature by example.org
        line 291: $HrfIWbaIwktxfxvmortejJ1-1CLT145kRzB21YC5YyY rejected: tampered.example: no valid signature (ed25519:a_tamper: unknown key: the key response for tampered.example (file \(Sample.keys)/tampered.example.json) was refused: its self-signature does not verify)
        292 events (JSON lines, room version 11): 286 valid, 2 redacted, 4 rejected

        """

    /// The output without its last line (the time taken, which varies).
    static func withoutTime(_ result: CLI.Result) -> String {
        var lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 2)
        #expect(lines[lines.count - 2].hasPrefix("time: "))
        lines.remove(at: lines.count - 2)
        return lines.joined(separator: "\n")
    }

    @Test("the sample room: each verdict explained, the exact summary, exit 1; the same with 1 job or 2")
    func sampleRoom() throws {
        for jobs in ["1", "2"] {
            let result = try Self.verify(["--jobs", jobs, Sample.room])
            #expect(result.status == 1)
            #expect(result.err == "")
            #expect(Self.withoutTime(result) == Self.report)
        }
        let quiet = try Self.verify(["--quiet", Sample.room])
        #expect(quiet.status == 1)
        #expect(Self.withoutTime(quiet) == "292 events (JSON lines, room version 11): 286 valid, 2 redacted, 4 rejected\n")
    }

    @Test("room version 5 checks the retired key's expired_ts; version 4 does not")
    func keyValidityByVersion() throws {
        let v5 = try CLI.run(["event", "verify", "--room-version", "5", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, "--quiet", Sample.roomV5])
        #expect(v5.status == 1)
        #expect(v5.out.hasPrefix("4 events (JSON lines, room version 5): 3 valid, 0 redacted, 1 rejected\n"))
        let line = try Self.verifyLines(["--room-version", "5", Sample.roomV5]).first { $0.contains("rejected") }
        #expect(line == "line 3: $mHMaNPBGXvHs0YA-bnbv6gE9mpcgBShITctT3kVx7sw rejected: example.org: no valid signature (ed25519:a_2023: outside its validity period (old key, ts 1700007200000 (2023-11-15T00:13:20Z) ≥ expired_ts 1700007200000 (2023-11-15T00:13:20Z)))")
        let v4 = try CLI.run(["event", "verify", "--room-version", "4", "--server-keys", Sample.keys, "--fetched-at", Self.fetchedAt, "--quiet", Sample.roomV5])
        #expect(v4.status == 0)
        #expect(v4.out.hasPrefix("4 events (JSON lines, room version 4): 4 valid, 0 redacted, 0 rejected\n"))
    }

    static func verifyLines(_ arguments: [String]) throws -> [Substring] {
        try CLI.run(["event", "verify", "--server-keys", Sample.keys, "--fetched-at", fetchedAt] + arguments).out.split(separator: "\n")
    }

    @Test("--json: one object per event with signers, keys and reasons, then a summary object")
    func json() throws {
        let result = try Self.verify(["--json", Sample.room])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 293)
        let forged = try #require(try JSONSerialization.jsonObject(with: Data(lines[288].utf8)) as? [String: Any])
        #expect(forged["verdict"] as? String == "rejected")
        #expect(forged["line"] as? Int == 289)
        let signer = try #require((forged["signers"] as? [[String: Any]])?.first)
        #expect(signer["server"] as? String == "other.example")
        #expect(signer["satisfied"] as? Bool == false)
        #expect(signer["required_because"] as? [String] == ["server of the sender @bob:other.example"])
        let key = try #require((signer["keys"] as? [[String: Any]])?.first)
        #expect(key["result"] as? String == "bad_signature")
        #expect(key["valid_at_ts"] as? Bool == true)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(lines[292].utf8)) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["events"] as? Int == 292)
        #expect(summary["valid"] as? Int == 286)
        #expect(summary["redacted"] as? Int == 2)
        #expect(summary["rejected"] as? Int == 4)
        #expect(summary["fetched_at_assumed"] as? Bool == false)
        #expect((summary["key_ring"] as? [String: Any])?["servers"] as? [String] == ["example.org", "other.example", "third.example"])
    }

    @Test("streams: a malformed line in the middle is a rejected entry and the run goes on; arrays and transactions")
    func streams() throws {
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        let mixed = "\(lines[1])\n{oops\n\(lines[2])\n"
        let result = try Self.verify([], stdin: Data(mixed.utf8))
        #expect(result.status == 1)
        let out = Self.withoutTime(result).split(separator: "\n").dropFirst(3)
        #expect(Array(out) == ["line 2: rejected: not valid JSON: unexpected character 'o' at byte 1",
                               "3 events (JSON lines, room version 11): 2 valid, 0 redacted, 1 rejected"])
        let array = "[\n\(lines[1]),\n\(lines[2])\n]"
        #expect(try Self.verify(["--quiet"], stdin: Data(array.utf8)).out.hasPrefix("2 events (JSON array, room version 11): 2 valid, 0 redacted, 0 rejected\n"))
        let transaction = "{\"origin\":\"example.org\",\"pdus\":[\(lines[1]),\(lines[2])]}"
        let txn = try Self.verify(["--quiet"], stdin: Data(transaction.utf8))
        #expect(txn.status == 0)
        #expect(txn.out.hasPrefix("2 events (transaction (pdus), room version 11): 2 valid, 0 redacted, 0 rejected\n"))
        let broken = try Self.verify([], stdin: Data("[\(lines[1]), {\"a\":".utf8))
        #expect(broken.out.contains("line 1: rejected: element 2 is cut off (unexpected end of input)\n"))
    }

    @Test("a /state response: the events of pdus and of auth_chain are verified, each marked with its list")
    func stateResponse() throws {
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        // auth_chain comes first in the document; line 289 of the room is a forged signature.
        let state = "{\"auth_chain\":[\n\(lines[0]),\n\(lines[288])\n],\n\"pdus\":[\n\(lines[1])\n]}"
        let result = try Self.verify([], stdin: Data(state.utf8))
        #expect(result.status == 1)
        let out = Self.withoutTime(result).split(separator: "\n").dropFirst(3)
        #expect(Array(out) == [
            "line 3 (auth_chain): $jjv6a_e2UeDbKqpQJa1Kg0NHfpMbKzlb-vs5S5okptE rejected: other.example: ed25519:a_other: signature does not verify",
            "3 events (state response (pdus, auth_chain), room version 11): 2 valid, 0 redacted, 1 rejected",
        ])
        let json = try Self.verify(["--json"], stdin: Data(state.utf8))
        let objects = json.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.compactMap { $0["list"] as? String } == ["auth_chain", "auth_chain", "pdus"])
        #expect(objects.compactMap { $0["line"] as? Int } == [2, 3, 6])
        // /event_auth: an auth chain alone.
        let auth = try Self.verify(["--quiet"], stdin: Data("{\"auth_chain\":[\(lines[0])]}".utf8))
        #expect(auth.status == 0)
        #expect(auth.out.hasPrefix("1 event (state response (pdus, auth_chain), room version 11): 1 valid, 0 redacted, 0 rejected\n"))
    }

    @Test("unusable input: no events, no usable key, a bad --public-key, a directory, a missing file: exit 2, one line")
    func unusable() throws {
        let empty = try Self.verify([], stdin: Data("\n\n".utf8))
        #expect(empty.status == 2)
        #expect(empty.out == "")
        #expect(empty.err == "mxkeys: no events in the input (stdin)\n")
        let tampered = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keyFile("tampered.example"), Sample.room])
        #expect(tampered.status == 2)
        #expect(tampered.err == "mxkeys: the key ring has no usable key: \(Sample.keyFile("tampered.example")): keys of tampered.example not used: self-signature: ed25519:a_tamper: signature does not verify\n")
        let badKey = try CLI.run(["event", "verify", "--room-version", "11", "--public-key", "ed25519:a=AAAA", Sample.room])
        #expect(badKey.status == 64)  // a value wrong on the command line
        #expect(badKey.err == "mxkeys: invalid public key \"ed25519:a=AAAA\": expected SERVER:ed25519:ID=BASE64 (name the key's server: this command checks several) (--public-key)\n")
        let directory = try Self.verify([Sample.keys])
        #expect(directory.status == 2)
        #expect(directory.err == "mxkeys: \(Sample.keys): is a directory\n")
        let missing = try Self.verify(["/nonexistent/room.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.err == "mxkeys: /nonexistent/room.jsonl: no such file or directory\n")
        let notKeys = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.room, Sample.room])
        #expect(notKeys.status == 2)
        #expect(notKeys.err.hasPrefix("mxkeys: "))
        let noKeys = try CLI.run(["event", "verify", "--room-version", "11", Sample.room])
        #expect(noKeys.status == 64)
    }

    @Test("an explicit --public-key SERVER:ed25519:ID=BASE64 verifies, without a validity period")
    func explicitKey() throws {
        let keys = try String(contentsOfFile: Sample.keyFile("other.example"), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(keys.utf8)) as? [String: Any])
        let key = try #require(((object["verify_keys"] as? [String: Any])?["ed25519:a_other"] as? [String: Any])?["key"] as? String)
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--public-key", "other.example:ed25519:a_other=\(key)", "--quiet"],
                                 stdin: Data("\(lines[4])\n\(lines[288])\n".utf8))
        #expect(result.out.hasPrefix("2 events (JSON lines, room version 11): 1 valid, 0 redacted, 1 rejected\n"))
    }

    @Test("server-keys publish then verify; a tampered response fails its self-signature (exit 1)")
    func publishAndVerify() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let published = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "1900000000000",
                                     "--old-key", "ed25519:old=\(specPublicKey)@1600000000000"])
        #expect(published.status == 0)
        #expect(published.out.hasPrefix(#"{"old_verify_keys":{"ed25519:old":{"expired_ts":1600000000000,"key":"\#(specPublicKey)"}},"server_name":"domain","signatures":{"domain":{"ed25519:1":""#))
        #expect(published.out.hasSuffix(#""}},"valid_until_ts":1900000000000,"verify_keys":{"ed25519:1":{"key":"\#(specPublicKey)"}}}"# + "\n"))
        let file = try dir.write("domain.json", published.out)
        let verified = try CLI.run(["server-keys", "verify", "--at", "1600000000000", "--fetched-at", "2020-09-13T12:26:40Z", file])
        #expect(verified.status == 0)
        #expect(verified.out == """
            \(file): domain
              self-signature: valid (ed25519:1: verified)
              ed25519:1 current, valid until 1900000000000 (2030-03-17T17:46:40Z) (capped to 1600604800000 (2020-09-20T12:26:40Z) by fetched_at + 7 days): \(specPublicKey) - valid at 1600000000000 (2020-09-13T12:26:40Z)
              ed25519:old old, expired at 1600000000000 (2020-09-13T12:26:40Z): \(specPublicKey) - not valid at 1600000000000 (2020-09-13T12:26:40Z) (old key, ts 1600000000000 (2020-09-13T12:26:40Z) ≥ expired_ts 1600000000000 (2020-09-13T12:26:40Z))
            1 response checked: 1 valid, 0 refused

            """)
        // Without --fetched-at, the cap counts from now, as in every command, and the output says so.
        let assumed = try CLI.run(["server-keys", "verify", "--at", "1600000000000", file])
        #expect(assumed.status == 0)
        #expect(assumed.out.hasPrefix("fetched_at not given, so now: "))
        #expect(assumed.out.contains("(capped to "))
        let tampered = try dir.write("tampered.json", published.out.replacingOccurrences(of: "1900000000000", with: "1900000000001"))
        let bad = try CLI.run(["server-keys", "verify", "--at", "1600000000000", "--fetched-at", "1600000000000", tampered])
        #expect(bad.status == 1)
        // A refused response's keys are never called valid, and the summary counts it as refused.
        #expect(bad.out == """
            \(tampered): domain
              self-signature: NOT VALID (ed25519:1: signature does not verify)
              ed25519:1 current, valid until 1900000000001 (2030-03-17T17:46:40.001Z) (capped to 1600604800000 (2020-09-20T12:26:40Z) by fetched_at + 7 days): \(specPublicKey) - not used: the response is refused
              ed25519:old old, expired at 1600000000000 (2020-09-13T12:26:40Z): \(specPublicKey) - not used: the response is refused
            1 response checked: 0 valid, 1 refused

            """)
        let json = try CLI.run(["server-keys", "verify", "--json", "--at", "1600000000000", "--fetched-at", "1600000000000", tampered, file])
        let objects = json.out.split(separator: "\n").map { String($0) }
        #expect(objects.count == 3)
        #expect(objects.first?.contains(#""valid_at":false,"validity":"not used: the response is refused""#) == true)
        #expect(objects.first?.contains(#""used":false"#) == true)
        #expect(objects.last == #"{"summary":{"refused":1,"responses":2,"valid":1}}"#)
        let badDuration = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-for", "7 days"])
        #expect(badDuration.status == 64)
        let week = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-for", "1w"])
        #expect(week.status == 0)
    }

    @Test("server-keys verify: a notary's signature is checked with --notary-keys, and a bad one fails")
    func notary() throws {
        let relayed = Sample.keyFile("third.example.via.other.example")
        let unchecked = try CLI.run(["server-keys", "verify", relayed])
        #expect(unchecked.status == 0)
        #expect(unchecked.out.contains("  signature of other.example: not checked (give its key response with --notary-keys)\n"))
        let checked = try CLI.run(["server-keys", "verify", "--notary-keys", Sample.keyFile("other.example"), relayed])
        #expect(checked.status == 0)
        #expect(checked.out.contains("  signature of other.example: valid (ed25519:a_other: verified)\n"))
        let wrongNotary = try CLI.run(["server-keys", "verify", "--notary-keys", Sample.keyFile("example.org"), relayed])
        #expect(wrongNotary.status == 0)  // example.org's keys say nothing about other.example's signature
        let dir = try TempDirectory()
        let text = try String(contentsOfFile: relayed, encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var response = try #require((object["server_keys"] as? [[String: Any]])?.first)
        var signatures = try #require(response["signatures"] as? [String: [String: String]])
        let own = try #require(signatures["third.example"])
        signatures["other.example"] = ["ed25519:a_other": try #require(own.values.first)]  // a signature copied from elsewhere
        response["signatures"] = signatures
        let forged = try dir.write("forged.json", String(decoding: try JSONSerialization.data(withJSONObject: ["server_keys": [response]]), as: UTF8.self))
        let bad = try CLI.run(["server-keys", "verify", "--notary-keys", Sample.keyFile("other.example"), forged])
        #expect(bad.status == 1)
        #expect(bad.out.contains("  signature of other.example: NOT VALID (ed25519:a_other: signature does not verify)\n"))
    }
}
