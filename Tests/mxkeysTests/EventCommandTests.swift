import Foundation
import Testing

/// The bundled sample room (examples/, made by examples/make-sample.sh).
enum Sample {
    static let room = CLI.repository.appendingPathComponent("examples/room.jsonl").path
    static let altered = CLI.repository.appendingPathComponent("examples/altered.json").path
    static let roomV5 = CLI.repository.appendingPathComponent("examples/room-v5.jsonl").path
    static let keys = CLI.repository.appendingPathComponent("examples/keys").path
    static func keyFile(_ server: String) -> String { CLI.repository.appendingPathComponent("examples/keys/\(server).json").path }
}

@Suite("mxkeys event and room-versions")
struct EventCommandTests {
    @Test("event id --lines gives one ID per event of the sample room")
    func ids() throws {
        let result = try CLI.run(["event", "id", "--room-version", "11", "--lines", Sample.room])
        #expect(result.status == 0)
        let ids = result.out.split(separator: "\n")
        #expect(ids.count == 292)
        #expect(ids[0] == "$BdJtJeQcHeS74SddZYLasOcdSwTepQaVOvZ22QvYyC0")
        #expect(ids[39] == "$L7Yj3cvbICqFNBl7YZoL_A5xq4maIrY4D067SRQrFgU")
        // Each event's prev_events names the one before it (the edit after signing changed no ID).
        let lines = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")
        #expect(lines[40].contains("\"prev_events\":[\"\(ids[39])\"]"))
        let reference = try CLI.run(["event", "id", "--room-version", "11", "--reference-hash", Sample.altered])
        #expect(reference.out == "L7Yj3cvbICqFNBl7YZoL/A5xq4maIrY4D067SRQrFgU\n")
    }

    @Test("event hash: prints the hash; --check exits 0 on a match and 1 on the altered events")
    func hash() throws {
        let checked = try CLI.run(["event", "hash", "--check", "--room-version", "11", "--lines", Sample.room])
        #expect(checked.status == 1)
        let results = checked.out.split(separator: "\n")
        #expect(results.count == 292)
        #expect(results.filter { $0 == "content hash matches" }.count == 290)
        #expect(results[5] == "content hash differs: the event says 1PAKkyyokLT6K8p13JINra7cLX0Ye1P+H/qRY/EdON8, its content hashes to tL/jg7iAdvr1N0JM63czPQ7nQ+C0TsmmEM+C+DNfzd4")
        let altered = try CLI.run(["event", "hash", "--check", "--room-version", "11", Sample.altered])
        #expect(altered.status == 1)
        #expect(altered.out == "content hash differs: the event says 0zvdbRPYXP826oiqN1Lbo6Y9NU9icgfQb1OgSb/faOI, its content hashes to h72Fr4L4gyj+vt49b9xiBqIXDf3BNZowRkPLgxmFSaY\n")
        let printed = try CLI.run(["event", "hash", "--room-version", "11", Sample.altered])
        #expect(printed.out == "h72Fr4L4gyj+vt49b9xiBqIXDf3BNZowRkPLgxmFSaY\n")
    }

    @Test("event redact, then verify: the altered event's signature still holds on its redacted form")
    func redactVerify() throws {
        let redacted = try CLI.run(["event", "redact", "--room-version", "11", Sample.altered])
        #expect(redacted.status == 0)
        #expect(!redacted.out.contains("body"))
        let verified = try CLI.run(["verify", "--server", "other.example", "--server-keys", Sample.keyFile("other.example")], stdin: redacted.stdout)
        #expect(verified.status == 0)
        #expect(verified.out == "other.example ed25519:a_other: verified\nvalid\n")
    }

    @Test("event inspect --json explains the altered event")
    func inspect() throws {
        let result = try CLI.run(["event", "inspect", "--room-version", "11", "--json", Sample.altered])
        #expect(result.status == 0)
        #expect(result.out == #"{"content_hash":{"claimed":"0zvdbRPYXP826oiqN1Lbo6Y9NU9icgfQb1OgSb/faOI","computed":"h72Fr4L4gyj+vt49b9xiBqIXDf3BNZowRkPLgxmFSaY","result":"differs"},"event_id":"$L7Yj3cvbICqFNBl7YZoL_A5xq4maIrY4D067SRQrFgU","redaction_removes":{"content":["body","msgtype"],"top_level":[]},"reference_hash":"L7Yj3cvbICqFNBl7YZoL/A5xq4maIrY4D067SRQrFgU","required_signers":[{"reasons":["server of the sender @bob:other.example"],"server":"other.example"}],"room_version":"11","signatures":{"other.example":["ed25519:a_other"]},"signatures_checked":false}"# + "\n")
        let human = try CLI.run(["event", "inspect", "--room-version", "11", Sample.altered])
        #expect(human.out.contains("required signers:\n  other.example: server of the sender @bob:other.example\n"))
        // Without keys, it says that the signatures were not checked.
        #expect(human.out.hasSuffix("signatures present:\n  other.example: ed25519:a_other\nsignatures: not checked (no keys given: --server-keys PATH or --public-key SERVER:ed25519:ID=BASE64)\n"))
    }

