import MatrixKeys

/// Issue target: parse + canonicalise a JSON-lines file of ~1 KB events at ≥ 400 MB/s on one core.
enum CanonicalBenchmark {
    static func run() {
        print("== canonical JSON (one core) ==")
        let (file, lines) = SampleEvents.benchmarkInput()
        print("input: \(lines.count) events, \(file.count) bytes (\(file.count / lines.count) bytes/event average)")

        // As `mxkeys canonical --lines` does it: one canonicaliser and one output buffer for the stream.
        var outputBytes = 0
        let canonicalizer = CanonicalJSON.Canonicalizer()
        var out: [UInt8] = []
        let fast = measure(file: file) {
            outputBytes = 0
            file.withUnsafeBytes { raw in
                for range in lines {
                    out.removeAll(keepingCapacity: true)
                    try? canonicalizer.canonicalize(UnsafeRawBufferPointer(rebasing: raw[range]), appendingTo: &out)
                    outputBytes += out.count
                }
            }
        }
        print("canonicalize a stream (bytes → bytes):   \(format(fast, "MB/s")) (output \(outputBytes) bytes)")
        let single = measure(file: file) {
            file.withUnsafeBytes { raw in
                for range in lines {
                    outputBytes &+= (try? CanonicalJSON.canonicalize(UnsafeRawBufferPointer(rebasing: raw[range])))?.count ?? 0
                }
            }
        }
        print("canonicalize one document per call:       \(format(single, "MB/s"))")
        if CommandLine.arguments.contains("--fast-only") { return }

        let tree = measure(file: file) {
            file.withUnsafeBytes { raw in
                for range in lines {
                    if let value = try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[range])) {
                        outputBytes &+= CanonicalJSON.encode(value).count
                    }
                }
            }
        }
        print("parse to a tree, then encode:            \(format(tree, "MB/s"))")
        let sha = measure(file: file) { _ = SHA256.hash(file) }
        print("raw OpenSSL SHA-256 over the same bytes:  \(format(sha, "MB/s"))")
    }

    /// MB/s (10^6 bytes) of `body` processing `file` once, best of several runs.
    static func measure(file: [UInt8], _ body: () -> Void) -> Double {
        Double(file.count) / best(body) / 1e6
    }
}

/// Issue target: event IDs for a JSON-lines file of ~1 KB events at ≥ 250,000 events/s on one core.
enum EventIDBenchmark {
    static func run() {
        print("== event IDs (one core, room version 11) ==")
        let (file, lines) = SampleEvents.benchmarkInput()
        let hasher = EventHasher()
        var ids = 0
        let stream = best {
            file.withUnsafeBytes { raw in
                for range in lines where (try? hasher.eventID(UnsafeRawBufferPointer(rebasing: raw[range]), version: .v11)) != nil {
                    ids += 1
                }
            }
        }
        print("stream (validate, write kept members, SHA-256, base64): \(format(Double(lines.count) / stream, "events/s")) (\(file.count / lines.count) bytes/event)")
        if CommandLine.arguments.contains("--fast-only") { return }
        let tree = best {
            file.withUnsafeBytes { raw in
                for range in lines {
                    if case .object(let event)? = try? JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[range])),
                       (try? EventHashes.eventID(event, version: .v11)) != nil
                    {
                        ids += 1
                    }
                }
            }
        }
        print("via a parsed tree (parse, redact, encode, SHA-256):        \(format(Double(lines.count) / tree, "events/s"))")
        let sha = rate { _ = SHA256.hash(file[0..<600].map { $0 }) }
        print("raw OpenSSL SHA-256 of 600 bytes:                          \(format(sha, "ops/s")) (\(ids) IDs computed)")
    }

}
