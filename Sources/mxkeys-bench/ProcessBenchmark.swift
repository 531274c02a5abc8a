#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MatrixKeys

/// The two throughput commands as users run them: the whole `mxkeys` process (start-up, reading and
/// parsing the file, the work, the output) on a file, against the raw libsodium rate measured in the
/// same round, just before. Issue targets: `event verify` of 20,000 ~1 KB events at ≥ 90% of the raw
/// verify rate, `backup decrypt` of 10,000 sessions at ≥ 85% of the raw X25519 rate, and 2 jobs at
/// ≥ 1.8 times 1 job. The `mxkeys` binary is the one built beside this program (`make bench` builds it).
enum ProcessBenchmark {
    static func run() {
        guard let mxkeys = siblingBinary("mxkeys") else {
            print("== whole process: skipped, no mxkeys binary beside mxkeys-bench (make bench builds both) ==")
            return
        }
        let small = CommandLine.arguments.contains("--small")
        let dir = temporaryDirectory()
        defer { removeTree(dir) }
        verify(mxkeys: mxkeys, dir: dir, count: small ? 2_000 : 20_000)
        backup(mxkeys: mxkeys, dir: dir, count: small ? 1_000 : 10_000)
    }

    static func verify(mxkeys: String, dir: String, count: Int) {
        print("== whole process: mxkeys event verify ==")
        let (lines, _) = VerifyBenchmark.signedSample(count: count)
        var file: [UInt8] = []
        for line in lines { file += line + [0x0A] }
        let events = dir + "/events.jsonl"
        try! AtomicFile.write(file, to: events, mode: 0o644, overwrite: true)
        mkdir(dir + "/keys", 0o755)
        for (server, key) in VerifyBenchmark.sampleKeys {
            let response = try! ServerKeyResponse.publish(serverName: server, keys: [key], validUntilTS: 1_900_000_000_000)
            try! AtomicFile.write(CanonicalJSON.encode(.object(response)), to: dir + "/keys/\(server).json", mode: 0o644, overwrite: true)
        }
        print("input: \(lines.count) events in a \(file.count / 1024) KiB file (\(file.count / lines.count) bytes/event), report to a file")

        let triples = VerifyBenchmark.rawTriples(lines)
        print("raw verifies the events' signed bytes: \(triples.map(\.1.count).reduce(0, +) / triples.count) bytes each")
        func command(jobs: Int) -> [String] {
            [mxkeys, "event", "verify", "--jobs", "\(jobs)", "--room-version", "11", "--server-keys", dir + "/keys",
             "--fetched-at", "1700000000000", events]
        }
        rounds(count: lines.count, unit: "events", raw: { threads in VerifyBenchmark.rawRate(triples, threads: threads) },
               command: command, output: dir + "/report.txt")
    }

