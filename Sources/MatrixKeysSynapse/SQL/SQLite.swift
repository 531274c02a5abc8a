internal import CSQLite
import MatrixKeys
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// An SQLite database opened read-only (`SQLITE_OPEN_READONLY`, and `PRAGMA query_only` besides), safe
/// beside a running homeserver: every read is a short transaction of its own (a batch of rows, then the
/// statement is reset, which ends it), so that a writer waits at most one batch; a lock held longer than
/// the busy timeout is an error that says so. SQLite writers wait for readers unless the database is in
/// WAL mode, which is why no read may be long.
///
/// How it is opened depends on what lies beside it (`SQLiteOpening`): a WAL-mode database that no
/// process has open and whose `-wal` file is missing or empty holds everything in its main file, and is
/// read as immutable, which takes no lock and creates no `-wal` or `-shm` file (so a user who cannot
/// write the directory can read it, and a run leaves nothing behind); any other is opened as SQLite
/// readers are, with its WAL, which needs the `-shm` file.
final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
    let dialect = SQLDialect.sqlite
    let name: String
    private var handle: OpaquePointer?
    private let busySeconds: Double
    /// How the file was opened.
    let opening: SQLiteOpening
    /// The connection is used by one thread at a time: the caller's, or a reader's read-ahead thread.
    let serial = Mutex(())

    /// Opens `path` read-only; `busySeconds` is how long a read waits for another process's lock. With
    /// `snapshot`, the whole session is one read transaction (one point in time; in WAL mode a running
    /// homeserver cannot checkpoint past it, so its -wal file grows for the run).
    init(path: String, busySeconds: Double, snapshot: Bool = false) throws(StoreError) {
        name = path
        self.busySeconds = busySeconds
        do { opening = try SQLiteOpening(path: path) } catch { throw .file(error) }
        var db: OpaquePointer?
        let code = sqlite3_open_v2(opening.filename, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        handle = db
        guard code == SQLITE_OK, db != nil else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            close()
            throw .file(FileError(path: path, reason: message))
        }
        sqlite3_busy_timeout(db, Int32(min(busySeconds * 1000, Double(Int32.max)).rounded()))
        // A second guard: no statement of this connection may write, whatever it is.
        try execute("PRAGMA query_only = ON", what: "the database")
        // The first read opens the WAL and its -shm file, when there is one: a reader that cannot is
        // told here what it needs (`failure`), rather than at some later query.
        if snapshot { try execute("BEGIN", what: "a read transaction") }
        try execute("SELECT count(*) FROM sqlite_master", what: "the database")
    }

    deinit { close() }

    func close() {
        serial.withLock { _ in
            if let handle { sqlite3_close_v2(handle) }
            handle = nil
        }
    }

    var isOpen: Bool { handle != nil }

    /// The error for a failed call, by its result code.
    func failure(_ code: Int32, what: String) -> StoreError {
        let primary = code & 0xFF
        if opening.mode == .withWAL, primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN {
            return .file(FileError(path: name, reason: SQLiteOpening.walNeedsShm))
        }
        if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { return .locked(name, seconds: busySeconds) }
        if primary == SQLITE_NOTADB { return .notADatabase(name) }
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        return .query(name, what: what, message: message)
    }

    private func execute(_ sql: String, what: String) throws(StoreError) {
        let statement = try prepare(sql, what: what)
        defer { sqlite3_finalize(statement) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code, what: what) }
    }

    func prepare(_ sql: String, what: String) throws(StoreError) -> OpaquePointer {
        guard let handle else { throw .query(name, what: what, message: "the database is closed") }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw failure(code, what: what) }
        return statement
    }

    func bind(_ parameters: [SQLParameter], to statement: OpaquePointer, what: String) throws(StoreError) {
        for (index, parameter) in parameters.enumerated() {
            let position = Int32(index + 1)
            let code: Int32
            switch parameter {
            case .integer(let value): code = sqlite3_bind_int64(statement, position, value)
            case .text(let value): code = sqlite3_bind_text(statement, position, value, -1, SQLiteDatabase.transient)
            }
            guard code == SQLITE_OK else { throw failure(code, what: what) }
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func query(_ sql: String, _ parameters: [SQLParameter], what: String, _ body: (any SQLRow) throws(StoreError) -> Void) throws(StoreError) {
        try serial.withLock { _ throws(StoreError) in try unlockedQuery(sql, parameters, what: what, body) }
    }

    private func unlockedQuery(_ sql: String, _ parameters: [SQLParameter], what: String, _ body: (any SQLRow) throws(StoreError) -> Void) throws(StoreError) {
        let statement = try prepare(sql, what: what)
        defer { sqlite3_finalize(statement) }
        try bind(parameters, to: statement, what: what)
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code, what: what) }
            try body(SQLiteRow(statement: statement))
        }
    }

    func readTransaction(_ body: () throws(StoreError) -> Void) throws(StoreError) {
        try serial.withLock { _ throws(StoreError) in try execute("BEGIN", what: "a read transaction") }
        do {
            try body()
        } catch {
            try? serial.withLock { _ throws(StoreError) in try execute("ROLLBACK", what: "a read transaction") }
            throw error
        }
        try serial.withLock { _ throws(StoreError) in try execute("COMMIT", what: "a read transaction") }
    }

    func columns(of table: String) throws(StoreError) -> [String] {
        var names: [String] = []
        // table_info takes no parameter; the names here are the store's own constants.
        try query("PRAGMA table_info(\"\(table)\")", [], what: "the layout of \(table)") { row throws(StoreError) in
            if let name = row.text(1) { names.append(name) }
        }
        return names
    }

    func eventRows(_ query: EventRowsQuery, batchSize: Int) throws(StoreError) -> any StoredEventReader {
        ReadAheadEventReader(source: try serial.withLock { _ throws(StoreError) in try SQLiteEventBatches(database: self, query: query, batchSize: batchSize) })
    }
}

