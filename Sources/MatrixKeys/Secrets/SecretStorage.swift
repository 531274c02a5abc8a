/// Problems with secret storage data or keys (SPEC §9).
public enum SecretStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A key description or secret of an algorithm other than `m.secret_storage.v1.aes-hmac-sha2`.
    case unsupportedAlgorithm(String)
    /// A field missing, of the wrong type, not base64, or of the wrong length; `field` names it.
    case invalidField(String, reason: String)
    /// The MAC does not match: a wrong key, the wrong secret name, or altered data.
    case macMismatch(secret: String)
    /// The secret is not encrypted for this key ID.
    case notEncryptedForKey(secret: String, keyID: String, available: [String])
    /// The account data names no default key and none was given.
    case noDefaultKey
    /// No key description with this ID in the account data.
    case unknownKey(String)
    /// A passphrase was given, but the key description has no passphrase information.
    case noPassphraseInfo
    case crypto(CryptoError)

    public var description: String {
        switch self {
        case .unsupportedAlgorithm(let name):
            return "unsupported secret storage algorithm \"\(name)\" (only m.secret_storage.v1.aes-hmac-sha2 is defined)"
        case let .invalidField(field, reason):
            return "\(field): \(reason)"
        case .macMismatch(let secret):
            return "\(secret): the MAC does not match (wrong key, wrong secret name, or altered data)"
        case let .notEncryptedForKey(secret, keyID, available):
            let others = available.isEmpty ? "no key" : available.joined(separator: ", ")
            return "\(secret) is not encrypted for key \(keyID) (it is for: \(others))"
        case .noDefaultKey:
            return "the account data has no m.secret_storage.default_key: give --key-id"
        case .unknownKey(let id):
            return "no key description m.secret_storage.key.\(id) in the account data"
        case .noPassphraseInfo:
            return "the key description has no passphrase information: use the recovery key"
        case .crypto(let error):
            return error.description
        }
    }
}

/// A secret encrypted with `m.secret_storage.v1.aes-hmac-sha2`: `{"iv", "ciphertext", "mac"}`.
public struct EncryptedSecret: Sendable, Equatable {
    public let iv: [UInt8]
    public let ciphertext: [UInt8]
    public let mac: [UInt8]

    public init(iv: [UInt8], ciphertext: [UInt8], mac: [UInt8]) {
        self.iv = iv
        self.ciphertext = ciphertext
        self.mac = mac
    }

    /// Reads `{"iv", "ciphertext", "mac"}` (padded or unpadded base64); `path` prefixes field names in errors.
    public init(_ object: JSONObject, path: String = "") throws(SecretStorageError) {
        iv = try SecretStorage.bytes(object, "iv", path: path, length: 16)
        ciphertext = try SecretStorage.bytes(object, "ciphertext", path: path, length: nil)
        mac = try SecretStorage.bytes(object, "mac", path: path, length: 32)
    }

    /// As account data stores it: padded base64, as the reference client writes it.
    public var json: JSONValue {
        ["iv": .string(Base64.encodePadded(iv)), "ciphertext": .string(Base64.encodePadded(ciphertext)), "mac": .string(Base64.encodePadded(mac))]
    }
}

/// `m.pbkdf2` passphrase information of a key description (SPEC §9).
public struct PassphraseInfo: Sendable, Equatable {
    public static let algorithm = "m.pbkdf2"
    /// New passphrase keys use at least this many PBKDF2 rounds.
    public static let newIterations = 500_000
    /// The most rounds a description may ask for: 20 times what Element writes (500,000; the spec's
    /// example has 100,000), and as many as a session export file may ask for. Without a limit a
    /// description could ask for 2^31 - 1 rounds, about 45 minutes of CPU.
    public static let maximumIterations = 10_000_000
    /// The longest key a description may ask for: one PBKDF2-HMAC-SHA-512 block. Every further 512 bits
    /// is the whole iteration count again, and a secret storage key is 256 bits.
    public static let maximumBits = 512

    public let salt: String
    public let iterations: Int
    public let bits: Int

    public init(salt: String, iterations: Int, bits: Int = 256) {
        self.salt = salt
        self.iterations = iterations
        self.bits = bits
    }

