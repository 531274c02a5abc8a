/// Problems with key backups and session export files (SPEC §10–11). Per-session errors name the session.
public enum BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field missing, of the wrong type, not base64, or of the wrong length.
    case invalidField(String, reason: String)
    /// The backup key's public key is not the one in `auth_data`: the wrong key.
    case wrongKey(expected: String, actual: String)
    /// A backup algorithm other than `m.megolm_backup.v1.curve25519-aes-sha2`.
    case unsupportedAlgorithm(String)
    /// One session could not be decrypted; `session` names it ("room !r / session s").
    case session(String, reason: String)
    /// A session export file that is not one: `reason` says what is wrong.
    case exportFile(String)
    /// The export file's HMAC does not match: a wrong passphrase, or an altered file.
    case exportAuthentication
    case crypto(CryptoError)

    public var description: String {
        switch self {
        case let .invalidField(field, reason): return "\(field): \(reason)"
        case let .wrongKey(expected, actual):
            return "the backup key does not match the backup: its public key is \(actual), the backup's is \(expected)"
        case .unsupportedAlgorithm(let name):
            return "unsupported backup algorithm \"\(name)\" (only m.megolm_backup.v1.curve25519-aes-sha2)"
        case let .session(session, reason): return "\(session): \(reason)"
        case .exportFile(let reason): return "not a megolm session export file: \(reason)"
        case .exportAuthentication: return "the export file's HMAC does not match: a wrong passphrase, or an altered file"
        case .crypto(let error): return error.description
        }
    }
}
