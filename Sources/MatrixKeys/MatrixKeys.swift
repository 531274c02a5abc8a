/// MatrixKeys: Matrix keys and signatures, offline and exact.
///
/// The library is organised by protocol, one folder each:
/// - `Encoding/`: base64 (SPEC §1), base58, hex.
/// - `Crypto/`: typed wrappers over libsodium, OpenSSL libcrypto and libargon2; the only code that calls C.
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
