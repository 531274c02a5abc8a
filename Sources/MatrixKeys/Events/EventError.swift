/// Problems with an event or a room version.
public enum EventError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRoomVersion(String, known: [String])
    /// A field the algorithm needs is missing or has the wrong type.
    case invalidField(String, reason: String)
    /// The event is not a JSON object.
    case notAnObject
    /// A v12 create event carries `room_id`, which its room ID is derived from and so cannot contain.
    case createEventHasRoomID
    /// Room-ID derivation asked of an event that is not an m.room.create, or a version without it.
    case notACreateEvent(String)
    case roomIDNotDerived(String)
    case signing(SigningError)

    public var description: String {
        switch self {
        case let .unknownRoomVersion(version, known):
            return "unknown room version \"\(version)\" (known: \(known.joined(separator: ", ")))"
        case let .invalidField(field, reason):
            return "\(field): \(reason)"
        case .notAnObject:
            return "the event must be a JSON object"
        case .createEventHasRoomID:
            return "a room version 12 create event must not have a room_id: its room ID is derived from its reference hash"
        case let .notACreateEvent(type):
            return "the room ID is derived from an m.room.create event, not \(type)"
        case let .roomIDNotDerived(version):
            return "room IDs are derived from the create event only in room version 12 and later, not \(version)"
        case let .signing(error):
            return error.description
        }
    }
}
