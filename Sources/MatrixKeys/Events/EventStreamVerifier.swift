import Dispatch
import Synchronization

/// Verifies a stream of events from any `EventSource` (a file's JSON lines, array, transaction or state
/// response; a homeserver's database) on several threads, handing the results back in input order, in
/// bounded memory: the source is read in batches, and what is in flight (read but not yet consumed) is
/// bounded both by count (a few batches per thread) and by bytes (`maxInFlightBytes`, though one batch
/// always goes), so that long lines do not multiply with the number of threads. A batch is dropped by
/// the queue the moment a worker takes it. Each event is checked under its own room version when the
/// source gives one, else the verifier's.
///
/// Each result goes through `transform` on the worker thread that made it (so formatting output is
/// parallel too), and batches of transformed results reach `consume` on the calling thread, in order.
public struct EventStreamVerifier: Sendable {
    public let verifier: EventVerifier
    /// Worker threads; 1 verifies on the calling thread.
    public let jobs: Int
    /// Events per batch.
    public var batchSize = 64
    /// The most input bytes in flight at once, beyond the first batch: with events of 16 MiB (the line
    /// limit) that is two events however many threads there are; with ordinary events (about 1.4 KB)
    /// it never binds.
    public var maxInFlightBytes = 32 << 20

    public init(verifier: EventVerifier, jobs: Int) {
        self.verifier = verifier
        self.jobs = max(1, jobs)
    }

    /// One item of the stream, as the workers see it.
    public struct Entry: Sendable {
        public let location: EventLocation
        /// The room version the event was checked under (nil when none was known).
        public let version: RoomVersion?
        public let verification: EventVerification
    }

    /// Verifies every event of `source`. `consume` may throw to stop the run (the error is rethrown once
    /// the workers have stopped); so may the source, for read errors.
    public func run<Source: EventSource, R: Sendable>(
        _ reader: Source,
        transform: @escaping @Sendable (Entry) -> R,
        consume: ([R]) throws -> Void
    ) throws {
        if jobs == 1 {
            let hasher = EventHasher()
            var results: [R] = []
            var batch = Batch()
            while try batch.refill(from: reader, count: batchSize) {
                results.removeAll(keepingCapacity: true)
                batch.forEach(verifier, hasher: hasher) { results.append(transform($0)) }
                try consume(results)
            }
            return
        }
        let pipeline = Pipeline<R>(workers: jobs)
        let verifier = self.verifier
        let group = DispatchGroup()
        for _ in 0..<jobs {
            group.enter()
            DispatchQueue.global().async {
                let hasher = EventHasher()
                while let (sequence, batch) = pipeline.take() {
                    var results: [R] = []
                    results.reserveCapacity(batch.items.count)
                    batch.forEach(verifier, hasher: hasher) { results.append(transform($0)) }
                    pipeline.finish(sequence, results)
                }
                group.leave()
            }
        }
        defer {
            pipeline.close()
            group.wait()
        }
        let maxInFlight = jobs * 4
        var submitted = 0
        var next = 0
        var readerDone = false
        // The sizes of the batches in flight, oldest first, and their sum.
        var sizes: [Int] = []
        var sizesStart = 0
        var bytesInFlight = 0
        while true {
            while !readerDone, submitted - next < maxInFlight, submitted == next || bytesInFlight < maxInFlightBytes {
                guard let batch = try Batch.read(from: reader, count: batchSize, sizeHint: sizes.last ?? 0) else {
                    readerDone = true
                    break
                }
                sizes.append(batch.bytes.count)
                bytesInFlight += batch.bytes.count
                pipeline.put(submitted, batch)
                submitted += 1
            }
            if next == submitted { break }
            try consume(pipeline.result(next))
            bytesInFlight -= sizes[sizesStart]
            sizesStart += 1
            if sizesStart >= 64 {
                sizes.removeFirst(sizesStart)
                sizesStart = 0
            }
            next += 1
        }
    }

