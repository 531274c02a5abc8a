import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct EventFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch a room's events over federation, as a server in the room: JSON lines ready for event verify.",
        discussion: Help.discussion("""
            Each request is signed as --as (X-Matrix) and goes to --from, which answers only a server in the \
            room. --event fetches one event; --state the room's state (at --at) with its auth chain; \
            --backfill the history back from --from-event. Each PDU is one line of canonical JSON.
            """, examples: [
                "mxkeys event fetch --as example.org --key signing.key --from matrix.org \\\n    --state '!OGEhHVWSdvArJzumhm:matrix.org' --output state.jsonl",
                "mxkeys event verify --room-version 11 --server-keys keys/ state.jsonl",
            ], more: ManualSection.see("The requests, the room version and the errors", .fetching)))

    @Option(name: .customLong("as"), help: ArgumentHelp("The server the requests are made as.", valueName: "server"))
    var origin: String

    @OptionGroup var key: SigningKeyOptions

    @Option(help: ArgumentHelp("The server to ask: one that is in the room.", valueName: "destination"))
    var from: String

    @Option(help: ArgumentHelp("Fetch this one event.", valueName: "event-id"))
    var event: String?

    @Option(help: ArgumentHelp("Fetch this room's state, with its auth chain.", valueName: "room-id"))
    var state: String?

    @Option(help: ArgumentHelp("With --state: the state at this event.", valueName: "event-id"))
    var at: String?

    @Option(help: ArgumentHelp("Fetch this room's history, back from --from-event.", valueName: "room-id"))
    var backfill: String?

    @Option(name: .customLong("from-event"), help: ArgumentHelp("The newest event --backfill fetches.", valueName: "event-id"))
    var fromEvent: String?

    @Option(help: ArgumentHelp("At most this many events (--backfill).", valueName: "n"))
    var limit: Int = 1000

    @Option(name: .customLong("room-version"), help: ArgumentHelp(
        "The room version (1-12), if no create event comes.", valueName: "version"),
        completion: .list(RoomVersion.all.map(\.identifier)))
    var roomVersion: String?

    @OptionGroup var output: SecretOutput
    @OptionGroup var network: NetworkOptions

    func validate() throws {
        let modes = [event, state, backfill].compactMap { $0 }.count
        guard modes == 1 else { throw ValidationError("give one of --event EVENT_ID, --state ROOM_ID or --backfill ROOM_ID") }
        if at != nil && state == nil { throw ValidationError("--at goes with --state") }
        if backfill != nil && fromEvent == nil { throw ValidationError("--backfill needs --from-event EVENT_ID") }
        if fromEvent != nil && backfill == nil { throw ValidationError("--from-event goes with --backfill") }
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 100000") }
    }

    func run() throws {
        let version: RoomVersion?
        do { version = try roomVersion.map { try RoomVersion(identifier: $0) } } catch { throw Failure.badValue(error, option: "--room-version") }
        let signingKey = try key.load()
        let origin = self.origin, destination = from
        let event = self.event, state = self.state, at = self.at, backfill = self.backfill, fromEvent = self.fromEvent, limit = self.limit
        let fetched = try network.run { transport -> FetchedEvents in
            let resolver = ServerResolver(srv: SystemSRVResolver(), wellKnown: HTTPWellKnownFetcher(transport: transport))
            let resolved = try await resolver.resolve(destination)
            let client = FederationClient(transport: transport, resolver: resolver, origin: origin, key: signingKey)
            let fetcher = FederationEventFetcher(client: client, destination: resolved, roomVersion: version)
            if let event { return try await fetcher.event(event) }
            if let state { return try await fetcher.state(room: state, at: at) }
            return try await fetcher.backfill(room: backfill ?? "", from: fromEvent ?? "", limit: limit)
        }
        var text: [UInt8] = []
        for pdu in fetched.pdus {
            text += pdu
            text.append(0x0A)
        }
        if output.file != nil {
            try output.write(text)
        } else {
            let out = Output()
            out.write(text)
            out.flush()
        }
        var summary = "\(fetched.pdus.count) events from \(destination) in \(fetched.requests) requests"
        if let stateAt = fetched.stateAt { summary += ", state at \(stateAt)" }
        if let version = fetched.roomVersion {
            summary += "; room version \(version.identifier) (\(fetched.roomVersionSource ?? "given")): verify with event verify --room-version \(version.identifier)"
        }
        FetchSummary.say(summary, dataOnStandardOutput: output.file == nil)
    }
}
