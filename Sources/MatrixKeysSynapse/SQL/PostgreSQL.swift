internal import CLibPQ
import MatrixKeys
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL session through libpq, read-only and safe beside a running homeserver: the connection
/// takes its parameters exactly as `psql` does (a URI or conninfo string, `PGHOST` and the other
/// environment variables, `.pgpass`, service files, `sslmode`), and no statement can write (the
/// session's transactions are `READ ONLY`).
///
/// By default every statement is a short transaction of its own, and events are read as the SQLite
/// path reads them, a batch of `stream_ordering` positions a query, one batch ahead of the verifying
/// (`ReadAheadEventReader`): no snapshot outlives a batch, so a run of hours does not hold back
/// VACUUM's horizon (`backend_xmin`) on the live database. Events added during the run may or may not
/// be seen, and an event censored during the run is seen in one of its two forms. With `snapshot`, the
/// whole session is one `REPEATABLE READ READ ONLY` transaction, read through a server-side cursor: one
/// point in time, at the cost of holding that horizon for the whole run.
final class PostgresDatabase: SQLDatabase, @unchecked Sendable {
    let dialect = SQLDialect.postgres
    let name: String
    private var connection: OpaquePointer?
    private let secrets: [String]
    private var cursorOpen = false
    /// One transaction for the session, or a transaction a statement.
    let snapshot: Bool
    /// The connection is used by one thread at a time: the caller's, or a reader's read-ahead thread.
    let serial = Mutex(())

    static let cursorName = "mxkeys_events"

