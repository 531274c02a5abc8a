import MatrixKeys

/// The two SQL engines a homeserver may keep its data in, where their SQL differs.
enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// The placeholder for the `n`-th parameter (1-based).
    func placeholder(_ n: Int) -> String {
        switch self {
        case .sqlite: return "?\(n)"
        case .postgres: return "$\(n)"
        }
    }

    /// An expression giving a binary column as hex text (both engines hand text back alike).
    func hex(_ column: String) -> String {
        switch self {
        case .sqlite: return "hex(\(column))"
        case .postgres: return "encode(\(column), 'hex')"
        }
    }
}

/// A query parameter.
enum SQLParameter: Sendable, Equatable {
    case integer(Int64)
    case text(String)

    /// The text form PostgreSQL takes parameters in.
    var text: String {
        switch self {
        case .integer(let value): return String(value)
        case .text(let value): return value
        }
    }
}

/// One row of a result, read in place: bytes are valid only while the row is.
protocol SQLRow {
    func isNull(_ column: Int32) -> Bool
    func int64(_ column: Int32) -> Int64?
    func bool(_ column: Int32) -> Bool?
    /// A text or binary value's bytes.
    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R?
}

extension SQLRow {
    func text(_ column: Int32) -> String? {
        withBytes(column) { String(decoding: $0, as: UTF8.self) }
    }

    func bytes(_ column: Int32) -> [UInt8]? {
        withBytes(column) { Array($0) }
    }

    /// A hex text value (`SQLDialect.hex`) decoded.
    func hexDecoded(_ column: Int32) -> [UInt8]? {
        withBytes(column) { raw -> [UInt8]? in
            guard raw.count % 2 == 0 else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(raw.count / 2)
            func nibble(_ c: UInt8) -> UInt8? {
                switch c {
                case 0x30...0x39: return c - 0x30
                case 0x41...0x46: return c - 0x41 + 10
                case 0x61...0x66: return c - 0x61 + 10
                default: return nil
                }
            }
            var i = 0
            while i < raw.count {
                guard let high = nibble(raw[i]), let low = nibble(raw[i + 1]) else { return nil }
                out.append(high << 4 | low)
                i += 2
            }
            return out
        } ?? nil
    }
}

/// A read-only session on a homeserver's SQL database, as the store uses it.
protocol SQLDatabase: AnyObject {
    var dialect: SQLDialect { get }
    /// The database as messages name it.
    var name: String { get }
    /// Runs a read query; `body` sees each row. `what` names it in errors.
    func query(_ sql: String, _ parameters: [SQLParameter], what: String, _ body: (any SQLRow) throws(StoreError) -> Void) throws(StoreError)
    /// The columns of `table` (empty when there is no such table).
    func columns(of table: String) throws(StoreError) -> [String]
    /// A reader that hands out the rows of `sql` (which must select the event columns the store
    /// expects, ordered by stream position) batch by batch.
    func eventRows(_ query: EventRowsQuery, batchSize: Int) throws(StoreError) -> any StoredEventReader
    /// Runs `body`'s queries as one read: SQLite in one short read transaction of their own (so they see
    /// one state of the file), PostgreSQL in the session's snapshot, which every read already shares.
    func readTransaction(_ body: () throws(StoreError) -> Void) throws(StoreError)
    func close()
}

/// The event query in the pieces each engine needs to batch it its own way.
struct EventRowsQuery {
    /// `SELECT … FROM … WHERE <conditions>` without ordering; `streamColumn` is the stream position.
    let select: String
    let conditions: [String]
    let parameters: [SQLParameter]
    let streamColumn: String
}

extension SQLDatabase {
    /// The first column of the first row as an integer; nil for no row or NULL.
    func integer(_ sql: String, _ parameters: [SQLParameter] = [], what: String) throws(StoreError) -> Int64? {
        var value: Int64? = nil
        var seen = false
        try query(sql, parameters, what: what) { row throws(StoreError) in
            if !seen { value = row.int64(0) }
            seen = true
        }
        return value
    }
}
