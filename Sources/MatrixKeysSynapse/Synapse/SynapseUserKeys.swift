import MatrixKeys

/// Which users `SynapseStore.userKeys(_:)` reads, and whose view of the signatures it takes.
public struct UserKeysSelection: Sendable, Equatable {
    /// Only these users (none: every user with keys).
    public var users: [String]
    /// Only the users of this part, split by a hash of their ID (`UserShard`).
    public var shard: UserShard?
    /// Also the users of other servers whose keys the server cached.
    public var includeRemote: Bool
    /// Whose `/keys/query` the signatures on cross-signing keys are merged for: Synapse shows such a
    /// signature only to the user who made it. nil: each user's own view of their own keys.
    public var viewer: String?

    public init(users: [String] = [], shard: UserShard? = nil, includeRemote: Bool = true, viewer: String? = nil) {
        self.users = users
        self.shard = shard
        self.includeRemote = includeRemote
        self.viewer = viewer
    }
}

/// One of N parts of a homeserver's users (`--shard K/N` of `devices verify`): a user belongs to part
/// (FNV-1a 64 of the user ID's UTF-8 bytes) mod N + 1, so that the N parts are disjoint, cover every
/// user, and each can be read on another machine with no coordination.
public struct UserShard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(_ shard: StreamShard) {
        index = shard.index
        count = shard.count
    }

    /// Parses `K/N` as `StreamShard` does.
    public init(parsing text: String) throws(StreamShard.ParseError) {
        self.init(try StreamShard(parsing: text))
    }

    public var description: String { "\(index)/\(count)" }

    public func takes(_ userID: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in userID.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count)) + 1 == index
    }
}

/// A stored row that could not be handed out as keys: where it is, and why.
public struct UnreadableKeyRow: Sendable, Equatable, CustomStringConvertible {
    public let userID: String
    /// `e2e_device_keys_json DEVICE`, `e2e_cross_signing_keys master`, `device_lists_remote_cache DEVICE`.
    public let record: String
    public let reason: String

    public var description: String { "\(userID): \(record): \(reason)" }
}

extension SynapseStore {
    /// The tables and columns the user keys reader uses.
    static let userKeysColumns: [(table: String, columns: [String])] = [
        ("users", ["name"]),
        ("devices", ["user_id", "device_id", "display_name", "hidden"]),
        ("e2e_device_keys_json", ["user_id", "device_id", "key_json"]),
        ("e2e_cross_signing_keys", ["user_id", "keytype", "keydata", "stream_id"]),
        ("e2e_cross_signing_signatures", ["user_id", "key_id", "target_user_id", "target_device_id", "signature"]),
        ("device_lists_remote_cache", ["user_id", "device_id", "content"]),
    ]

    /// The users' keys, user by user, as Synapse would answer `/keys/query` for them: a `UserKeysSource`
    /// that reads `batchSize` users at a time (SQLite: one short read transaction per batch).
    public func userKeys(_ selection: UserKeysSelection = UserKeysSelection(), batchSize: Int = 200) throws(StoreError) -> SynapseUserKeys {
        for (table, columns) in Self.userKeysColumns {
            let present = Set(try database.columns(of: table))
            if present.isEmpty {
                throw .unknownSchema(database.name, reason: "Synapse schema version \(schemaVersion), but it has no table \(table): not a layout mxkeys knows")
            }
            if let missing = columns.first(where: { !present.contains($0) }) {
                throw .unknownSchema(database.name, reason: "Synapse schema version \(schemaVersion), but its table \(table) has no column \(missing): not a layout mxkeys knows")
            }
        }
        return SynapseUserKeys(database: database, selection: selection, batchSize: max(1, batchSize))
    }
}

/// The users' identity keys in a Synapse database, merged as Synapse merges them when it answers
/// `/keys/query`:
/// - a local user's devices are the rows of `e2e_device_keys_json` whose device in `devices` is not
///   hidden (the cross-signing keys' pseudo-devices are hidden devices), each with `unsigned` replaced
///   by the device's display name, and with the signatures the owner uploaded later
///   (`e2e_cross_signing_signatures` rows by the owner on that device) set under the owner's user ID;
/// - the cross-signing keys are the latest row (highest `stream_id`) per user and key type, with the
///   signatures of the viewer (`UserKeysSelection.viewer`, by default the user themself) on them merged
///   under the viewer's user ID;
/// - the users of other servers whose keys the server cached (`device_lists_remote_cache`, and their
///   rows in `e2e_cross_signing_keys`) come as records with `isLocal` false.
///
/// Users come in the database's order of user IDs, a batch at a time, so memory is bounded by a batch.
/// Rows whose JSON cannot be read are left out of the records and listed in `unreadable`.
public final class SynapseUserKeys: UserKeysSource {
    let database: any SQLDatabase
    let selection: UserKeysSelection
    let batchSize: Int
    /// The last user ID of the batches read so far.
    private var cursor: String?
    private var finished = false
    private var pending: [UserKeysRecord] = []
    private var pendingIndex = 0
    /// The requested users not yet read, in order.
    private var requested: [String]
    /// Rows that could not be read as keys, so far.
    public private(set) var unreadable: [UnreadableKeyRow] = []
    /// Users handed out so far.
    public private(set) var usersRead = 0