    init(target: PostgresTarget, snapshot: Bool) throws(StoreError) {
        try LibPQ.require()
        self.snapshot = snapshot
        secrets = target.secrets
        var parameters = target.parameters
        // Defaults the target may override come first; what mxkeys needs comes after the target.
        if getenv("PGCONNECT_TIMEOUT") == nil, !parameters.contains(where: { $0.0 == "connect_timeout" }) {
            parameters.insert(("connect_timeout", "10"), at: 0)
        }
        parameters.append(("fallback_application_name", "mxkeys"))
        parameters.append(("client_encoding", "UTF8"))
        let keywords = parameters.map { strdup($0.0) }, values = parameters.map { strdup($0.1) }
        defer {
            for pointer in keywords + values { free(pointer) }
        }
        let keywordArray: [UnsafePointer<CChar>?] = keywords.map { UnsafePointer($0) } + [nil]
        let valueArray: [UnsafePointer<CChar>?] = values.map { UnsafePointer($0) } + [nil]
        // expand_dbname 1: a dbname holding a URI or conninfo string is read as libpq reads it.
        let conn = PQconnectdbParams(keywordArray, valueArray, 1)
        connection = conn
        name = PostgresDatabase.describe(conn)
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            let message = conn.map { PostgresDatabase.message(PQerrorMessage($0)) } ?? "out of memory"
            close()
            throw .connection(name, message: target.scrub(message))
        }
        if snapshot {
            PQclear(try run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [], what: "a read-only transaction"))
        } else {
            PQclear(try run("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", [], what: "a read-only session"))
        }
    }

    deinit { close() }

    /// `PostgreSQL database "synapse" (user synapse, socket /run/postgresql/.s.PGSQL.5432)`.
    static func describe(_ conn: OpaquePointer?) -> String {
        guard let conn else { return "PostgreSQL" }
        func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
            guard let pointer else { return nil }
            let value = String(cString: pointer)
            return value.isEmpty ? nil : value
        }
        let database = text(PQdb(conn)), user = text(PQuser(conn)), host = text(PQhost(conn)), port = text(PQport(conn)) ?? "5432"
        var parts: [String] = []
        if let user { parts.append("user \(user)") }
        if let host {
            parts.append(host.hasPrefix("/") ? "socket \(host)/.s.PGSQL.\(port)" : "host \(host) port \(port)")
        }
        return "PostgreSQL database" + (database.map { " \"\($0)\"" } ?? "") + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    }

    /// libpq's message on one line.
    static func message(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "unknown error" }
        let text = String(cString: pointer)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    func close() {
        serial.withLock { _ in unlockedClose() }
    }

    private func unlockedClose() {
        guard let connection else { return }
        discardPending()
        if PQstatus(connection) == CONNECTION_OK, PQtransactionStatus(connection) != PQTRANS_IDLE {
            // Read-only: ending it commits nothing.
            if let result = PQexec(connection, "ROLLBACK") { PQclear(result) }
        }
        PQfinish(connection)
        self.connection = nil
    }

    /// Drops the results of a statement sent ahead (a cursor fetch), so another can be sent.
    func discardPending() {
        guard let connection else { return }
        while let result = PQgetResult(connection) { PQclear(result) }
    }

    private func scrubbed(_ text: String) -> String {
        var text = text
        for secret in secrets where !secret.isEmpty { text = text.replacingAll(secret, with: "*****") }
        return text
    }

    func failure(_ result: OpaquePointer?, what: String) -> StoreError {
        let message = result.flatMap { PQresultErrorMessage($0) }.map { PostgresDatabase.message($0) } ?? ""
        let text = message.isEmpty ? connection.map { PostgresDatabase.message(PQerrorMessage($0)) } ?? "no connection" : message
        return .query(name, what: what, message: scrubbed(text))
    }

    /// Runs one statement with text parameters and text results; the caller clears the result.
    func run(_ sql: String, _ parameters: [SQLParameter], what: String) throws(StoreError) -> OpaquePointer {
        guard let connection else { throw .query(name, what: what, message: "the connection is closed") }
        discardPending()
        let texts = parameters.map { strdup($0.text) }
        defer { for pointer in texts { free(pointer) } }
        let values: [UnsafePointer<CChar>?] = texts.map { UnsafePointer($0) }
        let result = PQexecParams(connection, sql, Int32(values.count), nil, values, nil, nil, 0)
        let status = result.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        guard let result, status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else {
            let error = failure(result, what: what)
            if let result { PQclear(result) }
            throw error
        }
        return result
    }

    func query(_ sql: String, _ parameters: [SQLParameter], what: String, _ body: (any SQLRow) throws(StoreError) -> Void) throws(StoreError) {
        try serial.withLock { _ throws(StoreError) in try unlockedQuery(sql, parameters, what: what, body) }
    }

    private func unlockedQuery(_ sql: String, _ parameters: [SQLParameter], what: String, _ body: (any SQLRow) throws(StoreError) -> Void) throws(StoreError) {
        let result = try run(sql, parameters, what: what)
        defer { PQclear(result) }
        for row in 0..<PQntuples(result) { try body(PostgresRow(result: result, row: row)) }
    }

    func readTransaction(_ body: () throws(StoreError) -> Void) throws(StoreError) {
        try body()
    }

    func columns(of table: String) throws(StoreError) -> [String] {
        var names: [String] = []
        try query(
            "SELECT a.attname FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
            [.text(table)], what: "the layout of \(table)"
        ) { row throws(StoreError) in
            if let name = row.text(0) { names.append(name) }
        }
        return names
    }

    func eventRows(_ query: EventRowsQuery, batchSize: Int) throws(StoreError) -> any StoredEventReader {
        guard snapshot else { return ReadAheadEventReader(source: PostgresRangeBatches(database: self, query: query, batchSize: batchSize)) }
        try serial.withLock { _ throws(StoreError) in try declareCursor(query) }
        return ReadAheadEventReader(source: PostgresEventBatches(database: self, batchSize: batchSize))
    }

    private func declareCursor(_ query: EventRowsQuery) throws(StoreError) {
        if cursorOpen { PQclear(try run("CLOSE \(Self.cursorName)", [], what: "events")) }
        let sql = "DECLARE \(Self.cursorName) NO SCROLL CURSOR FOR " + query.select
            + (query.conditions.isEmpty ? "" : " WHERE " + query.conditions.joined(separator: " AND "))
            + " ORDER BY \(query.streamColumn)"
        PQclear(try run(sql, query.parameters, what: "events"))
        cursorOpen = true
    }

    /// Fetches the cursor's next `count` rows into `batch`; false when no row can follow them.
    func fetch(_ count: Int, into batch: EventBatch, decoder: inout EventRowDecoder) throws(StoreError) -> Bool {
        try serial.withLock { _ throws(StoreError) -> Bool in
            let result = try run("FETCH FORWARD \(count) FROM \(Self.cursorName)", [], what: "events")
            defer { PQclear(result) }
            let rows = PQntuples(result)
            for index in 0..<rows {
                let row = PostgresRow(result: result, row: index)
                batch.append(decoder.decode(row), json: row)
            }
            return Int(rows) == count
        }
    }


    /// Runs one batch's query (each its own short transaction) and appends its rows to `batch`; the
    /// count of rows and the last row's stream position.
    func batch(_ sql: String, _ parameters: [SQLParameter], into batch: EventBatch, decoder: inout EventRowDecoder) throws(StoreError) -> (rows: Int, last: Int64?) {
        try serial.withLock { _ throws(StoreError) -> (rows: Int, last: Int64?) in
            let result = try run(sql, parameters, what: "events")
            defer { PQclear(result) }
            let rows = PQntuples(result)
            var last: Int64? = nil
            for index in 0..<rows {
                let row = PostgresRow(result: result, row: index)
                let decoded = decoder.decode(row)
                last = decoded.stored.streamOrdering
                batch.append(decoded, json: row)
            }
            return (Int(rows), last)
        }
    }
}

