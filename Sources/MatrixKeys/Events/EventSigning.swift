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

    /// Checks `server`'s signatures on the event: they cover the redacted event.
    public static func verifySignatures(
        _ event: JSONObject, version: RoomVersion, server: String, keys: some VerifyKeySource
    ) -> SignatureReport {
        SignedJSON.verify(Redaction.redact(event, version: version), entity: server, keys: keys, subject: "the event")
    }
}
