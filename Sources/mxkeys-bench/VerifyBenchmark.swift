#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MatrixKeys

/// Issue targets for offline event verification:
/// - one core: the whole pipeline (read, parse, hash, redact, canonicalise, verify) at ≥ 90% of the
///   raw libsodium verify rate on ~1 KB messages;
/// - two jobs: ≥ 1.8 times the one-job rate;
/// - 1,000,000 events verified with a peak RSS under 64 MB (the `verify-memory` suite).
enum VerifyBenchmark {
    static let version = RoomVersion.v11

    /// Sample events, each signed by its sender's server, and a key ring with those servers' responses.
    static func signedSample(count: Int) -> (lines: [[UInt8]], ring: KeyRing) {
        var keys: [String: SigningKey] = [:]
        var responses: [KeyRing.Loaded] = []
        for n in 0..<5 {
            let server = "server\(n).example.org"
            let key = try! SigningKey.generate(version: "a_bench")
            keys[server] = key
            let object = try! ServerKeyResponse.publish(serverName: server, keys: [key], validUntilTS: 1_900_000_000_000)
            responses.append(KeyRing.Loaded(try! ServerKeyResponse(object), source: "bench"))
        }
        let ring = KeyRing(responses: responses, fetchedAt: 1_700_000_000_000)
        var lines: [[UInt8]] = []
        for var event in SampleEvents.events(count: count) {
            event.removeValue(forKey: "signatures")
            event.removeValue(forKey: "hashes")
            let sender = event["sender"]?.stringValue ?? ""
            let server = String(sender[sender.index(after: sender.firstIndex(of: ":")!)...])
            let signed = try! EventSigning.sign(event, version: version, server: server, key: keys[server]!)
            lines.append(CanonicalJSON.encode(.object(signed)))
        }
        return (lines, ring)
    }

    static func run() {
        print("== event verification (room version 11) ==")
        let count = CommandLine.arguments.contains("--small") ? 1_000 : 20_000
        let (lines, ring) = signedSample(count: count)
        var file: [UInt8] = []
        for line in lines {
            file += line
            file.append(0x0A)
        }
        print("input: \(lines.count) signed events, \(file.count) bytes (\(file.count / lines.count) bytes/event)")
        let path = writeTemporary(file)
        defer { unlink(path) }

        let key = Ed25519.PrivateKey()
        let message = SecureRandom.bytes(count: 1024)
        let signature = key.signature(for: message)
        var allValid = true
        let raw = rate { allValid = allValid && key.publicKey.isValidSignature(signature, for: message) }
        print("raw libsodium ed25519 verify, 1 KiB:  \(format(raw, "ops/s"))")

        let verifier = EventVerifier(keyRing: ring, version: version)
        let one = pipelineRate(path: path, verifier: verifier, jobs: 1)
        print("pipeline, 1 job:                      \(format(one.rate, "events/s")) = \(percent(one.rate / raw)) of raw verify (\(one.valid) valid)")
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let two = pipelineRate(path: path, verifier: verifier, jobs: 2)
        print("pipeline, 2 jobs:                     \(format(two.rate, "events/s")) = \(format(two.rate / one.rate, "x")) the 1-job rate (\(cores) cores)")
        if !allValid { print("(raw verify failed: the figures are meaningless)") }
    }

    static func percent(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }

    /// The best of three runs over the file.
    static func pipelineRate(path: String, verifier: EventVerifier, jobs: Int) -> (rate: Double, valid: Int) {
        var bestRate = 0.0
        var valid = 0
        for _ in 0..<3 {
            let fd = open(path, O_RDONLY)
            let reader = try! JSONItemReader(fd: fd, name: path, closeWhenDone: true)
            var events = 0
            valid = 0
            let start = now()
            try! EventStreamVerifier(verifier: verifier, jobs: jobs).run(reader, transform: { $0.verification.verdict == .valid }) { results in
                events += results.count
                valid += results.filter { $0 }.count
            }
            bestRate = max(bestRate, Double(events) / (now() - start))
        }
        return (bestRate, valid)
    }

    static func writeTemporary(_ bytes: [UInt8]) -> String {
        var template = Array("/tmp/mxkeys-bench-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        precondition(fd >= 0, "cannot create a temporary file")
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            precondition(written > 0, "cannot write the temporary file")
            offset += written
        }
        close(fd)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// 1,000,000 events (1,000 distinct ones, a thousand times over) through a pipe, on every core.
    static func runMemory() {
        print("== verifying 1,000,000 events: peak memory ==")
        let (lines, ring) = signedSample(count: 1_000)
        var block: [UInt8] = []
        for line in lines {
            block += line
            block.append(0x0A)
        }
        var pipeEnds: [Int32] = [0, 0]
        precondition(pipe(&pipeEnds) == 0)
        let writeEnd = pipeEnds[1]
        let chunk = block
        let writer = DispatchGroup()
        writer.enter()
        DispatchQueue.global().async {
            chunk.withUnsafeBytes { raw in
                for _ in 0..<1_000 {
                    var offset = 0
                    while offset < raw.count {
                        let written = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                        if written <= 0 { break }
                        offset += written
                    }
                }
            }
            close(writeEnd)
            writer.leave()
        }
        let before = peakRSSMiB()
        let reader = try! JSONItemReader(fd: pipeEnds[0], name: "pipe", closeWhenDone: true)
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        var events = 0
        var valid = 0
        let start = now()
        try! EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: version), jobs: cores)
            .run(reader, transform: { $0.verification.verdict == .valid }) { results in
                events += results.count
                valid += results.filter { $0 }.count
            }
        let seconds = now() - start
        writer.wait()
        print("events: \(events) (\(valid) valid) in \(format(seconds, "s")), \(format(Double(events) / seconds, "events/s")) on \(cores) jobs")
        print("peak RSS: \(format(peakRSSMiB(), "MiB")) (\(format(before, "MiB")) before reading; sample data included)")
    }
}
