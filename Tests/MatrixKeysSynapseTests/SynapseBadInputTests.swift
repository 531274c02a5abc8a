import Foundation
import Testing

/// Every way a homeserver's database cannot be used gives one `mxkeys:` line and exit 2 (64 for a
/// usage error), prints nothing on standard output, and never shows a password. Also the other
/// commands that read a database, and how libpq's own settings (PGHOST, PGPASSFILE) are honoured.
@Suite("mxkeys on a Synapse database: bad input, other commands, connections")
struct SynapseBadInputTests {
    static func expectError(_ result: Run.Result, _ message: String, status: Int32 = 2, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        #expect(result.out == "", sourceLocation: sourceLocation)
        #expect(result.err == "mxkeys: \(message)\n", sourceLocation: sourceLocation)
    }

    @Test("databases that cannot be used: unreachable, not Synapse's, an unknown schema, not SQLite, missing; configs without a database")
    func unusable() throws {
        let cluster = try PostgresCluster.get()
        let scratch = try Scratch()
        let nowhere = scratch.path
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-db", "host=\(nowhere) port=5 user=postgres dbname=synapse"]),
            "cannot connect to PostgreSQL database \"synapse\" (user postgres, socket \(nowhere)/.s.PGSQL.5): connection to server on socket \"\(nowhere)/.s.PGSQL.5\" failed: No such file or directory Is the server running locally and accepting connections on that socket?")
        // Over TCP on loopback, to a port nothing listens on: the host and port, and the refusal.
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-db", "host=127.0.0.1 port=1 dbname=synapse user=synapse"]),
            "cannot connect to PostgreSQL database \"synapse\" (user synapse, host 127.0.0.1 port 1): connection to server at \"127.0.0.1\", port 1 failed: Connection refused Is the server running on that host and accepting TCP/IP connections?")
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-db", cluster.conninfo("no_such_database")]),
            "cannot connect to PostgreSQL database \"no_such_database\" (user postgres, socket \(cluster.directory)/.s.PGSQL.\(cluster.port)): connection to server on socket \"\(cluster.directory)/.s.PGSQL.\(cluster.port)\" failed: FATAL:  database \"no_such_database\" does not exist")
        Self.expectError(
            try Run.mxkeys(["server-keys", "verify", "--synapse-db", cluster.conninfo("empty")]),
            "PostgreSQL database \"empty\" (user postgres, socket \(cluster.directory)/.s.PGSQL.\(cluster.port)) is not a Synapse database: it has no schema_version table")
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-db", "bogus=1 dbname=x"]),
            "invalid PostgreSQL connection string: invalid connection option \"bogus\"")

        let old = try scratch.copy(Fixtures.hs1.database, as: "old.db")
        try SQLiteTool.execute(old, "UPDATE schema_version SET version = 83")
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-db", old]),
            "\(old): Synapse schema version 83 is older than the layouts mxkeys reads (schema 84, Synapse 1.100, and later): upgrade Synapse first")
        let text = try scratch.write("text.db", "a text file, not a database; long enough to fill a header and more\n")
        Self.expectError(try Run.mxkeys(["event", "verify", "--synapse-db", text]), "\(text): not an SQLite database")
        Self.expectError(try Run.mxkeys(["event", "verify", "--synapse-db", scratch.file("none.db")]), "\(scratch.file("none.db")): no such file or directory")

        let noDatabase = try scratch.write("nodb.yaml", "server_name: example.org\nsigning_key_path: \(Fixtures.hs1.keyFile)\n")
        Self.expectError(
            try Run.mxkeys(["event", "verify", "--synapse-config", noDatabase]),
            "the Synapse config has no database section (\(noDatabase)); give the database with --synapse-db")
        Self.expectError(try Run.mxkeys(["event", "verify", "--synapse-config", scratch.file("none.yaml")]), "\(scratch.file("none.yaml")): no such file or directory")
        let broken = try scratch.write("broken.yaml", "server_name: [unclosed\n")
        Self.expectError(try Run.mxkeys(["server-keys", "verify", "--synapse-config", broken]), "\(broken): not a Synapse config: 2:1: did not find expected ',' or ']' (while parsing a flow sequence at 1:14)")
    }

    @Test("credentials: a wrong password is refused and never shown; the right one from the config, or from PGPASSFILE with PGHOST")
    func credentials() throws {
        let cluster = try PostgresCluster.get()
        let scratch = try Scratch()
        let socket = "\(cluster.directory)/.s.PGSQL.\(cluster.port)"
        let role = PostgresCluster.passwordRole
        let wrong = "Wr0ng-Pass:word@example"
        let uri = "postgresql://\(role):\(wrong.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: "@", with: "%40"))@/hs1?host=\(cluster.directory)&port=\(cluster.port)"
        let refused = try Run.mxkeys(["event", "verify", "--synapse-db", uri])
        Self.expectError(refused, "cannot connect to PostgreSQL database \"hs1\" (user \(role), socket \(socket)): connection to server on socket \"\(socket)\" failed: FATAL:  password authentication failed for user \"\(role)\"")
        #expect(!refused.err.contains("Wr0ng") && !refused.err.contains("%3Aword"))

        func config(password: String?) throws -> String {
            try Alter.config(Fixtures.hs1, database: """
                  name: psycopg2
                  args:
                    user: \(role)
                \(password.map { "    password: \"\($0)\"\n" } ?? "")    database: hs1
                    host: \(cluster.directory)
                    port: \(cluster.port)
                    cp_min: 5

                """, in: scratch)
        }
        let wrongConfig = try Run.mxkeys(["event", "verify", "--synapse-config", try config(password: wrong), "--json"])
        #expect(wrongConfig.status == 2)
        #expect(!(wrongConfig.out + wrongConfig.err).contains("Wr0ng"))
        #expect(wrongConfig.err.hasSuffix("failed: FATAL:  password authentication failed for user \"\(role)\"\n"))

        let right = try Run.mxkeys(["event", "verify", "--synapse-config", try config(password: PostgresCluster.password), "--json"])
        #expect(right.status == 0, "\(right)")
        #expect((Run.summary(right)["events"] as? Int) == Fixtures.hs1.events)
        #expect((Run.summary(right)["database"] as? String) == "PostgreSQL database \"hs1\" (user \(role), socket \(socket))")
        #expect(!(right.out + right.err).contains(PostgresCluster.password))

        let none = try Run.mxkeys(["event", "verify", "--synapse-config", try config(password: nil)])
        Self.expectError(none, "cannot connect to PostgreSQL database \"hs1\" (user \(role), socket \(socket)): connection to server on socket \"\(socket)\" failed: fe_sendauth: no password supplied")

        // libpq's own environment: the server from PGHOST and PGPORT, the password from PGPASSFILE.
        let passfile = try scratch.write("pgpass", "*:*:*:\(role):\(PostgresCluster.password)\n")
        let environment = ["PGHOST": cluster.directory, "PGPORT": cluster.port, "PGPASSFILE": passfile, "PGUSER": role, "PGDATABASE": "hs2"]
        let fromEnvironment = try Run.mxkeys(["server-keys", "verify", "--synapse-db", "postgresql://"], environment: environment)
        #expect(fromEnvironment.status == 0, "\(fromEnvironment)")
        #expect(fromEnvironment.out.hasPrefix("database: PostgreSQL database \"hs2\" (user \(role), socket \(socket)), Synapse schema 94 (compat 84)\n"))
        #expect(!fromEnvironment.out.contains(PostgresCluster.password))
        let conninfo = try Run.mxkeys(["event", "verify", "--synapse-db", "dbname=hs2 sslmode=disable", "--quiet", "--server-name", Fixtures.hs2.name, "--signing-key", Fixtures.hs2.keyFile], environment: environment)
        #expect(conninfo.status == 0, "\(conninfo)")
        #expect(conninfo.out.contains("70 events: 69 valid, 0 redacted, 1 censored, 0 rejected (PostgreSQL database \"hs2\" (user \(role), socket \(socket)), 7 rooms)\n"))
        // A service file names the server, the database and the user.
        let services = try scratch.write("pg_service.conf", "[synapse_test]\nhost=\(cluster.directory)\nport=\(cluster.port)\nuser=postgres\ndbname=hs1\n")
        let service = try Run.mxkeys(["server-keys", "verify", "--synapse-db", "service=synapse_test"], environment: ["PGSERVICEFILE": services])
        #expect(service.status == 0, "\(service)")
        #expect(service.out.hasPrefix("database: PostgreSQL database \"hs1\" (user postgres, socket \(socket)), Synapse schema 94 (compat 84)\n"))
    }

    @Test("usage errors are exit 64 with one mxkeys: line: options that need a database, and a database with what reads a file")
    func usage() throws {
        let cases: [([String], String)] = [
            (["event", "verify", "--synapse-config", "hs1.yaml", "--room-version", "11"], "leave out --room-version with --synapse-config or --synapse-db: the database knows each room's version"),
            (["event", "verify", "--synapse-config", "hs1.yaml", "room.jsonl"], "give an input file or a database (--synapse-config, --synapse-db), not both"),
            (["event", "verify", "--synapse-config", "hs1.yaml", "--synapse-db", "hs1.db"], "give --synapse-config or --synapse-db, not both (the config names its database)"),
            (["event", "verify", "--room-version", "11", "--public-key", "a:ed25519:x=AAAA", "--room", "!r:x"], "--room, --since, --until, --shard, --server-name and --signing-key select from a database: give --synapse-config or --synapse-db"),
            (["event", "verify", "--synapse-config", "hs1.yaml", "--shard", "4/3"], "--shard: \"4/3\" is not a shard: give K/N with 1 <= K <= N <= 1000000 (for example 2/8)"),
            (["event", "verify", "--synapse-db", "hs1.db", "--signing-key", "hs1.signing.key"], "--signing-key needs --server-name: the key file does not say whose it is"),
            (["event", "verify", "--synapse-config", "hs1.yaml", "--server-name", "x", "--signing-key", "hs1.signing.key"], "--server-name and --signing-key are for --synapse-db: the config names the server and its keys"),
            (["event", "verify", "--synapse-config", "hs1.yaml", "--since", "2026-12-03T00:00:00Z", "--until", "2026-12-02T00:00:00Z"], "--since must be before --until"),
            (["event", "verify"], "missing expected argument '--room-version <version>' (or read stored events from a Synapse database: --synapse-config FILE or --synapse-db DB)"),
            (["event", "inspect", "--synapse-config", "hs1.yaml"], "give the stored event with --event EVENT_ID"),
            (["event", "id", "--room-version", "11", "--event", "$x"], "--event reads a stored event: give --synapse-config or --synapse-db"),
            (["event", "id", "--synapse-db", "hs1.db", "--event", "$x", "--lines"], "--lines reads a file; a database is read with --event"),
            (["event", "verify", "--synapse-db", "hs1.db", "--lock-timeout", "3601"], "--lock-timeout must be between 0 and 3600 seconds"),
        ]
        for (arguments, message) in cases {
            let result = try Run.mxkeys(arguments)
            #expect(result.status == 64, "\(arguments): \(result)")
            #expect(result.err.split(separator: "\n").first.map(String.init) == "mxkeys: \(message)", "\(arguments)")
            #expect(result.out == "")
        }
    }

    @Test("server-keys verify lists every stored response: its server, source, fetch time, keys and windows, signatures")
    func serverKeys() throws {
        let rotation = Fixtures.dictionary("hs1_key_rotation")
        let result = try Run.mxkeys(["server-keys", "verify", "--synapse-config", "hs2.yaml", "--at", "1796184422018"])
        #expect(result.status == 0)
        #expect(result.out == """
            database: SQLite hs2.db, Synapse schema 94 (compat 84); server \(Fixtures.hs2.name) (hs2.yaml)
            hs2.db: server_keys_json \(Fixtures.hs1.name) (\(rotation["old_key_id"] ?? ""), \(rotation["new_key_id"] ?? "")): \(Fixtures.hs1.name)
              fetched at 1796184422180 (2026-12-02T04:07:02.180Z)
              self-signature: valid (\(rotation["new_key_id"] ?? ""): verified)
              \(rotation["old_key_id"] ?? "") old, expired at \(rotation["expired_ts"] ?? "") (2026-12-02T04:06:59.756Z): \(rotation["old_public_key"] ?? "") - not valid at 1796184422018 (2026-12-02T04:07:02.018Z) (old key, ts 1796184422018 (2026-12-02T04:07:02.018Z) ≥ expired_ts 1796184419756 (2026-12-02T04:06:59.756Z))
              \(rotation["new_key_id"] ?? "") current, valid until 1796270821712 (2026-12-03T04:07:01.712Z): \(rotation["new_public_key"] ?? "") - valid at 1796184422018 (2026-12-02T04:07:02.018Z)
            1 response checked: 1 valid, 0 refused

            """)
        let json = try Run.mxkeys(["server-keys", "verify", "--synapse-db", Fixtures.hs1.database, "--json"])
        #expect(json.status == 0)
        let row = (Fixtures.dictionary("servers", "hs1")["server_keys_json"] as? [[String: Any]])?.first ?? [:]
        #expect(json.out == #"{"fetched_at":\#(row["ts_added_ms"] ?? ""),"fetched_at_assumed":false,"keys":[{"effective_valid_until_ts":\#(row["ts_valid_until_ms"] ?? ""),"key":"\#(Fixtures.hs2.publicKey)","key_id":"\#(Fixtures.hs2.keyID)","kind":"current","valid_until_ts":\#(row["ts_valid_until_ms"] ?? "")}],"notary_signatures":[],"self_signature":{"entity":"\#(Fixtures.hs2.name)","signatures":[{"key_id":"\#(Fixtures.hs2.keyID)","result":"verified"}],"valid":true},"server_name":"\#(Fixtures.hs2.name)","source":"\#(Fixtures.hs1.database): server_keys_json \#(Fixtures.hs2.name) (\#(Fixtures.hs2.keyID))","used":true}"# + "\n"
                + #"{"summary":{"refused":0,"responses":1,"valid":1}}"# + "\n")
        // A row that is not a key response: listed as such, exit 1.
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        try SQLiteTool.execute(copy, "UPDATE server_keys_json SET key_json = CAST('{\"server_name\": 5}' AS BLOB)")
        let bad = try Run.mxkeys(["server-keys", "verify", "--synapse-db", copy])
        #expect(bad.status == 1)
        #expect(bad.out.hasSuffix("\(copy): server_keys_json \(Fixtures.hs2.name) (\(Fixtures.hs2.keyID)): not a key response: $.server_name: missing or not a non-empty string\n0 responses checked: 0 valid, 0 refused, 1 not a key response\n"), "\(bad)")
    }

    @Test("event inspect and event id read one stored event by its ID, under its room's version")
    func oneEvent() throws {
        let rejected = Fixtures.event("rejected"), censored = Fixtures.event("censored")
        let inspect = try Run.mxkeys(["event", "inspect", "--synapse-config", "hs1.yaml", "--event", rejected.id])
        #expect(inspect.status == 0)
        #expect(inspect.out.hasPrefix("room version:     6 (redaction rules v6, strict canonical JSON)\nevent ID:         \(rejected.id)\n"))
        #expect(inspect.out.contains("""
            stored as:        \(rejected.id) (the event's ID)
            room:             \(rejected.room)
            stream position:  60
            server's verdict: rejected (auth_error)
            censored:         no
            key ring: 3 keys of 2 servers (each stored response fetched at its ts_added_ms)

            """))
        // The signatures checked with the homeserver's keys, and event verify's verdict: valid (the
        // server rejected it by the room's rules, not for its signatures).
        #expect(inspect.out.hasSuffix("verdict: valid\n"))
        let json = try Run.mxkeys(["event", "inspect", "--synapse-config", "hs1.yaml", "--event", censored.id, "--json"])
        #expect(json.status == 0)
        #expect(json.out.contains(#""stored":{"censored":true,"id_matches":true,"outlier":false,"room_id":"\#(censored.room)","stored_event_id":"\#(censored.id)","stream_ordering":44},"verdict":"censored"}"# + "\n"))
        #expect(json.out.contains(#""content_hash":{"claimed":"cAp2ozrHmnI7wh3Sdh60Hopbi3PJjYGuKTbe78J11rc","computed":"CIZxTxi2kxk9wM45JAU2mRlawuZpeDatt0TGLuYYIho","result":"differs"}"#))

        // Room versions 1 and 12: the ID carried in the event, and the reference hash.
        let v1 = try Run.mxkeys(["event", "id", "--synapse-db", "hs1.db", "--event", "$17961844070ffoxm:localhost:8481"])
        #expect(v1.status == 0 && v1.out == "$17961844070ffoxm:localhost:8481\n")
        let newKey = Fixtures.event("new_key")
        let v12 = try Run.mxkeys(["event", "id", "--synapse-config", "hs2.yaml", "--event", newKey.id])
        #expect(v12.status == 0 && v12.out == newKey.id + "\n")
        let reference = try Run.mxkeys(["event", "id", "--synapse-config", "hs1.yaml", "--event", censored.id, "--reference-hash"])
        #expect(reference.out == "sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY/CX02A\n")

        // Stored under another event's ID: the computed ID, and exit 1.
        let scratch = try Scratch()
        let copy = try Alter.sqliteCopy(Fixtures.hs1, in: scratch)
        let other = try Alter.json(copy, event: censored.id)
        try Alter.event(copy, rejected.id) { _ in other }
        guard case .sqlite(let path) = copy else { return }
        let mismatch = try Run.mxkeys(["event", "id", "--synapse-db", path, "--event", rejected.id])
        #expect(mismatch.status == 1)
        #expect(mismatch.out == censored.id + "\n")
        #expect(mismatch.err == "mxkeys: \(rejected.id) is stored under that ID, but its event ID is \(censored.id)\n")

        Self.expectError(try Run.mxkeys(["event", "inspect", "--synapse-db", "hs1.db", "--event", "$nope"]), "no event $nope in SQLite hs1.db")
    }

    @Test("--room, --since and --until select the stored events; none selected is exit 2, an empty shard is not")
    func selection() throws {
        let v11 = Fixtures.rooms["v11"]?.id ?? "", v12 = Fixtures.rooms["v12"]?.id ?? ""
        let two = try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--room", v11, "--room", v12, "--quiet"])
        #expect(two.status == 0)
        let count = (Fixtures.hs1.roomEvents["v11"] ?? 0) + (Fixtures.hs1.roomEvents["v12"] ?? 0)
        #expect(two.out.contains("\(count) events: \(count - 1) valid, 0 redacted, 1 censored, 0 rejected (SQLite hs1.db, 2 rooms)\n"))
        let since = Run.summary(try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--json", "--quiet", "--since", "1796184417771"]))
        let until = Run.summary(try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--json", "--quiet", "--until", "2026-12-02T04:06:57.771Z"]))
        #expect((since["events"] as? Int ?? 0) + (until["events"] as? Int ?? 0) == Fixtures.hs1.events)
        #expect((since["events"] as? Int ?? 0) > 0 && (until["events"] as? Int ?? 0) > 0)
        Self.expectError(try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--room", "!nowhere:x"]), "no stored events match the selection (SQLite hs1.db)")
        let emptyShard = try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--room", "!nowhere:x", "--shard", "1/2", "--json"])
        #expect(emptyShard.status == 0)
        #expect((Run.summary(emptyShard)["events"] as? Int) == 0)
    }
}
