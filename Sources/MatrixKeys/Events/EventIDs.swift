/// Event IDs and reference hashes of events given as JSON text, for streams: the fast path, which
/// hashes canonical byte spans without building a tree (`EventHashes` works on parsed events). One value
/// serves one thread at a time; reuse it from event to event.
///
/// ```swift
/// let ids = EventIDs()
/// let id = try ids.eventID(line.utf8.span, version: .v11)   // "$..."
/// ```
public final class EventIDs {
    private let hasher = EventHasher()

    public init() {}

    /// The event ID of one event (room versions 3 and later derive it; 1–2 read `event_id`). Throws
    /// `JSONParseError` for text that is not JSON and `EventError` for JSON that is not an event.
    public func eventID(_ json: Span<UInt8>, version: RoomVersion) throws -> String {
        try json.bytes.withUnsafeBytes { try eventID($0, version: version) }
    }

    package func eventID(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> String {
        try hasher.eventID(json, version: version)
    }

    /// The reference hash (SHA-256 of the redacted event without signatures) of one event.
    public func referenceHash(_ json: Span<UInt8>, version: RoomVersion) throws -> [UInt8] {
        try json.bytes.withUnsafeBytes { try referenceHash($0, version: version) }
    }

    package func referenceHash(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> [UInt8] {
        try hasher.referenceHash(json, version: version)
    }
}