    public init(_ object: JSONObject) throws(SecretStorageError) {
        guard case .string(let algorithm)? = object["algorithm"] else {
            throw .invalidField("passphrase.algorithm", reason: "missing or not a string")
        }
        guard algorithm == Self.algorithm else {
            throw .invalidField("passphrase.algorithm", reason: "\"\(algorithm)\" is not supported (only m.pbkdf2)")
        }
        guard case .string(let salt)? = object["salt"] else { throw .invalidField("passphrase.salt", reason: "missing or not a string") }
        guard case .integer(let iterations)? = object["iterations"], iterations >= 1 else {
            throw .invalidField("passphrase.iterations", reason: "missing, or not a positive integer")
        }
        guard iterations <= Int64(Self.maximumIterations) else {
            throw .invalidField("passphrase.iterations", reason: "\(iterations) is more than \(Self.maximumIterations), the limit")
        }
        var bits = 256
        if let value = object["bits"] {
            guard case .integer(let b) = value, b >= 8, b <= Int64(Self.maximumBits), b % 8 == 0 else {
                throw .invalidField("passphrase.bits", reason: "not a multiple of 8 from 8 to \(Self.maximumBits)")
            }
            bits = Int(b)
        }
        self.init(salt: salt, iterations: Int(iterations), bits: bits)
    }

    /// New information: a random 32-character salt and `iterations` rounds.
    public static func generate(iterations: Int = newIterations) -> PassphraseInfo {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let salt = String((0..<32).map { _ in letters[Int(SecureRandom.uniform(UInt32(letters.count)))] })
        return PassphraseInfo(salt: salt, iterations: iterations)
    }

    public var json: JSONValue {
        ["algorithm": .string(Self.algorithm), "salt": .string(salt), "iterations": .integer(Int64(iterations)), "bits": .integer(Int64(bits))]
    }

    /// PBKDF2-HMAC-SHA-512 of the UTF-8 passphrase with the UTF-8 salt: `bits / 8` bytes.
    public func deriveKey(_ passphrase: SecretBytes) throws(SecretStorageError) -> SecretBytes {
        do { return try PBKDF2SHA512.deriveKey(password: passphrase, salt: Array(salt.utf8), iterations: iterations, length: bits / 8) } catch {
            throw .crypto(error)
        }
    }
}

/// A secret storage key description, the content of `m.secret_storage.key.<key id>` account data.
public struct SecretStorageKeyDescription: Sendable {
    public static let algorithm = "m.secret_storage.v1.aes-hmac-sha2"

    public let name: String?
    /// The key check: the IV and MAC of 32 zero bytes encrypted under the empty name. Nil when absent.
    public let iv: [UInt8]?
    public let mac: [UInt8]?
    public let passphrase: PassphraseInfo?

    /// Reads a description. An IV longer than 16 bytes (seen in the wild from some clients) is kept,
    /// and its first 16 bytes are used, as those clients do; `check` says so.
    public init(_ object: JSONObject) throws(SecretStorageError) {
        guard case .string(let algorithm)? = object["algorithm"] else {
            throw .invalidField("algorithm", reason: "missing or not a string")
        }
        guard algorithm == Self.algorithm else { throw .unsupportedAlgorithm(algorithm) }
        switch object["name"] {
        case .string(let value)?: name = value
        case nil, .null?: name = nil
        default: throw .invalidField("name", reason: "not a string")
        }
        if object["iv"] == nil && object["mac"] == nil {
            iv = nil
            mac = nil
        } else {
            let iv = try SecretStorage.bytes(object, "iv", path: "", length: nil)
            guard iv.count == 16 || iv.count == 32 else {
                throw .invalidField("iv", reason: "decodes to \(iv.count) bytes, expected 16")
            }
            self.iv = iv
            mac = try SecretStorage.bytes(object, "mac", path: "", length: 32)
        }
        switch object["passphrase"] {
        case nil: passphrase = nil
        case .object(let info)?: passphrase = try PassphraseInfo(info)
        default: throw .invalidField("passphrase", reason: "not an object")
        }
    }

    /// The description of `key`, with a fresh key check, as account data stores it.
    public static func create(key: SecretBytes, name: String?, passphrase: PassphraseInfo?) throws(SecretStorageError) -> JSONObject {
        let check = try SecretStorage.encrypt(SecretBytes(copying: [UInt8](repeating: 0, count: 32)), name: "", key: key)
        var object: JSONObject = [
            "algorithm": .string(algorithm), "iv": .string(Base64.encodePadded(check.iv)), "mac": .string(Base64.encodePadded(check.mac)),
        ]
        if let name { object["name"] = .string(name) }
        if let passphrase { object["passphrase"] = passphrase.json }
        return object
    }

