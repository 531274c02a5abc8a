import Foundation
import Testing

/// `event verify` on PostgreSQL holds back VACUUM's horizon only with `--snapshot`: by default each
/// batch is a short transaction, so the backend's `backend_xmin` in `pg_stat_activity` keeps up with the
/// transactions committed during the run; with `--snapshot` it stays where the run began.
@Suite("PostgreSQL: short transactions by default, one snapshot with --snapshot")
struct PostgresHorizonTests {
    /// A copy of hs1 with its events 41 times over (each copy under new IDs and stream positions), so
    /// that a run reads several batches.
    static func largeCopy() throws -> String {
        let cluster = try PostgresCluster.get()
        let database = try cluster.copy(of: "hs1")
        try cluster.psql(database, """
            CREATE TEMP TABLE e0 AS SELECT * FROM events;
            CREATE TEMP TABLE j0 AS SELECT * FROM event_json;
            DO $$ BEGIN FOR n IN 1..40 LOOP
                UPDATE e0 SET event_id = event_id || '_', stream_ordering = stream_ordering + 100000;
                UPDATE j0 SET event_id = event_id || '_';
                INSERT INTO events SELECT * FROM e0;
                INSERT INTO event_json SELECT * FROM j0;
            END LOOP; END $$;
            """)
        return database
    }

    /// Runs `event verify --json` on `database`, reading its output a piece at a time; after each piece
    /// another session commits a transaction and reads the age of the mxkeys backend's `backend_xmin`
    /// (in transactions; nil while it holds no snapshot). The ages seen while the backend was connected.
    static func watch(_ database: String, snapshot: Bool) throws -> (status: Int32, events: Int, ages: [Int?]) {
        let cluster = try PostgresCluster.get()
        let application = "mxkeys_horizon_\(UUID().uuidString.prefix(8))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Run.binary)
        process.arguments = ["event", "verify", "--json", "--jobs", "1", "--synapse-db", cluster.conninfo(database, extra: "application_name=\(application)"),
                             "--server-name", Fixtures.hs1.name, "--signing-key", Fixtures.hs1.keyFile] + (snapshot ? ["--snapshot"] : [])
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && !$0.key.hasPrefix("MXKEYS_") }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var ages: [Int?] = []
        var text = Data()
        while true {
            let piece = output.fileHandleForReading.readData(ofLength: 16384)
            if piece.isEmpty { break }
            text.append(piece)
            let sample = try cluster.psql(database, """
                SELECT txid_current(); SELECT coalesce(age(backend_xmin)::text, '-') FROM pg_stat_activity WHERE application_name = '\(application)'
                """).split(separator: "\n").map(String.init)
            if sample.count == 2 { ages.append(Int(sample[1])) }
        }
        process.waitUntilExit()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        let summary = Run.summary(Run.Result(status: process.terminationStatus, stdout: text, stderr: Data()))
        return (process.terminationStatus, summary["events"] as? Int ?? -1, ages)
    }

    @Test("backend_xmin keeps up with the commits made during a run; with --snapshot it is held for the whole run")
    func horizon() throws {
        let database = try Self.largeCopy()
        let events = Fixtures.hs1.events * 41

        let short = try Self.watch(database, snapshot: false)
        #expect(short.status == 1)  // the copies are stored under IDs that are not theirs
        #expect(short.events == events)
        #expect(short.ages.count >= 10, "\(short.ages)")
        // At most the transactions committed while one batch was read: never the run's.
        #expect(short.ages.allSatisfy { ($0 ?? 0) <= 2 }, "\(short.ages)")

        let held = try Self.watch(database, snapshot: true)
        #expect(held.status == 1)
        #expect(held.events == events)
        #expect(held.ages.count >= 10, "\(held.ages)")
        // One snapshot: its age grows by each transaction committed beside it, to the end of the run.
        let ages = held.ages.compactMap { $0 }
        #expect(ages.count == held.ages.count, "\(held.ages)")
        #expect(zip(ages, ages.dropFirst()).allSatisfy { $0 < $1 }, "\(ages)")
        #expect((ages.last ?? 0) >= held.ages.count - 1, "\(ages)")
    }
}
