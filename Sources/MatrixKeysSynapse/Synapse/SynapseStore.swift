import MatrixKeys

/// A Synapse homeserver's database, SQLite or PostgreSQL, read-only: its events (with each room's
/// version, Synapse's own rejections and censoring) and the key responses it fetched
/// (`server_keys_json`, each with `ts_added_ms` as its `fetched_at`).
///
/// The layouts it reads: Synapse's schema from version 84 (Synapse 1.100) on, as long as the database's
/// `schema_compat_version` is at most 94 (the schema of Synapse 1.163, which the fixtures come from):
/// a later Synapse that keeps its database readable by schema 94 is read too, one that does not is
/// refused. Every column read is checked to exist before anything else is read.
public final class SynapseStore: HomeserverStore {
    /// The oldest schema version read: Synapse 1.100's.
    public static let oldestSchema: Int64 = 84
    /// The newest schema known; a database whose compat version is above it is refused.
    public static let newestSchema: Int64 = 94
    /// Each table read, with the columns read from it.
    static let requiredColumns: [(table: String, columns: [String])] = [
        ("events", ["event_id", "room_id", "stream_ordering", "outlier", "origin_server_ts"]),
        ("event_json", ["event_id", "json"]),
        ("rooms", ["room_id", "room_version"]),
        ("rejections", ["event_id", "reason"]),
        ("redactions", ["redacts", "have_censored"]),
        ("server_keys_json", ["server_name", "key_id", "from_server", "ts_added_ms", "ts_valid_until_ms", "key_json"]),
    ]

    let database: any SQLDatabase
    public let description: String
    /// `schema_version.version` and `schema_compat_version.compat_version`.
    public let schemaVersion: Int64
    public let compatVersion: Int64
    /// Rows per batch when reading events.
    public var batchSize: Int

    /// Opens the database read-only and checks that it is a Synapse database of a known layout.
    /// `lockTimeout`: how long an SQLite read waits for another process's lock, in seconds. By default
    /// every read is a short transaction of its own, and events are read a batch of stream positions at
    /// a time, so that a live server is held up by no long transaction: events added during the run may
    /// or may not be seen, and an event censored during the run is seen in one of its two forms. With
    /// `snapshot`, the whole session is one read-only transaction, one point in time, which holds back
    /// PostgreSQL's VACUUM horizon (and an SQLite WAL's checkpoints) for as long as the run lasts.
    public static func open(_ target: DatabaseTarget, lockTimeout: Double = 10, snapshot: Bool = false) throws(StoreError) -> SynapseStore {
        let database: any SQLDatabase
        switch target {
        case .sqlite(let path): database = try SQLiteDatabase(path: path, busySeconds: lockTimeout, snapshot: snapshot)
        case .postgres(let postgres): database = try PostgresDatabase(target: postgres, snapshot: snapshot)
        }
        do {
            return try SynapseStore(database: database)
        } catch {
            database.close()
            throw error
        }
    }

    private init(database: any SQLDatabase) throws(StoreError) {
        self.database = database
        description = database.dialect == .sqlite ? "SQLite \(database.name)" : database.name
        batchSize = database.dialect == .sqlite ? 256 : 500
        guard !(try database.columns(of: "schema_version")).isEmpty else {
            throw .notHomeserver(database.name, reason: "it has no schema_version table")
        }
        guard let version = try database.integer("SELECT version FROM schema_version", what: "the schema version") else {
            throw .notHomeserver(database.name, reason: "its schema_version table is empty")
        }
        guard !(try database.columns(of: "schema_compat_version")).isEmpty,
              let compat = try database.integer("SELECT compat_version FROM schema_compat_version", what: "the schema version")
        else {
            throw .unknownSchema(database.name, reason: "Synapse schema version \(version) without a schema_compat_version: not a layout mxkeys knows (it reads schema \(Self.oldestSchema), Synapse 1.100, and later)")
        }
        schemaVersion = version
        compatVersion = compat
        if version < Self.oldestSchema {
            throw .unknownSchema(database.name, reason: "Synapse schema version \(version) is older than the layouts mxkeys reads (schema \(Self.oldestSchema), Synapse 1.100, and later): upgrade Synapse first")
        }
        if compat > Self.newestSchema {
            throw .unknownSchema(database.name, reason: "Synapse schema compat version \(compat): this database is no longer readable by schema \(Self.newestSchema), the newest layout mxkeys knows")
        }
        for (table, columns) in Self.requiredColumns {
            let present = Set(try database.columns(of: table))
            if present.isEmpty {
                throw .unknownSchema(database.name, reason: "Synapse schema version \(version), but it has no table \(table): not a layout mxkeys knows")
            }
            if let missing = columns.first(where: { !present.contains($0) }) {
                throw .unknownSchema(database.name, reason: "Synapse schema version \(version), but its table \(table) has no column \(missing): not a layout mxkeys knows")
            }
        }
    }

    deinit { database.close() }

    public func close() { database.close() }

    // MARK: events

    /// The columns of `EventColumn`, in order.
    static let eventSelect = """
        SELECT e.stream_ordering, e.event_id, e.room_id, e.outlier, r.room_version, j.json, \
        (SELECT rj.reason FROM rejections rj WHERE rj.event_id = e.event_id), \
        EXISTS (SELECT 1 FROM redactions rd WHERE rd.redacts = e.event_id AND rd.have_censored), \
        r.room_id \
        FROM events e LEFT JOIN event_json j ON j.event_id = e.event_id LEFT JOIN rooms r ON r.room_id = e.room_id
        """

