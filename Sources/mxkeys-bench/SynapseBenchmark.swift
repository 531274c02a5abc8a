#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MatrixKeys
import MatrixKeysSynapse

/// Issue targets for verifying a homeserver's own database:
/// - 100,000 events read from SQLite and from PostgreSQL and verified on one job at >= 0.85 of the raw
///   libsodium verify rate measured in the same run, and on two jobs at >= 1.7 times that rate;
/// - the database read rate alone (rows/s), so that reading and verifying can be told apart;
/// - 1,000,000 events verified by the CLI with a peak RSS under 64 MB (the `synapse-memory` suite).
///
/// The databases have Synapse's real layout: the fixture database (Tests/Fixtures/synapse), emptied of
/// its events, rooms and keys and filled with generated events, signed by five servers whose key
/// responses sit in server_keys_json; PostgreSQL is a throwaway cluster of its own (initdb as the
/// postgres user when root, Unix socket only), loaded from the fixture dump the same way.
enum SynapseBenchmark {
    static let version = RoomVersion.v11
    static let rooms = 100

    /// A scratch directory for the run, removed at the end.
    static func scratch() -> String {
        var template = Array("/tmp/mxkeys-bench-synapse-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "cannot make a temporary directory")
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(path, 0o755)
        return path
    }

    /// Writes `count` signed events (in chunks, so that a million need not be held at once) as CSV rows
    /// of the columns the loaders put into events and event_json; also rooms.csv and keys.csv.
    static func writeData(_ directory: String, count: Int) {
        let keys = VerifyBenchmark.sampleKeys
        var csv = CSVFile(directory + "/events.csv")
        let chunk = 10_000
        var written = 0
        var seed: UInt64 = 1
        while written < count {
            let n = min(chunk, count - written)
            let events = SampleEvents.events(count: n, seed: seed)
            seed += 1
            // Signed on every core: signing a million events is most of the setup.
            // Each thread fills its own slots.
            nonisolated(unsafe) let rows = UnsafeMutableBufferPointer<[String]>.allocate(capacity: n)
            rows.initialize(repeating: [])
            defer { rows.deallocate() }
            let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            let done = written
            DispatchQueue.concurrentPerform(iterations: cores) { part in
                for i in stride(from: part, to: n, by: cores) {
                    var event = events[i]
                    event.removeValue(forKey: "signatures")
                    event.removeValue(forKey: "hashes")
                    let room = "!room\((done + i) % rooms):example.org"
                    event["room_id"] = .string(room)
                    let sender = event["sender"]?.stringValue ?? ""
                    let server = String(sender.split(separator: ":", maxSplits: 1).last ?? "")
                    let signed = try! EventSigning.sign(event, version: version, server: server, key: keys[server]!)
                    let id = try! EventHashes.eventID(signed, version: version)
                    let json = String(decoding: CanonicalJSON.encode(.object(signed)), as: UTF8.self)
                    rows[i] = [String(done + i + 1), id, room, sender, signed["type"]?.stringValue ?? "", String(signed["origin_server_ts"]?.integerValue ?? 0), json]
                }
            }
            for row in rows { csv.write(row) }
            written += n
        }
        csv.close()
        var roomFile = CSVFile(directory + "/rooms.csv")
        for r in 0..<rooms { roomFile.write(["!room\(r):example.org", version.identifier]) }
        roomFile.close()
        var keyFile = CSVFile(directory + "/keys.csv")
        for (server, key) in keys.sorted(by: { $0.key < $1.key }) {
            let response = try! ServerKeyResponse.publish(serverName: server, keys: [key], validUntilTS: 1_900_000_000_000)
            keyFile.write([server, key.keyID.description, "1700000000000", "1900000000000", Hex.encode(CanonicalJSON.encode(.object(response)))])
        }
        keyFile.close()
    }

    /// CSV as both loaders read it: every field quoted, quotes doubled.
    struct CSVFile {
        let file: UnsafeMutablePointer<FILE>
        init(_ path: String) { file = fopen(path, "w")! }
        mutating func write(_ fields: [String]) {
            let line = fields.map { "\"" + $0.replacing(character: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
            fputs(line, file)
        }
        func close() { fclose(file) }
    }

    /// The fixture database emptied and filled from the CSV files (with Python's sqlite3 module).
    static func buildSQLite(_ directory: String) -> String {
        let database = directory + "/synapse.db"
        precondition(shell("cp Tests/Fixtures/synapse/hs1.db '\(database)'"), "run the benchmark from the repository (it copies Tests/Fixtures/synapse/hs1.db)")
        let script = """
            import csv, sqlite3, sys
            csv.field_size_limit(1 << 26)
            d = sys.argv[1]
            db = sqlite3.connect(d + "/synapse.db")
            db.execute("PRAGMA synchronous = OFF")
            for table in ["events", "event_json", "rooms", "rejections", "redactions", "server_keys_json"]:
                db.execute("DELETE FROM " + table)
            def rows():
                with open(d + "/events.csv", newline="") as f:
                    for r in csv.reader(f):
                        yield r
            insert = "INSERT INTO events (stream_ordering, topological_ordering, event_id, type, room_id, processed, outlier, depth, origin_server_ts, received_ts, sender, instance_name) VALUES (?,?,?,?,?,1,0,?,?,?,?,?)"
            batch_e, batch_j = [], []
            for s, eid, room, sender, typ, ts, js in rows():
                batch_e.append((int(s), int(s), eid, typ, room, int(s), int(ts), int(ts), sender, "master"))
                batch_j.append((eid, room, "{}", js, 3))
                if len(batch_e) >= 10000:
                    db.executemany(insert, batch_e)
                    db.executemany("INSERT INTO event_json VALUES (?,?,?,?,?)", batch_j)
                    batch_e, batch_j = [], []
            db.executemany(insert, batch_e)
            db.executemany("INSERT INTO event_json VALUES (?,?,?,?,?)", batch_j)
            with open(d + "/rooms.csv", newline="") as f:
                db.executemany("INSERT INTO rooms (room_id, is_public, creator, room_version, has_auth_chain_index) VALUES (?, 0, NULL, ?, 1)", [tuple(r) for r in csv.reader(f)])
            with open(d + "/keys.csv", newline="") as f:
                db.executemany("INSERT INTO server_keys_json VALUES (?, ?, ?, ?, ?, ?)", [(r[0], r[1], r[0], int(r[2]), int(r[3]), bytes.fromhex(r[4])) for r in csv.reader(f)])
            db.commit()
            db.close()
            """
        precondition(shell("python3 -c '\(script.replacing(character: "'", with: "'\\''"))' '\(directory)'"), "loading the SQLite database failed")
        return database
    }

    /// A throwaway PostgreSQL cluster with the fixture dump loaded, emptied and filled from the CSV
    /// files; nil when no server is installed. Stopped by `stopPostgres`.
    static func buildPostgres(_ directory: String) -> String? {
        guard let bin = ["17", "16", "15", "14", "13"].map({ "/usr/lib/postgresql/\($0)/bin" }).first(where: { access($0 + "/initdb", X_OK) == 0 }) else { return nil }
        let cluster = directory + "/pg"
        let asPostgres = getuid() == 0
        let run = asPostgres ? "runuser -u postgres -- " : ""
        precondition(shell("mkdir -p '\(cluster)' && chmod 700 '\(cluster)'" + (asPostgres ? " && chown postgres:postgres '\(cluster)'" : "")))
        precondition(shell("\(run)\(bin)/initdb -D '\(cluster)/data' -U postgres -A trust --locale=C --encoding=UTF8 --no-sync >/dev/null"), "initdb failed")
        let options = "-c listen_addresses= -c unix_socket_directories=\(cluster) -c port=54331 -c fsync=off -c shared_buffers=256MB"
        precondition(shell("\(run)\(bin)/pg_ctl -D '\(cluster)/data' -l '\(cluster)/log' -w -o '\(options)' start >/dev/null 2>&1 </dev/null"), "pg_ctl start failed")
        postgresStop = "\(run)\(bin)/pg_ctl -D '\(cluster)/data' -m fast stop >/dev/null 2>&1"
        let psql = "\(bin)/psql -h '\(cluster)' -p 54331 -U postgres -X -q -v ON_ERROR_STOP=1"
        precondition(shell("\(psql) -d postgres -c \"CREATE DATABASE synapse ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0\""))
        precondition(shell("\(psql) -d synapse -f Tests/Fixtures/synapse/hs1.pg.sql >/dev/null"), "loading the fixture dump failed")
        let load = """
            SET client_min_messages = warning;
            TRUNCATE events, event_json, rooms, rejections, redactions, server_keys_json CASCADE;
            CREATE TEMP TABLE g (s bigint, eid text, room text, sender text, typ text, ts bigint, js text);
            \\copy g FROM '\(directory)/events.csv' WITH (FORMAT csv)
            INSERT INTO events (stream_ordering, topological_ordering, event_id, type, room_id, processed, outlier, depth, origin_server_ts, received_ts, sender, instance_name)
                SELECT s, s, eid, typ, room, true, false, s, ts, ts, sender, 'master' FROM g;
            INSERT INTO event_json SELECT eid, room, '{}', js, 3 FROM g;
            CREATE TEMP TABLE r (room text, v text);
            \\copy r FROM '\(directory)/rooms.csv' WITH (FORMAT csv)
            INSERT INTO rooms (room_id, is_public, room_version, has_auth_chain_index) SELECT room, false, v, true FROM r;
            CREATE TEMP TABLE k (server text, kid text, added bigint, until bigint, js text);
            \\copy k FROM '\(directory)/keys.csv' WITH (FORMAT csv)
            INSERT INTO server_keys_json SELECT server, kid, server, added, until, decode(js, 'hex') FROM k;
            ANALYZE;
            """
        let file = directory + "/load.sql"
        let handle = fopen(file, "w")!
        fputs(load, handle)
        fclose(handle)
        precondition(shell("\(psql) -d synapse -f '\(file)' >/dev/null"), "loading PostgreSQL failed")
        return "host=\(cluster) port=54331 user=postgres dbname=synapse"
    }

    nonisolated(unsafe) static var postgresStop: String? = nil

    static func stopPostgres() {
        if let stop = postgresStop { _ = shell(stop) }
        postgresStop = nil
    }

    /// Runs `command` with /bin/sh; true when it exits 0.
    @discardableResult
    static func shell(_ command: String) -> Bool {
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status == 0
    }

    static func open(_ target: String) -> SynapseStore {
        try! SynapseStore.open(try! DatabaseTarget(parsing: target))
    }

    /// Rows per second, reading every event and nothing else (best of three).
    static func readRate(_ target: String, count: Int) -> Double {
        var best = 0.0
        for _ in 0..<3 {
            let store = open(target)
            let start = now()
            let reader = try! store.events(EventSelection())
            var rows = 0
            while try! reader.nextEvent({ (_, json) -> Void in rows += json.count > 0 ? 1 : 0 }) != nil {}
            best = max(best, Double(rows) / (now() - start))
            precondition(rows == count, "read \(rows) of \(count) rows")
            store.close()
        }
        return best
    }

    /// Verifies the events of `selection` straight from the database on `jobs` threads: how many, how
    /// many valid.
    static func verify(_ store: SynapseStore, _ ring: KeyRing, _ selection: EventSelection, jobs: Int) -> (events: Int, valid: Int) {
        let reader = try! store.events(selection)
        var valid = 0, events = 0
        try! EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: nil), jobs: jobs)
            .run(reader, transform: { $0.verification.verdict == .valid }) { results in
                events += results.count
                valid += results.filter { $0 }.count
            }
        return (events, valid)
    }

    /// Raw verifies of `count` signatures on `threads` threads; seconds taken.
    static func raw(_ triples: [(Ed25519.PublicKey, [UInt8], Ed25519.Signature)], count: Int, threads: Int) -> Double {
        let start = now()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var ok = true
            for i in stride(from: thread, to: count, by: threads) {
                let (key, message, signature) = triples[i % triples.count]
                ok = ok && key.isValidSignature(signature, for: message)
            }
            precondition(ok)
        }
        return now() - start
    }

