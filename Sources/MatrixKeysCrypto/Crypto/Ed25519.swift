internal import CSodium

/// Ed25519 signatures (RFC 8032), from libsodium.
///
/// libsodium's verifier rejects signatures whose S is not reduced (non-canonical) and small-order public
/// keys, which is what Matrix's signing rules need (SPEC §3).
public enum Ed25519 {
    public static let seedLength = 32
    public static let publicKeyLength = 32
    public static let signatureLength = 64

    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        public init(rawRepresentation bytes: some Collection<UInt8>) throws(CryptoError) {
            try CryptoError.checkLength("ed25519 public key", bytes.count, Ed25519.publicKeyLength)
            rawRepresentation = Array(bytes)
        }

        /// Decodes unpadded (or padded) standard base64.
        public init(base64 text: String, field: String = "ed25519 public key") throws(EncodingError) {
            rawRepresentation = try Base64.decode(text, expectedLength: Ed25519.publicKeyLength, field: field)
        }

        public var base64: String { Base64.encode(rawRepresentation) }
        public var description: String { "ed25519 public key \(base64)" }

        /// True when `signature` is a valid signature of `message` by this key.
        package func isValidSignature(_ signature: Signature, for message: UnsafeRawBufferPointer) -> Bool {
            Sodium.ready()
            return signature.rawRepresentation.withUnsafeBufferPointer { sig in
                rawRepresentation.withUnsafeBufferPointer { pk in
                    withBytes(message) { msg, count in
                        crypto_sign_verify_detached(sig.baseAddress!, msg, UInt64(count), pk.baseAddress!) == 0
                    }
                }
            }
        }

        /// True when `signature` is a valid signature of `message` (read where it is) by this key.
        public func isValidSignature(_ signature: Signature, for message: Span<UInt8>) -> Bool {
            message.bytes.withUnsafeBytes { isValidSignature(signature, for: $0) }
        }

        public func isValidSignature(_ signature: Signature, for message: [UInt8]) -> Bool {
            message.withUnsafeBytes { isValidSignature(signature, for: $0) }
        }
    }

    public struct Signature: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        public init(rawRepresentation bytes: some Collection<UInt8>) throws(CryptoError) {
            try CryptoError.checkLength("ed25519 signature", bytes.count, Ed25519.signatureLength)
            rawRepresentation = Array(bytes)
        }

        public init(base64 text: String, field: String = "ed25519 signature") throws(EncodingError) {
            rawRepresentation = try Base64.decode(text, expectedLength: Ed25519.signatureLength, field: field)
        }

        public var base64: String { Base64.encode(rawRepresentation) }
        public var description: String { base64 }
    }

    /// A signing key: the 32-byte seed, kept in wiped memory, and its public key.
    public struct PrivateKey: Sendable, CustomStringConvertible {
        /// libsodium's 64-byte secret key (seed ‖ public key).
        private let expanded: SecretBytes
        public let publicKey: PublicKey

        /// A key from a 32-byte seed (the form Synapse key files and RFC 8032 use).
        public init(seed: some Collection<UInt8>) throws(CryptoError) {
            try CryptoError.checkLength("ed25519 seed", seed.count, Ed25519.seedLength)
            var seedCopy = Array(seed)
            defer { wipe(&seedCopy) }
            try self.init(seed: SecretBytes(copying: seedCopy))
        }

        public init(seed: SecretBytes) throws(CryptoError) {
            try CryptoError.checkLength("ed25519 seed", seed.count, Ed25519.seedLength)
            Sodium.ready()
            var pk = [UInt8](repeating: 0, count: Ed25519.publicKeyLength)
            let expanded = try SecretBytes(count: Int(crypto_sign_SECRETKEYBYTES)) { (sk) throws(CryptoError) in
                let rc = seed.withUnsafeBytes { s in
                    crypto_sign_seed_keypair(
                        &pk, sk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        s.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
                if rc != 0 { throw .libraryFailure(operation: "crypto_sign_seed_keypair") }
            }
            self.expanded = expanded
            self.publicKey = try PublicKey(rawRepresentation: pk)
        }

        /// A new random key.
        public init() {
            let seed = SecretBytes.random(count: Ed25519.seedLength)
            // A 32-byte seed always yields a key pair.
            do { try self.init(seed: seed) } catch { preconditionFailure("ed25519 key generation failed: \(error)") }
        }

        /// The 32-byte seed.
        public var seed: SecretBytes { expanded.slice(0..<Ed25519.seedLength) }

        package func signature(for message: UnsafeRawBufferPointer) -> Signature {
            Sodium.ready()
            var sig = [UInt8](repeating: 0, count: Ed25519.signatureLength)
            expanded.withUnsafeBytes { sk in
                withBytes(message) { msg, count in
                    _ = crypto_sign_detached(
                        &sig, nil, msg, UInt64(count), sk.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
            return Signature(checkedRaw: sig)
        }

        /// The signature of `message`, read where it is.
        public func signature(for message: Span<UInt8>) -> Signature {
            message.bytes.withUnsafeBytes { signature(for: $0) }
        }

        public func signature(for message: [UInt8]) -> Signature {
            message.withUnsafeBytes { signature(for: $0) }
        }

        public var description: String { "ed25519 private key for \(publicKey.base64)" }
    }
}

extension Ed25519.Signature {
    /// For bytes that are 64 long by construction.
    fileprivate init(checkedRaw bytes: [UInt8]) { rawRepresentation = bytes }
}
