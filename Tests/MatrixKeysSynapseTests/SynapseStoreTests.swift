import Foundation
import MatrixKeys
import Testing
@testable import MatrixKeysSynapse

/// The Synapse store on the committed fixtures, SQLite and PostgreSQL alike: events with their room
/// versions and Synapse's own view of them, the stored key responses, the schema check, and reading
/// beside a writer.
@Suite("Synapse database reader")
struct SynapseStoreTests {
    /// One stored event as read, comparable across engines.
    struct Row: Equatable {
        let stored: StoredEvent
        let version: String?
        let problem: String?
        let json: [UInt8]
    }

    static func rows(_ store: SynapseStore, _ selection: EventSelection = EventSelection()) throws -> [Row] {
        let reader = try store.events(selection)
        var rows: [Row] = []
        while try reader.nextEvent({ (event, json) -> Void in
            guard case .stored(let stored) = event.location else { throw Run.Failed(description: "not a stored location") }
            rows.append(Row(stored: stored, version: event.version?.identifier, problem: event.problem, json: json.bytes.withUnsafeBytes { Array($0) }))
        }) != nil {}
        #expect(reader.eventsRead == rows.count)
        return rows
    }

    static func postgres(_ database: String) throws -> SynapseStore {
        let cluster = try PostgresCluster.get()
        return try SynapseStore.open(try DatabaseTarget(parsing: cluster.conninfo(database)))
    }

