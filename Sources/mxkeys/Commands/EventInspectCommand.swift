import ArgumentParser
import MatrixKeys

struct EventInspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Explain an event: what redaction removes, its hashes and ID, who must sign it, and who did.")

    @OptionGroup var version: RoomVersionOption

    @Flag(help: "Print the explanation as one JSON object.")
    var json = false

    @OptionGroup var input: InputFile

    func run() throws {
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