    static func backup(mxkeys: String, dir: String, count: Int) {
        print("== whole process: mxkeys backup decrypt ==")
        let secret = RecoveryKey.generate()
        let key = try! BackupKey(secret)
        let sessions: [JSONObject] = (0..<count).map { i in
            [
                "algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [], "room_id": .string("!room\(i % 50):example.org"),
                "sender_claimed_keys": ["ed25519": .string(Base64.encode(SecureRandom.bytes(count: 32)))],
                "sender_key": .string(Base64.encode(SecureRandom.bytes(count: 32))), "session_id": .string(Base64.encode(SecureRandom.bytes(count: 32))),
                "session_key": .string(Base64.encode([1, 0, 0, 0, 0] + SecureRandom.bytes(count: 160))),
            ]
        }
        let body = CanonicalJSON.encode(.object(try! KeyBackup.encrypt(sessions, for: key.publicKey)))
        let backup = dir + "/backup.json", recovery = dir + "/recovery-key.txt"
        try! AtomicFile.write(body, to: backup, mode: 0o644, overwrite: true)
        try! AtomicFile.write(Array(try! RecoveryKey.encode(secret).utf8) + [0x0A], to: recovery, mode: 0o600, overwrite: true)
        print("input: \(count) sessions in a \(body.count / 1024) KiB backup (GET /room_keys/keys), sessions to a file")

        let peers = (0..<64).map { _ in X25519.PrivateKey().publicKey }
        func raw(threads: Int) -> Double {
            let perThread = 3_000
            let started = now()
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for i in 0..<perThread { _ = try? key.privateKey.sharedSecret(with: peers[(i + thread) % peers.count]) }
            }
            return Double(threads * perThread) / (now() - started)
        }
        let output = dir + "/sessions.json"
        func command(jobs: Int) -> [String] {
            [mxkeys, "backup", "decrypt", "--jobs", "\(jobs)", "--recovery-key-file", recovery, backup]
        }
        rounds(count: count, unit: "sessions", raw: raw, command: command, output: output)
        // -o writes the file atomically and flushes it to disk before linking it into place.
        let redirected = (0..<3).map { _ in spawnAndWait(command(jobs: 1), stdout: output).wall }.min()!
        let atomic = (0..<3).map { _ in spawnAndWait(command(jobs: 1) + ["-o", output, "--force"], stdout: nil).wall }.min()!
        print("sessions to a file: \(format(redirected, "s")) with standard output redirected, \(format(atomic, "s")) with -o (atomic, flushed to disk)")
    }

    /// Five rounds of: raw rate on one thread, the process with one job, raw on two threads, the process
    /// with two jobs. Ratios are taken within a round; the medians are printed. One-job rates are given
    /// twice: by wall-clock time, as a user sees them on an idle machine, and by CPU time (the process's
    /// user and system time, the raw loop's thread time), which other load on the machine does not skew.
    static func rounds(count: Int, unit: String, raw: (Int) -> Double, command: (Int) -> [String], output: String?) {
        let startup = (0..<5).map { _ in spawnAndWait([command(1)[0], "--version"], stdout: nil).wall }.min()!
        print("start-up and exit of mxkeys (--version): \(format(startup * 1000, "ms"))")
        print("round  raw 1 thread  process 1 job  ratio   by CPU time  raw 2 threads  process 2 jobs  2 jobs / 1 job")
        var ratios: [Double] = [], cpuRatios: [Double] = [], scaling: [Double] = [], machine: [Double] = []
        for round in 1...5 {
            let cpuStart = threadCPUSeconds(), wallStart = now()
            let rawOne = raw(1)
            let rawOneCPU = rawOne * (now() - wallStart) / (threadCPUSeconds() - cpuStart)  // operations per CPU second
            let oneRun = spawnAndWait(command(1), stdout: output)
            let one = Double(count) / oneRun.wall, oneCPU = Double(count) / oneRun.cpu
            let rawTwo = raw(2)
            let two = Double(count) / spawnAndWait(command(2), stdout: output).wall
            ratios.append(one / rawOne)
            cpuRatios.append(oneCPU / rawOneCPU)
            scaling.append(two / one)
            machine.append(rawTwo / rawOne)
            print("\(round)      \(VerifyBenchmark.pad(rawOne))  \(VerifyBenchmark.pad(one))   \(VerifyBenchmark.percent(one / rawOne))  \(VerifyBenchmark.percent(oneCPU / rawOneCPU))        \(VerifyBenchmark.pad(rawTwo))   \(VerifyBenchmark.pad(two))     \(format(two / one, "x"))")
        }
        let median = VerifyBenchmark.median
        print("median: process = \(VerifyBenchmark.percent(median(ratios))) of the raw rate on one core by wall-clock time (rounds \(VerifyBenchmark.percent(ratios.min()!))–\(VerifyBenchmark.percent(ratios.max()!))), \(VerifyBenchmark.percent(median(cpuRatios))) by CPU time; 2 jobs = \(format(median(scaling), "x")) 1 job (raw scales \(format(median(machine), "x")) on 2 threads)")
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `arguments` with standard output to `stdout` (or /dev/null), standard error to /dev/null (the
    /// status lines), and returns the wall-clock seconds from spawn to exit and the CPU seconds the
    /// process used; stops the benchmark if the command fails.
    static func spawnAndWait(_ arguments: [String], stdout: String?) -> (wall: Double, cpu: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        precondition(spawned == 0, "cannot run \(arguments[0])")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        precondition(status == 0, "\(arguments.joined(separator: " ")) failed (status \(status))")
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return (seconds, cpu)
    }

    /// A program in the same directory as this one.
    static func siblingBinary(_ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let candidate = String(path[...slash]) + name
        return access(candidate, X_OK) == 0 ? candidate : nil
    }

    static func temporaryDirectory() -> String {
        var template = Array("/tmp/mxkeys-bench-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "cannot create a temporary directory")
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes the benchmark's directory: its files and its one level of subdirectories.
    static func removeTree(_ dir: String) {
        guard let handle = opendir(dir) else { return }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            if unlink(path) != 0 { removeTree(path) }
        }
        closedir(handle)
        rmdir(dir)
    }
}