    /// The database in blocks of 10,000 events (by stream position), each verified on 1 job and on 2,
    /// with raw verifies of as many signatures on 1 thread and on 2 beside it: timed block by block, one
    /// right after the other, so that all four see the same machine (whose speed drifts by half within
    /// seconds when other work runs on it), and summed.
    static func paired(_ target: String, count: Int, triples: [(Ed25519.PublicKey, [UInt8], Ed25519.Signature)])
        -> (raw1: Double, one: Double, raw2: Double, two: Double)
    {
        let store = open(target)
        defer { store.close() }
        let ring = KeyRing(responses: try! store.keyResponses().responses, fetchedAt: nil)
        var time = (raw1: 0.0, one: 0.0, raw2: 0.0, two: 0.0)
        var total = 0
        let block = 10_000
        for start in stride(from: 1, through: count, by: block) {
            let selection = EventSelection(streamFrom: Int64(start), streamTo: Int64(min(count, start + block - 1)))
            let n = min(block, count - start + 1)
            time.raw1 += raw(triples, count: n, threads: 1)
            var started = now()
            let one = verify(store, ring, selection, jobs: 1)
            time.one += now() - started
            started = now()
            let two = verify(store, ring, selection, jobs: 2)
            time.two += now() - started
            time.raw2 += raw(triples, count: n, threads: 2)
            precondition(one == (n, n) && two == (n, n), "events not all valid")
            total += n
        }
        let events = Double(total)
        return (events / time.raw1, events / time.one, events / time.raw2, events / time.two)
    }

