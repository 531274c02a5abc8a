/// One session of a key backup, as found in any of the shapes the server returns.
public struct BackupSession: Sendable {
    public let roomID: String?
    public let sessionID: String?
    private let storage: Storage

    /// A session of a parsed backup, or a place in a backup's text (`BackupScanner`).
    private enum Storage: Sendable {
        case parsed(metadata: JSONObject, sessionData: JSONValue?)
        case text(BackupText, session: Range<Int>, sessionData: Range<Int>?, fields: SessionDataFields?)
    }

    /// Where the base64 of `session_data`'s fields lies in the backup's text.
    struct SessionDataFields: Sendable {
        let ephemeral: Range<Int>
        let ciphertext: Range<Int>
        let mac: Range<Int>
    }

    init(roomID: String?, sessionID: String?, metadata: JSONObject, sessionData: JSONValue?) {
        self.roomID = roomID
        self.sessionID = sessionID
        storage = .parsed(metadata: metadata, sessionData: sessionData)
    }

    init(roomID: String?, sessionID: String?, text: BackupText, session: Range<Int>, sessionData: Range<Int>?, fields: SessionDataFields?) {
        self.roomID = roomID
        self.sessionID = sessionID
        storage = .text(text, session: session, sessionData: sessionData, fields: fields)
    }

    /// `first_message_index`, `forwarded_count`, `is_verified`, as the backup has them.
    public var metadata: JSONObject {
        switch storage {
        case .parsed(let metadata, _): return metadata
        case .text(let text, let session, _, _):
            var object = text.value(session).objectValue ?? JSONObject()
            object.removeValue(forKey: "session_data")
            return object
        }
    }

    /// Its `session_data`, read when it is decrypted (so a bad one fails alone).
    public var sessionData: JSONValue? {
        switch storage {
        case .parsed(_, let sessionData): return sessionData
        case .text(let text, _, let range, _): return range.map { text.value($0) }
        }
    }

    /// The `session_data` read straight from the backup's text, without a tree; nil when the session
    /// was parsed, or its `session_data` is anything but an object with the three fields as unescaped
    /// strings (the tree path then gives the answer or the exact error).
    func scannedSessionData() -> Result<SessionData, BackupError>? {
        guard case .text(let text, _, _, let fields?) = storage else { return nil }
        return text.bytes.withUnsafeBytes { all in
            Result { () throws(BackupError) in
                try SessionData(label: "session_data") { name in
                    let range = name == "ephemeral" ? fields.ephemeral : name == "ciphertext" ? fields.ciphertext : fields.mac
                    return Result { () throws(EncodingError) in try Base64.decode(UnsafeRawBufferPointer(rebasing: all[range])) }
                }
            }
        }
    }

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

    /// The same for a backup's text: a whole backup is read without building a tree (`BackupScanner`);
    /// other shapes, and text that is not JSON, are parsed (`JSONParseError` for the latter).
    public static func sessions(inText bytes: [UInt8], mode: NumberMode = .lax, roomID: String? = nil, sessionID: String? = nil) throws -> [BackupSession] {
        try contents(ofText: bytes, mode: mode, roomID: roomID, sessionID: sessionID).sessions
    }

    /// The selected sessions of a backup's text, and the backup version's `auth_data` when the text is a
    /// whole backup that carries it beside its rooms (as `backup fetch` writes it), for checking a key.
    public static func contents(
        ofText bytes: [UInt8], mode: NumberMode = .lax, roomID: String? = nil, sessionID: String? = nil
    ) throws -> (sessions: [BackupSession], authData: JSONObject?) {
        if let (sessions, authData) = BackupScanner.read(BackupText(bytes, mode: mode), roomID: roomID, sessionID: sessionID) {
            return (sessions, authData?.objectValue)
        }
        let value = try JSONParser.parse(bytes, mode: mode)
        var authData: JSONObject? = nil
        if case .object(let top) = value, top["rooms"] != nil { authData = top["auth_data"]?.objectValue }
        return (try sessions(in: value, roomID: roomID, sessionID: sessionID), authData)
    }

    /// The rooms and sessions of the text of a whole backup as `GET /room_keys/keys` answers it, counted:
    /// `{"rooms": {ROOM: {"sessions": {SESSION: {…}}}}}`, each room an object with a `sessions` object,
    /// and each session as the reading commands read it. Any other shape (no `rooms`, `rooms` an array,
    /// a room without `sessions`), or text that is not JSON, is an error saying what is wrong. `rooms`
    /// counts the rooms that have sessions.
    public static func census(ofWholeBackup bytes: [UInt8]) throws -> (rooms: Int, sessions: Int) {
        if let (sessions, _) = BackupScanner.read(BackupText(bytes, mode: .lax), roomID: nil, sessionID: nil) {
            return (countRooms(sessions), sessions.count)
        }
        // Unusual text (escaped keys, say): the tree path, with its exact errors.
        let value = try JSONParser.parse(bytes, mode: .lax)
        guard case .object(let object) = value else { throw BackupError.invalidField("backup", reason: "not a JSON object") }
        guard let rooms = object["rooms"] else { throw BackupError.invalidField("backup", reason: "no rooms") }
        guard case .object = rooms else { throw BackupError.invalidField("rooms", reason: "not an object") }
        let sessions = try sessions(in: value)
        return (countRooms(sessions), sessions.count)
    }

    private static func countRooms(_ sessions: [BackupSession]) -> Int {
        var rooms = 0
        var previous: String?? = .none
        // Sessions come room by room.
        for session in sessions where previous != .some(session.roomID) {
            rooms += 1
            previous = .some(session.roomID)
        }
        return rooms
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
        let data: SessionData
        if let scanned = session.scannedSessionData() {
            do { data = try scanned.get() } catch { throw .session(session.label, reason: error.description) }
        } else {
            guard case .object(let dataObject)? = session.sessionData else {
                throw .session(session.label, reason: "session_data is missing or not an object")
            }
            do { data = try SessionData(dataObject) } catch { throw .session(session.label, reason: error.description) }
        }
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
            // A session a client cannot import is refused here, not discovered after the upload.
            for field in SessionExportFile.requiredSessionFields {
                guard case .string? = session[field] else { throw .invalidField("session \(index).\(field)", reason: "missing or not a string") }
            }
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
