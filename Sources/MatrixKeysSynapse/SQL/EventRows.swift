import Dispatch
import MatrixKeys

/// The columns every event query selects, in this order (`SynapseStore.eventColumns`).
enum EventColumn {
    static let streamOrdering: Int32 = 0
    static let eventID: Int32 = 1
    static let roomID: Int32 = 2
    static let outlier: Int32 = 3
    static let roomVersion: Int32 = 4
    static let json: Int32 = 5
    static let rejection: Int32 = 6
    static let censored: Int32 = 7
    /// The room's row in `rooms` (NULL when the room is missing there).
    static let roomRow: Int32 = 8
}

/// What a row says of its event, beside the JSON: where it is stored, its room version, or why it
/// cannot be checked.
struct DecodedEventRow {
    let stored: StoredEvent
    let version: RoomVersion?
    let problem: String?
}

/// Turns event rows into stored events, with a small table of the room versions met so far.
struct EventRowDecoder {
    private var versions: [String: RoomVersion] = [:]
    private var unknown: [String: String] = [:]
    /// The last room ID read: consecutive events are often of one room, and then share its string.
    private var lastRoom = ""

    mutating func decode(_ row: some SQLRow) -> DecodedEventRow {
        let same = row.withBytes(EventColumn.roomID) { $0.elementsEqual(lastRoom.utf8) } ?? false
        if !same { lastRoom = row.text(EventColumn.roomID) ?? "" }
        let roomID = lastRoom
        let stored = StoredEvent(
            eventID: row.text(EventColumn.eventID) ?? "",
            roomID: roomID,
            streamOrdering: row.int64(EventColumn.streamOrdering) ?? 0,
            outlier: row.bool(EventColumn.outlier) ?? false,
            rejectionReason: row.text(EventColumn.rejection),
            censored: row.bool(EventColumn.censored) ?? false)
        if row.isNull(EventColumn.roomRow) {
            return DecodedEventRow(stored: stored, version: nil, problem: "its room \(roomID) is not in the rooms table, so its room version is not known")
        }
        guard let identifier = row.text(EventColumn.roomVersion) else {
            return DecodedEventRow(stored: stored, version: nil, problem: "the rooms table gives no room version for its room \(roomID)")
        }
        let version: RoomVersion
        if let known = versions[identifier] {
            version = known
        } else if let problem = unknown[identifier] {
            return DecodedEventRow(stored: stored, version: nil, problem: problem)
        } else {
            do { version = try RoomVersion(identifier: identifier) } catch {
                let problem = "its room \(roomID) has \(error.description)"
                unknown[identifier] = problem
                return DecodedEventRow(stored: stored, version: nil, problem: problem)
            }
            versions[identifier] = version
        }
        if row.isNull(EventColumn.json) {
            return DecodedEventRow(stored: stored, version: version, problem: "no JSON is stored for it (event_json has no row)")
        }
        return DecodedEventRow(stored: stored, version: version, problem: nil)
    }
}

/// Events copied out of a result, handed out one at a time; the bytes of one stay valid until the next
/// is taken (the buffer is reused only by `reset`, which comes after the last is taken). Used by one
/// thread at a time: the reader that fills it, then the one that takes from it.
final class EventBatch: @unchecked Sendable {
    private var storage: UnsafeMutableRawBufferPointer = .allocate(byteCount: 1 << 16, alignment: 1)
    private var used = 0
    private var items: [(start: Int, count: Int, row: DecodedEventRow)] = []
    private var taken = 0

    init() {}

    deinit { storage.deallocate() }

    var isDrained: Bool { taken == items.count }

    /// The JSON bytes held.
    var byteCount: Int { used }

    /// Where a batch of an engine that reads in place (SQLite) stops early.
    static let maxBytes = 4 << 20

    func reset() {
        used = 0
        items.removeAll(keepingCapacity: true)
        taken = 0
    }

    func append(_ decoded: DecodedEventRow, json row: some SQLRow) {
        var start = used, count = 0
        if decoded.problem == nil {
            _ = row.withBytes(EventColumn.json) { bytes in
                reserve(bytes.count)
                if let source = bytes.baseAddress, let base = storage.baseAddress {
                    (base + used).copyMemory(from: source, byteCount: bytes.count)
                }
                start = used
                count = bytes.count
                used += bytes.count
            }
        }
        items.append((start, count, decoded))
    }

    private func reserve(_ extra: Int) {
        guard used + extra > storage.count else { return }
        var size = storage.count
        while size < used + extra { size *= 2 }
        let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
        if used > 0, let to = grown.baseAddress, let from = storage.baseAddress { to.copyMemory(from: from, byteCount: used) }
        storage.deallocate()
        storage = grown
    }

    /// Hands the next row to `body`, its JSON lent from the batch's storage.
    func take<R>(_ body: (SourcedEvent, Span<UInt8>) throws -> R) rethrows -> R {
        let item = items[taken]
        taken += 1
        let start = item.count == 0 ? nil : storage.baseAddress.map { UnsafeRawPointer($0 + item.start) }
        let json = UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : item.count)
        return try body(SourcedEvent(location: .stored(item.row.stored), version: item.row.version, problem: item.row.problem), json.assumingMemoryBound(to: UInt8.self).span)
    }
}

/// Where a read-ahead reader gets its batches: one engine's batched reading of the event query.
protocol EventBatchSource: AnyObject, Sendable {
    /// Fills `batch` (already reset) with the next rows; false when no row can follow them.
    func fill(_ batch: EventBatch) throws(StoreError) -> Bool
}

/// Stored events handed out batch by batch, the next batch read ahead on a thread of its own while this
/// one is handed out: the thread that verifies (with one job, the caller's own) spends its time verifying,
/// while the reading (SQLite's page walks, libpq's parsing, the server's own work) goes on beside it.
/// Two batches at most are held.
final class ReadAheadEventReader: StoredEventReader, @unchecked Sendable {
    private let source: any EventBatchSource
    private var current = EventBatch()
    private var spare = EventBatch()
    private let queue = DispatchQueue(label: "mxkeys.stored-events.read-ahead")
    private let ready = DispatchSemaphore(value: 0)
    /// A fill of `spare` has been started and not yet waited for.
    private var pending = false
    /// What the last fill gave; written by the reading thread before it signals `ready`.
    private var outcome: Result<Bool, StoreError> = .success(true)
    private var exhausted = false
    private(set) var eventsRead = 0

    init(source: any EventBatchSource) {
        self.source = source
    }

    deinit {
        // The reading thread must be done with the source before it goes.
        if pending { ready.wait() }
    }

    private func startFill() {
        pending = true
        let batch = spare, source = self.source
        batch.reset()
        queue.async { [self] in
            outcome = Result { () throws(StoreError) -> Bool in try source.fill(batch) }
            ready.signal()
        }
    }

    func nextEvent<R>(_ body: (SourcedEvent, Span<UInt8>) throws -> R) throws -> R? {
        while current.isDrained {
            if exhausted { return nil }
            if !pending { startFill() }
            ready.wait()
            pending = false
            let more: Bool
            switch outcome {
            case .success(let value): more = value
            case .failure(let error):
                exhausted = true
                throw error
            }
            swap(&current, &spare)
            if more { startFill() } else { exhausted = true }
        }
        eventsRead += 1
        return try current.take(body)
    }
}
