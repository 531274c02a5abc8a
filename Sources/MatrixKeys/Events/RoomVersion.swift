/// The properties of a room version that mxkeys' algorithms depend on (SPEC §5), as data.
///
/// Each version is the previous one plus its changes; code asks for a property, never for a version number.
public struct RoomVersion: Sendable, Hashable, CustomStringConvertible {
    /// How an event's ID is found.
    public enum EventIDFormat: String, Sendable, Hashable {
        /// v1–v2: `$local:server`, chosen by the origin and carried in the event.
        case chosenByOrigin = "chosen by origin"
        /// v3: `$` + standard base64 of the reference hash.
        case referenceHashBase64 = "$ + base64(reference hash)"
        /// v4+: `$` + URL-safe base64 of the reference hash.
        case referenceHashURLSafe = "$ + base64url(reference hash)"
    }

    /// The version's identifier, as in `m.room.create`'s `room_version`.
    public private(set) var identifier: String
    public private(set) var eventIDFormat: EventIDFormat
    public private(set) var redaction: RedactionRules
    /// v6+: canonical JSON is strict (integers in ±(2^53−1) only); before that, lax.
    public private(set) var strictCanonicalJSON: Bool
    /// v5+: a server key verifies an event only within its validity period.
    public private(set) var enforceKeyValidity: Bool
    /// v8+: a restricted join needs the signature of the authorising user's server.
    public private(set) var restrictedJoinSignatures: Bool
    /// v12: the room ID is derived from the create event's reference hash; create events carry no room_id.
    public private(set) var roomIDFromCreateEvent: Bool

    public var numberMode: NumberMode { strictCanonicalJSON ? .strict : .lax }
    /// v1–v2: the server named in the event ID must also have signed the event.
    public var eventIDServerMustSign: Bool { eventIDFormat == .chosenByOrigin }

    private func with(_ identifier: String, _ change: (inout RoomVersion) -> Void = { _ in }) -> RoomVersion {
        var next = self
        next.identifier = identifier
        change(&next)
        return next
    }

    public static let v1 = RoomVersion(
        identifier: "1", eventIDFormat: .chosenByOrigin, redaction: .v1, strictCanonicalJSON: false,
        enforceKeyValidity: false, restrictedJoinSignatures: false, roomIDFromCreateEvent: false)
    public static let v2 = v1.with("2")
    public static let v3 = v2.with("3") { $0.eventIDFormat = .referenceHashBase64 }
    public static let v4 = v3.with("4") { $0.eventIDFormat = .referenceHashURLSafe }
    public static let v5 = v4.with("5") { $0.enforceKeyValidity = true }
    public static let v6 = v5.with("6") {
        $0.redaction = .v6
        $0.strictCanonicalJSON = true
    }
    public static let v7 = v6.with("7")
    public static let v8 = v7.with("8") {
        $0.redaction = .v8
        $0.restrictedJoinSignatures = true
    }
    public static let v9 = v8.with("9") { $0.redaction = .v9 }
    public static let v10 = v9.with("10")
    public static let v11 = v10.with("11") { $0.redaction = .v11 }
    public static let v12 = v11.with("12") { $0.roomIDFromCreateEvent = true }

    /// Every version mxkeys knows, oldest first.
    public static let all: [RoomVersion] = [.v1, .v2, .v3, .v4, .v5, .v6, .v7, .v8, .v9, .v10, .v11, .v12]

    /// The version with this identifier; an unknown one is an error listing the known ones.
    public init(identifier: String) throws(EventError) {
        guard let known = RoomVersion.all.first(where: { $0.identifier == identifier }) else {
            throw .unknownRoomVersion(identifier, known: RoomVersion.all.map(\.identifier))
        }
        self = known
    }

    private init(
        identifier: String, eventIDFormat: EventIDFormat, redaction: RedactionRules, strictCanonicalJSON: Bool,
        enforceKeyValidity: Bool, restrictedJoinSignatures: Bool, roomIDFromCreateEvent: Bool
    ) {
        self.identifier = identifier
        self.eventIDFormat = eventIDFormat
        self.redaction = redaction
        self.strictCanonicalJSON = strictCanonicalJSON
        self.enforceKeyValidity = enforceKeyValidity
        self.restrictedJoinSignatures = restrictedJoinSignatures
        self.roomIDFromCreateEvent = roomIDFromCreateEvent
    }

    public var description: String { "room version \(identifier)" }
}
