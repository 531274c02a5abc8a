/// Which keys redaction keeps (SPEC §6), as data: a rule set is the previous one plus its changes.
public struct RedactionRules: Sendable, Hashable, CustomStringConvertible {
    /// The spec's name for the rule set: the first room version that used it.
    public private(set) var name: String
    /// Top-level keys kept.
    public private(set) var topLevelKeys: [String]
    /// For each event type, the content keys kept. Types not listed keep no content.
    public private(set) var contentKeys: [String: [String]]
    /// Event types whose whole content is kept (v11: m.room.create).
    public private(set) var keepAllContent: Set<String>
    /// v11: an m.room.member's `third_party_invite` object is kept, reduced to its `signed` key.
    public private(set) var keepThirdPartyInviteSigned: Bool

    private func with(_ name: String, _ change: (inout RedactionRules) -> Void) -> RedactionRules {
        var next = self
        next.name = name
        change(&next)
        return next
    }

    public static let v1 = RedactionRules(
        name: "v1",
        topLevelKeys: [
            "event_id", "type", "room_id", "sender", "state_key", "content", "hashes", "signatures", "depth",
            "prev_events", "prev_state", "auth_events", "origin", "origin_server_ts", "membership",
        ],
        contentKeys: [
            "m.room.member": ["membership"],
            "m.room.create": ["creator"],
            "m.room.join_rules": ["join_rule"],
            "m.room.power_levels": [
                "ban", "events", "events_default", "kick", "redact", "state_default", "users", "users_default",
            ],
            "m.room.aliases": ["aliases"],
            "m.room.history_visibility": ["history_visibility"],
        ],
        keepAllContent: [],
        keepThirdPartyInviteSigned: false)

    /// v6: m.room.aliases keeps nothing (MSC2432).
    public static let v6 = v1.with("v6") { $0.contentKeys["m.room.aliases"] = nil }

    /// v8: join rules keep `allow` (restricted rooms).
    public static let v8 = v6.with("v8") { $0.contentKeys["m.room.join_rules"] = ["join_rule", "allow"] }

    /// v9: memberships keep `join_authorised_via_users_server`.
    public static let v9 = v8.with("v9") {
        $0.contentKeys["m.room.member"] = ["membership", "join_authorised_via_users_server"]
    }

    /// v11 (MSC2176, MSC3821, MSC3989): `origin`, `membership` and `prev_state` go; create keeps all its
    /// content; power levels keep `invite`; redactions keep `redacts`; third-party invites keep `signed`.
    public static let v11 = v9.with("v11") {
        $0.topLevelKeys.removeAll { ["origin", "membership", "prev_state"].contains($0) }
        $0.contentKeys["m.room.create"] = nil
        $0.keepAllContent = ["m.room.create"]
        $0.contentKeys["m.room.power_levels", default: []].append("invite")
        $0.contentKeys["m.room.redaction"] = ["redacts"]
        $0.keepThirdPartyInviteSigned = true
    }

    public var description: String { "redaction rules \(name)" }
}
