/// The private side of cross-signing (SPEC §13): a cross-signing private key is a 32-byte ed25519 seed,
/// kept in wiped memory; its public object is `{"user_id", "usage": [role], "keys": {"ed25519:<pub>":
/// "<pub>"}}`, and what it signs is filed under its user's ID with key ID `ed25519:<pub>`.
public struct CrossSigningPrivateKey: Sendable, CustomStringConvertible {
    public let role: CrossSigningRole
    public let privateKey: Ed25519.PrivateKey

    /// A key of `role` from its 32-byte seed (as secret storage holds it, base64-decoded).
    public init(role: CrossSigningRole, seed: SecretBytes) throws(CryptoError) {
        self.role = role
        privateKey = try Ed25519.PrivateKey(seed: seed)
    }

    /// A key of `role` from its text: the base64 of its seed, as secret storage holds it, with any
    /// surrounding whitespace (a key file). `source` names it in errors.
    public init(role: CrossSigningRole, text: [UInt8], source: String) throws(SecretStorageError) {
        var trimmed = Array(text.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        while let last = trimmed.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { trimmed.removeLast() }
        let seed = try SecretStorage.keyBytes(source, SecretBytes(consuming: &trimmed))
        do { try self.init(role: role, seed: seed) } catch { throw .invalidField(source, reason: error.description) }
    }

    /// A new random key of `role`.
    public static func generate(_ role: CrossSigningRole) -> CrossSigningPrivateKey {
        CrossSigningPrivateKey(role: role, privateKey: Ed25519.PrivateKey())
    }

    init(role: CrossSigningRole, privateKey: Ed25519.PrivateKey) {
        self.role = role
        self.privateKey = privateKey
    }

    public var seed: SecretBytes { privateKey.seed }
    public var publicKey: Ed25519.PublicKey { privateKey.publicKey }

    /// `ed25519:<unpadded base64 public key>`.
    public var keyID: String { "ed25519:" + publicKey.base64 }

    /// The public object of this key for `userID`, unsigned.
    public func publicObject(userID: String) -> JSONObject {
        var keys = JSONObject()
        keys[keyID] = .string(publicKey.base64)
        return ["user_id": .string(userID), "usage": [.string(role.usage)], "keys": .object(keys)]
    }

    /// `object` signed as `userID` with this key, its other signatures and `unsigned` kept.
    public func sign(_ object: JSONObject, userID: String) throws(SigningError) -> JSONObject {
        try SignedJSON.sign(object, entity: userID, key: SigningKey(keyID: KeyID.ed25519(publicKey.base64), privateKey: privateKey))
    }

    public var description: String { "\(role.name) \(publicKey.base64) (private part hidden)" }
}

/// Bodies for the homeserver's key management API, made with cross-signing private keys.
public enum CrossSigningBodies {
    /// The `/keys/device_signing/upload` body: the master key, and the self-signing and user-signing keys
    /// signed by it.
    public static func deviceSigningUpload(
        userID: String, master: CrossSigningPrivateKey, selfSigning: CrossSigningPrivateKey, userSigning: CrossSigningPrivateKey
    ) throws(SigningError) -> JSONObject {
        [
            CrossSigningRole.master.uploadMember: .object(master.publicObject(userID: userID)),
            CrossSigningRole.selfSigning.uploadMember: .object(try master.sign(selfSigning.publicObject(userID: userID), userID: userID)),
            CrossSigningRole.userSigning.uploadMember: .object(try master.sign(userSigning.publicObject(userID: userID), userID: userID)),
        ]
    }

    /// The object to send in a `/keys/signatures/upload` body for `object` signed by `key` as `userID`:
    /// the object without `unsigned`, carrying only the new signature.
    public static func signedForUpload(_ object: JSONObject, key: CrossSigningPrivateKey, userID: String) throws(SigningError) -> JSONObject {
        var bare = object
        bare.removeValue(forKey: "unsigned")
        bare.removeValue(forKey: "signatures")
        return try key.sign(bare, userID: userID)
    }

    /// A `/keys/signatures/upload` body: `{user_id: {device_id or master public key: signed object}}`.
    public static func signaturesUpload(_ entries: [(userID: String, id: String, object: JSONObject)]) -> JSONObject {
        var body = JSONObject()
        for entry in entries {
            var forUser = body[entry.userID]?.objectValue ?? JSONObject()
            forUser[entry.id] = .object(entry.object)
            body[entry.userID] = .object(forUser)
        }
        return body
    }
}
