import ArgumentParser
import MatrixKeys

struct Event: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Redact, hash, identify, sign, explain and verify events, by room version.",
        subcommands: [EventRedact.self, EventHash.self, EventID.self, EventRoomID.self, EventSign.self, EventInspect.self, EventVerify.self, EventFetch.self])
}

/// Runs `body` on each event of the input: one JSON object, or with `lines` a JSON-lines stream read in
/// bounded memory. Each result is printed as one line.
struct EventInput: ParsableArguments {
    @Flag(help: "Read a JSON-lines stream of events: one result line per event, in bounded memory.")
    var lines = false

    @OptionGroup var input: InputFile

    func forEach(mode: NumberMode, _ body: (JSONObject, Output) throws -> Void) throws {
        guard lines else {
            try body(try input.readObject(mode: mode, what: "the event"), Output())
            return
        }
        try forEachLine { line, out in
            guard case .object(let event) = try JSONParser.parse(line, mode: mode) else { throw EventError.notAnObject }
            try body(event, out)
        }
    }

    /// The stream's non-blank lines as raw bytes; an error stops the run, naming the line.
    func forEachLine(_ body: (UnsafeRawBufferPointer, Output) throws -> Void) throws {
        let out = Output()
        try input.forEachLine { line, number in
            do {
                try body(line, out)
            } catch let failure as Failure {
                out.flush()
                throw Failure("line \(number): \(failure.message)")
            } catch {
                out.flush()
                throw Failure("line \(number): \(error) (\(input.sourceName))")
            }
        }
    }
}

struct EventRedact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact", abstract: "Print the redacted event as canonical JSON.")

    @OptionGroup var version: RoomVersionOption
    @OptionGroup var events: EventInput

    func run() throws {
        let version = try version.resolve()
        try events.forEach(mode: version.numberMode) { event, out in
            out.write(CanonicalJSON.encode(.object(Redaction.redact(event, version: version))))
            if events.lines { out.write([0x0A]) }
        }
    }
}

struct EventHash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Print the event's content hash (unpadded base64 SHA-256), or check it.",
        discussion: "With --check: exit 0 when hashes.sha256 matches, 1 when it differs or is missing.")

    @OptionGroup var version: RoomVersionOption

    @Flag(help: "Check the event's hashes.sha256 instead of printing the hash.")
    var check = false

    @OptionGroup var events: EventInput

    func run() throws {
        let version = try version.resolve()
        var failures = 0
        try events.forEach(mode: version.numberMode) { event, out in
            guard check else {
                out.line(Base64.encode(EventHashes.contentHash(event)))
                return
            }
            let result = EventHashes.checkContentHash(event)
            if result != .matches { failures += 1 }
            out.line(result.reason)
        }
        if failures > 0 { throw NegativeVerdict() }
    }
}

struct EventID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Print the event ID (or with --reference-hash the unpadded base64 reference hash).",
        discussion: "Room versions 1-2 carry the ID in event_id; from version 3 on it is derived from the reference hash.")

    @OptionGroup var version: RoomVersionOption

    @Flag(help: "Print the reference hash (unpadded standard base64) instead of the event ID.")
    var referenceHash = false

    @OptionGroup var events: EventInput

    func run() throws {
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
        try events.forEachLine { line, out in
            out.line(referenceHash
                ? Base64.encode(try ids.referenceHash(line, version: version))
                : try ids.eventID(line, version: version))
        }
    }
}

struct EventRoomID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room-id",
        abstract: "Print the room ID that a room version 12 create event defines.",
        discussion: "The room ID is ! + URL-safe base64 of the create event's reference hash; the create event must not carry a room_id.")

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
        discussion: "The signature covers the redacted event; signatures by other servers are kept.")

    @OptionGroup var version: RoomVersionOption

    @Option(help: ArgumentHelp("The signing server's name.", valueName: "name"))
    var server: String

    @OptionGroup var key: SigningKeyOptions
    @OptionGroup var input: InputFile

    func run() throws {
        let version = try version.resolve()
        let event = try input.readObject(mode: version.numberMode, what: "the event")
        let signingKey = try key.load()
        do {
            let out = Output()
            out.write(CanonicalJSON.encode(.object(try EventSigning.sign(event, version: version, server: server, key: signingKey))))
        } catch { throw Failure(error, source: input.sourceName) }
    }
}
