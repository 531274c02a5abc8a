/// Signature checks as JSON, for `--json` output: the same strings the text reports use.
extension SignatureReport {
    /// `{"entity", "valid", "signatures": [...], "problem"?}`.
    public var json: JSONValue {
        var object: JSONObject = ["entity": .string(entity), "valid": .bool(isValid), "signatures": .array(checks.map(\.json))]
        if let problem { object["problem"] = .string(problem.description) }
        return .object(object)
    }
}

extension KeyCheck {
    /// One signature's check: its key ID and result, the reason of a malformed one, the key's validity
    /// decision when one was made, and where the key came from.
    public var json: JSONValue {
        var object: JSONObject = ["key_id": .string(keyID), "result": .string(result)]
        if case .malformed(let reason) = outcome { object["reason"] = .string(reason) }
        if let note { object["reason"] = .string(note) }
        if let validity {
            object["validity"] = .string(validity.description)
            object["valid_at_ts"] = .bool(validity.isValid)
        }
        if let source { object["key_source"] = .string(source.description) }
        return .object(object)
    }
}