    init(database: any SQLDatabase, selection: UserKeysSelection, batchSize: Int) {
        self.database = database
        self.selection = selection
        self.batchSize = batchSize
        var seen = Set<String>()
        requested = selection.users.filter { seen.insert($0).inserted }
    }

    public func nextUser() throws -> UserKeysRecord? {
        while pendingIndex >= pending.count {
            if finished { return nil }
            pending = try readBatch()
            pendingIndex = 0
        }
        defer { pendingIndex += 1 }
        usersRead += 1
        return pending[pendingIndex]
    }

    /// The next batch's user IDs: the requested ones, or the next ones present in the key tables.
    private func nextUserIDs() throws(StoreError) -> [String] {
        if !selection.users.isEmpty {
            let batch = Array(requested.prefix(batchSize))
            requested.removeFirst(batch.count)
            if requested.isEmpty { finished = true }
            return batch
        }
        let dialect = database.dialect
        var parameters: [SQLParameter] = []
        let after: String
        if let cursor {
            parameters.append(.text(cursor))
            after = " WHERE user_id > \(dialect.placeholder(1))"
        } else {
            after = ""
        }
        var tables = ["e2e_device_keys_json", "e2e_cross_signing_keys"]
        if selection.includeRemote { tables.append("device_lists_remote_cache") }
        // Each table's next users come from its (user_id, …) index; the union of those few is ordered
        // once more, so a batch costs as much wherever it starts.
        let parts = tables.enumerated().map { index, table in
            "SELECT user_id FROM (SELECT DISTINCT user_id FROM \(table)\(after) ORDER BY user_id LIMIT \(batchSize)) AS t\(index)"
        }
        let sql = "SELECT user_id FROM (" + parts.joined(separator: " UNION ") + ") AS u ORDER BY user_id LIMIT \(batchSize)"
        var ids: [String] = []
        try database.query(sql, parameters, what: "the users with keys") { row throws(StoreError) in
            if let id = row.text(0) { ids.append(id) }
        }
        if ids.count < batchSize { finished = true }
        if let last = ids.last { cursor = last }
        return ids
    }

    private func readBatch() throws(StoreError) -> [UserKeysRecord] {
        var records: [UserKeysRecord] = []
        try database.readTransaction { () throws(StoreError) in
            var ids = try nextUserIDs()
            if let shard = selection.shard { ids = ids.filter { shard.takes($0) } }
            if ids.isEmpty { return }
            records = try read(ids)
        }
        return records
    }

    /// One user's rows while a batch is read.
    private struct Gathered {
        var isLocal = false
        var devices: [(id: String, keys: JSONObject)] = []
        var crossSigning: [String: JSONObject] = [:]
    }

    private func parseObject(_ bytes: [UInt8]?, user: String, record: String) -> JSONObject? {
        guard let bytes else {
            unreadable.append(UnreadableKeyRow(userID: user, record: record, reason: "the JSON is NULL"))
            return nil
        }
        do {
            guard case .object(let object) = try JSONParser.parse(bytes, mode: .lax) else {
                unreadable.append(UnreadableKeyRow(userID: user, record: record, reason: "the JSON is not an object"))
                return nil
            }
            return object
        } catch {
            unreadable.append(UnreadableKeyRow(userID: user, record: record, reason: "the JSON is not valid: \(error)"))
            return nil
        }
    }

