import Foundation
import Testing

/// `mxkeys event verify`, `server-keys verify`, `event inspect` and `event id` on a Synapse
/// homeserver's own database: the committed fixtures on SQLite, and the same data on PostgreSQL.
@Suite("mxkeys on a Synapse database")
struct SynapseCommandTests {
    static let censored = Fixtures.event("censored")
    static let rejected = Fixtures.event("rejected")
    static let oldKey = Fixtures.event("old_key")
    static let newKey = Fixtures.event("new_key")

    /// The report of hs1's database, through its config, without the time line.
    static var hs1Report: String {
        let rooms = Fixtures.rooms
        func room(_ label: String) -> String { rooms[label]?.id ?? "" }
        return """
            database: SQLite hs1.db, Synapse schema 94 (compat 84); server \(Fixtures.hs1.name) (hs1.yaml)
            key ring: 3 keys of 2 servers (each stored response fetched at its ts_added_ms)
            \(censored.id) (room \(censored.room), stream 44): censored: content hash differs: the event says cAp2ozrHmnI7wh3Sdh60Hopbi3PJjYGuKTbe78J11rc, its content hashes to CIZxTxi2kxk9wM45JAU2mRlawuZpeDatt0TGLuYYIho; the server pruned it to its redacted form after redacting it (censored)
            \(rejected.id) (room \(rejected.room), stream 60): valid [the server rejected it: \(Fixtures.string("events", "rejected", "reason"))]
            room                                          version  events  valid  redacted  censored  rejected  id mismatches  server rejected  outliers
            \(room("v9-allowed"))            9        7       7      0         0         0         0              0                0
            \(room("v12"))  12       10      10     0         0         0         0              0                0
            \(room("v6"))            6        11      11     0         0         0         0              1                0
            \(room("v11"))            11       15      14     0         1         0         0              0                6
            \(room("v10-restricted"))            10       8       8      0         0         0         0              0                0
            \(room("v1"))            1        11      11     0         0         0         0              0                0
            \(room("v5"))            5        9       9      0         0         0         0              0                6
            71 events: 70 valid, 0 redacted, 1 censored, 0 rejected (SQLite hs1.db, 7 rooms)
            stored under another ID: 0; rejected by the server itself: 1; outliers: 12

            """
    }

