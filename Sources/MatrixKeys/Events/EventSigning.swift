/// Signing an event as its origin server does (SPEC §7): add the content hash, sign the redacted copy,
/// and put that signature on the full event. Signatures from other servers are kept.
public enum EventSigning {
    public static func sign(
        _ event: JSONObject, version: RoomVersion, server: String, key: SigningKey
    ) throws(EventError) -> JSONObject {
        let hashed = try EventHashes.addingContentHash(event)
        let redacted = Redaction.redact(hashed, version: version)
        let signature = key.privateKey.signature(for: SignedJSON.signingBytes(redacted))
        do {
            return try SignedJSON.attach(signature, keyID: key.keyID, entity: server, to: hashed)
        } catch {
            throw .signing(error)
        }
    }

    /// Whether `event` is another server's than `server`'s to sign: in Matrix a server signs the events
    /// of its own users, the restricted joins it authorised (`join_authorised_via_users_server`), and
    /// in room versions 1-2 the events whose ID names it. Signing any other event is legal but unusual:
    /// it is not that server's to vouch for. False when the signers cannot be worked out (no sender).
    public static func isForeign(_ event: JSONObject, to server: String, version: RoomVersion) -> Bool {
        guard let signers = try? RequiredSigners.of(event, version: version) else { return false }
        return !signers.contains { $0.server == server }
    }

    /// The signatures `event` carried (other than `signed`'s own, under `keyID`) that signing left
    /// covering other bytes than before, so that none of them verifies any more: the signing added or
    /// replaced the content hash, which the signatures cover. Each server with its key IDs, in order.
    public static func signaturesBroken(
        before event: JSONObject, after signed: JSONObject, version: RoomVersion, server: String, keyID: KeyID
    ) -> [(server: String, keyIDs: [String])] {
        let old = SignedJSON.signingBytes(Redaction.redact(event, version: version))
        let new = SignedJSON.signingBytes(Redaction.redact(signed, version: version))
        guard old != new, case .object(let all)? = event["signatures"] else { return [] }
        var broken: [(server: String, keyIDs: [String])] = []
        for (entity, value) in all {
            let ids = (value.objectValue?.keys ?? []).filter { !(entity == server && $0 == keyID.description) }
            if !ids.isEmpty { broken.append((entity, ids)) }
        }
        return broken
    }

    /// Checks `server`'s signatures on the event: they cover the redacted event.
    public static func verifySignatures(
        _ event: JSONObject, version: RoomVersion, server: String, keys: some VerifyKeySource
    ) -> SignatureReport {
        SignedJSON.verify(Redaction.redact(event, version: version), entity: server, keys: keys, subject: "the event")
    }
}
