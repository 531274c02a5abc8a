import MatrixKeys

/// Federation requests signed as a server (`Authorization: X-Matrix`, with `destination`), to a
/// destination found by server name resolution.
public struct FederationClient: Sendable {
    public let transport: HTTPTransport
    public let resolver: ServerResolver
    /// The server the requests are made as, and its signing key.
    public let origin: String
    public let key: SigningKey

    public init(transport: HTTPTransport, resolver: ServerResolver, origin: String, key: SigningKey) {
        self.transport = transport
        self.resolver = resolver
        self.origin = origin
        self.key = key
    }

    /// A signed GET of `path` (path and query, percent-encoded, exactly as signed). An answer other than
    /// 2xx is `FetchError.httpStatus` with what the destination said (`errcode`, `error`).
    public func get(_ destination: ResolvedServer, path: String, limit: Int) async throws(FetchError) -> JSONObject {
        do { return try await signedGet(destination, path: path, limit: limit) } catch { throw .resolved(destination, error) }
    }

    private func signedGet(_ destination: ResolvedServer, path: String, limit: Int) async throws(FetchError) -> JSONObject {
        let request = FederationRequest(method: "GET", uri: path, origin: origin, destination: destination.serverName)
        let authorization = request.authorization(signedWith: key).headerValue
        let answer = try await transport.send(destination.target, path: path, headers: [("Authorization", authorization)], limit: limit)
        try ServerKeyFetcher.requireSuccess(answer)
        let value: JSONValue
        do { value = try JSONParser.parse(answer.body, mode: .lax) } catch { throw .notJSON(url: answer.url, reason: error.description) }
        guard case .object(let object) = value else { throw .notJSON(url: answer.url, reason: "not a JSON object") }
        return object
    }
}

/// Events fetched over federation, as `event verify` reads them: each PDU once, in canonical JSON, and
/// the room version when the fetch could tell it.
public struct FetchedEvents: Sendable {
    /// Canonical JSON of each PDU, in the order received (for `/state`: the state, then the auth chain).
    public var pdus: [[UInt8]] = []
    /// The room version: given, or read from the room's create event.
    public var roomVersion: RoomVersion?
    /// Where the room version came from, in words.
    public var roomVersionSource: String?
    /// Requests made, for the report.
    public var requests = 0
    /// The event `/state` was asked at, when the destination chose it (`timestamp_to_event`).
    public var stateAt: String?
}

/// Fetches a room's events from a server that is in it (Server-Server API): one event
/// (`/event/{eventId}`), the state at an event (`/state/{roomId}`: PDUs and auth chain), or history
/// (`/backfill/{roomId}`, paged backwards until the limit or the create event).
///
/// Errors: the resolution's and transport's, `FetchError.httpStatus` with what the destination said
/// (403 not in the room, 404, 401 signature rejected), `.invalidResponse` for an answer that is not
/// PDUs or a room version that cannot be found.
public struct FederationEventFetcher: Sendable {
    public let client: FederationClient
    public let destination: ResolvedServer
    /// The room version when the caller knows it (`--room-version`).
    public let roomVersion: RoomVersion?

    public static let eventLimit = 1 << 20
    public static let responseLimit = AtomicFile.maxDocumentLength
    /// Events per `/backfill` request.
    public static let pageSize = 100

    public init(client: FederationClient, destination: ResolvedServer, roomVersion: RoomVersion? = nil) {
        self.client = client
        self.destination = destination
        self.roomVersion = roomVersion
    }

    /// One event.
    public func event(_ eventID: String) async throws(FetchError) -> FetchedEvents {
        let path = "/_matrix/federation/v1/event/" + PercentEncoding.encode(eventID)
        let object = try await client.get(destination, path: path, limit: Self.eventLimit)
        let pdus = try Self.list(object, "pdus", path: path, required: true)
        var result = FetchedEvents()
        result.requests = 1
        var seen = Set<String>()
        try await collect(pdus, into: &result, seen: &seen)
        return result
    }

    /// The state at `eventID` (or, without one, at the event the destination reports as the room's
    /// latest, through `/timestamp_to_event`), then its auth chain.
    public func state(room: String, at eventID: String?) async throws(FetchError) -> FetchedEvents {
        var result = FetchedEvents()
        var at = eventID
        if at == nil {
            let path = "/_matrix/federation/v1/timestamp_to_event/\(PercentEncoding.encode(room))?ts=\(WallClock.nowMilliseconds())&dir=b"
            let answer = try await client.get(destination, path: path, limit: Self.eventLimit)
            result.requests += 1
            guard case .string(let latest)? = answer["event_id"] else {
                throw .invalidResponse(url: path, reason: "timestamp_to_event gave no event_id")
            }
            at = latest
            result.stateAt = latest
        }
        let path = "/_matrix/federation/v1/state/\(PercentEncoding.encode(room))?event_id=\(PercentEncoding.encode(at ?? ""))"
        let object = try await client.get(destination, path: path, limit: Self.responseLimit)
        result.requests += 1
        let pdus = try Self.list(object, "pdus", path: path, required: true) + Self.list(object, "auth_chain", path: path, required: false)
        var seen = Set<String>()
        try await collect(pdus, into: &result, seen: &seen)
        return result
    }

