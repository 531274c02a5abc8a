import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

#if canImport(Glibc)
import Glibc
#endif

extension EventVerify {
    /// `event verify --synapse-config/--synapse-db`: every stored event (or those selected) under its own
    /// room's version, against the key ring of the server's stored responses and its own keys; a line per
    /// event that is not valid (or that the server itself rejected), a table of rooms, and the totals.
    func runOnDatabase() throws {
        // The page is written at the end; a target it may not replace is refused before anything is read.
        if let html { do { try AtomicFile.checkTarget(html, overwrite: force) } catch { throw Failure(error.description) } }
        let homeserver = try synapse.open(snapshot: snapshot)
        defer { homeserver.close() }
        let store = homeserver.store
        if homeserver.config == nil, stored.signingKeys.isEmpty, keys.publicKeys.isEmpty, keys.serverKeys.isEmpty {
            Stderr.warning("no keys of the server itself (--signing-key with --server-name, --public-key or --server-keys): its own events will not verify; its config (--synapse-config) gives them")
        }
        let fileTime = keys.fetchedAt ?? Clock.nowMilliseconds()
        let built: (ring: KeyRing, unusable: [(record: String, reason: String)], exposedKeyFile: (path: String, mode: UInt32)?)
        do {
            built = try homeserver.keyRing(
                files: try KeyResponseFiles.loadForCLI(keys.serverKeys),
                explicitKeys: try keys.explicitKeys() + stored.localKeys(), fetchedAt: fileTime)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(error)
        }
        let ring = built.ring
        let (selection, shard, span) = try stored.selection(in: store)
        let reader: any StoredEventReader
        do { reader = try store.events(selection) } catch { throw Failure(error) }

        let out = Output()
        // What heads the report (and the warning about the key file) comes once there is something to
        // report: a selection with no event is an error alone.
        var header: [String] = []
        if !json && !quiet {
            header.append(homeserver.headerLine)
            let when = keys.serverKeys.isEmpty
                ? "each stored response fetched at its ts_added_ms"
                : "stored responses at their ts_added_ms; files " + (keys.fetchedAt == nil ? "fetched_at not given, so now: " : "fetched_at ") + Timestamp.describe(fileTime)
            header += ring.reportLines(fetchedAtDescription: when)
            for (record, reason) in built.unusable { header.append("key ring: \(record): not a key response: \(reason)") }
            if let shard { header.append("shard \(shard): stream positions " + Self.rangeText(selection, span: span)) }
        }
        var headed = false
        func head() {
            guard !headed else { return }
            headed = true
            if let (path, mode) = built.exposedKeyFile {
                Stderr.warning("\(path) is \(FileExposure.describe(mode)); chmod 640 it")
            }
            for line in header { out.line(line) }
        }
        // The bar needs the total, which costs a count: only when there is a bar to show.
        let showBar = !quiet && isatty(2) == 1
        var total: Int? = nil
        if showBar {
            do { total = try store.countEvents(selection) } catch { throw Failure(error) }
        }
        let progress = ProgressBar(total: total, quiet: quiet)
        let stream = EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: nil), jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let started = Clock.monotonicSeconds(), startedAt = Clock.nowMilliseconds()
        var summary = StoredEventSummary()
        var page: HTMLReport? = html == nil ? nil : HTMLReport()
        let asJSON = json, quiet = quiet, withPage = html != nil
        // The server's own events signed by key IDs the ring lacks: named once in the summary.
        let ownServer = homeserver.config?.serverName ?? stored.serverName
        var unknownOwnKeyIDs: Set<String> = []
        var unknownOwnEvents = 0
        do {
            try stream.run(reader, transform: { entry -> (StoredEventSummary.Record, [UInt8], JSONObject?, [String]) in
                let record = StoredEventSummary.Record(entry)
                let object = asJSON || withPage ? entry.json.objectValue : nil
                let unknownOwn = ownServer.map { entry.verification.unknownKeyIDs(of: $0) } ?? []
                let text: [UInt8]
                if quiet {
                    text = []
                } else if asJSON, let object {
                    text = CanonicalJSON.encode(.object(object)) + [0x0A]
                } else if entry.verification.verdict != .valid || record.serverRejected {
                    text = Array(entry.reportLine.utf8) + [0x0A]
                } else {
                    text = []
                }
                return (record, text, withPage ? object : nil, unknownOwn)
            }, consume: { results in
                head()
                for (record, text, object, unknownOwn) in results {
                    summary.add(record)
                    if !unknownOwn.isEmpty {
                        unknownOwnEvents += 1
                        unknownOwnKeyIDs.formUnion(unknownOwn)
                    }
                    if !text.isEmpty { out.write(text) }
                    if let object { page?.add(event: object) }
                }
                progress.update(position: reader.eventsRead, events: summary.total.events)
            })
        } catch {
            progress.finish()
            out.flush()
            throw Failure(error)
        }
        progress.finish()
        let seconds = Clock.monotonicSeconds() - started
        // No event at all is unusable input, but for a shard: a part of a sparse range may be empty.
        if summary.total.events == 0 && shard == nil {
            out.flush()
            throw Failure("no stored events" + (selection == EventSelection() ? "" : " match the selection") + " (\(store.description))")
        }
        head()
        let rate = seconds > 0 ? Int((Double(summary.total.events) / seconds).rounded()) : 0
        var object = summaryJSON(
            summary, homeserver: homeserver, ring: ring, startedAt: startedAt, seconds: seconds, rate: rate,
            shard: shard.map { ($0, selection, span) })
        if let html, var page {
            page.add(startedAt: startedAt)
            do { try AtomicFile.write(page.render(summary: object, counts: summary), to: html, mode: 0o644, overwrite: force) } catch {
                throw Failure(error.description)
            }
        }
        if !unknownOwnKeyIDs.isEmpty {
            object["unknown_own_key_ids"] = .array(unknownOwnKeyIDs.sorted().map(JSONValue.string))
        }
        if json {
            out.write(CanonicalJSON.encode(["summary": .object(object)]))
            out.write([0x0A])
        } else {
            let note = ownServer.flatMap { server in
                unknownOwnKeyIDs.isEmpty ? nil : KeyRing.unknownOwnKeysNote(server: server, keyIDs: unknownOwnKeyIDs.sorted(), events: unknownOwnEvents)
            }
            Self.printSummary(summary, source: store.description, seconds: seconds, rate: rate, note: note, to: out)
        }
        out.flush()
        if !summary.total.isAllValid { throw NegativeVerdict() }
    }

    /// The summary object of `--json` (and of the page): the counts, and what identifies the run, so
    /// that `report merge` can check that runs belong together.
    func summaryJSON(
        _ summary: StoredEventSummary, homeserver: SynapseHomeserver, ring: KeyRing, startedAt: Int64, seconds: Double, rate: Int,
        shard: (StreamShard, EventSelection, ClosedRange<Int64>?)?
    ) -> JSONObject {
        var object = summary.json
        for (key, value) in homeserver.summaryJSON { object[key] = value }
        // What identifies the run, so that `report merge` can check that runs belong together.
        if let serverName = stored.serverName { object["server_name"] = .string(serverName) }
        object["mxkeys_version"] = .string(MatrixKeys.version)
        object["options"] = .object([
            "since": stored.since.map(JSONValue.integer) ?? .null, "until": stored.until.map(JSONValue.integer) ?? .null,
            "rooms": stored.rooms.isEmpty ? .null : .array(Set(stored.rooms).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(JSONValue.string)),
            "fetched_at": keys.fetchedAt.map(JSONValue.integer) ?? .null,
        ])
        object["started_at"] = .integer(startedAt)
        object["elapsed_ms"] = .integer(Int64((seconds * 1000).rounded()))
        if let (shard, selection, span) = shard {
            var part: JSONObject = ["index": .integer(Int64(shard.index)), "count": .integer(Int64(shard.count)), "by": "stream_ordering"]
            part["stream_from"] = selection.streamFrom.map(JSONValue.integer) ?? .null
            part["stream_to"] = selection.streamTo.map(JSONValue.integer) ?? .null
            part["span"] = span.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null
            object["shard"] = .object(part)
        }
        var ringJSON = ring.summaryJSON.objectValue ?? [:]
        ringJSON["entries"] = ring.entriesJSON
        object["key_ring"] = .object(ringJSON)
        object["events_per_second"] = .integer(Int64(rate))
        return object
    }

    /// The human summary: the table of rooms, the totals and the time taken (also `report merge`'s).
    static func printSummary(_ summary: StoredEventSummary, source: String, seconds: Double, rate: Int, note: String? = nil, to out: Output) {
        let table = summary.roomTable
        if !table.rows.isEmpty { for line in Table.render(header: table.header, rows: table.rows) { out.line(line) } }
        for line in summary.totalLines(source: source) { out.line(line) }
        if let note { out.line(note) }
        out.line("time: \(Self.seconds(seconds)) s, \(rate) events/s")
    }

    /// `-13 to 24 of -13...62`, with open ends said as such.
    static func rangeText(_ selection: EventSelection, span: ClosedRange<Int64>?) -> String {
        guard let span else { return "none (no stored events)" }
        let from = selection.streamFrom.map(String.init) ?? "the lowest"
        let to = selection.streamTo.map(String.init) ?? "the highest"
        return "\(from) to \(to) (of \(span.lowerBound) to \(span.upperBound))"
    }
}