    static func run() {
        let count = CommandLine.arguments.contains("--small") ? 5_000 : 100_000
        print("== a Synapse database: \(count) events (room version 11, \(rooms) rooms, 5 servers), read and verified ==")
        let directory = scratch()
        defer {
            stopPostgres()
            shell("rm -rf '\(directory)'")
        }
        var started = now()
        writeData(directory, count: count)
        print("generated and signed in \(format(now() - started, "s"))")
        started = now()
        var targets = [("SQLite", buildSQLite(directory))]
        print("SQLite database built in \(format(now() - started, "s"))")
        started = now()
        if let postgres = buildPostgres(directory) {
            targets.append(("PostgreSQL", postgres))
            print("PostgreSQL database built in \(format(now() - started, "s"))")
        } else {
            print("PostgreSQL: no server installed (make deps installs it); SQLite only")
        }

        // The raw rate verifies messages like the stored events' signed bytes (their redacted forms).
        let triples = VerifyBenchmark.rawTriples(VerifyBenchmark.signedSample(count: 2_000).lines)
        for (engine, target) in targets {
            print("\(engine): read alone \(format(readRate(target, count: count), "rows/s"))")
            print("pass  raw 1 thread  \(engine) 1 job  ratio   raw 2 threads  \(engine) 2 jobs  2 jobs / raw 1 thread")
            var ratios: [Double] = [], twos: [Double] = []
            for pass in 1...3 {
                let r = paired(target, count: count, triples: triples)
                ratios.append(r.one / r.raw1)
                twos.append(r.two / r.raw1)
                print("\(pass)     \(VerifyBenchmark.pad(r.raw1))  \(VerifyBenchmark.pad(r.one))   \(VerifyBenchmark.percent(r.one / r.raw1))  \(VerifyBenchmark.pad(r.raw2))   \(VerifyBenchmark.pad(r.two))    \(format(r.two / r.raw1, "x"))")
            }
            print("\(engine) median: 1 job = \(VerifyBenchmark.percent(VerifyBenchmark.median(ratios))) of raw verify on 1 thread (target >= 85%); 2 jobs = \(format(VerifyBenchmark.median(twos), "x")) that rate (target >= 1.7x)")
        }
    }

