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
    "verify": VerifyBenchmark.run,
    "backup": BackupBenchmark.run,
    "process": ProcessBenchmark.run,
    "synapse": SynapseBenchmark.run,
    "identities": IdentityBenchmark.run,
]
/// Suites run only when named (they take minutes).
let onDemand: [String: () -> Void] = [
    "verify-memory": VerifyBenchmark.runMemory,
    "verify-sample": VerifyBenchmark.writeSample,
    "synapse-memory": SynapseBenchmark.runMemory,
    "synapse-sample": SynapseBenchmark.writeSample,
    "identity-db": IdentityDatabaseBenchmark.run,
    "identities-memory": IdentityBenchmark.runMemory,
    "reports": ReportsBenchmark.run,
]

// `verify-sample DIR` and `synapse-sample DIR` take an argument: they run alone.
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let requested = ["verify-sample", "synapse-sample"].contains(arguments.first ?? "") ? [arguments[arguments.startIndex]] : Array(arguments)
let names = requested.isEmpty ? suites.keys.sorted() : requested
for name in names {
    guard let suite = suites[name] ?? onDemand[name] else {
        print("unknown benchmark \(name); known: \((suites.keys.sorted() + onDemand.keys.sorted()).joined(separator: ", "))")
        exit(2)
    }
    suite()
}
