/// One session of a key backup, as found in any of the shapes the server returns.
public struct BackupSession: Sendable {
    public let roomID: String?
    public let sessionID: String?
    /// `first_message_index`, `forwarded_count`, `is_verified`, as the backup has them.
    public let metadata: JSONObject
    /// Its `session_data`, read when it is decrypted (so a bad one fails alone).
    public let sessionData: JSONValue?

    /// How errors name it.
    public var label: String {
        switch (roomID, sessionID) {
        case let (room?, session?): return "room \(room), session \(session)"
        case let (nil, session?): return "session \(session)"
        case let (room?, nil): return "a session of room \(room)"
        default: return "session_data"
        }
    }
}

/// Whole key backups (`GET /room_keys/keys`) and the reverse (`PUT /room_keys/keys`), SPEC §10.
public enum KeyBackup {
    /// The sessions of `value`: a whole backup (`{"rooms": …}`), one room (`{"sessions": …}`), one session
    /// (`{…, "session_data"}`), or bare `session_data`.
    ///
    /// `roomID` and `sessionID` select where the shape carries the IDs (a whole backup by both, one room
    /// by session), and fill them in where it does not (one room's ID, one session's IDs); sessions the
    /// IDs do not fill stay without them. Selecting nothing gives no sessions, not an error.
    public static func sessions(in value: JSONValue, roomID: String? = nil, sessionID: String? = nil) throws(BackupError) -> [BackupSession] {
        guard case .object(let object) = value else { throw .invalidField("backup", reason: "not a JSON object") }
        if let rooms = object["rooms"] {
            guard case .object(let byRoom) = rooms else { throw .invalidField("rooms", reason: "not an object") }
            var result: [BackupSession] = []
            for (room, roomValue) in byRoom where roomID == nil || room == roomID {
                guard case .object(let roomObject) = roomValue else { throw .invalidField("rooms.\(room)", reason: "not an object") }
                result += try sessions(ofRoom: roomObject, roomID: room, path: "rooms.\(room)").filter { sessionID == nil || $0.sessionID == sessionID }
            }
            return result
        }
        if object["sessions"] != nil {
            return try sessions(ofRoom: object, roomID: roomID, path: "").filter { sessionID == nil || $0.sessionID == sessionID }
        }
        if let data = object["session_data"] {
            var metadata = object
            metadata.removeValue(forKey: "session_data")
            return [BackupSession(roomID: roomID, sessionID: sessionID, metadata: metadata, sessionData: data)]
        }
        if object["ephemeral"] != nil {
            return [BackupSession(roomID: roomID, sessionID: sessionID, metadata: JSONObject(), sessionData: value)]
        }
        throw .invalidField("backup", reason: "expected {\"rooms\": …}, {\"sessions\": …}, a session with session_data, or session_data")
    }

    private static func sessions(ofRoom room: JSONObject, roomID: String?, path: String) throws(BackupError) -> [BackupSession] {
        guard case .object(let bySession)? = room["sessions"] else {
            throw .invalidField(path.isEmpty ? "sessions" : "\(path).sessions", reason: "missing or not an object")
        }
        return bySession.map { id, value in
            var metadata = value.objectValue ?? JSONObject()
            let data = metadata.removeValue(forKey: "session_data")
            return BackupSession(roomID: roomID, sessionID: id, metadata: metadata, sessionData: data)
        }
    }

    /// One session decrypted into the session-export form: the canonical JSON of its plaintext with
    /// `room_id` and `session_id` set from the backup. The plaintext is canonicalised as it is read,
    /// without building a tree; clients write it in any key order and spacing.
    public static func decrypt(_ session: BackupSession, key: BackupKey) throws(BackupError) -> (session: SecretBytes, mac: BackupCipher.MACKind) {
        try decrypt(session, key: key, workspace: BackupCipher.Workspace())
    }

    /// The same in a thread's kept workspace.
    package static func decrypt(
        _ session: BackupSession, key: BackupKey, workspace: BackupCipher.Workspace
    ) throws(BackupError) -> (session: SecretBytes, mac: BackupCipher.MACKind) {
        guard case .object(let dataObject)? = session.sessionData else {
            throw .session(session.label, reason: "session_data is missing or not an object")
        }
        let data: SessionData
        do { data = try SessionData(dataObject) } catch { throw .session(session.label, reason: error.description) }
        var ids: [CanonicalJSON.Member] = []
        if let room = session.roomID { ids.append(CanonicalJSON.Member("room_id", .string(room))) }
        if let id = session.sessionID { ids.append(CanonicalJSON.Member("session_id", .string(id))) }
        return try BackupCipher.withPlaintext(data, with: key, label: { session.label }, workspace: workspace) { plaintext, mac throws(BackupError) in
            guard let json = try? workspace.canonicalizer.canonicalizeSecret(object: plaintext, setting: ids) else {
                throw .session(session.label, reason: "the decrypted session is not a JSON object")
            }
            return (json, mac)
        }
    }

    /// Every session, on `jobs` threads, results in order; a failing session fails alone.
    public static func decryptAll(_ sessions: [BackupSession], key: BackupKey, jobs: Int) -> [Result<(session: SecretBytes, mac: BackupCipher.MACKind), BackupError>] {
        parallelMap(sessions, jobs: jobs, perThread: { BackupCipher.Workspace() }) { workspace, session in
            Result { () throws(BackupError) in try decrypt(session, key: key, workspace: workspace) }
        }
    }

    /// The `PUT /room_keys/keys` body for sessions in export form, encrypted for `publicKey`.
    public static func encrypt(_ exported: [JSONObject], for publicKey: X25519.PublicKey) throws(BackupError) -> JSONObject {
        let workspace = BackupCipher.Workspace()
        // Sessions by room, then by ID (a later duplicate replaces an earlier one). The objects are built
        // at the end, in key order: inserting into a growing JSONObject one by one is quadratic.
        var rooms: [String: [String: JSONValue]] = [:]
        for (index, var session) in exported.enumerated() {
            guard case .string(let room)? = session.removeValue(forKey: "room_id"), case .string(let id)? = session.removeValue(forKey: "session_id") else {
                throw .invalidField("session \(index)", reason: "room_id and session_id must be strings")
            }
            var plaintext = CanonicalJSON.encode(.object(session))
            let data = try BackupCipher.encrypt(SecretBytes(consuming: &plaintext), to: publicKey, ephemeral: X25519.PrivateKey(), workspace: workspace)
            var chain = 0
            if case .array(let keys)? = session["forwarding_curve25519_key_chain"] { chain = keys.count }
            let entry: JSONObject = [
                "first_message_index": .integer(firstMessageIndex(session)), "forwarded_count": .integer(Int64(chain)),
                "is_verified": false, "session_data": data.json,
            ]
            rooms[room, default: [:]][id] = .object(entry)
        }
        func inKeyOrder(_ members: [String: JSONValue]) -> JSONObject {
            JSONObject(members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.value) })
        }
        return ["rooms": .object(inKeyOrder(rooms.mapValues { ["sessions": .object(inKeyOrder($0))] }))]
    }

    /// The first index a session key can decrypt: bytes 1–4 (big-endian) of an exported megolm session key.
    static func firstMessageIndex(_ session: JSONObject) -> Int64 {
        guard case .string(let text)? = session["session_key"], var key = try? Base64.decode(text), key.count >= 5 else { return 0 }
        defer { wipe(&key) }
        return Int64(key[1]) << 24 | Int64(key[2]) << 16 | Int64(key[3]) << 8 | Int64(key[4])
    }
}
