import MatrixKeys

/// A homeserver's own storage, read-only: where its events and the key responses it fetched come from.
/// It plugs into MatrixKeys' two seams: its events are an `EventSource` (each with its room version and
/// its place in the store), and its key responses are `KeyRing.Loaded` values (each with the time the
/// server fetched it). Synapse's (`SynapseStore`, on SQLite or PostgreSQL) is one; another homeserver's
/// storage (Dendrite, conduwuit) would be another beside it.
public protocol HomeserverStore: AnyObject {
    /// What the store is, as reports name it: the engine and the database, never a password.
    var description: String { get }
    /// Every key response the server fetched and kept, each with when it was fetched (`fetched_at`, for
    /// the 7-day cap), and the records that could not be read as one.
    func keyResponses() throws(StoreError) -> StoredKeyResponses
    /// The lowest and highest stream positions of the stored events; nil when there are none.
    func streamSpan() throws(StoreError) -> ClosedRange<Int64>?
    /// How many stored events `selection` takes.
    func countEvents(_ selection: EventSelection) throws(StoreError) -> Int
    /// The events `selection` takes, in stream order, read in batches in bounded memory.
    func events(_ selection: EventSelection) throws(StoreError) -> any StoredEventReader
    /// One event by the ID it is stored under; nil when there is none.
    func event(id: String) throws(StoreError) -> StoredEventRecord?
    /// Ends the session (and its read-only transaction). Idempotent.
    func close()
}

/// The events of a store as an event source. Reading errors (a lost connection, a locked file) end the
/// stream with a `StoreError`; a row that is not an event is handed out with its problem instead.
public protocol StoredEventReader: EventSource {
    /// How many events have been handed out so far (for progress).
    var eventsRead: Int { get }
}

/// Which stored events to read.
public struct EventSelection: Sendable, Equatable {
    /// Only these rooms (all when empty).
    public var rooms: [String] = []
    /// Only events whose `origin_server_ts` is at least this (ms).
    public var since: Int64?
    /// Only events whose `origin_server_ts` is before this (ms).
    public var until: Int64?
    /// Only events at these stream positions (`StreamShard.range`); nil bounds are open.
    public var streamFrom: Int64?
    public var streamTo: Int64?

    public init(rooms: [String] = [], since: Int64? = nil, until: Int64? = nil, streamFrom: Int64? = nil, streamTo: Int64? = nil) {
        self.rooms = rooms
        self.since = since
        self.until = until
        self.streamFrom = streamFrom
        self.streamTo = streamTo
    }
}

/// One of N parts of a store's events, for splitting a large database across machines with no
/// coordination (`--shard K/N`): the stream positions from the lowest to the highest are cut into N
/// equal ranges and part K takes the K-th. The first part also takes every position below the span and
/// the last every position above it, so events written after the span was read are not lost.
public struct StreamShard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self {
            case .invalid(let text): return "\"\(text)\" is not a shard: give K/N with 1 <= K <= N <= 1000000 (for example 2/8)"
            }
        }
    }

    public init(index: Int, count: Int) throws(ParseError) {
        guard count >= 1, count <= 1_000_000, index >= 1, index <= count else { throw .invalid("\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 7 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let index = Int(parts[0]), let count = Int(parts[1])
        else { throw .invalid(text) }
        do { try self.init(index: index, count: count) } catch { throw .invalid(text) }
    }

    public var description: String { "\(index)/\(count)" }

    /// The stream positions this shard takes out of `span` (the lowest and highest present): from and
    /// to, inclusive, with nil for an open end.
    public func range(of span: ClosedRange<Int64>) -> (from: Int64?, to: Int64?) {
        let low = Int128(span.lowerBound), width = Int128(span.upperBound) - low + 1
        func start(_ k: Int) -> Int128 { low + width * Int128(k - 1) / Int128(count) }
        let from: Int64? = index == 1 ? nil : Int64(start(index))
        let to: Int64? = index == count ? nil : Int64(start(index + 1) - 1)
        return (from, to)
    }
}

/// The key responses a store holds.
public struct StoredKeyResponses: Sendable {
    /// Each distinct response, with its source (the records holding it) and its fetch time.
    public let responses: [KeyRing.Loaded]
    /// Records that are not a key response: the record and why.
    public let unusable: [(record: String, reason: String)]

    public init(responses: [KeyRing.Loaded], unusable: [(record: String, reason: String)]) {
        self.responses = responses
        self.unusable = unusable
    }
}

/// One stored event read by ID: what the store says of it, its room version, and its JSON (or why it
/// cannot be had).
public struct StoredEventRecord: Sendable {
    public let stored: StoredEvent
    public let version: RoomVersion?
    /// The event's JSON as stored; nil with a problem.
    public let json: [UInt8]?
    /// Why the event cannot be checked (no JSON stored, a room missing from the rooms table, a room
    /// version mxkeys does not know).
    public let problem: String?
}