    public enum Check: Sendable, Equatable {
        /// The key check passes; `note` says when it needed leniency (a 32-byte IV).
        case right(note: String?)
        case wrong
        /// The description has no iv/mac: the key cannot be checked (which does not make it wrong).
        case unverifiable
    }

    /// Whether `key` is the key this description describes.
    public func check(_ key: SecretBytes) -> Check {
        guard let iv, let mac else { return .unverifiable }
        let zeros = SecretBytes(copying: [UInt8](repeating: 0, count: 32))
        guard let computed = try? SecretStorage.encrypt(zeros, name: "", key: key, iv: Array(iv.prefix(16))) else { return .wrong }
        guard ConstantTime.equal(computed.mac, mac) else { return .wrong }
        return .right(note: iv.count == 16 ? nil : "the description's IV is \(iv.count) bytes, not 16: its first 16 were used, as the client that wrote it does")
    }
}

/// Encrypting and decrypting secrets with `m.secret_storage.v1.aes-hmac-sha2` (SPEC §9).
public enum SecretStorage {
    /// HKDF-SHA-256(key, 32 zero bytes, info = secret name) → AES key ‖ MAC key.
    static func keys(_ key: SecretBytes, name: String) throws(SecretStorageError) -> (aes: SecretBytes, mac: SecretBytes) {
        do {
            let both = try HKDFSHA256.deriveKey(inputKeyMaterial: key, salt: [UInt8](repeating: 0, count: 32), info: Array(name.utf8), length: 64)
            return (both.slice(0..<32), both.slice(32..<64))
        } catch {
            throw .crypto(error)
        }
    }

    /// Encrypts `secret` (the UTF-8 text of the secret) under the secret `name`, with a random IV whose
    /// bit 63 is clear (so the counter cannot wrap into the IV's upper half).
    public static func encrypt(_ secret: SecretBytes, name: String, key: SecretBytes) throws(SecretStorageError) -> EncryptedSecret {
        var iv = SecureRandom.bytes(count: 16)
        iv[8] &= 0x7F
        return try encrypt(secret, name: name, key: key, iv: iv)
    }

    /// Encrypts with a given IV (for key checks and known answers).
    public static func encrypt(_ secret: SecretBytes, name: String, key: SecretBytes, iv: [UInt8]) throws(SecretStorageError) -> EncryptedSecret {
        let (aesKey, macKey) = try keys(key, name: name)
        do {
            let ciphertext = try AES256.ctr(secret, key: aesKey, iv: iv).unsafeCopy()
            return EncryptedSecret(iv: iv, ciphertext: ciphertext, mac: HMACSHA256.mac(key: macKey, message: ciphertext))
        } catch {
            throw .crypto(error)
        }
    }

    /// Decrypts after checking the MAC in constant time; a mismatch (wrong key, wrong name, altered
    /// data) is an error, never garbage.
    public static func decrypt(_ encrypted: EncryptedSecret, name: String, key: SecretBytes) throws(SecretStorageError) -> SecretBytes {
        let (aesKey, macKey) = try keys(key, name: name)
        guard HMACSHA256.isValid(encrypted.mac, key: macKey, message: encrypted.ciphertext) else { throw .macMismatch(secret: name) }
        do { return try AES256.ctr(SecretBytes(copying: encrypted.ciphertext), key: aesKey, iv: encrypted.iv) } catch {
            throw .crypto(error)
        }
    }

    /// A new key ID, in the style clients use: 32 random letters and digits.
    public static func newKeyID() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<32).map { _ in letters[Int(SecureRandom.uniform(UInt32(letters.count)))] })
    }

    /// A base64 field (padded or not) of `object`, of `length` bytes when given.
    static func bytes(_ object: JSONObject, _ field: String, path: String, length: Int?) throws(SecretStorageError) -> [UInt8] {
        let name = path.isEmpty ? field : "\(path).\(field)"
        guard case .string(let text)? = object[field] else { throw .invalidField(name, reason: "missing or not a string") }
        let bytes: [UInt8]
        do { bytes = try Base64.decode(text) } catch { throw .invalidField(name, reason: error.description) }
        if let length, bytes.count != length {
            throw .invalidField(name, reason: "decodes to \(bytes.count) bytes, expected \(length)")
        }
        return bytes
    }
}
