/// Content hashes, reference hashes, event IDs and v12 room IDs (SPEC §7).
public enum EventHashes {
    /// SHA-256 of the canonical JSON of the event without `unsigned`, `signatures` and `hashes`.
    public static func contentHash(_ event: JSONObject) -> [UInt8] {
        var stripped = event
        stripped.removeValue(forKey: "unsigned")
        stripped.removeValue(forKey: "signatures")
        stripped.removeValue(forKey: "hashes")
        return SHA256.hash(CanonicalJSON.encode(.object(stripped)))
    }

    /// The event with `hashes.sha256` set to its content hash (other hashes kept).
    public static func addingContentHash(_ event: JSONObject) throws(EventError) -> JSONObject {
        var result = event
        var hashes = JSONObject()
        if let existing = event["hashes"] {
            guard case .object(let value) = existing else { throw .invalidField("hashes", reason: "not an object") }
            hashes = value
        }
        hashes["sha256"] = .string(Base64.encode(contentHash(event)))
        result["hashes"] = .object(hashes)
        return result
    }

    /// The outcome of checking an event's `hashes.sha256`.
    public enum ContentHashCheck: Sendable, Equatable {
        case matches
        case differs(expected: String, actual: String)
        case missing
        case malformed(String)
    }

    public static func checkContentHash(_ event: JSONObject) -> ContentHashCheck {
        checkContentHash(claimedIn: event) { contentHash(event) }
    }

    /// Compares the `hashes.sha256` that `event` claims with the hash `computed` gives (computed only
    /// when there is a claim to compare).
    public static func checkContentHash(claimedIn event: JSONObject, computed: () -> [UInt8]) -> ContentHashCheck {
        guard case .object(let hashes)? = event["hashes"], let value = hashes["sha256"] else { return .missing }
        guard case .string(let text) = value else { return .malformed("hashes.sha256 is not a string") }
        let computed = computed()
        let claimed: [UInt8]
        do { claimed = try Base64.decode(text, expectedLength: 32, field: "hashes.sha256") } catch {
            return .malformed(error.description)
        }
        return claimed == computed ? .matches : .differs(expected: Base64.encode(computed), actual: text)
    }

    /// SHA-256 of the canonical JSON of the redacted event without `signatures` and `unsigned`.
    public static func referenceHash(_ event: JSONObject, version: RoomVersion) -> [UInt8] {
        var redacted = Redaction.redact(event, version: version)
        redacted.removeValue(forKey: "signatures")
        redacted.removeValue(forKey: "unsigned")
        return SHA256.hash(CanonicalJSON.encode(.object(redacted)))
    }

    /// The event ID: carried in the event for v1–v2, derived from the reference hash from v3 on.
    public static func eventID(_ event: JSONObject, version: RoomVersion) throws(EventError) -> String {
        switch version.eventIDFormat {
        case .chosenByOrigin:
            guard case .string(let id)? = event["event_id"], id.hasPrefix("$") else {
                throw .invalidField("event_id", reason: "\(version) events carry their ID in event_id, which is missing or not a $-prefixed string")
            }
            return id
        case .referenceHashBase64:
            return "$" + Base64.encode(referenceHash(event, version: version))
        case .referenceHashURLSafe:
            return "$" + Base64.encode(referenceHash(event, version: version), alphabet: .urlSafe)
        }
    }

    /// The room ID of a room version 12+ room: `!` + URL-safe base64 of the create event's reference hash.
    public static func roomID(ofCreateEvent event: JSONObject, version: RoomVersion) throws(EventError) -> String {
        guard version.roomIDFromCreateEvent else { throw .roomIDNotDerived(version.description) }
        guard case .string(let type)? = event["type"] else { throw .invalidField("type", reason: "missing or not a string") }
        guard type == "m.room.create" else { throw .notACreateEvent(type) }
        guard event["room_id"] == nil else { throw .createEventHasRoomID }
        return "!" + Base64.encode(referenceHash(event, version: version), alphabet: .urlSafe)
    }
}
