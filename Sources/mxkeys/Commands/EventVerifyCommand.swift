import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

struct EventVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify events offline: the required servers' signatures, key validity and content hashes.",
        discussion: Help.discussion("""
            Each event of a file (one event, JSON lines, an array, a federation transaction, a /state \
            response) or of a Synapse database gets a verdict: valid, redacted (its content hash fails) or \
            rejected; from a database, censored too. A line for each event that is not valid, then a \
            summary. Exit 0 when every event is valid (or censored), 1 when any is redacted or rejected.
            """, examples: [
                "mxkeys event verify --room-version 11 --server-keys keys/ room.jsonl",
                "mxkeys event verify --synapse-config /etc/matrix-synapse/homeserver.yaml",
            ], more: ManualSection.see("Verdicts, key validity, the output, databases and shards", .events, .databases, .reports)))

    @OptionGroup var version: StoredRoomVersionOption
    @OptionGroup var keys: KeyRingOptions
    @OptionGroup var synapse: SynapseSourceOptions
    @OptionGroup var stored: StoredEventSelectionOptions

    @Flag(help: "Read one point in time, in one long transaction.")
    var snapshot = false

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "One JSON object per event, then a summary object.")
    var json = false

    @Flag(help: "Only the summary: no event lines, no progress bar.")
    var quiet = false

    @Option(help: ArgumentHelp(
        "With a database: also write the HTML report.",
        valueName: "file"), completion: .file())
    var html: String?

    @Flag(help: "With --html: replace the file if it exists.")
    var force = false

    @OptionGroup var input: InputFile

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        if force && html == nil { throw ValidationError("--force goes with --html") }
        try version.validate(database: synapse.isGiven, input: input)
        if !synapse.isGiven {
            if stored.isGiven {
                throw ValidationError("--room, --since, --until, --shard, --server-name and --signing-key select from a database: give --synapse-config or --synapse-db")
            }
            if snapshot { throw ValidationError("--snapshot is for a database: give --synapse-config or --synapse-db") }
            try keys.requireKeys()
            if html != nil { throw ValidationError("--html is for a database (--synapse-config or --synapse-db): a report's page is per room") }
        } else if !synapse.configs.isEmpty, stored.serverName != nil {
            throw ValidationError("--server-name and --signing-key are for --synapse-db: the config names the server and its keys")
        }
    }

    func run() throws {
        if synapse.isGiven { return try runOnDatabase() }
        let version = try version.resolve()
        let (ring, fetchedAt, assumed) = try keys.build()
        let source = try input.openDescriptor(reading: "events")
        let reader: JSONItemReader
        do { reader = try JSONItemReader(fd: source.fd, name: source.name, closeWhenDone: source.closeWhenDone) } catch {
            throw Failure(error.description)
        }
        let out = Output()
        // The key ring's description heads the report, once there is something to report.
        var header = json || quiet ? [] : ring.reportLines(fetchedAt: fetchedAt, assumed: assumed)

        let stream = EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: version), jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let progress = ProgressBar(total: source.size, quiet: quiet)
        let started = Clock.monotonicSeconds()
        var counts: [EventVerification.Verdict: Int] = [:]
        var total = 0
        var unreadableCount = 0
        var held: [UInt8] = []
        var firstUnreadable: String?
        var clientFormat = 0
        let asJSON = json, quiet = quiet
        do {
            try stream.run(reader, transform: { entry -> (EventVerification.Verdict, String?, [UInt8], Bool) in
                let text: [UInt8]
                if quiet {
                    text = []
                } else if asJSON {
                    text = CanonicalJSON.encode(entry.json) + [0x0A]
                } else if entry.verification.verdict != .valid {
                    text = Array(entry.reportLine.utf8) + [0x0A]
                } else {
                    text = []
                }
                let unreadable = entry.verification.isUnreadable
                    ? "\(entry.location): " + entry.verification.reasons.map(\.description).joined(separator: "; ") : nil
                return (entry.verification.verdict, unreadable, text, entry.verification.reasons.first == .clientFormat)
            }, consume: { results in
                for (verdict, unreadable, text, isClientFormat) in results {
                    if isClientFormat { clientFormat += 1 }
                    counts[verdict, default: 0] += 1
                    total += 1
                    if let unreadable {
                        unreadableCount += 1
                        if firstUnreadable == nil { firstUnreadable = unreadable }
                    }
                    // The report is held back while nothing has been readable, so that input with no event
                    // in it gives only the error; after `garbageLimit` such items in a row from the start,
                    // the input is taken for something that is not events at all, and the run stops.
                    if !text.isEmpty { held.append(contentsOf: text) }
                    if unreadableCount == total, total >= EventVerify.garbageLimit, let firstUnreadable {
                        throw Failure("no event in the first \(EventVerify.garbageLimit) items of the input could be read, so it is not taken for events; \(firstUnreadable) (\(source.name))")
                    }
                    if unreadableCount < total {
                        for line in header { out.line(line) }
                        header = []
                        out.write(held)
                        held.removeAll(keepingCapacity: true)
                    }
                }
                progress.update(position: reader.position, events: total)
            })
        } catch {
            progress.finish()
            out.flush()
            throw Failure(error, source: source.name)
        }
        progress.finish()
        let seconds = Clock.monotonicSeconds() - started
        guard total > 0 else {
            out.flush()
            throw Failure("no events in the input (\(source.name))")
        }
        // Input of which nothing is an event is unusable input, not a verdict on events.
        if unreadableCount == total, let firstUnreadable {
            throw Failure("no event in the input could be read; \(firstUnreadable) (\(source.name))")
        }
        for line in header { out.line(line) }
        out.write(held)
        let valid = counts[.valid, default: 0], redacted = counts[.redacted, default: 0], rejected = counts[.rejected, default: 0]
        let rate = seconds > 0 ? Int((Double(total) / seconds).rounded()) : 0
        if json {
            var summary: JSONObject = [
                "events": .integer(Int64(total)), "valid": .integer(Int64(valid)), "redacted": .integer(Int64(redacted)),
                "rejected": .integer(Int64(rejected)), "input_format": .string(reader.format.rawValue),
                "room_version": .string(version.identifier), "fetched_at": .integer(fetchedAt),
                "fetched_at_assumed": .bool(assumed && (ring.responses.isEmpty || ring.responses.contains { $0.loaded.fetchedAt == nil })),
                "events_per_second": .integer(Int64(rate)),
            ]
            summary["key_ring"] = ring.summaryJSON
            if clientFormat > 0 { summary["client_format_events"] = .integer(Int64(clientFormat)) }
            out.json(["summary": .object(summary)])
        } else {
            if clientFormat > 0 {
                out.line("note: \(clientFormat) client-format event\(clientFormat == 1 ? "" : "s"): client-format events carry no signatures; export them from the homeserver's database or over federation")
            }
            out.line("\(total) event\(total == 1 ? "" : "s") (\(reader.format.rawValue), room version \(version.identifier)): \(valid) valid, \(redacted) redacted, \(rejected) rejected")
            out.line("time: \(Self.seconds(seconds)) s, \(rate) events/s")
        }
        out.flush()
        if valid != total { throw NegativeVerdict() }
    }

    /// Items that cannot be read as events, in a row from the start of the input, after which the run
    /// stops (exit 2, no verdicts printed). Once an event has been read, every item gets a verdict.
    static let garbageLimit = 1000

    static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
