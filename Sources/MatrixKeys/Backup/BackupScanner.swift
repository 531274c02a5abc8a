/// The fast path for whole key backups (`{"rooms": {ROOM: {"sessions": {SESSION: {…}}}}}`, what
/// `GET /room_keys/keys` returns): one pass over the text validates all of it, reads the room and
/// session IDs, and notes where each session and its `session_data` lie, without building a tree. A
/// session's `session_data` is read from the text when it is decrypted, on the thread that decrypts it.
/// A backup of 10,000 sessions made a tree of 70,000 allocations, built on one thread and freed at the
/// end; this makes two strings per session.
///
/// Anything else (another shape, a duplicate or escaped key on the way to the sessions, a room or session
/// that is not an object, text that is not JSON) gives nil, and the tree path answers, with its exact
/// errors. The answers are the tree path's: the same sessions in the same order.
struct BackupScanner {
    private var validator: JSONValidator
    /// The keys of the objects being walked, innermost last, for the duplicate check.
    private var keys: [Range<Int>] = []

    /// The sessions of a whole backup, selected as `KeyBackup.sessions(in:roomID:sessionID:)` selects
    /// them, and the top-level `auth_data` value when there is one (a file `backup fetch` wrote); nil
    /// when the tree path must answer.
    static func read(_ text: BackupText, roomID: String?, sessionID: String?) -> (sessions: [BackupSession], authData: JSONValue?)? {
        text.bytes.withUnsafeBytes { raw in
            var scanner = BackupScanner(validator: JSONValidator(mode: text.mode))
            scanner.validator.reset(raw, mode: text.mode)
            return try? scanner.document(text, roomID: roomID, sessionID: sessionID)
        }
    }

    /// A reason to leave the input to the tree path.
    struct Unusual: Error {}

    private mutating func document(
        _ text: BackupText, roomID: String?, sessionID: String?
    ) throws(Unusual) -> (sessions: [BackupSession], authData: JSONValue?) {
        var rooms: [(key: Range<Int>, sessions: [BackupSession])] = []
        var sawRooms = false
        var authData: Range<Int>? = nil
        try object(depth: 1) { scanner, key throws(Unusual) in
            if scanner.equals(key, "auth_data" as StaticString) {
                let start = scanner.validator.scanner.pos
                try scanner.skipValue(depth: 1)
                authData = start..<scanner.validator.scanner.pos
                return
            }
            guard scanner.equals(key, "rooms" as StaticString) else { return try scanner.skipValue(depth: 1) }
            sawRooms = true
            try scanner.object(depth: 2) { scanner, room throws(Unusual) in
                guard roomID.map({ scanner.equals(room, $0) }) ?? true else { return try scanner.skipValue(depth: 2) }
                let roomText = scanner.string(room)
                var sessions: [(key: Range<Int>, session: BackupSession)] = []
                var sawSessions = false
                try scanner.object(depth: 3) { scanner, key throws(Unusual) in
                    guard scanner.equals(key, "sessions" as StaticString) else { return try scanner.skipValue(depth: 3) }
                    sawSessions = true
                    try scanner.object(depth: 4) { scanner, session throws(Unusual) in
                        guard sessionID.map({ scanner.equals(session, $0) }) ?? true else { return try scanner.skipValue(depth: 4) }
                        let start = scanner.validator.scanner.pos
                        var data: Range<Int>? = nil
                        var fields: BackupSession.SessionDataFields? = nil
                        try scanner.object(depth: 5) { scanner, key throws(Unusual) in
                            let valueStart = scanner.validator.scanner.pos
                            if scanner.equals(key, "session_data" as StaticString) {
                                fields = try scanner.sessionDataFields()
                                data = valueStart..<scanner.validator.scanner.pos
                            } else {
                                try scanner.skipValue(depth: 5)
                            }
                        }
                        let range = start..<scanner.validator.scanner.pos
                        sessions.append((session, BackupSession(
                            roomID: roomText, sessionID: scanner.string(session), text: text, session: range, sessionData: data, fields: fields)))
                    }
                }
                // A room without sessions is an error on the tree path.
                guard sawSessions else { throw Unusual() }
                rooms.append((room, scanner.sorted(sessions).map(\.1)))
            }
        }
        validator.scanner.skipWhitespace()
        guard sawRooms, validator.scanner.atEnd else { throw Unusual() }
        return (sorted(rooms).flatMap(\.1), authData.map { text.value($0) })
    }