/// A row of a stepped statement.
struct SQLiteRow: SQLRow {
    let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64? {
        isNull(column) ? nil : sqlite3_column_int64(statement, column)
    }

    func bool(_ column: Int32) -> Bool? {
        isNull(column) ? nil : sqlite3_column_int64(statement, column) != 0
    }

    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        if isNull(column) { return nil }
        // blob first, then bytes: that order gives the value's own bytes for TEXT and BLOB alike.
        let pointer = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return body(UnsafeRawBufferPointer(start: count == 0 ? nil : pointer, count: count))
    }
}

/// The events of an SQLite database, read in batches by stream position: each batch is one short read
/// (`stream_ordering >= next ORDER BY stream_ordering LIMIT n`), copied out, and the statement reset at
/// once, so that no lock is held while the rows are verified.
final class SQLiteEventBatches: EventBatchSource, @unchecked Sendable {
    private let database: SQLiteDatabase
    private let statement: OpaquePointer
    private let parameters: [SQLParameter]
    private let batchSize: Int
    /// The next stream position to read from; nil once the last batch is in.
    private var next: Int64? = Int64.min
    private var decoder = EventRowDecoder()

    /// Called with the database's lock held.
    init(database: SQLiteDatabase, query: EventRowsQuery, batchSize: Int) throws(StoreError) {
        self.database = database
        self.batchSize = max(1, batchSize)
        let conditions = query.conditions + ["\(query.streamColumn) >= ?\(query.parameters.count + 1)"]
        let sql = query.select + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY \(query.streamColumn) LIMIT ?\(query.parameters.count + 2)"
        statement = try database.prepare(sql, what: "events")
        parameters = query.parameters
    }

    deinit { sqlite3_finalize(statement) }

    func fill(_ batch: EventBatch) throws(StoreError) -> Bool {
        try database.serial.withLock { _ throws(StoreError) in try unlockedFill(batch) }
    }

    private func unlockedFill(_ batch: EventBatch) throws(StoreError) -> Bool {
        guard let start = next else { return false }
        guard database.isOpen else { throw .query(database.name, what: "events", message: "the database is closed") }
        try database.bind(parameters + [.integer(start), .integer(Int64(batchSize))], to: statement, what: "events")
        defer {
            // Ends the read transaction at once, whatever happened.
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        var rows = 0
        var last = start
        var full = false
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw database.failure(code, what: "events") }
            let row = SQLiteRow(statement: statement)
            let decoded = decoder.decode(row)
            last = decoded.stored.streamOrdering
            batch.append(decoded, json: row)
            rows += 1
            // Large events: a batch stops at a few MiB whatever its count, and the next goes on from here.
            if batch.byteCount >= EventBatch.maxBytes {
                full = true
                break
            }
        }
        // A short batch is the last; otherwise go on after the last position read.
        next = (rows < batchSize && !full) || last == Int64.max ? nil : last + 1
        return next != nil
    }
}
