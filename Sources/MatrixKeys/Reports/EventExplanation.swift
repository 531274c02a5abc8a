/// Everything `event inspect` says about one event: what redaction removes, its hashes and ID, which
/// servers must sign it and why, and whose signatures it carries.
public struct EventExplanation: Sendable {
    public let version: RoomVersion
    public let eventID: String?
    public let eventIDProblem: String?
    public let referenceHash: String
    public let contentHash: String
    public let hashCheck: EventHashes.ContentHashCheck
    public let removedTopLevel: [String]
    public let removedContent: [String]
    public let signers: [RequiredSigner]
    public let signatures: [(server: String, keyIDs: [String])]

    /// Throws `EventError` when the required signers cannot be worked out (no sender, say).
    public init(_ event: JSONObject, version: RoomVersion) throws(EventError) {
        self.version = version
        do {
            eventID = try EventHashes.eventID(event, version: version)
            eventIDProblem = nil
        } catch {
            eventID = nil
            eventIDProblem = error.description
        }
        referenceHash = Base64.encode(EventHashes.referenceHash(event, version: version))
        contentHash = Base64.encode(EventHashes.contentHash(event))
        hashCheck = EventHashes.checkContentHash(event)
        (removedTopLevel, removedContent) = Redaction.removedKeys(event, rules: version.redaction)
        signers = try RequiredSigners.of(event, version: version)
        var present: [(String, [String])] = []
        if case .object(let all)? = event["signatures"] {
            for (server, value) in all { present.append((server, value.objectValue?.keys ?? [])) }
        }
        signatures = present
    }

    /// The explanation as lines of text.
    public var lines: [String] {
        var lines = [
            "room version:     \(version.identifier) (redaction rules \(version.redaction.name), \(version.strictCanonicalJSON ? "strict" : "lax") canonical JSON)",
            "event ID:         \(eventID ?? "none: \(eventIDProblem ?? "")")",
            "reference hash:   \(referenceHash)",
            "content hash:     \(contentHash) (\(hashCheck.reason))",
            "redaction removes: " + (removedTopLevel.isEmpty ? "no top-level keys" : "top-level " + removedTopLevel.joined(separator: ", "))
                + "; " + (removedContent.isEmpty ? "no content keys" : "content " + removedContent.joined(separator: ", ")),
            "required signers:",
        ]
        if signers.isEmpty { lines.append("  none (a third-party invite is vouched for by its signed token)") }
        for signer in signers {
            lines.append("  \(signer.server): " + signer.reasons.map(\.text).joined(separator: "; "))
        }
        lines.append("signatures present:")
        if signatures.isEmpty { lines.append("  none") }
        for (server, keyIDs) in signatures { lines.append("  \(server): " + (keyIDs.isEmpty ? "(empty)" : keyIDs.joined(separator: ", "))) }
        return lines
    }

    /// The explanation as one JSON object.
    public var json: JSONValue {
        var object = JSONObject()
        object["room_version"] = .string(version.identifier)
        object["event_id"] = eventID.map(JSONValue.string) ?? .null
        if let eventIDProblem { object["event_id_problem"] = .string(eventIDProblem) }
        object["reference_hash"] = .string(referenceHash)
        var hash = JSONObject()
        hash["computed"] = .string(contentHash)
        switch hashCheck {
        case .matches: hash["result"] = "matches"
        case .differs(_, let actual):
            hash["result"] = "differs"
            hash["claimed"] = .string(actual)
        case .missing: hash["result"] = "missing"
        case .malformed(let reason):
            hash["result"] = "malformed"
            hash["reason"] = .string(reason)
        }
        object["content_hash"] = .object(hash)
        object["redaction_removes"] = [
            "top_level": .array(removedTopLevel.map(JSONValue.string)),
            "content": .array(removedContent.map(JSONValue.string)),
        ]
        object["required_signers"] = .array(signers.map { signer in
            ["server": .string(signer.server), "reasons": .array(signer.reasons.map { .string($0.text) })]
        })
        var present = JSONObject()
        for (server, keyIDs) in signatures { present[server] = .array(keyIDs.map(JSONValue.string)) }
        object["signatures"] = .object(present)
        return .object(object)
    }
}