    /// `synapse-sample DIR`: writes a database of 100,000 events (5,000 with --small, 1,000,000 with
    /// --million) as DIR/synapse.db, to profile
    /// `mxkeys event verify --synapse-db DIR/synapse.db` on it.
    static func writeSample() {
        guard let directory = CommandLine.arguments.dropFirst(2).first(where: { !$0.hasPrefix("--") }) else {
            print("usage: mxkeys-bench synapse-sample DIR")
            return
        }
        mkdir(directory, 0o755)
        let count = CommandLine.arguments.contains("--million") ? 1_000_000 : CommandLine.arguments.contains("--small") ? 5_000 : 100_000
        writeData(directory, count: count)
        print("wrote \(buildSQLite(directory))")
    }

    /// `synapse-memory`: a database of 1,000,000 events verified by the release `mxkeys` beside this
    /// program, in a child process whose peak RSS is read with wait4.
    static func runMemory() {
        let count = CommandLine.arguments.contains("--small") ? 20_000 : 1_000_000
        let binary = String(CommandLine.arguments[0].reversed().drop { $0 != "/" }.reversed()) + "mxkeys"
        guard access(binary, X_OK) == 0 else {
            print("synapse-memory runs the CLI: build it first (make release), then make bench BENCH=synapse-memory")
            return
        }
        print("== a Synapse database of \(count) events verified by mxkeys (SQLite): peak memory ==")
        let directory = scratch()
        defer { shell("rm -rf '\(directory)'") }
        var started = now()
        writeData(directory, count: count)
        let database = buildSQLite(directory)
        shell("rm -f '\(directory)/events.csv'")
        print("built in \(format(now() - started, "s"))")
        started = now()
        var pid: pid_t = 0
        let words: [String] = [binary, "event", "verify", "--synapse-db", database, "--quiet"]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        precondition(posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0)
        posix_spawn_file_actions_destroy(&actions)
        // The child's own high-water mark (VmHWM), read while it runs: wait4's ru_maxrss would report this
        // program's, which a vfork-ed child inherits at exec, and this program holds the generated events.
        var status: Int32 = 0
        var peakKiB = 0
        while true {
            if let text = try? readProcStatus(pid), let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
                peakKiB = max(peakKiB, Int(line.filter(\.isNumber)) ?? 0)
            }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done == -1 && errno != EINTR) { break }
            usleep(20_000)
        }
        let seconds = now() - started
        print("exit status \(status >> 8) (0: every event valid); \(count) events in \(format(seconds, "s")), \(format(Double(count) / seconds, "events/s"))")
        print("peak RSS of mxkeys: \(format(Double(peakKiB) / 1024, "MiB")) (VmHWM; target < 64 MB)")
    }
}

/// /proc/PID/status.
func readProcStatus(_ pid: pid_t) throws -> String {
    guard let file = fopen("/proc/\(pid)/status", "r") else { throw ProcStatusUnreadable() }
    defer { fclose(file) }
    var text = ""
    var line = [CChar](repeating: 0, count: 512)
    while fgets(&line, 512, file) != nil { text += String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return text
}

struct ProcStatusUnreadable: Error {}

extension String {
    /// Every `character` replaced by `replacement`.
    func replacing(character: Character, with replacement: String) -> String {
        split(separator: character, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