    @Test("every stored event, with its room's version and Synapse's view, reads the same from SQLite and PostgreSQL",
          arguments: [Fixtures.hs1, Fixtures.hs2])
    func eventsBothEngines(server: Fixtures.Server) throws {
        let sqlite = try SynapseStore.open(.sqlite(path: server.database))
        let postgres = try Self.postgres(server.label)
        #expect(sqlite.schemaVersion == 94 && sqlite.compatVersion == 84)
        #expect(postgres.schemaVersion == 94 && postgres.compatVersion == 84)
        // Small batches, so that batching itself is exercised.
        sqlite.batchSize = 7
        postgres.batchSize = 5
        let fromSQLite = try Self.rows(sqlite), fromPostgres = try Self.rows(postgres)
        #expect(fromSQLite.count == server.events)
        #expect(fromSQLite == fromPostgres)
        #expect(fromSQLite.map(\.stored.streamOrdering) == fromSQLite.map(\.stored.streamOrdering).sorted())
        #expect(fromSQLite.filter(\.stored.outlier).count == server.outliers)
        #expect(fromSQLite.filter { $0.stored.outlier }.allSatisfy { $0.stored.streamOrdering < 0 })
        #expect(fromSQLite.filter { $0.stored.rejectionReason != nil }.count == server.rejections)
        #expect(fromSQLite.allSatisfy { $0.problem == nil && !$0.json.isEmpty })
        // Each room's events, under its version.
        for (label, room) in Fixtures.rooms {
            let inRoom = fromSQLite.filter { $0.stored.roomID == room.id }
            #expect(inRoom.count == server.roomEvents[label], "room \(label)")
            #expect(inRoom.allSatisfy { $0.version == room.version }, "room \(label)")
        }
        let censored = Fixtures.event("censored"), redacted = Fixtures.event("redacted")
        #expect(fromSQLite.filter(\.stored.censored).map(\.stored.eventID) == [censored.id])
        #expect(fromSQLite.first { $0.stored.eventID == redacted.id }?.stored.censored == false)
        if server.label == "hs1" {
            let rejected = Fixtures.event("rejected")
            #expect(fromSQLite.filter { $0.stored.rejectionReason != nil }.map { [$0.stored.eventID, $0.stored.rejectionReason ?? ""] }
                    == [[rejected.id, Fixtures.string("events", "rejected", "reason")]])
        }
        #expect(try sqlite.countEvents(EventSelection()) == server.events)
        #expect(try postgres.countEvents(EventSelection()) == server.events)
        #expect(try sqlite.streamSpan() == (try postgres.streamSpan()))
    }

    @Test("selections: rooms, origin_server_ts bounds and stream ranges, the same on both engines")
    func selections() throws {
        let sqlite = try SynapseStore.open(.sqlite(path: Fixtures.hs1.database))
        let postgres = try Self.postgres("hs1")
        let v11 = Fixtures.rooms["v11"]?.id ?? "", v12 = Fixtures.rooms["v12"]?.id ?? ""
        let all = try Self.rows(sqlite)
        let middle = all[all.count / 2].stored.streamOrdering
        let ts: Int64 = 1_796_184_417_771
        let cases: [(EventSelection, Int)] = [
            (EventSelection(rooms: [v11, v12]), (Fixtures.hs1.roomEvents["v11"] ?? 0) + (Fixtures.hs1.roomEvents["v12"] ?? 0)),
            (EventSelection(streamFrom: middle), all.filter { $0.stored.streamOrdering >= middle }.count),
            (EventSelection(streamTo: middle), all.filter { $0.stored.streamOrdering <= middle }.count),
            (EventSelection(since: ts), -1),
            (EventSelection(until: ts), -1),
        ]
        var sinceCount = 0, untilCount = 0
        for (selection, expected) in cases {
            let a = try Self.rows(sqlite, selection), b = try Self.rows(postgres, selection)
            #expect(a == b)
            #expect(try sqlite.countEvents(selection) == a.count)
            if expected >= 0 { #expect(a.count == expected) }
            if selection.since != nil { sinceCount = a.count }
            if selection.until != nil { untilCount = a.count }
        }
        // since and until split the events at the timestamp.
        #expect(sinceCount + untilCount == all.count)
        #expect(sinceCount > 0 && untilCount > 0)
    }

    @Test("stored key responses: one per response, fetched at ts_added_ms; hs2's two rows of one response are one")
    func keyResponses() throws {
        for store in [try SynapseStore.open(.sqlite(path: Fixtures.hs2.database)), try Self.postgres("hs2")] {
            let stored = try store.keyResponses()
            #expect(stored.unusable.isEmpty)
            #expect(stored.responses.count == 1)
            let rows = Fixtures.dictionary("servers", "hs2")["server_keys_json"] as? [[String: Any]] ?? []
            #expect(rows.count == 2)
            let response = stored.responses[0]
            #expect(response.fetchedAt == (rows.first?["ts_added_ms"] as? NSNumber)?.int64Value)
            #expect(response.response.serverName == Fixtures.hs1.name)
            let keyIDs = rows.compactMap { $0["key_id"] as? String }.sorted().joined(separator: ", ")
            let name = store.database.name
            #expect(response.source == .database(name, record: "server_keys_json \(Fixtures.hs1.name) (\(keyIDs))"))
            #expect(Set(response.response.verifyKeys.keys.map(\.description)) == [Fixtures.string("hs1_key_rotation", "new_key_id")])
            #expect(response.response.oldVerifyKeys.map { [$0.key.description, $0.value.key.base64, String($0.value.expiredTS)] }
                    == [[Fixtures.string("hs1_key_rotation", "old_key_id"), Fixtures.string("hs1_key_rotation", "old_public_key"), String(Fixtures.int("hs1_key_rotation", "expired_ts"))]])
        }
        let hs1 = try SynapseStore.open(.sqlite(path: Fixtures.hs1.database)).keyResponses()
        #expect(hs1.responses.map { $0.response.serverName } == [Fixtures.hs2.name])
        #expect(hs1.responses.map(\.fetchedAt) == [1_796_184_408_251])
    }

    @Test("one event by its stored ID, with its room version and Synapse's rejection")
    func eventByID() throws {
        let rejected = Fixtures.event("rejected")
        for store in [try SynapseStore.open(.sqlite(path: Fixtures.hs1.database)), try Self.postgres("hs1")] {
            let record = try store.event(id: rejected.id)
            #expect(record?.stored.roomID == rejected.room)
            #expect(record?.stored.rejectionReason == "auth_error")
            #expect(record?.version == .v6)
            #expect(record?.json?.first == UInt8(ascii: "{"))
            #expect(try store.event(id: "$missing") == nil)
        }
    }

    @Test("the schema check: a known layout is read; too old, too new, a missing column, not Synapse, not SQLite are refused")
    func schemaCheck() throws {
        let scratch = try Scratch()
        func store(_ alter: String) throws -> StoreError? {
            let copy = scratch.file("db-\(UUID().uuidString).db")
            try FileManager.default.copyItem(atPath: Fixtures.hs1.database, toPath: copy)
            try SQLiteTool.execute(copy, alter)
            do {
                _ = try SynapseStore.open(.sqlite(path: copy))
                return nil
            } catch {
                return error
            }
        }
        #expect(try store("UPDATE schema_version SET version = 84; UPDATE schema_compat_version SET compat_version = 94") == nil)
        let old = try store("UPDATE schema_version SET version = 83")
        #expect(old?.description.hasSuffix(": Synapse schema version 83 is older than the layouts mxkeys reads (schema 84, Synapse 1.100, and later): upgrade Synapse first") == true)
        let new = try store("UPDATE schema_compat_version SET compat_version = 95")
        #expect(new?.description.hasSuffix(": Synapse schema compat version 95: this database is no longer readable by schema 94, the newest layout mxkeys knows") == true)
        let column = try store("ALTER TABLE rooms RENAME COLUMN room_version TO version_of_room")
        #expect(column?.description.hasSuffix(": Synapse schema version 94, but its table rooms has no column room_version: not a layout mxkeys knows") == true)
        let table = try store("DROP TABLE rejections")
        #expect(table?.description.hasSuffix(": Synapse schema version 94, but it has no table rejections: not a layout mxkeys knows") == true)

        let empty = scratch.file("empty.db")
        try SQLiteTool.execute(empty, "CREATE TABLE t (x)")
        #expect(throws: StoreError.notHomeserver(empty, reason: "it has no schema_version table")) { try SynapseStore.open(.sqlite(path: empty)) }
        let text = try scratch.write("text.db", "not a database, but a text file long enough to have a header\n")
        #expect(throws: StoreError.notADatabase(text)) { try SynapseStore.open(.sqlite(path: text)) }
        #expect(throws: StoreError.file(FileError(path: scratch.file("none.db"), reason: "no such file or directory"))) {
            try SynapseStore.open(.sqlite(path: scratch.file("none.db")))
        }
        let postgres = try PostgresCluster.get()
        #expect(throws: StoreError.notHomeserver("PostgreSQL database \"empty\" (user postgres, socket \(postgres.directory)/.s.PGSQL.\(postgres.port))", reason: "it has no schema_version table")) {
            try SynapseStore.open(try DatabaseTarget(parsing: postgres.conninfo("empty")))
        }
    }

    @Test("the PostgreSQL session is read-only, statement by statement by default and one REPEATABLE READ transaction with snapshot: a write is refused by the server")
    func postgresReadOnly() throws {
        let cluster = try PostgresCluster.get()
        guard case .postgres(let target) = try DatabaseTarget(parsing: cluster.conninfo("hs1")) else { throw Run.Failed(description: "not postgres") }
        for (snapshot, level) in [(false, "read committed"), (true, "repeatable read")] {
            let database = try PostgresDatabase(target: target, snapshot: snapshot)
            defer { database.close() }
            var readOnly: String? = nil
            try database.query("SHOW transaction_read_only", [], what: "test") { row throws(StoreError) in readOnly = row.text(0) }
            #expect(readOnly == "on")
            var isolation: String? = nil
            try database.query("SHOW transaction_isolation", [], what: "test") { row throws(StoreError) in isolation = row.text(0) }
            #expect(isolation == level)
            #expect(throws: StoreError.query(database.name, what: "test", message: "ERROR:  cannot execute CREATE TABLE in a read-only transaction")) {
                try database.query("CREATE TABLE written_by_mxkeys (x int)", [], what: "test") { _ throws(StoreError) in }
            }
        }
    }

    @Test("an SQLite read is refused by SQLite itself if it writes (query_only), and leaves the file as it was")
    func sqliteReadOnly() throws {
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        let before = try sha256(copy)
        let database = try SQLiteDatabase(path: copy, busySeconds: 1)
        #expect(throws: StoreError.self) { try database.query("CREATE TABLE written (x)", [], what: "test") { _ throws(StoreError) in } }
        database.close()
        #expect(try sha256(copy) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["hs1.db"])
    }

    @Test("shards: K of N equal ranges of stream positions, open at both ends of the span, covering it exactly once")
    func shards() throws {
        #expect(try StreamShard(parsing: "2/4").range(of: -13...62) == (from: 6, to: 24))
        #expect(try StreamShard(parsing: "1/4").range(of: -13...62) == (from: nil, to: 5))
        #expect(try StreamShard(parsing: "4/4").range(of: -13...62) == (from: 44, to: nil))
        #expect(try StreamShard(parsing: "1/1").range(of: 5...5) == (from: nil, to: nil))
        #expect(try StreamShard(parsing: "3/3").range(of: Int64.min...Int64.max) == (from: 3_074_457_345_618_258_602, to: nil))
        for text in ["0/4", "5/4", "1/0", "a/b", "1/", "/2", "1/2/3", "-1/2", "1/2000000"] {
            #expect(throws: StreamShard.ParseError.invalid(text)) { try StreamShard(parsing: text) }
        }
        // Every position of a span falls in exactly one of N shards.
        for count in 1...7 {
            let span: ClosedRange<Int64> = -31...40
            for position in (span.lowerBound - 3)...(span.upperBound + 3) {
                let holders = (1...count).filter { k in
                    let range = (try? StreamShard(index: k, count: count))?.range(of: span)
                    return (range?.from.map { position >= $0 } ?? true) && (range?.to.map { position <= $0 } ?? true)
                }
                #expect(holders.count == 1, "position \(position) of \(count) shards")
            }
        }
    }

    /// A writer in another process: it commits a row every few milliseconds for `seconds`, each commit
    /// waiting for any reader's lock (busy timeout 30 s), and prints the longest wait in milliseconds.
    static let writer = """
        import sqlite3, sys, time
        db = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
        db.execute("CREATE TABLE IF NOT EXISTS mxkeys_test_writer (n INTEGER, t REAL)")
        print("ready", flush=True)
        end = time.monotonic() + float(sys.argv[2])
        longest = 0.0
        n = 0
        while time.monotonic() < end:
            start = time.monotonic()
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO mxkeys_test_writer VALUES (?, ?)", (n, start))
            db.execute("COMMIT")
            longest = max(longest, time.monotonic() - start)
            n += 1
            time.sleep(0.005)
        print(int(longest * 1000), n, flush=True)
        """

    @Test("a writer in another process is never blocked for more than one batch while the events are read slowly")
    func concurrentWriter() throws {
        let scratch = try Scratch()
        let copy = try scratch.copy(Fixtures.hs1.database, as: "hs1.db")
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        writer.arguments = ["python3", "-c", Self.writer, copy, "4"]
        let output = Pipe()
        writer.standardOutput = output
        try writer.run()
        let reading = output.fileHandleForReading
        #expect(String(decoding: reading.readData(ofLength: 6), as: UTF8.self) == "ready\n")

        // Five events a batch, 40 ms of "verification" each: about three seconds of reading, in which a
        // reader that held its lock throughout would block every commit.
        let store = try SynapseStore.open(.sqlite(path: copy), lockTimeout: 30)
        store.batchSize = 5
        let reader = try store.events(EventSelection())
        var count = 0
        let started = Date()
        while try reader.nextEvent({ _, _ in }) != nil {
            count += 1
            usleep(40_000)
        }
        let readSeconds = Date().timeIntervalSince(started)
        writer.waitUntilExit()
        let report = String(decoding: reading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
        #expect(count == Fixtures.hs1.events)
        #expect(readSeconds > 2.5)
        let longest = Int(report.first ?? "") ?? -1, commits = Int((report.last ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        // One batch of five rows reads in well under a millisecond; the bound leaves room for a busy machine.
        #expect(longest >= 0 && longest < 500, "the writer waited \(longest) ms")
        #expect(commits > 100)
    }
}
