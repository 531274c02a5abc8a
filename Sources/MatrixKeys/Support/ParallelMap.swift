import Dispatch
import Synchronization

/// `transform` applied to every element of `items` on `jobs` threads, the results in input order.
/// Threads claim small runs of elements in turn, so uneven work still spreads evenly.
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    parallelMap(items, jobs: jobs, perThread: {}) { _, item in transform(item) }
}

/// The same, with state each thread makes once for itself (reusable crypto contexts, for example).
package func parallelMap<T: Sendable, R: Sendable, State>(
    _ items: [T], jobs: Int, perThread makeState: @Sendable () -> State, _ transform: @Sendable (State, T) -> R
) -> [R] {
    if jobs <= 1 || items.count < 2 {
        let state = makeState()
        return items.map { transform(state, $0) }
    }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deinitialize(); results.deallocate() }
    let next = Atomic<Int>(0)
    let run = 8
    nonisolated(unsafe) let output = results
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        let state = makeState()
        while true {
            let start = next.wrappingAdd(run, ordering: .relaxed).oldValue
            if start >= items.count { return }
            for index in start..<min(start + run, items.count) { output[index] = transform(state, items[index]) }
        }
    }
    return results.map { $0! }
}
