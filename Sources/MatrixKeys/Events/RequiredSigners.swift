/// A server whose signature an event needs, and why (SPEC §7).
public struct RequiredSigner: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The server of the event's sender.
        case sender(String)
        /// v1–v2: the server named in the event ID.
        case eventID(String)
        /// v8+: the server of the user who authorised a restricted join.
        case authorisingServer(String)
    }

    public let server: String
    public let reasons: [Reason]

    public var description: String {
        "\(server) (" + reasons.map(\.text).joined(separator: "; ") + ")"
    }
}

extension RequiredSigner.Reason {
    public var text: String {
        switch self {
        case .sender(let user): return "server of the sender \(user)"
        case .eventID(let id): return "server of the event ID \(id)"
        case .authorisingServer(let user): return "server of \(user), who authorised the restricted join"
        }
    }
}

public enum RequiredSigners {
    /// The servers that must have signed `event`, each once, with every reason it is needed.
    ///
    /// - the sender's server, except for an m.room.member invite whose content has `third_party_invite`;
    /// - v1–v2: the server of the event ID;
    /// - v8+: for a join with `join_authorised_via_users_server`, that user's server.
    public static func of(_ event: JSONObject, version: RoomVersion) throws(EventError) -> [RequiredSigner] {
        // At most three servers: a list beats a dictionary.
        var signers: [(server: String, reasons: [RequiredSigner.Reason])] = []
        func add(_ server: String, _ reason: RequiredSigner.Reason) {
            if let index = signers.firstIndex(where: { $0.server == server }) {
                signers[index].reasons.append(reason)
            } else {
                signers.append((server, [reason]))
            }
        }
        guard case .string(let sender)? = event["sender"] else {
            throw .invalidField("sender", reason: "missing or not a string")
        }
        let type = event["type"]?.stringValue
        let content = event["content"]?.objectValue ?? JSONObject()
        let membership = content["membership"]?.stringValue
        let thirdPartyInvite = type == "m.room.member" && membership == "invite" && content["third_party_invite"] != nil
        if !thirdPartyInvite {
            add(try serverName(of: sender, field: "sender"), .sender(sender))
        }
        if version.eventIDServerMustSign {
            guard case .string(let id)? = event["event_id"] else {
                throw .invalidField("event_id", reason: "missing or not a string (\(version) events carry their ID)")
            }
            add(try serverName(of: id, field: "event_id"), .eventID(id))
        }
        if version.restrictedJoinSignatures, type == "m.room.member", membership == "join",
           let value = content["join_authorised_via_users_server"]
        {
            guard case .string(let user) = value else {
                throw .invalidField("content.join_authorised_via_users_server", reason: "not a string")
            }
            add(try serverName(of: user, field: "content.join_authorised_via_users_server"), .authorisingServer(user))
        }
        return signers.map { RequiredSigner(server: $0.server, reasons: $0.reasons) }
    }

    /// The server part of a user ID, room ID or v1–v2 event ID: everything after the first colon.
    public static func serverName(of identifier: String, field: String) throws(EventError) -> String {
        // By bytes: a Character search would run grapheme breaking over the identifier.
        guard let colon = identifier.utf8.firstIndex(of: 0x3A) else {
            throw .invalidField(field, reason: "\"\(identifier)\" has no server name")
        }
        let server = identifier.utf8[identifier.utf8.index(after: colon)...]
        guard !server.isEmpty else { throw .invalidField(field, reason: "\"\(identifier)\" has an empty server name") }
        return String(Substring(server))
    }
}
