import ArgumentParser
import MatrixKeys

struct RoomVersions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room-versions",
        abstract: "List the room versions mxkeys knows, with their rules.",
        discussion: Help.discussion("""
            One row per room version: the properties of it that mxkeys' algorithms use.
            """, examples: ["mxkeys room-versions", "mxkeys room-versions --json"]))

    @Flag(help: "Print the table as a JSON array.")
    var json = false

    func run() throws {
        let out = Output()
        if json {
            out.json(.array(RoomVersion.all.map(\.json)))
            return
        }
        let header = ["version", "event ID", "redaction", "canonical JSON", "key validity", "restricted joins", "room ID"]
        let rows = RoomVersion.all.map { version in
            [version.identifier, version.eventIDFormat.rawValue, version.redaction.name,
             version.strictCanonicalJSON ? "strict" : "lax", version.enforceKeyValidity ? "enforced" : "ignored",
             version.restrictedJoinSignatures ? "yes" : "no", version.roomIDFromCreateEvent ? "from create event" : "any"]
        }
        for line in Table.render(header: header, rows: rows) { out.line(line) }
    }
}

extension RoomVersion {
    var json: JSONValue {
        [
            "version": .string(identifier),
            "event_id_format": .string(eventIDFormat.rawValue),
            "redaction_rules": .string(redaction.name),
            "strict_canonical_json": .bool(strictCanonicalJSON),
            "enforce_key_validity": .bool(enforceKeyValidity),
            "restricted_join_signatures": .bool(restrictedJoinSignatures),
            "room_id_from_create_event": .bool(roomIDFromCreateEvent),
        ]
    }
}
