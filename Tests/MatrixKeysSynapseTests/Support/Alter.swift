import Foundation
import Testing

/// Copies of the fixture databases, and changes to the events in them, for the tests that need data a
/// real Synapse would not hold (an edited event, a forged signature, a broken row).
enum Alter {
    /// A PostgreSQL copy of `server`'s database, or an SQLite copy in `scratch`.
    enum Copy {
        case sqlite(String)
        case postgres(String)
    }

    static func sqliteCopy(_ server: Fixtures.Server, in scratch: Scratch) throws -> Copy {
        .sqlite(try scratch.copy(server.database, as: "\(server.label)-\(UUID().uuidString.prefix(8)).db"))
    }

    static func postgresCopy(_ server: Fixtures.Server) throws -> Copy {
        .postgres(try PostgresCluster.get().copy(of: server.label))
    }

    /// The event's stored JSON.
    static func json(_ copy: Copy, event: String) throws -> String {
        switch copy {
        case .sqlite(let path):
            let script = "import sqlite3, sys\nrow = sqlite3.connect(sys.argv[1]).execute('SELECT json FROM event_json WHERE event_id = ?', (sys.argv[2],)).fetchone()\nprint(row[0], end='')"
            return try Run.checked("/usr/bin/env", ["python3", "-c", script, path, event]).out
        case .postgres(let database):
            let text = try PostgresCluster.get().psql(database, "SELECT json FROM event_json WHERE event_id = '\(event)'")
            return text.hasSuffix("\n") ? String(text.dropLast()) : text
        }
    }

    /// Replaces the event's stored JSON with `transform` of it.
    static func event(_ copy: Copy, _ event: String, _ transform: (String) -> String) throws {
        let changed = transform(try json(copy, event: event))
        try execute(copy, sqlite: "UPDATE event_json SET json = ? WHERE event_id = ?", postgres: "UPDATE event_json SET json = $mxkeys$\(changed)$mxkeys$ WHERE event_id = '\(event)'", parameters: [changed, event])
    }

    /// Runs SQL on the copy: `sqlite` with `parameters` bound, or `postgres` as it is.
    static func execute(_ copy: Copy, sqlite: String, postgres: String, parameters: [String] = []) throws {
        switch copy {
        case .sqlite(let path):
            let script = "import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\ndb.execute(sys.argv[2], sys.argv[3:])\ndb.commit()"
            try Run.checked("/usr/bin/env", ["python3", "-c", script, path, sqlite] + parameters)
        case .postgres(let database):
            try PostgresCluster.get().psql(database, postgres)
        }
    }

    /// How mxkeys is pointed at the copy: `--synapse-db` with the server's key file, or, for hs1, whose
    /// retired key only its config gives, a config naming the copy.
    static func arguments(_ copy: Copy, _ server: Fixtures.Server, in scratch: Scratch) throws -> [String] {
        switch copy {
        case .sqlite(let path):
            return ["--synapse-config", try config(server, database: "  name: sqlite3\n  args:\n    database: \(path)\n", in: scratch)]
        case .postgres(let database):
            let cluster = try PostgresCluster.get()
            let section = """
                  name: psycopg2
                  args:
                    user: postgres
                    database: \(database)
                    host: \(cluster.directory)
                    port: \(cluster.port)
                    cp_min: 5
                    cp_max: 10

                """
            return ["--synapse-config", try config(server, database: section, in: scratch)]
        }
    }

    /// The server's fixture config with another database section and an absolute signing key path,
    /// and `replacing` applied to its text.
    static func config(_ server: Fixtures.Server, database: String, in scratch: Scratch, replacing: [(String, String)] = []) throws -> String {
        var text = try String(contentsOfFile: server.config, encoding: .utf8)
        let section = "database:\n  name: sqlite3\n  args:\n    database: \(server.label).db\n"
        #expect(text.contains(section))
        text = text.replacingOccurrences(of: section, with: "database:\n" + database)
        text = text.replacingOccurrences(of: "signing_key_path: \(server.label).signing.key", with: "signing_key_path: \(server.keyFile)")
        for (old, new) in replacing {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try scratch.write("\(server.label)-\(UUID().uuidString.prefix(8)).yaml", text, mode: 0o644)
    }
}
