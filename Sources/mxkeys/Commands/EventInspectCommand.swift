import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

struct EventInspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Explain an event: what redaction removes, its hashes and ID, who must sign it, and who did.",
        discussion: Help.discussion("""
            With keys (--server-keys, --public-key, as for event verify), each required server's signatures \
            are checked one by one, then come event verify's verdict and reasons, with its exit code (0 \
            valid, 1 redacted or rejected). With --synapse-config or --synapse-db and --event, a stored \
            event, and what the database says of it.
            """, examples: [
                "mxkeys event inspect --room-version 11 --server-keys keys/ event.json",
                "mxkeys event inspect --synapse-config /etc/matrix-synapse/homeserver.yaml \\\n    --event '$x9Lrz0Q4cTeW2sJv0aBCdEfGhIjKlMnOpQrStUvWxYz'",
            ], more: ManualSection.see("What is checked, and what a database adds", .events, .databases)))

    @OptionGroup var version: StoredRoomVersionOption
    @OptionGroup var keys: KeyRingOptions
    @OptionGroup var synapse: SynapseSourceOptions
    @OptionGroup var stored: StoredEventOption

    @Flag(help: "Print the explanation as one JSON object.")
    var json = false

    @OptionGroup var input: InputFile

    func validate() throws {
        try version.validate(database: synapse.isGiven, input: input)
        try stored.validate(database: synapse.isGiven)
    }

    var hasKeys: Bool { !keys.serverKeys.isEmpty || !keys.publicKeys.isEmpty }

    func run() throws {
        if synapse.isGiven { return try runOnStoredEvent() }
        let version = try version.resolve()
        let event = try input.readObject(mode: version.numberMode, what: "the event")
        let explanation: EventExplanation
        do { explanation = try EventExplanation(event, version: version) } catch { throw Failure(error, source: input.sourceName) }
        var verification: EventVerification? = nil
        var header: [String] = []
        if hasKeys {
            let (ring, fetchedAt, assumed) = try keys.build()
            header = ring.reportLines(fetchedAt: fetchedAt, assumed: assumed)
            verification = EventVerifier(keyRing: ring, version: version).verify(event)
        }
        try report(explanation, verification, header: header, extraLines: [], extraJSON: explanation.json)
    }

    /// The explanation, then the checks and the verdict (or that there were none), in words or JSON;
    /// a verdict other than valid (or censored) is exit 1, as in event verify.
    func report(_ explanation: EventExplanation, _ verification: EventVerification?, header: [String], extraLines: [String], extraJSON: JSONValue) throws {
        let out = Output()
        if json {
            guard case .object(var object) = extraJSON else { return }
            if let verification {
                for (key, value) in verification.inspectionJSON { object[key] = value }
            } else {
                object["signatures_checked"] = false
            }
            out.json(.object(object))
        } else {
            for line in explanation.lines + extraLines { out.line(line) }
            if let verification {
                for line in header + verification.inspectionLines { out.line(line) }
            } else {
                out.line(EventVerification.notCheckedLine)
            }
        }
        out.flush()
        if let verification, verification.verdict != .valid, verification.verdict != .censored { throw NegativeVerdict() }
    }
}

extension EventInspect {
    /// The explanation of a stored event under its room's version, what the store says of it, and its
    /// signatures checked against the homeserver's key ring.
    func runOnStoredEvent() throws {
        let homeserver = try synapse.open()
        defer { homeserver.close() }
        let (record, event, version) = try stored.load(from: homeserver)
        let explanation: EventExplanation
        do { explanation = try EventExplanation(event, version: version) } catch { throw Failure(error, source: record.stored.eventID) }
        let fileTime = keys.fetchedAt ?? Clock.nowMilliseconds()
        let ring: KeyRing
        do {
            ring = try homeserver.keyRing(files: try KeyResponseFiles.loadForCLI(keys.serverKeys), explicitKeys: try keys.explicitKeys(), fetchedAt: fileTime).ring
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(error)
        }
        let verification = EventVerifier(keyRing: ring, version: version).verify(event).judged(as: record.stored)
        let header = ring.reportLines(fetchedAtDescription: "each stored response fetched at its ts_added_ms")
        try report(explanation, verification, header: header, extraLines: explanation.storedLines(record.stored),
                  extraJSON: explanation.json(stored: record.stored))
    }
}