    /// stderr holds at most the warning about the fixture's key file (its mode depends on the checkout).
    static func expectOnlyKeyFileWarning(_ result: Run.Result, _ server: Fixtures.Server = Fixtures.hs1) {
        let lines = result.err.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("mxkeys: warning: ") && $0.contains("\(server.label).signing.key is ") && $0.hasSuffix("; chmod 640 it") }, "\(result.err)")
    }

    @Test("hs1's database through its config: each finding explained, the rooms, the totals, exit 0; the same on 1 job and 2")
    func hs1() throws {
        #expect(Fixtures.hs1.events == 71)
        for jobs in ["1", "2"] {
            let result = try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--jobs", jobs])
            #expect(result.status == 0)
            Self.expectOnlyKeyFileWarning(result)
            #expect(Run.withoutTime(result.out) == Self.hs1Report)
        }
        // The events column is the manifest's count of each room.
        let table = Self.hs1Report.split(separator: "\n").filter { $0.hasPrefix("!") }
        for (label, room) in Fixtures.rooms {
            let row = table.first { $0.hasPrefix(room.id + " ") }?.split(separator: " ").map(String.init) ?? []
            #expect(row.count == 10 && row[1] == room.version && Int(row[2]) == Fixtures.hs1.roomEvents[label], "room \(label)")
        }
        let quiet = try Run.mxkeys(["event", "verify", "--synapse-config", "hs1.yaml", "--quiet"])
        #expect(quiet.status == 0)
        #expect(Run.withoutTime(quiet.out) == Self.hs1Report.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).joined(separator: "\n"))
    }

    /// The JSON summary without what differs between engines and runs.
    static func comparable(_ summary: [String: Any]) -> NSDictionary {
        var summary = summary
        summary["database"] = nil
        // The run's own time, and each key's source, which names the database.
        for member in ["events_per_second", "started_at", "elapsed_ms"] { summary[member] = nil }
        if var ring = summary["key_ring"] as? [String: Any] {
            ring["entries"] = (ring["entries"] as? [[String: Any]] ?? []).map { $0.filter { $0.key != "source" } }
            summary["key_ring"] = ring
        }
        return summary as NSDictionary
    }

    /// A JSON value with each `key_source` cut to the record, without the database (or config file)
    /// before it.
    static func withoutDatabase(_ value: Any) -> NSObject {
        if let object = value as? [String: Any] {
            var copy: [String: NSObject] = [:]
            for (key, member) in object {
                if key == "key_source", let text = member as? String, let range = text.range(of: "server_keys_json") {
                    copy[key] = String(text[range.lowerBound...]) as NSString
                } else if key == "key_source", let text = member as? String, text.hasPrefix("old_signing_keys of ") {
                    copy[key] = "old_signing_keys" as NSString
                } else {
                    copy[key] = withoutDatabase(member)
                }
            }
            return copy as NSDictionary
        }
        if let array = value as? [Any] { return array.map(withoutDatabase) as NSArray }
        return value as? NSObject ?? NSNull()
    }

    @Test("--synapse-db without the server's own keys: one warning line that says where they come from; its own events are rejected (exit 1)")
    func noLocalKeys() throws {
        let result = try Run.mxkeys(["event", "verify", "--synapse-db", Fixtures.hs1.database, "--json", "--quiet"])
        #expect(result.status == 1)
        #expect(result.err == "mxkeys: warning: no keys of the server itself (--signing-key with --server-name, --public-key or --server-keys): its own events will not verify; its config (--synapse-config) gives them\n")
        let summary = Run.summary(result)
        #expect((summary["valid"] as? Int) == 24 && (summary["rejected"] as? Int) == 47)
    }

    @Test("--synapse-db with --signing-key: the retired key's ID is named once with where retired keys come from; --old-signing-key gives it")
    func retiredKey() throws {
        let rotation = Fixtures.dictionary("hs1_key_rotation")
        let oldID = rotation["old_key_id"] as? String ?? "", oldKey = rotation["old_public_key"] as? String ?? ""
        let expired = rotation["expired_ts"] as? Int ?? 0
        let base = ["event", "verify", "--synapse-db", Fixtures.hs1.database, "--server-name", Fixtures.hs1.name, "--signing-key", Fixtures.hs1.keyFile, "--quiet"]
        let without = try Run.mxkeys(base)
        #expect(without.status == 1)
        let lines = without.out.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(oldID) } == [
            "note: 42 events of \(Fixtures.hs1.name) signed by key IDs not in the key ring: \(oldID); keys the server retired come from old_signing_keys in its config (--synapse-config), --old-signing-key ed25519:ID=BASE64@EXPIRED_TS, or --public-key",
        ])
        let json = try Run.mxkeys(Array(base.dropLast()) + ["--json", "--quiet"])
        #expect(Run.summary(json)["unknown_own_key_ids"] as? [String] == [oldID])
        let with = try Run.mxkeys(base + ["--old-signing-key", "\(oldID)=\(oldKey)@\(expired)"])
        #expect(with.status == 0, "\(with)")
        #expect(with.out.contains("\n71 events: 70 valid, 0 redacted, 1 censored, 0 rejected"))
        #expect(!with.out.contains("note:"))
        let alone = try Run.mxkeys(["event", "verify", "--synapse-db", Fixtures.hs1.database, "--old-signing-key", "\(oldID)=\(oldKey)@\(expired)"])
        #expect(alone.status == 64)
        #expect(alone.err == "mxkeys: --old-signing-key needs --server-name: the key does not say whose it is\nsee 'mxkeys event verify --help'\n")
    }

    @Test("every stored event verifies alike on SQLite and PostgreSQL: same verdicts, same counts, every computed ID the stored one",
          arguments: [Fixtures.hs1, Fixtures.hs2])
    func bothEngines(server: Fixtures.Server) throws {
        let scratch = try Scratch()
        let sqlite = try Run.mxkeys(["event", "verify", "--synapse-config", server.config, "--json"])
        let postgres = try Run.mxkeys(["event", "verify", "--json"] + Alter.arguments(.postgres(server.label), server, in: scratch))
        for result in [sqlite, postgres] {
            #expect(result.status == 0, "\(result)")
            let summary = Run.summary(result)
            #expect((summary["events"] as? Int) == server.events)
            #expect((summary["valid"] as? Int) == server.events - 1)
            #expect((summary["censored"] as? Int) == 1)
            #expect((summary["redacted"] as? Int) == 0 && (summary["rejected"] as? Int) == 0)
            #expect((summary["id_mismatches"] as? Int) == 0)
            #expect((summary["outliers"] as? Int) == server.outliers)
            #expect((summary["server_rejected"] as? Int) == server.rejections)
            #expect((summary["server_name"] as? String) == server.name)
            let rooms = summary["rooms"] as? [String: [String: Any]] ?? [:]
            for (label, room) in Fixtures.rooms {
                let events: Int? = rooms[room.id]?["events"] as? Int
                #expect(events == server.roomEvents[label], "room \(label)")
                #expect((rooms[room.id]?["room_version"] as? String) == room.version)
            }
            let events = Run.events(result)
            #expect(events.count == server.events)
            // The computed event ID of every stored event is the ID it is stored under.
            #expect(events.allSatisfy { ($0["event_id"] as? String) != nil && ($0["event_id"] as? String) == ($0["stored_event_id"] as? String) })
            #expect(events.filter { ($0["verdict"] as? String) == "censored" }.map { $0["stored_event_id"] as? String } == [Self.censored.id])
        }
        #expect(Self.comparable(Run.summary(sqlite)) == Self.comparable(Run.summary(postgres)))
        // Event by event, the same objects, but for the database each key's source names.
        #expect(Run.events(sqlite).map(Self.withoutDatabase) == Run.events(postgres).map(Self.withoutDatabase))
    }

    @Test("an event edited in the database is reported as redacted; a forged signature as rejected; SQLite and PostgreSQL alike")
    func tampered() throws {
        let scratch = try Scratch()
        let hash = "4ZitfVo0tZKuQiPkowNlDzFhy+F6u47eiqKRlRSzFnA"
        for copy in [try Alter.sqliteCopy(Fixtures.hs1, in: scratch), try Alter.postgresCopy(Fixtures.hs1)] {
            try Alter.event(copy, Self.newKey.id) { $0.replacingOccurrences(of: "signed with hs1's second key", with: "signed with hs1's second key (edited)") }
            try Alter.event(copy, Self.oldKey.id) { $0.replacingOccurrences(of: "\"ed25519:a_TvGV\":\"NJpWJq0", with: "\"ed25519:a_TvGV\":\"NJpWJq1") }
            let result = try Run.mxkeys(["event", "verify", "--quiet"] + Alter.arguments(copy, Fixtures.hs1, in: scratch))
            #expect(result.status == 1)
            let totals = Run.withoutTime(result.out).split(separator: "\n").suffix(2)
            #expect(totals.first?.hasPrefix("71 events: 68 valid, 1 redacted, 1 censored, 1 rejected (") == true, "\(result)")
            #expect(totals.first?.hasSuffix(", 7 rooms)") == true)
            #expect(totals.last == "stored under another ID: 0; rejected by the server itself: 1; outliers: 12")
            // The room of both events: 10 events, 8 valid, 1 redacted, 1 rejected.
            #expect(result.out.split(separator: "\n").first { $0.hasPrefix(Self.newKey.room + " ") }?.split(separator: " ") == ["\(Self.newKey.room)", "12", "10", "8", "1", "0", "1", "0", "0", "0"])
            let lines = try Run.mxkeys(["event", "verify"] + Alter.arguments(copy, Fixtures.hs1, in: scratch)).out.split(separator: "\n")
            #expect(lines.contains { $0 == "\(Self.newKey.id) (room \(Self.newKey.room), stream 56): redacted: content hash differs: the event says \(hash), its content hashes to GQb6xdFNLDIixq7jCYYXDqxMkXm06rTsla+fNO3VwvY" })
            #expect(lines.contains { $0 == "\(Self.oldKey.id) (room \(Self.oldKey.room), stream 54): rejected: \(Fixtures.hs1.name): ed25519:a_TvGV: signature does not verify" })
        }
    }

    @Test("the rotated key verifies only before its expired_ts: at the event's own ts it is outside its validity period")
    func oldKeyExpiry() throws {
        let scratch = try Scratch()
        let expired = Fixtures.int("hs1_key_rotation", "expired_ts"), ts = 1_796_184_417_771
        #expect(expired > ts)
        for (at, verdict) in [(ts + 1, "valid"), (ts, "rejected")] {
            let config = try Alter.config(Fixtures.hs1, database: "  name: sqlite3\n  args:\n    database: \(Fixtures.hs1.database)\n", in: scratch,
                                          replacing: [("expired_ts: \(expired)", "expired_ts: \(at)")])
            let result = try Run.mxkeys(["event", "verify", "--synapse-config", config, "--json", "--room", Self.oldKey.room])
            let event = Run.events(result).first { ($0["stored_event_id"] as? String) == Self.oldKey.id }
            #expect((event?["origin_server_ts"] as? Int) == ts)
            #expect((event?["verdict"] as? String) == verdict)
            if verdict == "rejected" {
                #expect(result.status == 1)
                #expect((event?["reasons"] as? [String]) == ["\(Fixtures.hs1.name): no valid signature (ed25519:a_TvGV: outside its validity period (old key, ts 1796184417771 (2026-12-02T04:06:57.771Z) ≥ expired_ts 1796184417771 (2026-12-02T04:06:57.771Z)))"])
            }
        }
    }

    @Test("--shard K/N: the JSON summaries of the shards add up to the whole, room by room; the ranges meet end to end")
    func shards() throws {
        let scratch = try Scratch()
        for (server, arguments, count) in [
            (Fixtures.hs1, ["--synapse-config", Fixtures.hs1.config], 3),
            (Fixtures.hs2, try Alter.arguments(.postgres("hs2"), Fixtures.hs2, in: scratch), 2),
        ] {
            let whole = Run.summary(try Run.mxkeys(["event", "verify", "--json", "--quiet"] + arguments))
            var sums: [String: Int] = [:]
            var roomSums: [String: [String: Int]] = [:]
            var previousTo: Int? = nil
            for k in 1...count {
                let result = try Run.mxkeys(["event", "verify", "--json", "--quiet", "--shard", "\(k)/\(count)"] + arguments)
                #expect(result.status == 0)
                let summary = Run.summary(result)
                for key in ["events", "valid", "redacted", "censored", "rejected", "id_mismatches", "server_rejected", "outliers"] {
                    sums[key, default: 0] += summary[key] as? Int ?? -1000
                }
                for (room, counts) in summary["rooms"] as? [String: [String: Any]] ?? [:] {
                    for (key, value) in counts { if let value = value as? Int { roomSums[room, default: [:]][key, default: 0] += value } }
                }
                let shard = summary["shard"] as? [String: Any] ?? [:]
                #expect((shard["index"] as? Int) == k && (shard["count"] as? Int) == count)
                if k == 1 { #expect(shard["stream_from"] is NSNull) } else { #expect((shard["stream_from"] as? Int) == (previousTo ?? 0) + 1) }
                if k == count { #expect(shard["stream_to"] is NSNull) }
                previousTo = shard["stream_to"] as? Int
            }
            #expect(sums["events"] == server.events)
            for key in ["events", "valid", "redacted", "censored", "rejected", "id_mismatches", "server_rejected", "outliers"] {
                #expect(sums[key] == whole[key] as? Int, "\(key)")
            }
            for (room, counts) in whole["rooms"] as? [String: [String: Any]] ?? [:] {
                for (key, value) in counts { if let value = value as? Int { #expect(roomSums[room]?[key] == value, "\(room) \(key)") } }
            }
        }
    }

    @Test("the SQLite files are byte-for-byte unchanged after every command, and no journal or WAL file appears")
    func sqliteUnchanged() throws {
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        let before = try sha256(copy), fixtureBefore = try sha256(Fixtures.hs1.database)
        let runs = [
            ["event", "verify", "--synapse-db", copy, "--quiet"],
            ["event", "verify", "--synapse-config", Fixtures.hs1.config, "--quiet"],
            ["server-keys", "verify", "--synapse-db", copy],
            ["event", "inspect", "--synapse-db", copy, "--event", Self.censored.id],
            ["event", "id", "--synapse-db", copy, "--event", Self.censored.id],
        ]
        for arguments in runs {
            let result = try Run.mxkeys(arguments)
            // Without its config, hs1's own events have no keys here: exit 1, a verdict all the same (event
            // inspect ends with event verify's verdict).
            #expect(result.status == (arguments.contains("--synapse-db") && arguments[0] == "event" && arguments[1] != "id" ? 1 : 0), "\(arguments): \(result)")
        }
        #expect(try sha256(copy) == before)
        #expect(try sha256(Fixtures.hs1.database) == fixtureBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["hs1.db"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.path).filter { $0.hasSuffix("-journal") || $0.hasSuffix("-wal") || $0.hasSuffix("-shm") } == [])
    }

    @Test("on PostgreSQL every session is read-only (one REPEATABLE READ READ ONLY transaction with --snapshot): no write statement is issued")
    func postgresReadOnly() throws {
        let cluster = try PostgresCluster.get()
        let application = "mxkeys_readonly_\(UUID().uuidString.prefix(8))"
        let db = cluster.conninfo("hs1", extra: "application_name=\(application)")
        let runs = [
            ["event", "verify", "--synapse-db", db, "--quiet", "--snapshot", "--server-name", Fixtures.hs1.name, "--signing-key", Fixtures.hs1.keyFile],
            ["event", "verify", "--synapse-db", db, "--quiet", "--server-name", Fixtures.hs1.name, "--signing-key", Fixtures.hs1.keyFile],
            ["event", "verify", "--synapse-db", db, "--json", "--shard", "2/3", "--room", Self.censored.room, "--server-name", Fixtures.hs1.name, "--signing-key", Fixtures.hs1.keyFile],
            ["server-keys", "verify", "--synapse-db", db],
            ["event", "inspect", "--synapse-db", db, "--event", Self.rejected.id],
            ["event", "id", "--synapse-db", db, "--event", Self.rejected.id],
        ]
        for arguments in runs {
            let result = try Run.mxkeys(arguments)
            #expect(result.status == 0 || result.status == 1, "\(arguments): \(result)")
        }
        let statements = try cluster.loggedStatements(application: application)
        // One --snapshot run (the first) is one transaction; the others set the session read-only.
        #expect(statements.filter { $0 == "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" }.count == 1)
        #expect(statements.filter { $0 == "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY" }.count == runs.count - 1)
        let reads = ["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", "SELECT ",
                     "DECLARE mxkeys_events NO SCROLL CURSOR FOR SELECT ", "FETCH FORWARD ", "ROLLBACK"]
        let others = statements.filter { statement in !reads.contains { statement.hasPrefix($0) } }
        #expect(others == [], "statements that are not reads")
        #expect(statements.contains { $0.hasPrefix("FETCH FORWARD 500 FROM mxkeys_events") })
        #expect(statements.count > 20)
    }

    /// A writer in another process (as SynapseStoreTests.writer), for `seconds`.
    static func startWriter(_ database: String, seconds: Int) throws -> (Process, FileHandle) {
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        writer.arguments = ["python3", "-c", SynapseStoreTests.writer, database, String(seconds)]
        let output = Pipe()
        writer.standardOutput = output
        try writer.run()
        #expect(String(decoding: output.fileHandleForReading.readData(ofLength: 6), as: UTF8.self) == "ready\n")
        return (writer, output.fileHandleForReading)
    }

    @Test("a database that another process keeps writing to still verifies, and the writer is never held up for long")
    func busyDatabase() throws {
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        let config = try Alter.config(Fixtures.hs1, database: "  name: sqlite3\n  args:\n    database: \(copy)\n", in: scratch)
        let (writer, output) = try Self.startWriter(copy, seconds: 3)
        var runs = 0
        let started = Date()
        while Date().timeIntervalSince(started) < 2.5 {
            let result = try Run.mxkeys(["event", "verify", "--synapse-config", config, "--quiet", "--jobs", "1"])
            #expect(result.status == 0, "\(result)")
            #expect(result.out.contains("71 events: 70 valid, 0 redacted, 1 censored, 0 rejected"))
            runs += 1
        }
        writer.waitUntilExit()
        let report = String(decoding: output.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
        let longest = Int(report.first ?? "") ?? -1
        #expect(runs >= 2)
        #expect(longest >= 0 && longest < 1000, "the writer waited \(longest) ms")
    }

    @Test("a lock held longer than --lock-timeout: one line naming the file and the wait, exit 2")
    func locked() throws {
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.read()
            """, copy]
        // The holder keeps its lock until its standard input ends. (A signal would not do: the child of
        // Process inherits the test threads' blocked signals, so SIGTERM waits.)
        let output = Pipe(), input = Pipe()
        holder.standardOutput = output
        holder.standardInput = input
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        #expect(String(decoding: output.fileHandleForReading.readData(ofLength: 7), as: UTF8.self) == "locked\n")
        let result = try Run.mxkeys(["event", "verify", "--synapse-db", copy, "--lock-timeout", "0.5"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == "mxkeys: \(copy): the database is locked by another process (waited 0.5 s; a writer holds it: try again, or raise --lock-timeout)\n")
    }

    @Test("rows that cannot be checked get a verdict of their own and the run goes on: broken JSON, a room missing from rooms, another event's JSON")
    func rowProblems() throws {
        let scratch = try Scratch()
        let v5 = Fixtures.rooms["v5"]?.id ?? ""
        for copy in [try Alter.sqliteCopy(Fixtures.hs1, in: scratch), try Alter.postgresCopy(Fixtures.hs1)] {
            try Alter.event(copy, Self.newKey.id) { _ in "{\"broken" }
            try Alter.execute(copy, sqlite: "DELETE FROM rooms WHERE room_id = ?", postgres: "SET session_replication_role = replica; DELETE FROM rooms WHERE room_id = '\(v5)'", parameters: [v5])
            // The rejected event's row holds the old-key event's JSON: stored under another ID.
            let other = try Alter.json(copy, event: Self.oldKey.id)
            try Alter.event(copy, Self.rejected.id) { _ in other }
            let result = try Run.mxkeys(["event", "verify"] + Alter.arguments(copy, Fixtures.hs1, in: scratch))
            #expect(result.status == 1)
            let lines = result.out.split(separator: "\n").map(String.init)
            #expect(lines.contains("\(Self.newKey.id) (room \(Self.newKey.room), stream 56): rejected: not valid JSON: unexpected end of input at byte 8"), "\(result)")
            #expect(lines.filter { $0.contains(": rejected: its room \(v5) is not in the rooms table, so its room version is not known") }.count == 9)
            #expect(lines.contains("\(Self.rejected.id) (room \(Self.rejected.room), stream 60): rejected: stored as \(Self.rejected.id), but its event ID is \(Self.oldKey.id) [the server rejected it: auth_error]"))
            #expect(lines.contains { $0.hasPrefix("71 events: 59 valid, 0 redacted, 1 censored, 11 rejected (") })
            #expect(lines.contains("stored under another ID: 1; rejected by the server itself: 1; outliers: 12"))
            #expect(lines.first { $0.hasPrefix(v5 + " ") }?.split(separator: " ") == ["\(v5)", "?", "9", "0", "0", "0", "9", "0", "0", "6"])
        }
    }
}