/// The events of a PostgreSQL database by `stream_ordering` range, as SQLite's are read: each batch one
/// query (`stream_ordering >= next ORDER BY stream_ordering LIMIT n`), its own short transaction.
final class PostgresRangeBatches: EventBatchSource, @unchecked Sendable {
    private let database: PostgresDatabase
    private let sql: String
    private let parameters: [SQLParameter]
    private let batchSize: Int
    /// The next stream position to read from; nil once the last batch is in.
    private var next: Int64? = Int64.min
    private var decoder = EventRowDecoder()

    init(database: PostgresDatabase, query: EventRowsQuery, batchSize: Int) {
        self.database = database
        self.batchSize = max(1, batchSize)
        let conditions = query.conditions + ["\(query.streamColumn) >= $\(query.parameters.count + 1)"]
        sql = query.select + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY \(query.streamColumn) LIMIT $\(query.parameters.count + 2)"
        parameters = query.parameters
    }

    func fill(_ batch: EventBatch) throws(StoreError) -> Bool {
        guard let start = next else { return false }
        let (rows, last) = try database.batch(sql, parameters + [.integer(start), .integer(Int64(batchSize))], into: batch, decoder: &decoder)
        // A short batch is the last; otherwise go on after the last position read.
        if rows < batchSize { next = nil } else if let last, last < Int64.max { next = last + 1 } else { next = nil }
        return next != nil
    }
}

/// A row of a text-format result.
struct PostgresRow: SQLRow {
    let result: OpaquePointer
    let row: Int32

    func isNull(_ column: Int32) -> Bool { PQgetisnull(result, row, column) == 1 }

    func int64(_ column: Int32) -> Int64? {
        withBytes(column) { bytes -> Int64? in
            var value: Int64 = 0
            var negative = false
            var index = 0
            if bytes.first == 0x2D {
                negative = true
                index = 1
            }
            guard index < bytes.count else { return nil }
            while index < bytes.count {
                let digit = bytes[index]
                guard digit >= 0x30, digit <= 0x39 else { return nil }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = negative ? times.subtractingReportingOverflow(Int64(digit - 0x30)) : times.addingReportingOverflow(Int64(digit - 0x30))
                guard !o1, !o2 else { return nil }
                value = sum
                index += 1
            }
            return value
        } ?? nil
    }

    func bool(_ column: Int32) -> Bool? {
        withBytes(column) { $0.first == 0x74 }  // "t"
    }

    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        if isNull(column) { return nil }
        let count = Int(PQgetlength(result, row, column))
        return body(UnsafeRawBufferPointer(start: count == 0 ? nil : UnsafeRawPointer(PQgetvalue(result, row, column)), count: count))
    }
}

/// The events of a PostgreSQL database through the session's cursor, a batch a fetch.
final class PostgresEventBatches: EventBatchSource, @unchecked Sendable {
    private let database: PostgresDatabase
    private let batchSize: Int
    private var decoder = EventRowDecoder()

    init(database: PostgresDatabase, batchSize: Int) {
        self.database = database
        self.batchSize = max(1, batchSize)
    }

    func fill(_ batch: EventBatch) throws(StoreError) -> Bool {
        try database.fetch(batchSize, into: batch, decoder: &decoder)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    /// The first occurrence of `target` (plain characters, no Foundation).
    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) {
                return start..<index(start, offsetBy: target.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
