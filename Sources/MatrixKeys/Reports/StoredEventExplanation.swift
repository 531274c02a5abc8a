/// What `event inspect` adds for an event read from a homeserver's store: the ID it is stored under
/// against its own, its room, its place in the server's stream, and the server's own view of it.
extension EventExplanation {
    /// Whether the event's own ID is the one it is stored under.
    public func storedIDMatches(_ stored: StoredEvent) -> Bool { eventID == stored.eventID }

    /// The stored facts as lines, to follow `lines`.
    public func storedLines(_ stored: StoredEvent) -> [String] {
        let idCheck = storedIDMatches(stored) ? "the event's ID" : "NOT the event's ID " + (eventID ?? "(it has none)")
        return [
            "stored as:        \(stored.eventID) (\(idCheck))",
            "room:             \(stored.roomID)",
            "stream position:  \(stored.streamOrdering)" + (stored.outlier ? " (an outlier: held outside the room's timeline)" : ""),
            "server's verdict: " + (stored.rejectionReason.map { "rejected (\($0))" } ?? "accepted"),
            "censored:         " + (stored.censored ? "yes: the server pruned it to its redacted form after redacting it" : "no"),
        ]
    }

    /// The explanation as one JSON object with a `stored` member holding the stored facts.
    public func json(stored: StoredEvent) -> JSONValue {
        guard case .object(var object) = json else { return json }
        var facts = JSONObject()
        for member in EventLocation.stored(stored).jsonMembers { facts[member.key] = member.value }
        facts["id_matches"] = .bool(storedIDMatches(stored))
        facts["censored"] = .bool(stored.censored)
        object["stored"] = .object(facts)
        return .object(object)
    }
}
