internal import CSodium

/// X25519 Diffie-Hellman (RFC 7748), from libsodium. Used by the megolm key backup.
public enum X25519 {
    public static let keyLength = 32

    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        public init(rawRepresentation bytes: some Collection<UInt8>) throws(CryptoError) {
            try CryptoError.checkLength("curve25519 public key", bytes.count, X25519.keyLength)
            rawRepresentation = Array(bytes)
        }

        public init(base64 text: String, field: String = "curve25519 public key") throws(EncodingError) {
            rawRepresentation = try Base64.decode(text, expectedLength: X25519.keyLength, field: field)
        }

        public var base64: String { Base64.encode(rawRepresentation) }
        public var description: String { "curve25519 public key \(base64)" }
    }

    public struct PrivateKey: Sendable, CustomStringConvertible {
        public let rawRepresentation: SecretBytes
        public let publicKey: PublicKey

        public init(rawRepresentation secret: SecretBytes) throws(CryptoError) {
            try CryptoError.checkLength("curve25519 private key", secret.count, X25519.keyLength)
            Sodium.ready()
            var pk = [UInt8](repeating: 0, count: X25519.keyLength)
            let rc = secret.withUnsafeBytes { s in
                crypto_scalarmult_base(&pk, s.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            if rc != 0 { throw .libraryFailure(operation: "crypto_scalarmult_base") }
            rawRepresentation = secret
            publicKey = try PublicKey(rawRepresentation: pk)
        }

        public init(rawRepresentation bytes: some Collection<UInt8>) throws(CryptoError) {
            try CryptoError.checkLength("curve25519 private key", bytes.count, X25519.keyLength)
            var copy = Array(bytes)
            try self.init(rawRepresentation: SecretBytes(consuming: &copy))
        }

        /// A new random key.
        public init() {
            do { try self.init(rawRepresentation: SecretBytes.random(count: X25519.keyLength)) } catch {
                preconditionFailure("x25519 key generation failed: \(error)")
            }
        }

        /// X25519(self, peer). An all-zero result (a low-order peer key) is an error.
        public func sharedSecret(with peer: PublicKey) throws(CryptoError) -> SecretBytes {
            try SecretBytes(count: X25519.keyLength) { (out) throws(CryptoError) in try sharedSecret(with: peer, into: out.baseAddress!) }
        }

        /// The shared secret written to `out` (32 bytes), for a caller that keeps and wipes its own buffer.
        package func sharedSecret(with peer: PublicKey, into out: UnsafeMutableRawPointer) throws(CryptoError) {
            Sodium.ready()
            let rc = rawRepresentation.withUnsafeBytes { s in
                peer.rawRepresentation.withUnsafeBufferPointer { p in
                    crypto_scalarmult(out.assumingMemoryBound(to: UInt8.self), s.baseAddress!.assumingMemoryBound(to: UInt8.self), p.baseAddress!)
                }
            }
            // libsodium returns -1 exactly when the output is all zeros.
            if rc != 0 { throw .allZeroSharedSecret }
        }

        public var description: String { "curve25519 private key for \(publicKey.base64)" }
    }
}