    /// Reads the `session_data` value at the scanner's position (at nesting level 5), noting where its
    /// three fields' base64 lies when it is an object whose fields are unescaped strings; nil otherwise
    /// (the tree path then reads it when the session is decrypted).
    private mutating func sessionDataFields() throws(Unusual) -> BackupSession.SessionDataFields? {
        guard (try? validator.scanner.peekValueStart()) == 0x7B else {
            try skipValue(depth: 5)
            return nil
        }
        var ephemeral: Range<Int>?, ciphertext: Range<Int>?, mac: Range<Int>?
        try object(depth: 6) { scanner, key throws(Unusual) in
            // A string without escapes is its bytes; anything else is left to the tree.
            var content: Range<Int>? = nil
            if scanner.validator.scanner.byte(scanner.validator.scanner.pos) == 0x22 {
                guard let span = try? scanner.validator.scanner.scanString() else { throw Unusual() }
                if !span.escaped { content = span.start..<span.end }
            } else {
                try scanner.skipValue(depth: 6)
            }
            if scanner.equals(key, Self.ephemeral) { ephemeral = content }
            else if scanner.equals(key, Self.ciphertext) { ciphertext = content }
            else if scanner.equals(key, Self.mac) { mac = content }
        }
        guard let ephemeral, let ciphertext, let mac else { return nil }
        return BackupSession.SessionDataFields(ephemeral: ephemeral, ciphertext: ciphertext, mac: mac)
    }

    /// Walks the object at the scanner's position (at nesting level `depth`): `member` is called with each
    /// key's span, the scanner on its value, and must consume the value. Keys must be unescaped and
    /// distinct, and the value an object.
    private mutating func object(depth: Int, _ member: (inout BackupScanner, Range<Int>) throws(Unusual) -> Void) throws(Unusual) {
        do {
            guard depth <= JSONParser.maxDepth, try validator.scanner.peekValueStart() == 0x7B else { throw Unusual() }
            validator.scanner.pos += 1
            let first = keys.count
            defer { keys.removeSubrange(first...) }
            if try validator.scanner.peekValueStart() == 0x7D {
                validator.scanner.pos += 1
                return
            }
            while true {
                guard try validator.scanner.peekValueStart() == 0x22 else { throw Unusual() }
                let key = try validator.scanner.scanString()
                guard !key.escaped, try validator.scanner.peekValueStart() == 0x3A else { throw Unusual() }
                validator.scanner.pos += 1
                _ = try validator.scanner.peekValueStart()
                keys.append(key.start..<key.end)
                try member(&self, key.start..<key.end)
                let next = try validator.scanner.peekValueStart()
                validator.scanner.pos += 1
                if next == 0x2C { continue }
                guard next == 0x7D else { throw Unusual() }
                break
            }
            // Duplicate keys are an error on the tree path.
            let scanner = validator.scanner
            let duplicate = keys.withUnsafeMutableBufferPointer { all in
                sortFindingDuplicate(UnsafeMutableBufferPointer(rebasing: all[first...])) {
                    scanner.compareSpans($0.lowerBound, $0.upperBound, $1.lowerBound, $1.upperBound)
                }
            }
            guard duplicate == nil else { throw Unusual() }
        } catch let unusual as Unusual {
            throw unusual
        } catch {
            throw Unusual()
        }
    }

    private mutating func skipValue(depth: Int) throws(Unusual) {
        do { try validator.value(depth: depth) } catch { throw Unusual() }
    }

    private func equals(_ span: Range<Int>, _ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { UTF8Bytes.compare(validator.scanner.base + span.lowerBound, span.count, $0.baseAddress, $0.count) == 0 }
    }

    private func equals(_ span: Range<Int>, _ text: StaticString) -> Bool {
        UTF8Bytes.compare(validator.scanner.base + span.lowerBound, span.count, text.utf8Start, text.utf8CodeUnitCount) == 0
    }

    private static let ephemeral: StaticString = "ephemeral", ciphertext: StaticString = "ciphertext", mac: StaticString = "mac"

    private func string(_ span: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: validator.scanner.base + span.lowerBound, count: span.count), as: UTF8.self)
    }

    /// Entries in the order of their keys' bytes, as a parsed object has its members.
    private func sorted<T>(_ entries: [(key: Range<Int>, T)]) -> [(key: Range<Int>, T)] {
        let scanner = validator.scanner
        return entries.sorted { scanner.compareSpans($0.key.lowerBound, $0.key.upperBound, $1.key.lowerBound, $1.key.upperBound) < 0 }
    }
}

/// A backup's text, shared by the sessions read from it.
final class BackupText: Sendable {
    let bytes: [UInt8]
    let mode: NumberMode

    init(_ bytes: [UInt8], mode: NumberMode) {
        self.bytes = bytes
        self.mode = mode
    }

    /// The JSON value in `range` (validated already, so it parses).
    func value(_ range: Range<Int>) -> JSONValue {
        bytes.withUnsafeBytes { raw in
            do { return try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[range]), mode: mode) } catch {
                preconditionFailure("validated backup text failed to parse: \(error)")
            }
        }
    }
}
