import Dispatch
import Synchronization

/// Verifies a stream of events from any `EventSource` (a file's JSON lines, array, transaction or state
/// response; a homeserver's database) on several threads, handing the results back in input order, in
/// bounded memory: the source is read in batches, and at most a few batches per thread are in flight at
/// once. Each event is checked under its own room version when the source gives one, else the verifier's.
///
/// Each result goes through `transform` on the worker thread that made it (so formatting output is
/// parallel too), and batches of transformed results reach `consume` on the calling thread, in order.
public struct EventStreamVerifier: Sendable {
    public let verifier: EventVerifier
    /// Worker threads; 1 verifies on the calling thread.
    public let jobs: Int
    /// Events per batch.
    public var batchSize = 64

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
            while let batch = try Batch.read(from: reader, count: batchSize) {
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
        while true {
            while !readerDone, submitted - next < maxInFlight {
                guard let batch = try Batch.read(from: reader, count: batchSize) else {
                    readerDone = true
                    break
                }
                pipeline.put(submitted, batch)
                submitted += 1
            }
            if next == submitted { break }
            try consume(pipeline.result(next))
            next += 1
        }
    }

    /// Events copied out of the source's buffer.
    struct Batch: Sendable {
        var bytes: [UInt8] = []
        var items: [(range: Range<Int>, location: EventLocation, version: RoomVersion?, problem: String?)] = []

        static func read<Source: EventSource>(from reader: Source, count: Int) throws -> Batch? {
            var batch = Batch()
            while batch.items.count < count, batch.bytes.count < 1 << 20, let item = try reader.nextEvent() {
                let start = batch.bytes.count
                batch.bytes.append(contentsOf: item.bytes)
                batch.items.append((start..<batch.bytes.count, item.location, item.version, item.problem))
            }
            return batch.items.isEmpty ? nil : batch
        }

        func forEach(_ verifier: EventVerifier, hasher: EventHasher, _ body: (Entry) -> Void) {
            bytes.withUnsafeBytes { all in
                for item in items {
                    let version = item.version ?? verifier.version
                    let verification: EventVerification
                    if let problem = item.problem {
                        verification = .unreadable(problem)
                    } else {
                        verification = verifier.verify(UnsafeRawBufferPointer(rebasing: all[item.range]), version: version, hasher: hasher)
                    }
                    body(Entry(location: item.location, version: version, verification: verification))
                }
            }
        }
    }

    /// The work queue and the finished results, shared by the calling thread and the workers.
    final class Pipeline<R: Sendable>: Sendable {
        struct State: ~Copyable {
            var pending: [(Int, Batch)] = []
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
                guard !state.closed, state.pendingStart < state.pending.count else { return nil }
                let job = state.pending[state.pendingStart]
                state.pendingStart += 1
                if state.pendingStart > 64 {
                    state.pending.removeFirst(state.pendingStart)
                    state.pendingStart = 0
                }
                return job
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
