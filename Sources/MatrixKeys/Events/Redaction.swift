/// Redaction (SPEC §6): what is left of an event when its content is stripped, and what its reference
/// hash and signatures cover.
public enum Redaction {
    /// The redacted copy of `event` under `rules`. `content` is always present (empty when nothing is kept).
    public static func redact(_ event: JSONObject, rules: RedactionRules) -> JSONObject {
        var result = JSONObject()
        for key in rules.topLevelKeys where key != "content" {
            if let value = event[key] { result[key] = value }
        }
        result["content"] = .object(redactedContent(event, rules: rules))
        return result
    }

    public static func redact(_ event: JSONObject, version: RoomVersion) -> JSONObject {
        redact(event, rules: version.redaction)
    }

    static func redactedContent(_ event: JSONObject, rules: RedactionRules) -> JSONObject {
        guard case .object(let content)? = event["content"], case .string(let type)? = event["type"] else {
            return JSONObject()
        }
        if rules.keepAllContent.contains(type) { return content }
        var kept = JSONObject()
        for key in rules.contentKeys[type] ?? [] {
            if let value = content[key] { kept[key] = value }
        }
        if rules.keepThirdPartyInviteSigned, type == "m.room.member",
           case .object(let invite)? = content["third_party_invite"]
        {
            var reduced = JSONObject()
            if let signed = invite["signed"] { reduced["signed"] = signed }
            kept["third_party_invite"] = .object(reduced)
        }
        return kept
    }

    /// The keys redaction would remove, for explaining an event: top-level keys, then content keys.
    public static func removedKeys(_ event: JSONObject, rules: RedactionRules) -> (topLevel: [String], content: [String]) {
        let redacted = redact(event, rules: rules)
        let topLevel = event.keys.filter { redacted[$0] == nil }
        var content: [String] = []
        if case .object(let original)? = event["content"], case .object(let kept)? = redacted["content"] {
            content = original.keys.filter { kept[$0] == nil }
            // A third-party invite reduced to `signed` loses its other keys.
            if case .object(let before)? = original["third_party_invite"], case .object(let after)? = kept["third_party_invite"] {
                content += before.keys.filter { after[$0] == nil }.map { "third_party_invite.\($0)" }
            }
        }
        return (topLevel, content)
    }
}
