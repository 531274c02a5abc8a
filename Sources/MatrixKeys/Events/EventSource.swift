/// Where events come from: the seam that every input of `event verify` plugs into. A file or standard
/// input (`JSONItemReader`: JSON lines, an array, a transaction, a state response) is one source; a
/// homeserver's database is another. The verifier sees raw event bytes, where each came from, and the
/// room version when the source knows it.
public protocol EventSource: AnyObject {
    /// Reads the next event and calls `body` with what the source knows of it and its JSON text (empty
    /// when the event has a problem); returns what `body` returns, or nil at the end. The bytes are lent
    /// for the call: a source reuses its buffer from one event to the next, and the compiler keeps the
    /// `Span` from outliving `body`. Throws for read errors that end the stream, and what `body`
    /// throws; an item that is not an event is still handed out, with a problem.
    ///
    /// ```swift
    /// var total = 0
    /// while try source.nextEvent({ _, json in total += json.count }) != nil {}   // the bytes of every event
    /// ```
    func nextEvent<R>(_ body: (SourcedEvent, Span<UInt8>) throws -> R) throws -> R?
}

/// What a source says of one event, beside its bytes: where it is, its room version when the source
/// knows it, or why it is not an event.
public struct SourcedEvent: Sendable {
    public let location: EventLocation
    /// The event's room version when the source knows it (a database knows each room's); nil means the
    /// run's version (`--room-version` for files).
    public let version: RoomVersion?
    /// Why this item is not an event (a line that is too long, a broken array), instead of bytes.
    public let problem: String?

    public init(location: EventLocation, version: RoomVersion? = nil, problem: String? = nil) {
        self.location = location
        self.version = version
        self.problem = problem
    }
}

/// Where an event is, as reports name it.
public enum EventLocation: Sendable, Equatable, CustomStringConvertible {
    /// A file or stream: the 1-based line the event starts on, and the list it came from in a document
    /// with several (`pdus`, `auth_chain`).
    case line(Int, list: String? = nil)
    /// An element of an array of events held in memory (0-based).
    case element(Int)
    /// A row of a homeserver's database.
    case stored(StoredEvent)

    public var description: String {
        switch self {
        case let .line(line, list): return "line \(line)" + (list.map { " (\($0))" } ?? "")
        case .element(let index): return "element \(index)"
        case .stored(let event): return "\(event.eventID) (stream \(event.streamOrdering))"
        }
    }
}

/// What a homeserver's database says of a stored event, beside its JSON.
public struct StoredEvent: Sendable, Equatable {
    /// The event ID the row is stored under.
    public let eventID: String
    public let roomID: String
    /// The event's position in the server's stream.
    public let streamOrdering: Int64
    /// Whether the server holds it as an outlier (outside the room's timeline: fetched for the auth chain).
    public let outlier: Bool
    /// Why the server itself rejected the event, when it did.
    public let rejectionReason: String?
    /// Whether the server pruned the event's content after redacting it ("censored").
    public let censored: Bool

    public init(eventID: String, roomID: String, streamOrdering: Int64, outlier: Bool, rejectionReason: String? = nil, censored: Bool = false) {
        self.eventID = eventID
        self.roomID = roomID
        self.streamOrdering = streamOrdering
        self.outlier = outlier
        self.rejectionReason = rejectionReason
        self.censored = censored
    }
}

extension JSONItemReader: EventSource {
    public func nextEvent<R>(_ body: (SourcedEvent, Span<UInt8>) throws -> R) throws -> R? {
        try next { item, bytes in try body(SourcedEvent(location: .line(item.line, list: item.list), problem: item.problem), bytes) }
    }
}
