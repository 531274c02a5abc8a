import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct EventFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch a room's events over federation, as a server in the room: JSON lines ready for event verify.",
        discussion: """
            Every request is signed as --as with its signing key (Authorization: X-Matrix, with \
            destination), as request sign does, and goes to --from, found by server name resolution (see \
            server-keys fetch), over TLS verified against the system's trust store plus --ca-file. The \
            destination answers only a server that is in the room (or for a world-readable room).

            --event: GET /_matrix/federation/v1/event/ID. --state: the room's state at --at (or, without \
            it, at the event the destination names as the latest, through timestamp_to_event), from \
            /state: the state's PDUs, then the auth chain. --backfill: /backfill from --from-event, paged \
            backwards (100 events a request) until --limit events or the room's create event.

            Each PDU is written once, as one line of canonical JSON, to standard output or --output (mode \
            0600, atomic). The room version comes from --room-version, else from the create event when it \
            is in the result, else from the create event among the first event's auth events (fetched); it \
            is needed to tell events apart, and the summary says which to give to event verify \
            --room-version. Errors from the destination (403 not in the room, 404, 401 signature rejected) \
            are one line with what it said. Responses over 64 MiB (1 MiB for one event) are refused.
            """)

    @Option(name: .customLong("as"), help: ArgumentHelp("The server the requests are made as (its keys must be fetchable by the destination).", valueName: "server"))
    var origin: String

    @OptionGroup var key: SigningKeyOptions

    @Option(help: ArgumentHelp("The server to ask: one that is in the room.", valueName: "destination"))
    var from: String

    @Option(help: ArgumentHelp("Fetch this one event.", valueName: "event-id"))
    var event: String?

    @Option(help: ArgumentHelp("Fetch this room's state, with its auth chain.", valueName: "room-id"))
    var state: String?

    @Option(help: ArgumentHelp("The event whose state --state fetches (default: the latest the destination knows).", valueName: "event-id"))
    var at: String?

    @Option(help: ArgumentHelp("Fetch this room's history, backwards from --from-event.", valueName: "room-id"))
    var backfill: String?

    @Option(name: .customLong("from-event"), help: ArgumentHelp("The newest event --backfill fetches.", valueName: "event-id"))
    var fromEvent: String?

    @Option(help: ArgumentHelp("At most this many events for --backfill (default: 1000).", valueName: "n"))
    var limit: Int = 1000

    @Option(name: .customLong("room-version"), help: ArgumentHelp(
        "The room version, when the create event is not among what is fetched (1-12).", valueName: "version"),
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
