import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

struct EventInspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Explain an event: what redaction removes, its hashes and ID, who must sign it, and who did.",
        discussion: """
            With --synapse-config or --synapse-db and --event EVENT_ID, the event is read from a Synapse \
            database and explained under its room's version, followed by what the database says of it: \
            the ID it is stored under (and whether that is its own), its room, its stream position, \
            whether it is an outlier, whether the server rejected it (and why), and whether the server \
            censored it.
            """)

    @OptionGroup var version: StoredRoomVersionOption
    @OptionGroup var synapse: SynapseSourceOptions
    @OptionGroup var stored: StoredEventOption

    @Flag(help: "Print the explanation as one JSON object.")
    var json = false

    @OptionGroup var input: InputFile

    func validate() throws {
        try version.validate(database: synapse.isGiven, input: input)
        try stored.validate(database: synapse.isGiven)
    }

    func run() throws {
        if synapse.isGiven { return try runOnStoredEvent() }
        let version = try version.resolve()
        let event = try input.readObject(mode: version.numberMode, what: "the event")
        let explanation: EventExplanation
        do { explanation = try EventExplanation(event, version: version) } catch { throw Failure(error, source: input.sourceName) }
        let out = Output()
        if json {
            out.json(explanation.json)
        } else {
            for line in explanation.lines { out.line(line) }
        }
    }
}

extension EventInspect {
    /// The explanation of a stored event under its room's version, and what the store says of it.
    func runOnStoredEvent() throws {
        let (record, event, version) = try stored.load(from: synapse)
        let explanation: EventExplanation
        do { explanation = try EventExplanation(event, version: version) } catch { throw Failure(error, source: record.stored.eventID) }
        let out = Output()
        if json {
            out.write(CanonicalJSON.encode(explanation.json(stored: record.stored)))
            out.write([0x0A])
        } else {
            for line in explanation.lines + explanation.storedLines(record.stored) { out.line(line) }
        }
    }
}
