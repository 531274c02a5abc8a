/// Signing JSON with ed25519 (SPEC §3).
///
/// The signed bytes are the canonical JSON of the object without `signatures` and `unsigned`. Signatures
/// live at `signatures[entity][key ID]`, where the entity is a server name or a user ID.
public enum SignedJSON {
    /// The bytes that are signed: canonical JSON without `signatures` and `unsigned`.
    public static func signingBytes(_ object: JSONObject) -> [UInt8] {
        var stripped = object
        stripped.removeValue(forKey: "signatures")
        stripped.removeValue(forKey: "unsigned")
        return CanonicalJSON.encode(.object(stripped))
    }

    /// Signs `object` as `entity` and merges the signature into its existing `signatures`; `unsigned` is kept.
    ///
    /// Throws `SigningError.malformedSignatures` when `signatures` (or `signatures[entity]`) is not an object.
    public static func sign(_ object: JSONObject, entity: String, key: SigningKey) throws(SigningError) -> JSONObject {
        let signature = key.privateKey.signature(for: signingBytes(object))
        return try attach(signature, keyID: key.keyID, entity: entity, to: object)
    }

    /// Puts `signature` at `signatures[entity][keyID]`, keeping every other signature.
    public static func attach(
        _ signature: Ed25519.Signature, keyID: KeyID, entity: String, to object: JSONObject
    ) throws(SigningError) -> JSONObject {
        var result = object
        var signatures = JSONObject()
        if let existing = object["signatures"] {
            guard case .object(let value) = existing else { throw .malformedSignatures("\"signatures\" is not an object") }
            signatures = value
        }
        var mine = JSONObject()
        if let existing = signatures[entity] {
            guard case .object(let value) = existing else {
                throw .malformedSignatures("\"signatures\".\"\(entity)\" is not an object")
            }
            mine = value
        }
        mine[keyID.description] = .string(signature.base64)
        signatures[entity] = .object(mine)
        result["signatures"] = .object(signatures)
        return result
    }

    /// Checks every signature `entity` put on `object` with `keys`, under `rule` (by default keys are not
    /// judged by time). The rule of `SignatureChecker` applies: unknown, unsupported and invalid key IDs
    /// are reported and skipped; a bad signature by a known key spoils the whole.
    ///
    /// Never a bare bool: the report says which key IDs verified, which failed (and why) and which were
    /// skipped. A missing or malformed `signatures` gives a report with no checks and a `problem`.
    public static func verify(
        _ object: JSONObject, entity: String, keys: some VerifyKeySource, rule: ValidityRule = .ignored, subject: String = "the object"
    ) -> SignatureReport {
        if case .none(let problem) = SignatureChecker.entitySignatures(object["signatures"], entity: entity, subject: subject) {
            return SignatureReport(entity: entity, checks: [], problem: problem)
        }
        return signingBytes(object).withUnsafeBytes { message in
            SignatureChecker.check(signatures: object["signatures"], entity: entity, message: message, keys: keys, rule: rule, subject: subject)
        }
    }

    /// Verifies with a fixed set of keys.
    public static func verify(_ object: JSONObject, entity: String, keys: [KeyID: Ed25519.PublicKey]) -> SignatureReport {
        verify(object, entity: entity, keys: FixedVerifyKeys(entity: entity, keys: keys))
    }
}
