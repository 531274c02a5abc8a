/// A key backup's private key (SPEC §10): from a recovery key, from the secret storage secret
/// `m.megolm_backup.v1` (base64 of the 32 bytes), or new. Its public key goes in `auth_data`.
public struct BackupKey: Sendable {
    public static let algorithm = "m.megolm_backup.v1.curve25519-aes-sha2"
    public let privateKey: X25519.PrivateKey
    public var publicKey: X25519.PublicKey { privateKey.publicKey }

    public init(_ secret: SecretBytes) throws(BackupError) {
        do { privateKey = try X25519.PrivateKey(rawRepresentation: secret) } catch { throw .crypto(error) }
    }

    /// From the text of a recovery key.
    public init(recoveryKey text: some Collection<UInt8>) throws(RecoveryKeyError) {
        let secret = try RecoveryKey.decode(text)
        do { try self.init(secret) } catch { preconditionFailure("a decoded recovery key is 32 bytes") }
    }

    /// From the secret storage secret `m.megolm_backup.v1`: base64 (padded or not) of the 32 bytes.
    public init(secretStorageSecret secret: SecretBytes) throws(BackupError) {
        var text = secret.unsafeCopy()
        defer { wipe(&text) }
        let decoded = text.withUnsafeBytes { raw in Result { () throws(EncodingError) in try Base64.decode(raw) } }
        var bytes: [UInt8]
        switch decoded {
        case .success(let value): bytes = value
        case .failure(let error): throw .invalidField("m.megolm_backup.v1", reason: error.description)
        }
        guard bytes.count == X25519.keyLength else {
            wipe(&bytes)
            throw .invalidField("m.megolm_backup.v1", reason: "decodes to \(bytes.count) bytes, expected 32")
        }
        try self.init(SecretBytes(consuming: &bytes))
    }

    public static func generate() -> BackupKey {
        do { return try BackupKey(SecretBytes.random(count: X25519.keyLength)) } catch { preconditionFailure("\(error)") }
    }

    /// `auth_data` for a backup version: the public key, signed as `userID` with `signingKey` when given.
    public func authData(signedBy signingKey: SigningKey? = nil, userID: String? = nil) throws(BackupError) -> JSONObject {
        var object: JSONObject = ["public_key": .string(publicKey.base64)]
        if let signingKey, let userID {
            do { object = try SignedJSON.sign(object, entity: userID, key: signingKey) } catch {
                throw .invalidField("signatures", reason: error.description)
            }
        }
        return object
    }

    /// Throws `.wrongKey` unless this key's public key is `authData`'s. The backup's MAC cannot tell a
    /// wrong key apart (it covers an empty string), so this is how a wrong key is caught.
    public func check(authData: JSONObject) throws(BackupError) {
        let expected = try Self.publicKey(in: authData)
        guard expected == publicKey else { throw .wrongKey(expected: expected.base64, actual: publicKey.base64) }
    }

    /// The public key of an `auth_data` object, or of a whole backup version (`{"algorithm", "auth_data"}`).
    public static func publicKey(in authData: JSONObject) throws(BackupError) -> X25519.PublicKey {
        var object = authData
        if case .object(let inner)? = authData["auth_data"] {
            if case .string(let algorithm)? = authData["algorithm"], algorithm != Self.algorithm { throw .unsupportedAlgorithm(algorithm) }
            object = inner
        }
        guard case .string(let text)? = object["public_key"] else { throw .invalidField("auth_data.public_key", reason: "missing or not a string") }
        do { return try X25519.PublicKey(base64: text) } catch { throw .invalidField("auth_data.public_key", reason: error.description) }
    }
}
