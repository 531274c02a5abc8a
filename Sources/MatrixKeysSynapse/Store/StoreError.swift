import MatrixKeys

/// Why a homeserver's database cannot be read. Each description is one sentence that names the database
/// as reports do (the SQLite file; PostgreSQL's database, user, and host or socket) and never shows a
/// password.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The SQLite file cannot be opened (missing, unreadable, a directory).
    case file(FileError)
    /// The file is not an SQLite database.
    case notADatabase(String)
    /// Another process held a lock on the SQLite file for longer than the busy timeout.
    case locked(String, seconds: Double)
    /// The PostgreSQL server cannot be reached, or refused the connection (credentials, database name):
    /// the server named, and libpq's own message.
    case connection(String, message: String)
    /// libpq, which is loaded when a PostgreSQL database is first used, cannot be loaded.
    case library(String)
    /// A `--synapse-db` or config value that is not a connection string libpq accepts.
    case connectionString(String)
    /// The database is reachable but is not a homeserver's (no `schema_version` table, say).
    case notHomeserver(String, reason: String)
    /// The schema is one this code does not know: the database, the versions found, and the rule.
    case unknownSchema(String, reason: String)
    /// A query failed: the database, what was being read, and the engine's message.
    case query(String, what: String, message: String)

    public var description: String {
        switch self {
        case .file(let error): return error.description
        case .notADatabase(let name): return "\(name): not an SQLite database"
        case let .locked(name, seconds):
            let waited = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
            return "\(name): the database is locked by another process (waited \(waited) s; a writer holds it: try again, or raise --lock-timeout)"
        case let .connection(name, message): return "cannot connect to \(name): \(message)"
        case .library(let reason): return "PostgreSQL: the client library libpq cannot be loaded (\(reason)); install it (Debian: libpq5)"
        case .connectionString(let reason): return "invalid PostgreSQL connection string: \(reason)"
        case let .notHomeserver(name, reason): return "\(name) is not a Synapse database: \(reason)"
        case let .unknownSchema(name, reason): return "\(name): \(reason)"
        case let .query(name, what, message): return "\(name): reading \(what) failed: \(message)"
        }
    }
}

extension StoreError: MatrixKeysError {}