    /// Events copied out of the source's buffer.
    struct Batch: Sendable {
        var bytes: [UInt8] = []
        var items: [(range: Range<Int>, location: EventLocation, version: RoomVersion?, problem: String?)] = []

        /// A new batch of up to `count` events (or 1 MiB); nil at the end of the source. `sizeHint` is
        /// the previous batch's byte count, to allocate the buffer once.
        static func read<Source: EventSource>(from reader: Source, count: Int, sizeHint: Int = 0) throws -> Batch? {
            var batch = Batch()
            batch.bytes.reserveCapacity(sizeHint + sizeHint / 4)
            batch.items.reserveCapacity(count)
            return try batch.refill(from: reader, count: count) ? batch : nil
        }

        /// Replaces the batch's events with the source's next ones, keeping the buffers; false at the end.
        mutating func refill<Source: EventSource>(from reader: Source, count: Int) throws -> Bool {
            bytes.removeAll(keepingCapacity: true)
            items.removeAll(keepingCapacity: true)
            while items.count < count, bytes.count < 1 << 20, try reader.nextEvent({ (event, json) -> Void in
                let start = bytes.count
                json.bytes.withUnsafeBytes { bytes.append(contentsOf: $0) }
                items.append((start..<bytes.count, event.location, event.version, event.problem))
            }) != nil {}
            return !items.isEmpty
        }

        func forEach(_ verifier: EventVerifier, hasher: EventHasher, _ body: (Entry) -> Void) {
            bytes.withUnsafeBytes { all in
                for item in items {
                    let version = item.version ?? verifier.version
                    var verification: EventVerification
                    if let problem = item.problem {
                        verification = .unreadable(problem)
                    } else {
                        verification = verifier.verify(UnsafeRawBufferPointer(rebasing: all[item.range]), version: version, hasher: hasher)
                    }
                    // An event from a homeserver's store is judged with what the store says of it.
                    if case .stored(let stored) = item.location { verification = verification.judged(as: stored) }
                    body(Entry(location: item.location, version: version, verification: verification))
                }
            }
        }
    }

    /// The work queue and the finished results, shared by the calling thread and the workers.
    final class Pipeline<R: Sendable>: Sendable {
        struct State: ~Copyable {
            /// Batches waiting for a worker; a taken one is set to nil at once, so that its bytes go with it.
            var pending: [(Int, Batch?)] = []
            var pendingStart = 0
            var done: [Int: [R]] = [:]
            var closed = false
        }

        private let state = Mutex(State())
        private let available = DispatchSemaphore(value: 0)
        private let completed = DispatchSemaphore(value: 0)
        private let workers: Int

        init(workers: Int) { self.workers = workers }

        func put(_ sequence: Int, _ batch: Batch) {
            state.withLock { $0.pending.append((sequence, batch)) }
            available.signal()
        }

        /// The next batch to work on; nil once closed.
        func take() -> (Int, Batch)? {
            available.wait()
            return state.withLock { state -> (Int, Batch)? in
                guard !state.closed, state.pendingStart < state.pending.count,
                      let batch = state.pending[state.pendingStart].1
                else { return nil }
                let sequence = state.pending[state.pendingStart].0
                state.pending[state.pendingStart].1 = nil
                state.pendingStart += 1
                if state.pendingStart > 64 {
                    state.pending.removeFirst(state.pendingStart)
                    state.pendingStart = 0
                }
                return (sequence, batch)
            }
        }

        func finish(_ sequence: Int, _ results: [R]) {
            state.withLock { _ = $0.done.updateValue(results, forKey: sequence) }
            completed.signal()
        }

        /// Waits for the results of batch `sequence`.
        func result(_ sequence: Int) -> [R] {
            while true {
                if let results = state.withLock({ $0.done.removeValue(forKey: sequence) }) { return results }
                completed.wait()
            }
        }

        /// Stops the workers (after the batch each is on).
        func close() {
            state.withLock { $0.closed = true }
            for _ in 0..<workers { available.signal() }
        }
    }
}