    @Test("event sign then hash --check and verify, round trip through the CLI")
    func sign() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let event = #"{"type":"m.room.message","sender":"@a:domain","room_id":"!r:domain","content":{"body":"hi"},"origin_server_ts":5,"depth":1,"prev_events":[],"auth_events":[]}"#
        let signed = try CLI.run(["event", "sign", "--room-version", "10", "--server", "domain", "--key", key], stdin: Data(event.utf8))
        #expect(signed.status == 0)
        let check = try CLI.run(["event", "hash", "--check", "--room-version", "10"], stdin: signed.stdout)
        #expect(check.out == "content hash matches\n")
        let redacted = try CLI.run(["event", "redact", "--room-version", "10"], stdin: signed.stdout)
        let verified = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: redacted.stdout)
        #expect(verified.status == 0)
    }

    @Test("event room-id for a v12 create event; a create event with room_id is exit 2")
    func roomID() throws {
        let create = #"{"type":"m.room.create","sender":"@a:x","content":{"room_version":"12"},"origin_server_ts":1,"depth":1,"auth_events":[],"prev_events":[],"state_key":""}"#
        let result = try CLI.run(["event", "room-id"], stdin: Data(create.utf8))
        #expect(result.status == 0)
        #expect(result.out == "!dSyOQCCwb5cYDmieA-6NYFZrjW7k1hbrDxMLAF8g_Ew\n")
        let bad = try CLI.run(["event", "room-id"], stdin: Data(#"{"type":"m.room.create","room_id":"!r:x","sender":"@a:x","content":{}}"#.utf8))
        #expect(bad.status == 2)
        #expect(bad.err == "mxkeys: a room version 12 create event must not have a room_id: its room ID is derived from its reference hash (stdin)\n")
    }

    @Test("room versions: an unknown one lists the known ones; the flag is required")
    func versions() throws {
        let unknown = try CLI.run(["event", "id", "--room-version", "13", Sample.altered])
        #expect(unknown.status == 64)
        #expect(unknown.err == "mxkeys: unknown room version \"13\" (known: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) (--room-version)\n")
        let missing = try CLI.run(["event", "id", Sample.altered])
        #expect(missing.status == 64)
        #expect(missing.err == "mxkeys: missing expected argument '--room-version <version>' (or read stored events from a Synapse database: --synapse-config FILE or --synapse-db DB)\nsee 'mxkeys event id --help'\n")
        let table = try CLI.run("room-versions")
        let rows = table.out.split(separator: "\n")
        #expect(rows.count == 13)
        #expect(rows[0] == "version  event ID                       redaction  canonical JSON  key validity  restricted joins  room ID")
        #expect(rows[12] == "12       $ + base64url(reference hash)  v11        strict          enforced      yes               from create event")
        let json = try CLI.run("room-versions", "--json")
        #expect(json.out.hasPrefix(#"[{"enforce_key_validity":false,"event_id_format":"chosen by origin","redaction_rules":"v1","restricted_join_signatures":false,"room_id_from_create_event":false,"strict_canonical_json":false,"version":"1"}"#))
    }

    @Test("a stream with a malformed line: reported in its place, the run goes on, exit 1; --fail-fast stops there (exit 2); v5 is lax and v6 strict")
    func streams() throws {
        let stream = #"{"type":"x","sender":"@a:b","content":{"n":1.5}}"# + "\n{oops}\n" + #"{"type":"y","sender":"@a:b"}"# + "\n"
        let lax = try CLI.run(["event", "id", "--room-version", "5", "--lines"], stdin: Data(stream.utf8))
        #expect(lax.status == 1)
        #expect(lax.out.split(separator: "\n").count == 2)
        #expect(lax.err == "mxkeys: line 2: unexpected character 'o' at byte 1 (stdin)\n")
        let failFast = try CLI.run(["event", "id", "--room-version", "5", "--lines", "--fail-fast"], stdin: Data(stream.utf8))
        #expect(failFast.status == 2)
        #expect(failFast.out.split(separator: "\n").count == 1)
        #expect(failFast.err == "mxkeys: line 2: unexpected character 'o' at byte 1 (stdin)\n")
        let strict = try CLI.run(["event", "id", "--room-version", "6", "--lines"], stdin: Data(stream.utf8))
        #expect(strict.status == 1)
        #expect(strict.out.split(separator: "\n").count == 1)
        #expect(strict.err == "mxkeys: line 1: 1.5 is not an integer (strict canonical JSON allows integers only) at byte 43, at $.content.n (stdin)\nmxkeys: line 2: unexpected character 'o' at byte 1 (stdin)\n")
        let array = try CLI.run(["event", "id", "--room-version", "11", "--lines"], stdin: Data("{\"type\":\"x\"}\n[1]\n".utf8))
        #expect(array.status == 1)
        #expect(array.out.split(separator: "\n").count == 1)
        #expect(array.err == "mxkeys: line 2: the event must be a JSON object (stdin)\n")
        // --json: an object per line, the bad one in its place.
        let json = try CLI.run(["event", "id", "--room-version", "11", "--lines", "--json"], stdin: Data("{\"type\":\"x\"}\n[1]\n".utf8))
        #expect(json.status == 1)
        #expect(json.out == #"{"event_id":"$wQM44EEMIkhhycXEobkIQJ7rYh8NkIlP0h0Et6OYPSE","line":1}"# + "\n" + #"{"error":"the event must be a JSON object","line":2}"# + "\n")
        #expect(json.err == "")
        // No line that is JSON at all: one error, exit 2.
        let none = try CLI.run(["event", "id", "--room-version", "11", "--lines"], stdin: Data("xyz\n?\n".utf8))
        #expect(none.status == 2)
        #expect(none.err == "mxkeys: no line of the input could be read; line 1: unexpected character 'x' at byte 0 (stdin)\n")
    }
}
