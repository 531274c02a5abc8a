#if canImport(Glibc)
import Glibc
#endif
import MatrixKeys

/// `reports`: a shard set of 1M events (4 shards of `event verify --json` output, 1,000 rooms, 1,000
/// findings), merged (`ReportMerge`, what `report merge` runs) with its time and the process's peak
/// memory beside the time to read the same lines alone; then its HTML page (`HTMLReport`, what `report
/// html` runs), the page's size and the time to make it. The page is kept (its path is printed) for the
/// render time in a browser: `scripts/render-time.py PAGE` opens it in headless chromium.
enum ReportsBenchmark {
    static let events = 1_000_000, shards = 4, rooms = 1_000, findings = 1_000

    static func run() {
        let dir = ProcessBenchmark.temporaryDirectory()
        let paths = writeShards(dir: dir)
        var bytes = 0
        for path in paths { var info = stat(); stat(path, &info); bytes += Int(info.st_size) }
        print("reports: \(events) events in \(shards) shards, \(bytes >> 20) MiB, \(rooms) rooms, \(findings) findings")
        let before = peakMiB()
        var start = now()
        for path in paths {
            let file = try? LineFile(path: path)
            while let line = try? file?.nextLine() { _ = line }
        }
        print("  read the lines alone   \(format(now() - start, "s"))")
        start = now()
        guard let merged = try? ReportMerge(paths: paths) else { print("  report merge failed"); return }
        print("  ReportMerge (report merge)  \(format(now() - start, "s")), \(merged.summary.total.events) events; peak memory \(peakMiB()) MiB (\(before) MiB before)")
        start = now()
        guard let page = try? HTMLReport.page(ofReports: paths) else { print("  report html failed"); return }
        print("  HTMLReport (report html)    \(format(now() - start, "s")), page \(format(Double(page.count) / 1_048_576, "MiB")); peak memory \(peakMiB()) MiB")
        for path in paths { unlink(path) }
        let pagePath = dir + "/report.html"
        let fd = open(pagePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = page.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        print("  page kept: \(pagePath) (render time: scripts/render-time.py \(pagePath))")
    }

    /// The process's peak resident memory so far, in MiB.
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss >> 10
    }

    /// The shards: event lines shaped as `event verify --json` prints them over a database, and each
    /// shard's summary, whose counts add up per room.
    static func writeShards(dir: String) -> [String] {
        let servers = ["a.example.org", "b.example.org", "c.example.net"]
        let start: Int64 = 1_780_000_000_000
        var paths: [String] = []
        let perShard = events / shards
        for shard in 0..<shards {
            let path = dir + "/shard-\(shard + 1).json"
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            var summary = StoredEventSummary()
            var out: [UInt8] = []
            out.reserveCapacity(1 << 22)
            for i in 0..<perShard {
                let n = shard * perShard + i
                let room = "!room\(n % rooms):\(servers[n % servers.count])"
                let server = servers[n % servers.count]
                let bad = n % (events / findings) == 0
                let ts = start + Int64(n) * 20_000
                let keyID = ts < start + Int64(events / 2) * 20_000 ? "ed25519:old" : "ed25519:new"
                let verdict = bad ? "rejected" : "valid"
                let reasons = bad ? "[\"\(server): no valid signature (\(keyID): signature does not verify)\"]" : "[]"
                let line = "{\"content_hash\":{\"result\":\"matches\"},\"event_id\":\"$e\(n)\",\"origin_server_ts\":\(ts),\"outlier\":false,\"reasons\":\(reasons),\"room_id\":\"\(room)\",\"room_version\":\"10\",\"signers\":[{\"keys\":[{\"key_id\":\"\(keyID)\",\"key_source\":\"PostgreSQL synapse: server_keys_json \(server)\",\"result\":\"\(bad ? "bad_signature" : "verified")\",\"valid_at_ts\":true,\"validity\":\"current key, valid_until_ts 1790000000000\"}],\"required_because\":[\"sender\"],\"satisfied\":\(!bad),\"server\":\"\(server)\"}],\"stored_event_id\":\"$e\(n)\",\"stream_ordering\":\(n),\"verdict\":\"\(verdict)\"}\n"
                out.append(contentsOf: line.utf8)
                if out.count > 1 << 22 { _ = out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }; out.removeAll(keepingCapacity: true) }
                summary.add(StoredEventSummary.Record(roomID: room, roomVersion: "10", verdict: bad ? .rejected : .valid))
            }
            var object = summary.json
            object["database"] = "PostgreSQL synapse on db.example.org"
            object["server_name"] = "a.example.org"
            object["schema_version"] = 94
            object["schema_compat_version"] = 84
            object["mxkeys_version"] = .string(MatrixKeys.version)
            object["options"] = ["since": .null, "until": .null, "rooms": .null, "fetched_at": .null]
            object["started_at"] = .integer(start + 1)
            object["elapsed_ms"] = 10_000
            object["events_per_second"] = 25_000
            object["shard"] = ["index": .integer(Int64(shard + 1)), "count": .integer(Int64(shards)), "by": "stream_ordering", "span": [0, .integer(Int64(events - 1))]]
            object["key_ring"] = ["keys": 6, "servers": .array(servers.map(JSONValue.string)), "not_used": [], "notes": [], "entries": .array(servers.flatMap { server in
                [
                    JSONValue.object(["server": .string(server), "key_id": "ed25519:old", "kind": "old", "expired_ts": .integer(start + Int64(events / 2) * 20_000), "fetched_at": .integer(start), "public_key": "AAAA", "source": "PostgreSQL synapse: server_keys_json"]),
                    JSONValue.object(["server": .string(server), "key_id": "ed25519:new", "kind": "current", "valid_until_ts": 1_790_000_000_000, "fetched_at": .integer(start + Int64(events / 2) * 20_000), "public_key": "BBBB", "source": "PostgreSQL synapse: server_keys_json"]),
                ]
            })]
            out.append(contentsOf: CanonicalJSON.encode(["summary": .object(object)]))
            out.append(0x0A)
            _ = out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            paths.append(path)
        }
        return paths
    }
}
