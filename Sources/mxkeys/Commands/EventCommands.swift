import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

struct Event: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Redact, hash, sign, explain, verify and fetch events.",
        subcommands: [EventRedact.self, EventHash.self, EventID.self, EventRoomID.self, EventSign.self, EventInspect.self, EventVerify.self, EventFetch.self])
}

/// Runs `body` on each event of the input: one JSON object, or with `lines` a JSON-lines stream read in
/// bounded memory. Each result is printed as one line. A line that is not an event is reported where it
/// is (one `mxkeys: line N: ...` line on standard error, or the command's own report) and the run goes on,
/// ending with exit 1; with --fail-fast it stops the run (exit 2).
struct EventInput: ParsableArguments {
    @Flag(help: "Read a JSON-lines stream of events: one result line per event, in bounded memory.")
    var lines = false

    @Flag(name: .customLong("fail-fast"), help: ArgumentHelp(
        "With --lines, stop at the first line that is not an event (exit 2) instead of reporting it and going on (exit 1 at the end)."))
    var failFast = false

    @OptionGroup var input: InputFile

    func validate() throws {
        if failFast && !lines { throw ValidationError("--fail-fast goes with --lines") }
    }

    /// `body` gets each event, its line (nil for a single document) and the output. `report` says where a
    /// bad line goes; by default, standard error.
    func forEach(
        mode: NumberMode, report: ((Int, String, Output) -> Void)? = nil, _ body: (JSONObject, Int?, Output) throws -> Void
    ) throws {
        guard lines else {
            try body(try input.readObject(mode: mode, what: "the event", linesOption: true), nil, Output())
            return
        }
        try forEachLine(report: report) { line, number, out in
            guard case .object(let event) = try JSONParser.parse(line, mode: mode) else { throw EventError.notAnObject }
            try body(event, number, out)
        }
    }

    /// The stream's non-blank lines as raw bytes, with their numbers.
    func forEachLine(report: ((Int, String, Output) -> Void)? = nil, _ body: (UnsafeRawBufferPointer, Int, Output) throws -> Void) throws {
        let out = Output()
        let source = input.sourceName
        let reported = try input.forEachLine(failFast: failFast, report: { number, reason in
            if let report { return report(number, reason, out) }
            out.flush()
            Stderr.line("mxkeys: line \(number): \(reason) (\(source))")
        }) { line, number in
            do { try body(line, number, out) } catch {
                out.flush()
                throw error
            }
        }
        out.flush()
        if reported > 0 { throw NegativeVerdict() }
    }
}

struct EventRedact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact", abstract: "Print the redacted event as canonical JSON.",
        discussion: Help.discussion(examples: [
            "mxkeys event redact --room-version 11 event.json",
            "mxkeys event redact --room-version 11 --lines room.jsonl > redacted.jsonl",
        ]))

    @OptionGroup var version: RoomVersionOption
    @OptionGroup var events: EventInput

    func run() throws {
        let version = try version.resolve()
        try events.forEach(mode: version.numberMode) { event, _, out in
            out.json(.object(Redaction.redact(event, version: version)))
        }
    }
}

struct EventHash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Print the event's content hash (unpadded base64 SHA-256), or check it.",
        discussion: Help.discussion("""
            With --check: exit 0 when hashes.sha256 matches, 1 when it differs or is missing. With --lines \
            and --json, one object per line: {"line", "content_hash"} (and "check", "reason" with --check), \
            or {"line", "error"} for a line that is not an event.
            """, examples: [
                "mxkeys event hash --room-version 11 --check event.json",
                "mxkeys event hash --room-version 11 --lines --json room.jsonl",
            ]))

    @OptionGroup var version: RoomVersionOption

    @Flag(help: "Check the event's hashes.sha256 instead of printing the hash.")
    var check = false

    @Flag(help: "With --lines, one JSON object per line, errors included.")
    var json = false

    @OptionGroup var events: EventInput

    func run() throws {
        let version = try version.resolve()
        var failures = 0
        let report: ((Int, String, Output) -> Void)? = json ? { EventLineReport.json($0, $1, $2) } : nil
        try events.forEach(mode: version.numberMode, report: report) { event, line, out in
            let hash = Base64.encode(EventHashes.contentHash(event))
            let result = check ? EventHashes.checkContentHash(event) : nil
            if let result, result != .matches { failures += 1 }
            if json {
                var object: JSONObject = ["content_hash": .string(hash)]
                if let line { object["line"] = .integer(Int64(line)) }
                if let result {
                    object["check"] = .string(result.result)
                    object["reason"] = .string(result.reason)
                }
                out.json(.object(object))
            } else {
                out.line(result?.reason ?? hash)
            }
        }
        if failures > 0 { throw NegativeVerdict() }
    }
}

/// `{"line": N, "error": "..."}` in place of a line that is not an event, for --json output.
enum EventLineReport {
    static func json(_ line: Int, _ reason: String, _ out: Output) {
        out.json(["line": .integer(Int64(line)), "error": .string(reason)])
    }
}

