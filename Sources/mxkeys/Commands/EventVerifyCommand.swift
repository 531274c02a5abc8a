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
            read as an event, a key ring with no usable key).
            """)

    @OptionGroup var version: RoomVersionOption
    @OptionGroup var keys: KeyRingOptions

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "One JSON object per event, then a summary object.")
    var json = false

    @Flag(help: "Only the summary: no line per event and no progress bar.")
    var quiet = false

    @OptionGroup var input: InputFile

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let version = try version.resolve()
        let (ring, fetchedAt, assumed) = try keys.build()
        let source = try input.openDescriptor()
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
        let asJSON = json, quiet = quiet
        do {
            try stream.run(reader, transform: { entry -> (EventVerification.Verdict, String?, [UInt8]) in
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
                return (entry.verification.verdict, unreadable, text)
            }, consume: { results in
                for (verdict, unreadable, text) in results {
                    counts[verdict, default: 0] += 1
                    total += 1
                    if let unreadable {
                        unreadableCount += 1
                        if firstUnreadable == nil { firstUnreadable = unreadable }
                    }
                    // The report is held back while nothing has been readable (up to a limit), so that
                    // input with no event in it gives only the error.
                    if !text.isEmpty { held.append(contentsOf: text) }
                    if unreadableCount < total || held.count > 1 << 20 {
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
            out.write(CanonicalJSON.encode(["summary": .object(summary)]))
            out.write([0x0A])
        } else {
            out.line("\(total) events (\(reader.format.rawValue), room version \(version.identifier)): \(valid) valid, \(redacted) redacted, \(rejected) rejected")
            out.line("time: \(Self.seconds(seconds)) s, \(rate) events/s")
        }
        out.flush()
        if valid != total { throw NegativeVerdict() }
    }

    static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