    /// History before and including `from`, newest first, until `limit` events or the create event.
    public func backfill(room: String, from: String, limit: Int) async throws(FetchError) -> FetchedEvents {
        var result = FetchedEvents()
        var seen = Set<String>()
        var frontier = [from]
        var referenced: [String] = []
        var reachedCreate = false
        while result.pdus.count < limit, !frontier.isEmpty, !reachedCreate {
            let page = min(Self.pageSize, limit - result.pdus.count)
            let query = frontier.prefix(20).map { "v=" + PercentEncoding.encode($0) }.joined(separator: "&")
            let path = "/_matrix/federation/v1/backfill/\(PercentEncoding.encode(room))?\(query)&limit=\(page)"
            let object = try await client.get(destination, path: path, limit: Self.responseLimit)
            result.requests += 1
            let pdus = try Self.list(object, "pdus", path: path, required: true)
            let before = result.pdus.count
            try await collect(Array(pdus.prefix(limit - result.pdus.count)), into: &result, seen: &seen, prevEvents: &referenced, sawCreate: &reachedCreate)
            if result.pdus.count == before { break }
            var next: [String] = []
            var queued = Set<String>()
            for id in referenced where !seen.contains(id) && queued.insert(id).inserted { next.append(id) }
            frontier = next
        }
        return result
    }

    // MARK: - Collecting PDUs

    private func collect(_ pdus: [JSONValue], into result: inout FetchedEvents, seen: inout Set<String>) async throws(FetchError) {
        var unusedRefs: [String] = []
        var unusedCreate = false
        try await collect(pdus, into: &result, seen: &seen, prevEvents: &unusedRefs, sawCreate: &unusedCreate)
    }

    /// Adds each PDU not seen before (by event ID, which needs the room version: found first).
    private func collect(
        _ pdus: [JSONValue], into result: inout FetchedEvents, seen: inout Set<String>, prevEvents: inout [String], sawCreate: inout Bool
    ) async throws(FetchError) {
        var objects: [JSONObject] = []
        for (index, pdu) in pdus.enumerated() {
            guard case .object(let object) = pdu else { throw .invalidResponse(url: "pdus[\(index)]", reason: "a PDU that is not a JSON object") }
            objects.append(object)
        }
        if result.roomVersion == nil {
            if let roomVersion {
                result.roomVersion = roomVersion
                result.roomVersionSource = "given"
            } else {
                let (version, source) = try await findRoomVersion(objects, requests: &result.requests)
                result.roomVersion = version
                result.roomVersionSource = source
            }
        }
        guard let version = result.roomVersion else { return }
        let ids = EventIDs()
        for object in objects {
            let bytes = CanonicalJSON.encode(.object(object))
            let id: String
            do { id = try bytes.withUnsafeBytes { try ids.eventID($0, version: version) } } catch {
                throw .invalidResponse(url: destination.serverName, reason: "a PDU whose event ID cannot be computed: \(error)")
            }
            guard seen.insert(id).inserted else { continue }
            result.pdus.append(bytes)
            if Self.isCreateEvent(object) { sawCreate = true }
            prevEvents.append(contentsOf: Self.references(object["prev_events"]))
        }
    }

    static func isCreateEvent(_ object: JSONObject) -> Bool {
        guard case .string("m.room.create")? = object["type"], case .string("")? = object["state_key"] else { return false }
        return true
    }

    /// Event IDs of `prev_events` or `auth_events`: strings (room version 3 and later) or `[id, hashes]` pairs.
    static func references(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            switch item {
            case .string(let id): return id
            case .array(let pair): if case .string(let id)? = pair.first { return id } else { return nil }
            default: return nil
            }
        }
    }

    static func version(ofCreate object: JSONObject) throws(FetchError) -> RoomVersion {
        var identifier = "1"
        if case .object(let content)? = object["content"], case .string(let value)? = content["room_version"] { identifier = value }
        do { return try RoomVersion(identifier: identifier) } catch {
            throw .invalidResponse(url: "m.room.create", reason: "\(error)")
        }
    }

    /// The room version from the create event among `objects`, else from the create event among the
    /// first event's auth events, fetched one by one (at most 10).
    private func findRoomVersion(_ objects: [JSONObject], requests: inout Int) async throws(FetchError) -> (RoomVersion, String) {
        if let create = objects.first(where: Self.isCreateEvent) {
            return (try Self.version(ofCreate: create), "the create event")
        }
        guard let first = objects.first else { throw .invalidResponse(url: destination.serverName, reason: "no PDU in the answer") }
        for id in Self.references(first["auth_events"]).prefix(10) {
            let path = "/_matrix/federation/v1/event/" + PercentEncoding.encode(id)
            let object = try await client.get(destination, path: path, limit: Self.eventLimit)
            requests += 1
            for pdu in try Self.list(object, "pdus", path: path, required: true) {
                if case .object(let event) = pdu, Self.isCreateEvent(event) {
                    return (try Self.version(ofCreate: event), "the create event \(id)")
                }
            }
        }
        throw .invalidResponse(
            url: destination.serverName, reason: "the room version could not be found (no create event among the auth events): give --room-version")
    }

    static func list(_ object: JSONObject, _ field: String, path: String, required: Bool) throws(FetchError) -> [JSONValue] {
        guard let value = object[field] else {
            if required { throw .invalidResponse(url: path, reason: "no \(field) array") }
            return []
        }
        guard case .array(let items) = value else { throw .invalidResponse(url: path, reason: "\(field) is not an array") }
        return items
    }
}
