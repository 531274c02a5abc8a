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
    /// One signing key per sample server, made once per run.
    static let sampleKeys: [String: SigningKey] = {
        var keys: [String: SigningKey] = [:]
        for n in 0..<5 { keys["server\(n).example.org"] = try! SigningKey.generate(version: "a_bench") }
        return keys
    }()

    static func signedSample(count: Int) -> (lines: [[UInt8]], ring: KeyRing) {
        let keys = sampleKeys
        var responses: [KeyRing.Loaded] = []
        for n in 0..<5 {
            let server = "server\(n).example.org"
            let key = keys[server]!
            let object = try! ServerKeyResponse.publish(serverName: server, keys: [key], validUntilTS: 1_900_000_000_000)
            responses.append(KeyRing.Loaded(try! ServerKeyResponse(object), source: .explicit("bench")))
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

    /// `verify-sample DIR`: writes the signed sample (events.jsonl) and its key responses (keys/), to
    /// profile `mxkeys event verify` on them.
    static func writeSample() {
        guard let dir = CommandLine.arguments.dropFirst(2).first(where: { !$0.hasPrefix("--") }) else {
            print("usage: mxkeys-bench verify-sample DIR")
            return
        }
        let (lines, ring) = signedSample(count: 5_000)
        var file: [UInt8] = []
        for line in lines { file += line + [0x0A] }
        mkdir(dir, 0o755)
        mkdir(dir + "/keys", 0o755)
        try! AtomicFile.write(file, to: dir + "/events.jsonl", mode: 0o644, overwrite: true)
        var servers: Set<String> = []
        for entry in ring.entries where servers.insert(entry.server).inserted {
            let response = try! ServerKeyResponse.publish(serverName: entry.server, keys: [sampleKeys[entry.server]!], validUntilTS: 1_900_000_000_000)
            try! AtomicFile.write(CanonicalJSON.encode(.object(response)), to: dir + "/keys/\(entry.server).json", mode: 0o644, overwrite: true)
        }
        print("wrote \(dir)/events.jsonl (\(lines.count) events) and \(dir)/keys/")
    }

    /// What the raw rate verifies: the very messages the events' signatures cover (each event's redacted
    /// form, canonical, without signatures and unsigned), under five keys, so that libsodium hashes
    /// as many bytes per verify as in the pipeline. Distinct keys, messages and signatures, as a
    /// stream has them.
    static func rawTriples(_ lines: [[UInt8]]) -> [(Ed25519.PublicKey, [UInt8], Ed25519.Signature)] {
        let keys = (0..<5).map { _ in Ed25519.PrivateKey() }
        return lines.prefix(2_000).enumerated().map { i, line in
            let event = try! JSONParser.parse(line, mode: .strict).objectValue!
            let message = SignedJSON.signingBytes(Redaction.redact(event, version: version))
            return (keys[i % 5].publicKey, message, keys[i % 5].signature(for: message))
        }
    }

    static func run() {
        print("== event verification (room version 11) ==")
        let count = CommandLine.arguments.contains("--small") ? 1_000 : 5_000
        let (lines, ring) = signedSample(count: count)
        var file: [UInt8] = []
        for line in lines {
            file += line
            file.append(0x0A)
        }
        print("input: \(lines.count) signed events, \(file.count) bytes (\(file.count / lines.count) bytes/event)")
        let path = writeTemporary(file)
        defer { unlink(path) }

        let triples = rawTriples(lines)
        let verifier = EventVerifier(keyRing: ring, version: version)

        // This machine's speed drifts by up to half within seconds, so each round measures everything
        // back to back, and the ratios are taken within a round: the median over the rounds is printed.
        print("round  raw 1 thread  pipeline 1 job  ratio   raw 2 threads  pipeline 2 jobs  2 jobs / 1 job")
        var ratios: [Double] = [], scaling: [Double] = [], machine: [Double] = []
        var best = (raw: 0.0, one: 0.0, rawTwo: 0.0, two: 0.0)
        for round in 1...5 {
            let raw = rawRate(triples, threads: 1)
            let one = pipelineRate(path: path, verifier: verifier, jobs: 1)
            let rawTwo = rawRate(triples, threads: 2)
            let two = pipelineRate(path: path, verifier: verifier, jobs: 2)
            precondition(one.valid == lines.count && two.valid == lines.count, "sample events failed to verify")
            ratios.append(one.rate / raw)
            scaling.append(two.rate / one.rate)
            machine.append(rawTwo / raw)
            best = (max(best.raw, raw), max(best.one, one.rate), max(best.rawTwo, rawTwo), max(best.two, two.rate))
            print("\(round)      \(pad(raw))  \(pad(one.rate))    \(percent(one.rate / raw))  \(pad(rawTwo))   \(pad(two.rate))     \(format(two.rate / one.rate, "x"))")
        }
        print("median: pipeline = \(percent(median(ratios))) of raw verify on one core; 2 jobs = \(format(median(scaling), "x")) 1 job (the raw verify itself scales \(format(median(machine), "x")) on 2 threads)")
        print("best rates: raw \(format(best.raw, "ops/s")), pipeline \(format(best.one, "events/s")); 2 threads raw \(format(best.rawTwo, "ops/s")), pipeline \(format(best.two, "events/s"))")

        // Paired: each event verified through the library, then one raw verify, timed one after the
        // other, so that both see the same machine speed. Reading the file is timed on its own.
        let hasher = EventHasher()
        var pipelineTime = 0.0, rawTime = 0.0
        for pass in 0..<3 {
            for (i, line) in lines.enumerated() {
                let t0 = now()
                let verdict = line.withUnsafeBytes { verifier.verify($0, version: version, hasher: hasher).verdict }
                let t1 = now()
                let (key, message, signature) = triples[(i + pass) % triples.count]
                let ok = key.isValidSignature(signature, for: message)
                let t2 = now()
                precondition(verdict == .valid && ok)
                pipelineTime += t1 - t0
                rawTime += t2 - t1
            }
        }
        let reading = mxkeys_bench.best {
            let reader = try! JSONItemReader(fd: open(path, O_RDONLY), name: path, closeWhenDone: true)
            while let item = try! reader.next() { _ = item.bytes.count }
        }
        let perEvent = (pipelineTime / Double(3 * lines.count)) + reading / Double(lines.count)
        let perVerify = rawTime / Double(3 * lines.count)
        print("paired: raw verify \(format(perVerify * 1e6, "µs")), event \(format(pipelineTime / Double(3 * lines.count) * 1e6, "µs")) + reading \(format(reading / Double(lines.count) * 1e6, "µs")): pipeline = \(percent(perVerify / perEvent)) of raw verify")

        // Where the rest goes: the work around the signature check, without it.
        let digests = mxkeys_bench.best {
            for line in lines { _ = line.withUnsafeBytes { try? hasher.digest($0, version: version) } }
        }
        print("digest alone (validate, canonicalise, redact, 2 SHA-256): \(format(Double(lines.count) / digests, "events/s"))")
    }

    static func pad(_ value: Double) -> String {
        let text = "\(Int(value.rounded()))/s"
        return text + String(repeating: " ", count: max(0, 12 - text.count))
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// Raw verifies per second on `threads` threads at once, about 0.4 s.
    static func rawRate(_ triples: [(Ed25519.PublicKey, [UInt8], Ed25519.Signature)], threads: Int) -> Double {
        let perThread = 4_000
        let started = now()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var ok = true
            for i in 0..<perThread {
                let (key, message, signature) = triples[(i + thread * 1_000) % triples.count]
                ok = ok && key.isValidSignature(signature, for: message)
            }
            precondition(ok)
        }
        return Double(threads * perThread) / (now() - started)
    }

    static func percent(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }

    /// One run over the file.
    static func pipelineRate(path: String, verifier: EventVerifier, jobs: Int) -> (rate: Double, valid: Int) {
        var bestRate = 0.0
        var valid = 0
        do {
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
