#if canImport(Glibc)
import Glibc
#endif
import MatrixKeys

// Benchmarks print figures; they assert nothing. Build in release mode: `make bench`.
// Each suite prints the raw library rate beside the pipeline rate, measured in the same run,
// so that ratios hold on a noisy machine.

let suites: [String: () -> Void] = [
    "crypto": CryptoBenchmark.run,
    "canonical": CanonicalBenchmark.run,
    "event-ids": EventIDBenchmark.run,
]

let requested = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let names = requested.isEmpty ? suites.keys.sorted() : requested
for name in names {
    guard let suite = suites[name] else {
        print("unknown benchmark \(name); known: \(suites.keys.sorted().joined(separator: ", "))")
        exit(2)
    }
    suite()
}