    /// The records of `ids`, in their order.
    private func read(_ ids: [String]) throws(StoreError) -> [UserKeysRecord] {
        let dialect = database.dialect
        var users: [String: Gathered] = [:]
        for id in ids { users[id] = Gathered() }
        var parameters: [SQLParameter] = ids.map { .text($0) }
        let list = "(" + (1...ids.count).map { dialect.placeholder($0) }.joined(separator: ", ") + ")"

        try database.query("SELECT name FROM users WHERE name IN \(list)", parameters, what: "the local users") { row throws(StoreError) in
            if let id = row.text(0) { users[id]?.isLocal = true }
        }

        // Local devices: keys of devices that are not hidden, with their display names.
        try database.query(
            "SELECT k.user_id, k.device_id, d.display_name, k.key_json FROM e2e_device_keys_json k "
                + "INNER JOIN devices d ON d.user_id = k.user_id AND d.device_id = k.device_id "
                + "WHERE k.user_id IN \(list) AND NOT d.hidden",
            parameters, what: "the device keys"
        ) { row throws(StoreError) in
            guard let user = row.text(0), let device = row.text(1), users[user]?.isLocal == true else { return }
            guard var keys = parseObject(row.bytes(3), user: user, record: "e2e_device_keys_json \(device)") else { return }
            var unsigned = JSONObject()
            if let name = row.text(2) { unsigned["device_display_name"] = .string(name) }
            keys["unsigned"] = .object(unsigned)
            users[user]?.devices.append((device, keys))
        }

        // The cross-signing keys: the latest of each type.
        try database.query(
            "SELECT k.user_id, k.keytype, k.keydata FROM e2e_cross_signing_keys k WHERE k.user_id IN \(list) "
                + "AND k.stream_id = (SELECT MAX(l.stream_id) FROM e2e_cross_signing_keys l WHERE l.user_id = k.user_id AND l.keytype = k.keytype)",
            parameters, what: "the cross-signing keys"
        ) { row throws(StoreError) in
            guard let user = row.text(0), let type = row.text(1) else { return }
            guard let key = parseObject(row.bytes(2), user: user, record: "e2e_cross_signing_keys \(type)") else { return }
            users[user]?.crossSigning[type] = key
        }

        // Remote users' cached devices: each row holds the device as its server sent it
        // ({"device_id", "keys", "device_display_name"}).
        if selection.includeRemote {
            try database.query(
                "SELECT user_id, device_id, content FROM device_lists_remote_cache WHERE user_id IN \(list)",
                parameters, what: "the cached devices of other servers' users"
            ) { row throws(StoreError) in
                guard let user = row.text(0), let device = row.text(1), users[user]?.isLocal == false else { return }
                guard let content = parseObject(row.bytes(2), user: user, record: "device_lists_remote_cache \(device)") else { return }
                guard case .object(var keys)? = content["keys"], !keys.isEmpty else { return }
                var unsigned = keys["unsigned"]?.objectValue ?? JSONObject()
                if let name = content["device_display_name"]?.stringValue, !name.isEmpty { unsigned["device_display_name"] = .string(name) }
                keys["unsigned"] = .object(unsigned)
                users[user]?.devices.append((device, keys))
            }
        }

        // The signatures kept apart: the owner's on their own devices (shown to everyone), and the
        // viewer's on cross-signing keys (shown to the viewer alone).
        var viewerCondition = "user_id = target_user_id"
        if let viewer = selection.viewer {
            parameters.append(.text(viewer))
            viewerCondition = "(user_id = target_user_id OR user_id = \(dialect.placeholder(parameters.count)))"
        }
        try database.query(
            "SELECT user_id, key_id, target_user_id, target_device_id, signature FROM e2e_cross_signing_signatures "
                + "WHERE target_user_id IN \(list) AND \(viewerCondition) ORDER BY target_user_id, target_device_id, user_id, key_id",
            parameters, what: "the cross-signing signatures"
        ) { row throws(StoreError) in
            guard let signer = row.text(0), let keyID = row.text(1), let user = row.text(2), let target = row.text(3),
                  let signature = row.text(4), let index = users.index(forKey: user)
            else { return }
            // The user's rows are changed where they lie in the dictionary: a copy taken out and put back
            // would copy the user's devices and keys for every signature row.
            let viewer = selection.viewer ?? user
            if signer == viewer {
                let types = users.values[index].crossSigning.filter { Self.publicKeys(of: $0.value).contains(target) }.map(\.key)
                for type in types { Self.add(signature, by: signer, keyID: keyID, to: &users.values[index].crossSigning[type]!) }
            }
            if signer == user && users.values[index].isLocal,
               let device = users.values[index].devices.firstIndex(where: { $0.id == target }) {
                Self.add(signature, by: signer, keyID: keyID, to: &users.values[index].devices[device].keys)
            }
        }

        return ids.compactMap { id -> UserKeysRecord? in
            guard let gathered = users[id] else { return nil }
            if !gathered.isLocal && !selection.includeRemote { return nil }
            let devices = gathered.devices
                .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
                .map { UserKeysRecord.FiledDevice(deviceID: $0.id, keys: .object($0.keys)) }
            return UserKeysRecord(
                userID: id,
                masterKey: gathered.crossSigning["master"].map { .object($0) },
                selfSigningKey: gathered.crossSigning["self_signing"].map { .object($0) },
                userSigningKey: gathered.crossSigning["user_signing"].map { .object($0) },
                devices: devices, isLocal: gathered.isLocal)
        }
    }

    /// The public keys a cross-signing key object names (the values of `keys`): Synapse files a
    /// signature on a cross-signing key under the key's public key as its `target_device_id`.
    static func publicKeys(of key: JSONObject) -> [String] {
        key["keys"]?.objectValue?.values.compactMap(\.stringValue) ?? []
    }

    /// Sets `signatures[signer][keyID] = signature` in `object`, replacing what was there. (The inner
    /// objects are taken out while they change, so that they are changed in place, not copied.)
    static func add(_ signature: String, by signer: String, keyID: String, to object: inout JSONObject) {
        var signatures = object.removeValue(forKey: "signatures")?.objectValue ?? JSONObject()
        var own = signatures.removeValue(forKey: signer)?.objectValue ?? JSONObject()
        own[keyID] = .string(signature)
        signatures[signer] = .object(own)
        object["signatures"] = .object(signatures)
    }
}