    /// The WHERE conditions and parameters of a selection.
    func conditions(_ selection: EventSelection) -> (conditions: [String], parameters: [SQLParameter]) {
        var conditions: [String] = []
        var parameters: [SQLParameter] = []
        let dialect = database.dialect
        func parameter(_ value: SQLParameter) -> String {
            parameters.append(value)
            return dialect.placeholder(parameters.count)
        }
        if !selection.rooms.isEmpty {
            conditions.append("e.room_id IN (" + selection.rooms.map { parameter(.text($0)) }.joined(separator: ", ") + ")")
        }
        if let since = selection.since { conditions.append("e.origin_server_ts >= " + parameter(.integer(since))) }
        if let until = selection.until { conditions.append("e.origin_server_ts < " + parameter(.integer(until))) }
        if let from = selection.streamFrom { conditions.append("e.stream_ordering >= " + parameter(.integer(from))) }
        if let to = selection.streamTo { conditions.append("e.stream_ordering <= " + parameter(.integer(to))) }
        return (conditions, parameters)
    }

    public func streamSpan() throws(StoreError) -> ClosedRange<Int64>? {
        var span: ClosedRange<Int64>? = nil
        try database.query("SELECT MIN(stream_ordering), MAX(stream_ordering) FROM events", [], what: "the stream positions") { row throws(StoreError) in
            if let low = row.int64(0), let high = row.int64(1), low <= high { span = low...high }
        }
        return span
    }

    public func countEvents(_ selection: EventSelection) throws(StoreError) -> Int {
        let (conditions, parameters) = self.conditions(selection)
        let sql = "SELECT COUNT(*) FROM events e" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        return Int(try database.integer(sql, parameters, what: "the number of events") ?? 0)
    }

    public func events(_ selection: EventSelection) throws(StoreError) -> any StoredEventReader {
        let (conditions, parameters) = self.conditions(selection)
        return try database.eventRows(
            EventRowsQuery(select: Self.eventSelect, conditions: conditions, parameters: parameters, streamColumn: "e.stream_ordering"),
            batchSize: batchSize)
    }

    public func event(id: String) throws(StoreError) -> StoredEventRecord? {
        var record: StoredEventRecord? = nil
        var decoder = EventRowDecoder()
        try database.query(Self.eventSelect + " WHERE e.event_id = " + database.dialect.placeholder(1), [.text(id)], what: "the event \(id)") { row throws(StoreError) in
            guard record == nil else { return }
            let decoded = decoder.decode(row)
            record = StoredEventRecord(
                stored: decoded.stored, version: decoded.version,
                json: decoded.problem == nil ? row.bytes(EventColumn.json) : nil, problem: decoded.problem)
        }
        return record
    }

    // MARK: key responses

    /// Every `server_keys_json` response. Synapse keeps one row per (server, key ID, notary), each with
    /// the whole response it came in, so one response fetched once sits in a row per key ID: rows with the
    /// same server, notary, fetch time and bytes are one response, named by all their key IDs.
    public func keyResponses() throws(StoreError) -> StoredKeyResponses {
        struct Group {
            let server: String, notary: String, fetchedAt: Int64
            let bytes: [UInt8]?
            var keyIDs: [String]
        }
        var groups: [Group] = []
        let sql = "SELECT server_name, key_id, from_server, ts_added_ms, \(database.dialect.hex("key_json")) FROM server_keys_json ORDER BY server_name, from_server, ts_added_ms, key_id"
        try database.query(sql, [], what: "server_keys_json") { row throws(StoreError) in
            let server = row.text(0) ?? "", keyID = row.text(1) ?? "", notary = row.text(2) ?? ""
            let fetchedAt = row.int64(3) ?? 0
            let bytes = row.hexDecoded(4)
            if let index = groups.lastIndex(where: { $0.server == server && $0.notary == notary && $0.fetchedAt == fetchedAt && $0.bytes == bytes }) {
                groups[index].keyIDs.append(keyID)
            } else {
                groups.append(Group(server: server, notary: notary, fetchedAt: fetchedAt, bytes: bytes, keyIDs: [keyID]))
            }
        }
        var responses: [KeyRing.Loaded] = []
        var unusable: [(record: String, reason: String)] = []
        let place = database.name
        for group in groups {
            let via = group.notary == group.server ? "" : " through \(group.notary)"
            let record = "server_keys_json \(group.server)\(via) (\(group.keyIDs.joined(separator: ", ")))"
            guard let bytes = group.bytes else {
                unusable.append(("\(place): \(record)", "key_json is empty or not bytes"))
                continue
            }
            do {
                let parsed = try ServerKeyResponse.parseAll(bytes)
                guard parsed.count == 1, let response = parsed.first else {
                    unusable.append(("\(place): \(record)", "key_json holds \(parsed.count) responses, not one"))
                    continue
                }
                responses.append(KeyRing.Loaded(response, source: .database(place, record: record), fetchedAt: group.fetchedAt))
            } catch {
                unusable.append(("\(place): \(record)", String(describing: error)))
            }
        }
        return StoredKeyResponses(responses: responses, unusable: unusable)
    }
}
