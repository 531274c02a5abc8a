// The typed crypto is a target of its own (MatrixKeysCrypto, the only code that calls C); programs that
// import MatrixKeys get its types too.
@_exported import MatrixKeysCrypto

/// MatrixKeys: Matrix keys and signatures, offline and exact.
///
/// The library is organised by protocol, one folder each (the crypto is in the MatrixKeysCrypto target):
/// - `Encoding/`: base64 (SPEC §1), base58, hex.
/// - `JSON/`: the strict byte-level parser, the value type, canonical JSON and its linter (SPEC §2).
/// - `Signing/`: key IDs, Synapse signing key files, signed JSON, X-Matrix request signing (SPEC §3).
/// - `ServerKeys/`: `/_matrix/key/v2/server` responses (SPEC §4).
/// - `Events/`: room versions as data, redaction, hashes and IDs, required signers, event signing (SPEC §5–7).
/// - `Secrets/`: recovery keys, secret storage and passphrase keys (SPEC §8–9).
/// - `Backup/`: megolm key backups and session export files (SPEC §10–11).
/// - `Keystore/`: the encrypted local keystore (Argon2id + XChaCha20-Poly1305).
/// - `Support/`: the parallel map the bulk operations share, timestamps as people type them.
/// - `Reports/`: the words and JSON of every report.
/// - `Files/`: atomic writes, whole-file reads, and streams of JSON items.
public enum MatrixKeys {
    /// The version of the library and the `mxkeys` tool.
    public static let version = "0.1.0"
}

/// Every error the library throws. Each reads as one sentence naming what is wrong and where.
public protocol MatrixKeysError: Error, CustomStringConvertible {}

extension CryptoError: MatrixKeysError {}
extension EncodingError: MatrixKeysError {}
extension JSONParseError: MatrixKeysError {}
extension SigningError: MatrixKeysError {}
extension ServerKeyError: MatrixKeysError {}
extension EventError: MatrixKeysError {}
extension FileError: MatrixKeysError {}
extension RecoveryKeyError: MatrixKeysError {}
extension SecretStorageError: MatrixKeysError {}
extension BackupError: MatrixKeysError {}
extension KeystoreError: MatrixKeysError {}
