/// Errors of the typed crypto layer. Each case says what was wrong in terms a person can act on;
/// none ever carries secret material.
public enum CryptoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An input had the wrong length: `what` names it, then the expected and actual byte counts.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// The X25519 shared secret was all zeros: the peer's public key is a low-order point.
    case allZeroSharedSecret
    /// AES-CBC input was not a whole number of 16-byte blocks.
    case ciphertextNotBlockAligned(length: Int)
    /// AES-CBC plaintext did not end in valid PKCS#7 padding (usually a wrong key).
    case invalidPadding
    /// An AEAD tag did not verify: a wrong key or a modified ciphertext.
    case authenticationFailed
    /// A parameter was out of its allowed range (an iteration count of zero, say).
    case invalidParameter(String)
    /// The C library reported a failure it should not have; `operation` names the call.
    case libraryFailure(operation: String)

    public var description: String {
        switch self {
        case let .invalidLength(what, expected, actual):
            return "\(what) must be \(expected) bytes, got \(actual)"
        case .allZeroSharedSecret:
            return "the X25519 shared secret is all zeros (the public key is a low-order point)"
        case let .ciphertextNotBlockAligned(length):
            return "AES-CBC ciphertext length \(length) is not a multiple of 16 bytes"
        case .invalidPadding:
            return "AES-CBC decryption gave invalid PKCS#7 padding (wrong key or corrupted data)"
        case .authenticationFailed:
            return "authentication failed (wrong key or modified data)"
        case let .invalidParameter(text):
            return text
        case let .libraryFailure(operation):
            return "the crypto library failed in \(operation)"
        }
    }

    static func checkLength(_ what: String, _ actual: Int, _ expected: Int) throws(CryptoError) {
        if actual != expected { throw .invalidLength(what: what, expected: expected, actual: actual) }
    }
}
