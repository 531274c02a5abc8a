/// A public key written as `ed25519:ID=BASE64`, the way keys are given on the command line.
public struct PublicKeySpec: Sendable, Equatable {
    public let keyID: KeyID
    public let publicKey: Ed25519.PublicKey

    public init(keyID: KeyID, publicKey: Ed25519.PublicKey) {
        self.keyID = keyID
        self.publicKey = publicKey
    }

    public init(parsing text: String) throws(SigningError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidPublicKeySpec(text, reason: "expected ed25519:ID=BASE64")
        }
        let id = String(text[..<equals])
        let keyID: KeyID
        do { keyID = try KeyID(parsing: id) } catch { throw .invalidPublicKeySpec(text, reason: "invalid key ID \"\(id)\"") }
        guard keyID.isEd25519 else { throw .invalidPublicKeySpec(text, reason: "only ed25519 keys are supported") }
        do {
            publicKey = try Ed25519.PublicKey(base64: String(text[text.index(after: equals)...]))
        } catch {
            throw .invalidPublicKeySpec(text, reason: error.description)
        }
        self.keyID = keyID
    }
}
