/// What `event verify` prints: a line or a JSON object per event, and the key ring it used. The words
/// and the JSON strings are the same wherever a report is shown.
extension EventStreamVerifier.Entry {
    /// `line 290: $id rejected: example.org: no signature by example.org`: where the event is, its ID,
    /// the verdict and its reasons. What the event put into it (its ID, a field's value) comes with its
    /// control characters and bidi overrides escaped (`TerminalText`).
    public var reportLine: String {
        let v = verification
        if case .stored(let stored) = location { return TerminalText.escaped(storedReportLine(stored)) }
        let id = v.eventID.map { " \($0)" } ?? ""
        return TerminalText.escaped("\(location):\(id) \(v.verdict.rawValue): " + v.reasons.map(\.description).joined(separator: "; "))
    }

    /// `$id (room !r:x, stream 60): valid [Synapse rejected it: auth_error]`: a stored event by the ID it
    /// is stored under (a computed ID that differs is among the reasons), its room and stream position,
    /// the verdict and its reasons, and the server's own rejection beside them.
    private func storedReportLine(_ stored: StoredEvent) -> String {
        let v = verification
        var line = "\(stored.eventID) (room \(stored.roomID), stream \(stored.streamOrdering)\(stored.outlier ? ", outlier" : "")): \(v.verdict.rawValue)"
        if !v.reasons.isEmpty { line += ": " + v.reasons.map(\.description).joined(separator: "; ") }
        if let reason = stored.rejectionReason { line += " [the server rejected it: \(reason)]" }
        return line
    }

    /// One JSON object: where the event is, its verdict, reasons, signers (with each key's check), and
    /// its content hash check.
    public var json: JSONValue {
        let v = verification
        var object: JSONObject = [
            "verdict": .string(v.verdict.rawValue),
            "reasons": .array(v.reasons.map { .string($0.description) }),
            "signers": .array(v.signers.map(\.json)),
        ]
        for member in location.jsonMembers { object[member.key] = member.value }
        // A stored event's room version is the database's, and differs from event to event.
        if case .stored = location, let version { object["room_version"] = .string(version.identifier) }
        if let id = v.eventID { object["event_id"] = .string(id) }
        if let ts = v.originServerTS { object["origin_server_ts"] = .integer(ts) }
        if let hash = v.contentHash {
            var check: JSONObject = ["result": .string(hash.result)]
            if hash != .matches { check["reason"] = .string(hash.reason) }
            object["content_hash"] = .object(check)
        }
        return .object(object)
    }
}

extension EventLocation {
    /// The members that say where an event is in a JSON report.
    public var jsonMembers: [(key: String, value: JSONValue)] {
        switch self {
        case let .line(line, list):
            return [("line", .integer(Int64(line)))] + (list.map { [("list", .string($0))] } ?? [])
        case .element(let index):
            return [("element", .integer(Int64(index)))]
        case .stored(let event):
            var members: [(key: String, value: JSONValue)] = [
                ("stored_event_id", .string(event.eventID)), ("room_id", .string(event.roomID)),
                ("stream_ordering", .integer(event.streamOrdering)), ("outlier", .bool(event.outlier)),
            ]
            if let reason = event.rejectionReason { members.append(("server_rejected", .string(reason))) }
            if event.censored { members.append(("censored", true)) }
            return members
        }
    }
}

extension EventVerification.Signer {
    public var json: JSONValue {
        var object: JSONObject = [
            "server": .string(signer.server),
            "required_because": .array(signer.reasons.map { .string($0.text) }),
            "satisfied": .bool(check.isValid),
            "keys": .array(check.checks.map(\.json)),
        ]
        if let problem = check.problem { object["problem"] = .string(problem.description) }
        return .object(object)
    }
}

extension KeyRing {
    /// The ring in words, as `event verify` heads its report: how many keys, when the responses were
    /// fetched (and whether that was assumed), each response not used, and each notary signature.
    /// `assumed`: no time was given for all (`--fetched-at`), so responses that carry their own fetch
    /// time (saved by `server-keys fetch`) use it, and the others `fetchedAt` (now).
    public func reportLines(fetchedAt: Int64, assumed: Bool) -> [String] {
        let saved = responses.filter { $0.loaded.fetchedAt != nil }.count
        let when: String
        if !assumed {
            when = "fetched_at \(Timestamp.describe(fetchedAt))"
        } else if saved > 0 && saved == responses.count {
            when = "fetched_at saved with each response"
        } else if saved == 0 {
            when = "fetched_at not given, so now: \(Timestamp.describe(fetchedAt))"
        } else {
            when = "fetched_at saved with \(Plural.count(saved, "response")); not given for \(responses.count - saved), so now: \(Timestamp.describe(fetchedAt))"
        }
        return reportLines(fetchedAtDescription: when)
    }

    /// The ring in words, with `when` saying when its responses were fetched (a homeserver's database
    /// gives each response its own time).
    public func reportLines(fetchedAtDescription when: String) -> [String] {
        var lines = ["key ring: \(Plural.count(entries.count, "key")) of \(Plural.count(servers.count, "server")) (\(when))"]
        for rejection in rejected { lines.append("key ring: \(rejection)") }
        for note in notes { lines.append("key ring: \(note)") }
        return lines
    }

    /// What a homeserver's report says once when events of the server itself are signed by key IDs the
    /// ring does not know (`events` of them): those key IDs, and where keys it retired come from.
    public static func unknownOwnKeysNote(server: String, keyIDs: [String], events: Int) -> String {
        "note: \(Plural.count(events, "event")) of \(server) signed by key IDs not in the key ring: \(keyIDs.joined(separator: ", "))"
            + "; keys the server retired come from old_signing_keys in its config (--synapse-config), --old-signing-key ed25519:ID=BASE64@EXPIRED_TS, or --public-key"
    }

    /// The ring as JSON: key and server counts, responses not used, notes.
    public var summaryJSON: JSONValue {
        .object([
            "keys": .integer(Int64(entries.count)),
            "servers": .array(servers.map { .string($0) }),
            "not_used": .array(rejected.map { .string($0.description) }),
            "notes": .array(notes.map { .string($0.description) }),
        ])
    }

    /// Every key of the ring, in the order added: its server, key ID, public key, where it came from,
    /// when its response was fetched, and its validity (a current key's `valid_until_ts`, an old key's
    /// `expired_ts`). A report of a run records them, so that runs can be checked to have used the
    /// same keys, and a key's time line drawn.
    public var entriesJSON: JSONValue {
        .array(entries.map { key in
            var object: JSONObject = [
                "server": .string(key.server), "key_id": .string(key.keyID.description), "public_key": .string(key.key.base64),
                "source": key.source.map { .string($0.description) } ?? .null,
                "fetched_at": key.fetchedAt.map(JSONValue.integer) ?? .null,
            ]
            switch key.kind {
            case .current(let validUntil):
                object["kind"] = "current"
                object["valid_until_ts"] = validUntil.map(JSONValue.integer) ?? .null
            case .old(let expired):
                object["kind"] = "old"
                object["expired_ts"] = .integer(expired)
            case .explicit:
                object["kind"] = "explicit"
            }
            return .object(object)
        })
    }
}