struct EventID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Print the event ID (or with --reference-hash the unpadded base64 reference hash).",
        discussion: Help.discussion("""
            Room versions 1-2 carry the ID in event_id; from version 3 on it is derived from the reference hash. \
            With --synapse-config or --synapse-db and --event, the stored event's ID is recomputed under its \
            room's version: exit 1 when it is not the ID the event is stored under.
            """, examples: [
                "mxkeys event id --room-version 11 --lines room.jsonl",
                "mxkeys event id --synapse-config /etc/matrix-synapse/homeserver.yaml \\\n    --event '$x9Lrz0Q4cTeW2sJv0aBCdEfGhIjKlMnOpQrStUvWxYz'",
            ]))

    @OptionGroup var version: StoredRoomVersionOption
    @OptionGroup var synapse: SynapseSourceOptions
    @OptionGroup var stored: StoredEventOption

    @Flag(help: "Print the reference hash (unpadded standard base64) instead of the event ID.")
    var referenceHash = false

    @Flag(help: "With --lines, one JSON object per line ({\"line\", \"event_id\"} or {\"line\", \"error\"}).")
    var json = false

    @OptionGroup var events: EventInput

    func validate() throws {
        try version.validate(database: synapse.isGiven, input: events.input)
        try stored.validate(database: synapse.isGiven)
        if synapse.isGiven && events.lines { throw ValidationError("--lines reads a file; a database is read with --event") }
    }

    func run() throws {
        if synapse.isGiven { return try runOnStoredEvent() }
        let version = try version.resolve()
        guard events.lines else {
            let event = try events.input.readObject(mode: version.numberMode, what: "the event")
            let out = Output()
            do {
                out.line(referenceHash
                    ? Base64.encode(EventHashes.referenceHash(event, version: version))
                    : try EventHashes.eventID(event, version: version))
            } catch { throw Failure(error, source: events.input.sourceName) }
            return
        }
        // Streams take the fast path: hashes from canonical byte spans, no tree per event.
        let ids = EventIDs()
        let report: ((Int, String, Output) -> Void)? = json ? { EventLineReport.json($0, $1, $2) } : nil
        let field = referenceHash ? "reference_hash" : "event_id"
        try events.forEachLine(report: report) { line, number, out in
            let value = referenceHash ? Base64.encode(try ids.referenceHash(line, version: version)) : try ids.eventID(line, version: version)
            if json {
                var object = JSONObject()
                object["line"] = .integer(Int64(number))
                object[field] = .string(value)
                out.json(.object(object))
            } else {
                out.line(value)
            }
        }
    }
}

extension EventID {
    /// The stored event's ID (or reference hash) under its room's version; a negative verdict when the
    /// ID is not the one it is stored under.
    func runOnStoredEvent() throws {
        let (record, event, version) = try stored.load(from: synapse)
        let out = Output()
        let computed: String
        do { computed = try EventHashes.eventID(event, version: version) } catch { throw Failure(error, source: record.stored.eventID) }
        out.line(referenceHash ? Base64.encode(EventHashes.referenceHash(event, version: version)) : computed)
        out.flush()
        if computed != record.stored.eventID {
            Stderr.line("mxkeys: \(record.stored.eventID) is stored under that ID, but its event ID is \(computed)")
            throw NegativeVerdict()
        }
    }
}

struct EventRoomID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room-id",
        abstract: "Print the room ID that a room version 12 create event defines.",
        discussion: Help.discussion("""
            The room ID is ! + URL-safe base64 of the create event's reference hash; the create event must \
            not carry a room_id.
            """, examples: ["mxkeys event room-id create.json"]))

    @OptionGroup var input: InputFile

    func run() throws {
        let event = try input.readObject(mode: RoomVersion.v12.numberMode, what: "the create event")
        do {
            let out = Output()
            out.line(try EventHashes.roomID(ofCreateEvent: event, version: .v12))
        } catch { throw Failure(error, source: input.sourceName) }
    }
}

struct EventSign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Add the content hash and sign the event as a server; print it as canonical JSON.",
        discussion: Help.discussion("""
            The signature covers the redacted event; signatures by other servers are kept. A server signs \
            the events of its own users and the restricted joins it authorises \
            (join_authorised_via_users_server): signing any other event warns on standard error, and so \
            does every signature the event carried that signing left covering other bytes (the content \
            hash was added or replaced), since it no longer verifies.
            """, examples: [
                "mxkeys event sign --room-version 11 --server example.org --key signing.key \\\n    event.json >> room.jsonl",
                "mxkeys event sign --room-version 11 --server example.org --key keystore:srv \\\n    --lines events.jsonl > signed.jsonl",
            ]))

    @OptionGroup var version: RoomVersionOption

    @Option(help: ArgumentHelp("The signing server's name.", valueName: "name"))
    var server: String

    @OptionGroup var key: SigningKeyOptions
    @OptionGroup var events: EventInput

    func run() throws {
        let version = try version.resolve()
        let signingKey = try key.load()
        let source = events.input.sourceName
        try events.forEach(mode: version.numberMode) { event, line, out in
            let signed: JSONObject
            do { signed = try EventSigning.sign(event, version: version, server: server, key: signingKey) } catch {
                throw Failure(error, source: source)
            }
            let place = line.map { "line \($0) of \(source)" } ?? source
            if EventSigning.isForeign(event, to: server, version: version) {
                let sender = event["sender"]?.stringValue.map { " of \($0)" } ?? ""
                Stderr.warning("\(place): signing the event\(sender) as \(server), which is neither its sender's server nor the one that authorised it")
            }
            for (other, ids) in EventSigning.signaturesBroken(before: event, after: signed, version: version, server: server, keyID: signingKey.keyID) {
                Stderr.warning("\(place): the signature of \(other) (\(ids.joined(separator: ", "))) no longer verifies: signing added or replaced the content hash it covers")
            }
            out.json(.object(signed))
        }
    }
}
