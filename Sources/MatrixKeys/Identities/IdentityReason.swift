/// Why an identity object or one of its signatures is not what it should be: the reasons of the audit's
/// verdicts, one case per finding, each in words.
public enum IdentityReason: Sendable, Equatable, CustomStringConvertible {
    // The objects themselves. The first string names the object ("master key", "device keys").
    case notAnObject(String, String)
    case fieldMissing(String, String)
    case fieldNotString(String, String, String)
    case fieldNotArray(String, String)
    case fieldNotObject(String, String)
    /// The object's `user_id` is not the user it is filed under.
    case userIDMismatch(String, found: String, filedUnder: String)
    /// The device keys' `device_id` is not the ID they are filed under.
    case deviceIDMismatch(found: String, filedUnder: String)
    case usageNotStrings(String)
    case wrongUsage(String, expected: String, found: [String])
    /// A cross-signing key must have exactly one key.
    case keyCount(String, Int)
    /// The key ID of a cross-signing key must be `ed25519:` and its own public key.
    case keyIDNotPublicKey(String, String)
    case badPublicKey(String, String)

    // The chain.
    case noMasterKey
    /// The master key that would have signed this key is not valid.
    case masterNotValid(String)
    /// No signature by the key that must sign (`signer` names it: "the master key ed25519:…").
    case notSignedBy(String)
    /// No valid self-signing key, so a device's owner's signature cannot be judged.
    case noValidSelfSigningKey
    /// The device's own signature is missing.
    case noSelfSignature(String)

    // Signatures, each as the one signature checker reported it.
    /// A signature that does not verify, or cannot be decoded: always a finding.
    case invalidSignature(signer: String, KeyCheck)
    /// A signature under a key ID the user has no key for (skipped, as clients skip it).
    case unknownSigner(entity: String, keyID: String)
    /// Signatures filed under a user ID that is neither the owner's nor the auditing user's.
    case signaturesUnderOtherUser(String)
    /// `signatures` itself, or one user's part of it, is not an object.
    case malformedSignatures(SignatureReport.Problem)

    public var description: String {
        switch self {
        case let .notAnObject(what, type): return "the \(what) \(what.hasSuffix("keys") ? "are" : "is") \(type), not an object"
        case let .fieldMissing(what, field): return "\(field) is missing from the \(what)"
        case let .fieldNotString(what, field, type): return "\(field) of the \(what) is \(type), not a string"
        case let .fieldNotArray(what, field): return "\(field) of the \(what) is not an array"
        case let .fieldNotObject(what, field): return "\(field) of the \(what) is not an object"
        case let .userIDMismatch(what, found, filed): return "user_id of the \(what) is \(found), not \(filed), the user it is filed under"
        case let .deviceIDMismatch(found, filed): return "device_id of the device keys is \(found), not \(filed), the ID they are filed under"
        case .usageNotStrings(let what): return "usage of the \(what) holds something other than strings"
        case let .wrongUsage(what, expected, found): return "usage of the \(what) is [\(found.joined(separator: ", "))], without \(expected)"
        case let .keyCount(what, count): return "the \(what) has \(count) keys, not exactly one"
        case let .keyIDNotPublicKey(what, id): return "the \(what)'s key ID \(id) is not ed25519: and its own public key"
        case let .badPublicKey(what, id): return "\(id) of the \(what) is not a base64 ed25519 public key"
        case .noMasterKey: return "no master key"
        case .masterNotValid(let what): return "the master key that signs the \(what) is not valid"
        case .notSignedBy(let signer): return "no signature by \(signer)"
        case .noValidSelfSigningKey: return "no valid self-signing key"
        case .noSelfSignature(let keyID): return "no self-signature (\(keyID))"
        case let .invalidSignature(signer, check): return "invalid signature by \(signer): \(check)"
        case let .unknownSigner(entity, keyID): return "a signature by \(entity) \(keyID), a key the user has not got (not checked)"
        case .signaturesUnderOtherUser(let entity): return "signatures under another user ID, \(entity) (not checked)"
        case .malformedSignatures(let problem): return problem.description
        }
    }

    /// Whether the reason is a finding that makes the audit's exit code 1: a signature that does not
    /// verify, or IDs that do not match the ones the object is filed under.
    public var isFinding: Bool {
        switch self {
        case .invalidSignature, .userIDMismatch, .deviceIDMismatch: return true
        default: return false
        }
    }
}
