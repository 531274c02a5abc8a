/// Problems with signing keys, key files, signatures and Authorization headers.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A key ID that is not `algorithm:version` with both parts non-empty.
    case invalidKeyID(String)
    /// A key ID for an algorithm other than ed25519 where an ed25519 key is required.
    case unsupportedAlgorithm(String)
    /// A generated or chosen key version outside `[a-zA-Z0-9_]`.
    case invalidKeyVersion(String)
    /// A line of a Synapse signing key file that is not `ed25519 <version> <base64 seed>`.
    case invalidKeyFileLine(line: Int, reason: String)
    /// A key file with no keys in it.
    case emptyKeyFile
    /// The key ID named is not in the key file.
    case keyNotInFile(String, available: [String])
    /// The object to sign or verify is not a JSON object, or its `signatures` has the wrong shape.
    case notAnObject(String)
    case malformedSignatures(String)
    /// An `Authorization: X-Matrix …` header that cannot be read.
    case invalidAuthorizationHeader(String)
    /// A public key given on the command line or in a file as `ed25519:ID=BASE64` that cannot be read.
    case invalidPublicKeySpec(String, reason: String)

    public var description: String {
        switch self {
        case let .invalidKeyID(id):
            return "invalid key ID \"\(id)\": expected algorithm:version, e.g. ed25519:a_AbCd"
        case let .unsupportedAlgorithm(id):
            return "unsupported key algorithm in \"\(id)\": only ed25519 is supported"
        case let .invalidKeyVersion(version):
            return "invalid key version \"\(version)\": use letters, digits and _ only"
        case let .invalidKeyFileLine(line, reason):
            return "signing key file line \(line): \(reason)"
        case .emptyKeyFile:
            return "the signing key file contains no keys"
        case let .keyNotInFile(id, available):
            return "key \(id) is not in the key file (it has \(available.joined(separator: ", ")))"
        case let .notAnObject(what):
            return "\(what) must be a JSON object"
        case let .malformedSignatures(reason):
            return "malformed signatures: \(reason)"
        case let .invalidAuthorizationHeader(reason):
            return "invalid X-Matrix Authorization header: \(reason)"
        case let .invalidPublicKeySpec(spec, reason):
            // Every such error shows the form expected.
            let form = reason.hasPrefix("expected ") ? "" : " (the form is SERVER:ed25519:ID=BASE64)"
            return "invalid public key \"\(spec)\": \(reason)\(form)"
        }
    }
}
