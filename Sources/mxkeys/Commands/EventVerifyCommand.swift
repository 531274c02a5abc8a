import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

struct EventVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify events offline: the required servers' signatures, key validity and content hashes.",
        discussion: """
            Reads one event, a JSON-lines stream, a JSON array of events, a federation transaction \
            ({"pdus": [...]}), or a /state or /event_auth response ({"pdus": [...], "auth_chain": [...]}: \
            the events of both lists, each marked with its list), in bounded memory, and gives each event a \
            verdict: valid; redacted (the \
            signatures are fine but the content hash is not, so the event counts only in redacted form); \
            or rejected (a required server has no valid signature, or the event cannot be read). \
            A line that is not an event is reported as rejected, with its line number, and the run goes on.

            The required servers are the sender's (except for third-party invites), the event ID's in \
            room versions 1-2, and the authorising server of a restricted join in 8 and later. From room \
            version 5 on, a key verifies only inside its validity period: a current key while \
            min(valid_until_ts, fetched_at + 7 days) >= origin_server_ts, an old key while \
            origin_server_ts < expired_ts. A key response whose self-signature fails is not used.

            Output: a line for each event that is not valid, then a summary; with --json, one object \
            per event and a summary object. Exit 0 when every event is valid, 1 when any is redacted or \
            rejected, 2 for unusable input (an unreadable file, no events, nothing in the input that can be \
            read as an event, a key ring with no usable key). Input whose first 1000 items are none of them \
            an event (a binary file, say) is not taken for events: the run stops there with one error, exit \
            2, and no verdict printed; once an event has been read, every later item gets its verdict.

            A homeserver's own database: with --synapse-config (Synapse's config files, merged as Synapse \
            merges them) or --synapse-db (an SQLite file, or a PostgreSQL URI or conninfo string), every \
            stored event is verified under its own room's version (no --room-version), against the key \
            responses the server fetched (server_keys_json, each with its ts_added_ms as fetched_at for \
            the 7-day cap, a notary's signature checked with the notary's stored keys) and the server's own \
            keys (the public part of signing_key_path, and old_signing_keys from the config; without a \
            config, --signing-key with --server-name, --public-key or --server-keys), plus any \
            --server-keys and --public-key given. The database is only read: SQLite read-only, in short \
            reads of a batch each so that a running Synapse is never held up for longer (a lock held \
            longer than --lock-timeout is an error); PostgreSQL likewise, a short READ ONLY transaction a \
            batch, so that VACUUM on a live server is not held back. Events added during the run may or \
            may not be seen, and an event censored during the run is seen in one of its two forms; \
            --snapshot reads one point in time instead (one REPEATABLE READ transaction, which holds \
            VACUUM's horizon for the whole run). Beside a live server what verification takes from it is \
            CPU: --jobs 1 and nice -n 19 keep it out of the server's way. Each event's line and JSON object also say where it \
            is stored (its ID, room, stream position, whether it is an outlier) and what the server made \
            of it: an event the server rejected shows the server's reason beside mxkeys' verdict (which \
            judges signatures and hashes, not the room's auth rules). An event whose own ID is not the \
            one it is stored under is rejected, counted as an ID mismatch. An event the server censored \
            (pruned to its redacted form once its redaction was older than redaction_retention_period) \
            whose signatures verify is censored, not redacted: normal server behaviour, which does not \
            make the exit code 1. A row that cannot be checked (JSON that does not parse, a room missing \
            from the rooms table, a room version mxkeys does not know) is a rejected verdict of its own, \
            and the run goes on. The report ends with a table of rooms (counts per verdict) and the \
            totals; with --json, a summary object whose counts, overall and per room, add up across the \
            N parts of --shard K/N, which takes the K-th of N equal ranges of stream positions, so that \
            machines can share a large database with no coordination. Exit 2 as well for a database \
            that cannot be reached, refuses the credentials, is not Synapse's or has a layout mxkeys \
            does not know (Synapse schema 84, of Synapse 1.100, and later, while compat_version <= 94), \
            a config without a database section, and no stored event selected (but for a shard, which \
            may be empty).

            The --json summary of a database run also records what report merge checks before it adds \
            runs up: the database and server name (never a password), mxkeys' version, the options that \
            change verdicts (--since, --until, --room, --fetched-at), every key of the key ring with its \
            source and fetch time, and for a shard K/N and the span of stream positions it was cut from. \
            With --html FILE, the run's report is also written as one self-contained HTML page, the page \
            report html makes from the --json output.
            """)

    @OptionGroup var version: StoredRoomVersionOption
    @OptionGroup var keys: KeyRingOptions
    @OptionGroup var synapse: SynapseSourceOptions
    @OptionGroup var stored: StoredEventSelectionOptions

    @Flag(help: "Read the database as one point in time: one read-only transaction for the whole run, which holds back PostgreSQL's VACUUM (and an SQLite WAL's checkpoints) on a live server while it lasts. By default each batch of events is a short transaction of its own.")
    var snapshot = false

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "One JSON object per event, then a summary object.")
    var json = false

    @Flag(help: "Only the summary: no line per event and no progress bar.")
    var quiet = false

    @Option(help: ArgumentHelp(
        "With a database: also write the run's report as one self-contained HTML page (as report html makes it) to this file.",
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
