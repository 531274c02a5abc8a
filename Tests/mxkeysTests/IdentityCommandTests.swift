import Foundation
import MatrixKeys
import Testing

/// `devices verify`, `cross-signing` and `backup trust` on keys made by another implementation
/// (Tests/MatrixKeysTests/Vectors/identities, from scripts/fixtures/identities.py).
@Suite("mxkeys devices, cross-signing and backup trust")
struct IdentityCommandTests {
    static let vectors = CLI.repository.appendingPathComponent("Tests/MatrixKeysTests/Vectors/identities")
    static let keysQuery = vectors.appendingPathComponent("keys_query.json").path
    static let userDevices = vectors.appendingPathComponent("user_devices.jsonl").path
    static let authData = vectors.appendingPathComponent("auth_data.json").path

    static func seed(_ name: String) throws -> String {
        let seeds = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: vectors.appendingPathComponent("seeds.json"))) as? [String: String])
        return try #require(seeds[name])
    }

    static let report = """
        @alice:example.org: master valid (iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w), self-signing valid (gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q), user-signing valid (7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E); 2 devices, 1 cross-signed
          device ALICE1: cross-signed (ed25519 ypOsFwUYcHHWe4PH/w7+gQjo7EUwV113JoeTM9vavnw)
          device ALICE2: not-cross-signed (ed25519 bnoc3Smwt4/ROvTFWY/v9O8qlxZuPKby5Pv8zYBQW/E): no signature by the self-signing key ed25519:gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q
        @bob:example.org: master valid (iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc), self-signing valid (6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw), user-signing missing, signed by you: yes; 1 device, 1 cross-signed
          device BOB1: cross-signed (ed25519 E5j2LG0aRXxRumpLXz29L2n8qTIWIY3ImX5Ba9F9k8o)
        @carol:other.example: master missing, self-signing missing, user-signing missing; 1 device, 0 cross-signed
          master key: no master key
          device CAROL1: not-cross-signed (ed25519 /RckOFqgx1tk+3jNYC+h2ZH96/drE8WO1wLqyDXp9hg): no valid self-signing key

               users  valid master  devices  cross-signed  not cross-signed  invalid  findings
        total  3      2             4        2             2                 0        0

        """

    @Test("a client's /keys/query response: a line per user and device, the table, exit 0; the same with 1 job or 2")
    func textReport() throws {
        for jobs in ["1", "2"] {
            let result = try CLI.run(["devices", "verify", "--jobs", jobs, Self.keysQuery])
            #expect(result.status == 0)
            #expect(result.err == "")
            #expect(result.out == Self.report)
        }
        let strict = try CLI.run(["devices", "verify", "--require-cross-signed", Self.keysQuery])
        #expect(strict.status == 1)
        #expect(strict.out == Self.report)
        let bob = try CLI.run(["devices", "verify", "--require-cross-signed", "--user-id", "@bob:example.org", Self.keysQuery])
        #expect(bob.status == 0)
    }

    /// The output with the run's start time (`"started_at":N`) as `"started_at":T`, when it lies between
    /// `low` and `high`.
    static func fixingStart(_ text: String, between low: Int64, and high: Int64) -> String {
        guard let range = text.range(of: #""started_at":[0-9]+"#, options: .regularExpression),
              let value = Int64(text[range].dropFirst(#""started_at":"#.count)), value >= low, value <= high
        else { return text }
        return text.replacingCharacters(in: range, with: #""started_at":T"#)
    }

    static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    @Test("--json: the per-user, per-device and summary objects of the contract; the summary says what was audited")
    func json() throws {
        let before = Self.now
        let result = try CLI.run(["devices", "verify", "--json", Self.userDevices])
        #expect(result.status == 0)
        #expect(Self.fixingStart(result.out, between: before, and: Self.now) == """
            {"cross_signed_devices":1,"devices":1,"master":"valid","master_key":"iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc","reasons":[],"self_signing":"valid","signed_by_you":null,"user_id":"@bob:example.org","user_signing":"missing"}
            {"curve25519":"Y3VydmUzY3VydmUzY3VydmUzY3VydmUzY3VydmUzY3U","device_id":"BOB1","ed25519":"E5j2LG0aRXxRumpLXz29L2n8qTIWIY3ImX5Ba9F9k8o","owner_signature":"valid","reasons":[],"self_signature":"valid","user_id":"@bob:example.org","verdict":"cross-signed"}
            {"cross_signed_devices":0,"devices":1,"master":"valid","master_key":"Q6cucUQBdi32a2jCbfvfJoKq7J8kdOykYT5CSg+6/Tw","reasons":["self-signing key: a signature by @mallory:other.example ed25519:Zr5+Myx6RTMyvZ0Kf32wVfXF7xoGraZtmLOftoEMRzo, a key the user has not got (not checked)","self-signing key: no signature by the master key ed25519:Q6cucUQBdi32a2jCbfvfJoKq7J8kdOykYT5CSg+6/Tw"],"self_signing":"invalid","signed_by_you":null,"user_id":"@mallory:other.example","user_signing":"missing"}
            {"curve25519":"Y3VydmU1Y3VydmU1Y3VydmU1Y3VydmU1Y3VydmU1Y3U","device_id":"MALLORY1","ed25519":"kaKKC3Q4FZOk2UaVeSCJJq/IrYLIg5t2RDWbnrqaSzo","owner_signature":"unavailable","reasons":["no valid self-signing key"],"self_signature":"valid","user_id":"@mallory:other.example","verdict":"not-cross-signed"}
            {"summary":{"as":null,"cross_signed":1,"devices":2,"findings":0,"invalid":0,"mxkeys_version":"\(MatrixKeys.version)","not_cross_signed":1,"options":{"user_ids":null},"source":"\(Self.userDevices)","started_at":T,"users":2,"users_with_valid_master":2}}

            """)
    }

    @Test("an altered device and an injected one: invalid, findings, exit 1")
    func findings() throws {
        let dir = try TempDirectory()
        var text = try String(contentsOfFile: Self.keysQuery, encoding: .utf8)
        // ALICE1's display name is not signed; its algorithms are.
        text = text.replacingOccurrences(of: "\"ALICE1's client\"", with: "\"renamed\"")
        text = text.replacingOccurrences(of: "\"BOB1\": {", with: "\"INJECTED\": {")
        let altered = try dir.write("altered.json", text.replacingOccurrences(of: "\"m.megolm.v1.aes-sha2\"\n        ],\n        \"device_id\": \"ALICE1\"", with: "\"m.megolm.v1.aes-sha2\", \"x\"\n        ],\n        \"device_id\": \"ALICE1\""))
        let result = try CLI.run(["devices", "verify", "--json", "--user-id", "@alice:example.org", "--user-id", "@bob:example.org", altered])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[1].contains(#""device_id":"ALICE1""#) && lines[1].contains(#""verdict":"invalid""#))
        #expect(lines[1].contains(#""self_signature":"invalid""#) && lines[1].contains(#""owner_signature":"invalid""#))
        #expect(lines[4] == #"{"curve25519":"Y3VydmUzY3VydmUzY3VydmUzY3VydmUzY3VydmUzY3U","device_id":"INJECTED","ed25519":"E5j2LG0aRXxRumpLXz29L2n8qTIWIY3ImX5Ba9F9k8o","owner_signature":"valid","reasons":["device_id of the device keys is BOB1, not INJECTED, the ID they are filed under"],"self_signature":"valid","user_id":"@bob:example.org","verdict":"invalid"}"#)
        #expect(Self.fixingStart(lines[5], between: 0, and: Self.now) == #"{"summary":{"as":"@alice:example.org","cross_signed":0,"devices":3,"findings":3,"invalid":2,"mxkeys_version":""# + MatrixKeys.version + #"","not_cross_signed":1,"options":{"user_ids":["@alice:example.org","@bob:example.org"]},"source":""# + altered + #"","started_at":T,"users":2,"users_with_valid_master":2}}"#)
    }

    @Test("unusable input: one line, exit 2")
    func badInput() throws {
        let cases: [(String, String)] = [
            (#"{"foo":1}"#, "mxkeys: not a key query response: it has none of device_keys, master_keys, self_signing_keys, user_signing_keys, nor user_id and devices, nor master_key (stdin)\n"),
            ("[]", "mxkeys: no users in the input (stdin)\n"),
            ("nope", "mxkeys: unexpected character 'o' at byte 1 (line 1) (stdin)\n"),
            (#"{"device_keys":{"@a:b":[]}}"#, "mxkeys: device_keys.@a:b is an array, not an object of devices (stdin)\n"),
            (#"{"user_id":"@a:b","devices":[{"device_id":7}]}"#, "mxkeys: devices[0].device_id is an integer, not a string (stdin)\n"),
        ]
        for (input, error) in cases {
            let result = try CLI.run(["devices", "verify"], stdin: Data(input.utf8))
            #expect(result.status == 2, "\(input.prefix(40))")
            #expect(result.out == "")
            #expect(result.err == error)
        }
        let deep = try CLI.run(["devices", "verify"], stdin: Data((#"{"device_keys":"# + String(repeating: "[", count: 100_000)).utf8))
        #expect(deep.status == 2)
        #expect(deep.err.hasPrefix("mxkeys: nesting deeper than 100 levels at byte 114, at $.device_keys[0][0]"))
        #expect(deep.err.hasSuffix(" (line 1) (stdin)\n"))
        // A 10 MB string in a device: a reason, not a crash; a device without keys is invalid, exit 1.
        let huge = #"{"user_id":"@a:b","devices":[{"device_id":"D","keys":{"user_id":"@a:b","device_id":"D","x":""# + String(repeating: "y", count: 10_000_000) + #""}}]}"#
        let big = try CLI.run(["devices", "verify"], stdin: Data(huge.utf8))
        #expect(big.status == 1)
        #expect(big.out.contains("  device D: invalid: keys is missing from the device keys; no valid self-signing key\n"))
        let none = try CLI.run(["devices", "verify", "--user-id", "@nobody:example.org", Self.keysQuery])
        #expect(none.status == 2)
        #expect(none.err == "mxkeys: none of the users asked for is in the input (\(Self.keysQuery))\n")
    }

    @Test("sign-device signs ALICE2 with alice's self-signing key: exact body; a wrong key or an invalid device is refused")
    func signDevice() throws {
        let dir = try TempDirectory()
        let ssk = try dir.write("ssk", try Self.seed("@alice:example.org self_signing") + "\n")
        let result = try CLI.run(["cross-signing", "sign-device", "--keys", Self.keysQuery, "--key", ssk])
        #expect(result.status == 0)
        #expect(result.err == "signing device ALICE2 of @alice:example.org (ed25519 bnoc3Smwt4/ROvTFWY/v9O8qlxZuPKby5Pv8zYBQW/E)\n")
        #expect(result.out == #"{"@alice:example.org":{"ALICE2":{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"ALICE2","keys":{"curve25519:ALICE2":"Y3VydmUyY3VydmUyY3VydmUyY3VydmUyY3VydmUyY3U","ed25519:ALICE2":"bnoc3Smwt4/ROvTFWY/v9O8qlxZuPKby5Pv8zYBQW/E"},"signatures":{"@alice:example.org":{"ed25519:gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q":"JisoFKHlLKlYoXbXLcdgAM1A7yrQb8/2TsmC2dLNSC9zPxiTH7aLFe3IVEOwABfbh97EDaAcT4OxadQsdt6SAw"}},"user_id":"@alice:example.org"}}}"# + "\n")

        let usk = try dir.write("usk", try Self.seed("@alice:example.org user_signing"))
        let wrong = try CLI.run(["cross-signing", "sign-device", "--keys", Self.keysQuery, "--key", usk])
        #expect(wrong.status == 1)
        #expect(wrong.out == "")
        #expect(wrong.err.hasSuffix("mxkeys: the key given is not @alice:example.org's self-signing key (gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q), but 7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E\n"))

        let text = try String(contentsOfFile: Self.keysQuery, encoding: .utf8).replacingOccurrences(of: "\"ALICE2\": {", with: "\"ALICE3\": {")
        let injected = try dir.write("injected.json", text)
        let refused = try CLI.run(["cross-signing", "sign-device", "--keys", injected, "--key", ssk, "--device-id", "ALICE3"])
        #expect(refused.status == 1)
        #expect(refused.err == "mxkeys: device ALICE3 is not signed: it is invalid (device_id of the device keys is ALICE2, not ALICE3, the ID they are filed under; no signature by the self-signing key ed25519:gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q)\n")
    }

    @Test("sign-user: alice signs bob's master key as the querying user; a user without a master key is refused")
    func signUser() throws {
        let dir = try TempDirectory()
        let usk = try dir.write("usk", try Self.seed("@alice:example.org user_signing"))
        let result = try CLI.run(["cross-signing", "sign-user", "--keys", Self.keysQuery, "--user-id", "@bob:example.org", "--key", usk])
        #expect(result.status == 0)
        #expect(result.err == "signing the master key iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc of @bob:example.org as @alice:example.org\n")
        // The signature is the one the other implementation made: ed25519 is deterministic.
        let fixture = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.keysQuery))) as? [String: Any])
        let bobMaster = try #require((fixture["master_keys"] as? [String: Any])?["@bob:example.org"] as? [String: Any])
        let signature = try #require(((bobMaster["signatures"] as? [String: Any])?["@alice:example.org"] as? [String: String])?["ed25519:7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E"])
        #expect(result.out == #"{"@bob:example.org":{"iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc":{"keys":{"ed25519:iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc":"iodf/x6zhFFXes1a/uQFRWVo3XyJ4JCGOgVXvHr0nxc"},"signatures":{"@alice:example.org":{"ed25519:7UkoxijRwsbq6QM4kFmVYSlZJzpcY/k2NsFGFKyHN9E":""# + signature + #""}},"usage":["master"],"user_id":"@bob:example.org"}}}"# + "\n")
        let carol = try CLI.run(["cross-signing", "sign-user", "--keys", Self.keysQuery, "--user-id", "@carol:other.example", "--key", usk])
        #expect(carol.status == 1)
        #expect(carol.err == "mxkeys: @carol:other.example's master key is missing: not signed (no master key)\n")
    }

    @Test("cross-signing new: three keystore entries, an upload body the audit finds valid, keys that sign devices")
    func newKeys() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        let made = try CLI.run(["cross-signing", "new", "--user-id", "@dave:example.org", "--name", "dave"], environment: env)
        #expect(made.status == 0)
        let body = try dir.write("body.json", made.out)
        let audit = try CLI.run(["devices", "verify", "--json", body])
        #expect(audit.status == 0)
        #expect(audit.out.hasPrefix(#"{"cross_signed_devices":0,"devices":0,"master":"valid","master_key":""#))
        #expect(audit.out.contains(#""self_signing":"valid","signed_by_you":null,"user_id":"@dave:example.org","user_signing":"valid"}"#))
        let list = try CLI.run(["keystore", "list"], environment: env)
        #expect(list.out.split(separator: "\n").dropFirst().map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
                == ["dave-master master-key", "dave-self-signing self-signing-key", "dave-user-signing user-signing-key"])
        #expect(made.err.split(separator: "\n").count == 3)
        // All three or none: a second run with the same name makes nothing.
        let again = try CLI.run(["cross-signing", "new", "--user-id", "@dave:example.org", "--name", "dave"], environment: env)
        #expect(again.status == 2)
        #expect(again.out == "")
        #expect(again.err == "mxkeys: keystore entry dave-master already exists\n")
        // The wrong kind of entry is refused.
        let wrongKind = try CLI.run(["cross-signing", "sign-device", "--keys", Self.keysQuery, "--key", "keystore:dave-master"], environment: env)
        #expect(wrongKind.status == 2)
        #expect(wrongKind.err == "mxkeys: keystore entry dave-master is a master-key, not a self-signing-key\n")
    }

    @Test("keystore import of a cross-signing key from a file, then sign-device with it")
    func keystoreImport() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        let ssk = try dir.write("ssk", try Self.seed("@alice:example.org self_signing"))
        let imported = try CLI.run(["keystore", "import", "alice-ssk", "--kind", "self-signing-key", ssk], environment: env)
        #expect(imported.status == 0)
        #expect(imported.out == "alice-ssk  self-signing-key  public key gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q\n")
        let signed = try CLI.run(["cross-signing", "sign-device", "--keys", Self.keysQuery, "--key", "keystore:alice-ssk"], environment: env)
        #expect(signed.status == 0)
        #expect(signed.out.contains(#""JisoFKHlLKlYoXbXLcdgAM1A7yrQb8/2TsmC2dLNSC9zPxiTH7aLFe3IVEOwABfbh97EDaAcT4OxadQsdt6SAw""#))
        let exported = try CLI.run(["keystore", "export", "alice-ssk"], environment: env)
        #expect(exported.out == (try Self.seed("@alice:example.org self_signing")) + "\n")
    }

    @Test("backup trust: trusted by the master key; untrusted when altered, exit 1")
    func backupTrust() throws {
        let result = try CLI.run(["backup", "trust", "--auth-data", Self.authData, "--keys", Self.keysQuery])
        #expect(result.status == 0)
        #expect(result.out == """
            ed25519:ALICE2: device ALICE2 (not-cross-signed): verified
            ed25519:iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w: the master key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w: verified
            trusted: signed by the master key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w

            """)
        let dir = try TempDirectory()
        let text = try String(contentsOfFile: Self.authData, encoding: .utf8).replacingOccurrences(of: "hSDwCYkwp1R0i33ctD73Wg2", with: "AAAAAAAAAAAAAAAAAAAAAAA")
        let altered = try CLI.run(["backup", "trust", "--json", "--auth-data", try dir.write("altered.json", text), "--keys", Self.keysQuery])
        #expect(altered.status == 1)
        #expect(altered.out.contains(#""trusted":false,"user_id":"@alice:example.org","verdict":"untrusted: the signature by device ALICE2 (not-cross-signed) does not verify; the signature by the master key iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w does not verify"}"#))
    }
}
