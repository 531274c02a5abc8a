/// What `server-keys verify` prints of each key response: where it came from, its self-signature and
/// notary signatures, and each key with its validity window (and, at a time, whether it is valid then).
extension KeyRing.ResponseCheck {
    /// One key of the response, with the window it has and the decision at a time when one is asked.
    public struct KeyWindow: Sendable {
        public let keyID: KeyID
        public let kind: VerifyKey.Kind
        public let key: Ed25519.PublicKey
        /// `min(valid_until_ts, fetched_at + 7 days)` for a current key.
        public let effectiveValidUntil: Int64?
        public let validity: KeyValidity?
    }

    /// When the response was fetched: its own time, else `defaultFetchedAt`.
    public func fetchedAt(default defaultFetchedAt: Int64) -> Int64 { loaded.fetchedAt ?? defaultFetchedAt }

    /// Every key, current and old, in key ID order; judged at `at` (room version 5 rules) when given.
    public func keyWindows(at: Int64?, fetchedAt defaultFetchedAt: Int64) -> [KeyWindow] {
        let response = loaded.response, fetched = fetchedAt(default: defaultFetchedAt)
        var all: [(KeyID, VerifyKey.Kind, Ed25519.PublicKey)] = response.verifyKeys.map { ($0.key, .current(validUntilTS: response.validUntilTS), $0.value) }
        all += response.oldVerifyKeys.map { ($0.key, .old(expiredTS: $0.value.expiredTS), $0.value.key) }
        return all.sorted { $0.0 < $1.0 }.map { id, kind, key in
            var effective: Int64? = nil
            if case .current(let until?) = kind { effective = KeyValidity.effectiveValidUntil(until, fetchedAt: fetched) }
            return KeyWindow(keyID: id, kind: kind, key: key, effectiveValidUntil: effective,
                             validity: at.map { KeyValidity.decide(kind, fetchedAt: fetched, ts: $0) })
        }
    }

    /// The response in words: a heading, its signatures, then one line per key.
    public func reportLines(at: Int64?, fetchedAt defaultFetchedAt: Int64) -> [String] {
        var lines = ["\(loaded.source): \(loaded.response.serverName)"]
        // A response that carries its own fetch time (saved by server-keys fetch, or stored by a
        // homeserver) says when, and where from when that is known; a time given for all is not repeated.
        if loaded.fetchedFrom != nil || (loaded.fetchedAt != nil && loaded.fetchedAt != defaultFetchedAt) {
            lines.append("  fetched" + (loaded.fetchedAt.map { " at \(Timestamp.describe($0))" } ?? "") + (loaded.fetchedFrom.map { " from \($0)" } ?? ""))
        }
        lines.append("  self-signature: " + (selfSignature.isValid ? "valid" : "NOT VALID") + " (\(selfSignature.summary))")
        for (notary, report) in notaries {
            guard let report else {
                lines.append("  signature of \(notary): not checked (give its key response with --notary-keys)")
                continue
            }
            lines.append("  signature of \(notary): " + (report.isValid ? "valid" : "NOT VALID") + " (\(report.summary))")
        }
        for window in keyWindows(at: at, fetchedAt: defaultFetchedAt) {
            var text: String
            switch window.kind {
            case .current(let until?):
                text = "\(window.keyID) current, valid until \(Timestamp.describe(until))"
                if let effective = window.effectiveValidUntil, effective < until {
                    text += " (capped to \(Timestamp.describe(effective)) by fetched_at + 7 days)"
                }
            case .current(nil): text = "\(window.keyID) current, no valid_until_ts"
            case .old(let expired): text = "\(window.keyID) old, expired at \(Timestamp.describe(expired))"
            case .explicit: text = "\(window.keyID)"
            }
            text += ": \(window.key.base64)"
            // A key of a refused response is no key at all: it is never called valid, whatever its window.
            if !isUsed {
                text += " - not used: the response is refused"
            } else if let validity = window.validity, let at {
                text += validity.isValid ? " - valid at \(Timestamp.describe(at))" : " - not valid at \(Timestamp.describe(at)) (\(validity))"
            }
            lines.append("  " + text)
        }
        return lines
    }

    /// The response as one JSON object.
    public func json(at: Int64?, fetchedAt defaultFetchedAt: Int64, fetchedAtAssumed: Bool) -> JSONValue {
        guard case .object(var object) = baseJSON(at: at, fetchedAt: defaultFetchedAt, fetchedAtAssumed: fetchedAtAssumed) else { return .null }
        if let from = loaded.fetchedFrom { object["fetched_from"] = .string(from) }
        return .object(object)
    }

    private func baseJSON(at: Int64?, fetchedAt defaultFetchedAt: Int64, fetchedAtAssumed: Bool) -> JSONValue {
        .object([
            "source": .string(loaded.source.description),
            "server_name": .string(loaded.response.serverName),
            "fetched_at": .integer(fetchedAt(default: defaultFetchedAt)),
            "fetched_at_assumed": .bool(loaded.fetchedAt == nil && fetchedAtAssumed),
            "used": .bool(isUsed),
            "self_signature": selfSignature.json,
            "notary_signatures": .array(notaries.map { notary, report in
                report.map { $0.json } ?? .object(["entity": .string(notary), "checked": false])
            }),
            "keys": .array(keyWindows(at: at, fetchedAt: defaultFetchedAt).map { window in
                var object: JSONObject = ["key_id": .string(window.keyID.description), "key": .string(window.key.base64)]
                switch window.kind {
                case .current(let until):
                    object["kind"] = "current"
                    if let until { object["valid_until_ts"] = .integer(until) }
                    if let effective = window.effectiveValidUntil { object["effective_valid_until_ts"] = .integer(effective) }
                case .old(let expired):
                    object["kind"] = "old"
                    object["expired_ts"] = .integer(expired)
                case .explicit:
                    object["kind"] = "explicit"
                }
                if !isUsed {
                    object["used"] = false
                    if window.validity != nil {
                        object["valid_at"] = false
                        object["validity"] = "not used: the response is refused"
                    }
                } else if let validity = window.validity {
                    object["valid_at"] = .bool(validity.isValid)
                    object["validity"] = .string(validity.description)
                }
                return .object(object)
            }),
        ])
    }
}

extension KeyRing {
    /// The last line of `server-keys verify`: how many responses were checked, how many are used and
    /// how many refused (a self-signature or notary signature that fails), and how many stored records
    /// were not key responses at all (`unusable`).
    public static func responsesSummary(checked: [ResponseCheck], unusable: Int = 0) -> String {
        let used = checked.filter(\.isUsed).count
        return "\(Plural.count(checked.count, "response")) checked: \(used) valid, \(checked.count - used) refused"
            + (unusable > 0 ? ", \(unusable) not " + (unusable == 1 ? "a key response" : "key responses") : "")
    }

    /// The same as a JSON object, `{"summary": {"responses", "valid", "refused"}}` (and `not_key_responses`).
    public static func responsesSummaryJSON(checked: [ResponseCheck], unusable: Int = 0) -> JSONValue {
        let used = checked.filter(\.isUsed).count
        var summary: JSONObject = [
            "responses": .integer(Int64(checked.count)), "valid": .integer(Int64(used)), "refused": .integer(Int64(checked.count - used)),
        ]
        if unusable > 0 { summary["not_key_responses"] = .integer(Int64(unusable)) }
        return .object(["summary": .object(summary)])
    }
}
