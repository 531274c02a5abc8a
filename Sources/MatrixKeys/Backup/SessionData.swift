/// One megolm session's `session_data` in a key backup: `{"ephemeral", "ciphertext", "mac"}` (SPEC §10).
public struct SessionData: Sendable, Equatable {
    public let ephemeral: X25519.PublicKey
    public let ciphertext: [UInt8]
    public let mac: [UInt8]

    public init(ephemeral: X25519.PublicKey, ciphertext: [UInt8], mac: [UInt8]) {
        self.ephemeral = ephemeral
        self.ciphertext = ciphertext
        self.mac = mac
    }

    /// Reads it (padded or unpadded base64); errors name `label`'s field.
    public init(_ object: JSONObject, label: String = "session_data") throws(BackupError) {
        try self.init(label: label) { name in
            guard case .string(let text)? = object[name] else { return nil }
            return Result { () throws(EncodingError) in try Base64.decode(text) }
        }
    }

    /// Reads it from each field's base64 decoded by `decode` (given the field's name; nil when the field
    /// is missing or not a string).
    init(label: String, decode: (String) -> Result<[UInt8], EncodingError>?) throws(BackupError) {
        func field(_ name: String) throws(BackupError) -> [UInt8] {
            guard let result = decode(name) else { throw .invalidField("\(label).\(name)", reason: "missing or not a string") }
            do { return try result.get() } catch { throw .invalidField("\(label).\(name)", reason: error.description) }
        }
        let ephemeralBytes = try field("ephemeral")
        do { ephemeral = try X25519.PublicKey(rawRepresentation: ephemeralBytes) } catch {
            throw .invalidField("\(label).ephemeral", reason: "decodes to \(ephemeralBytes.count) bytes, expected 32")
        }
        ciphertext = try field("ciphertext")
        mac = try field("mac")
        guard mac.count == 8 || mac.count == 32 else { throw .invalidField("\(label).mac", reason: "decodes to \(mac.count) bytes, expected 8") }
    }

    /// Unpadded base64, as backups store it.
    public var json: JSONValue {
        ["ephemeral": .string(ephemeral.base64), "ciphertext": .string(Base64.encode(ciphertext)), "mac": .string(Base64.encode(mac))]
    }
}

/// The backup's encryption of one session (SPEC §10): X25519 with an ephemeral key, HKDF-SHA-256 to an
/// AES key, a MAC key and an IV, AES-256-CBC with PKCS#7, and the MAC of the EMPTY string truncated to
/// 8 bytes (what libolm and every deployed client do; a MAC of the ciphertext is accepted too).
public enum BackupCipher {
    /// Which MAC a decrypted session carried.
    public enum MACKind: Sendable, Equatable {
        /// HMAC of the empty string, truncated to 8 bytes: what deployed clients write.
        case emptyString
        /// HMAC of the ciphertext (what the spec text says): accepted, and reported.
        case ciphertext
    }

    /// One session's keys (SPEC §10): the X25519 shared secret, the 80 bytes HKDF makes of it (the AES key,
    /// the HMAC key, the IV), and the MAC being checked. One allocation a thread keeps, wiped after every
    /// session and when it is released; each key is a named view of it.
    package final class Keys {
        private let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: 144, alignment: 16)

        private func part(_ range: Range<Int>) -> UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(rebasing: storage[range]) }

        var sharedSecret: UnsafeMutableRawBufferPointer { part(0..<32) }
        /// What HKDF writes: `aesKey ‖ macKey ‖ iv`.
        var derived: UnsafeMutableRawBufferPointer { part(32..<112) }
        var aesKey: UnsafeRawBufferPointer { UnsafeRawBufferPointer(part(32..<64)) }
        var macKey: UnsafeRawBufferPointer { UnsafeRawBufferPointer(part(64..<96)) }
        var iv: UnsafeRawBufferPointer { UnsafeRawBufferPointer(part(96..<112)) }
        /// The HMAC computed to check a session's MAC against.
        var mac: UnsafeMutableRawBufferPointer { part(112..<144) }

        init() { storage.initializeMemory(as: UInt8.self, repeating: 0) }

        func wipe() { SecureMemory.wipe(storage) }

        deinit {
            wipe()
            storage.deallocate()
        }
    }

    /// Contexts one thread reuses from session to session (the HKDF, HMAC and AES set-up costs more than
    /// the work on a session's few hundred bytes). Not for use from several threads at once.
    package final class Workspace {
        let deriver: HKDFSHA256.Deriver
        let hmac = HMACSHA256.Context()
        let aes = AES256.Context()
        /// Canonicalises decrypted sessions (its buffer is wiped after each).
        let canonicalizer = CanonicalJSON.Canonicalizer(capacity: 4096)
        let keys = Keys()
        /// The plaintext being decrypted; wiped after each session, and before a bigger one replaces it.
        private(set) var plaintext = UnsafeMutableRawBufferPointer.allocate(byteCount: 2048, alignment: 16)

        package init() {
            do { deriver = try HKDFSHA256.Deriver(salt: [UInt8](repeating: 0, count: 32), info: [], length: 80) } catch {
                preconditionFailure("OpenSSL could not set up HKDF: \(error)")
            }
        }

        deinit {
            SecureMemory.wipe(plaintext)
            plaintext.deallocate()
        }

        /// Room for `count` bytes of plaintext.
        func reservePlaintext(_ count: Int) {
            guard count > plaintext.count else { return }
            SecureMemory.wipe(plaintext)
            plaintext.deallocate()
            plaintext = .allocate(byteCount: max(count, 2 * plaintext.count), alignment: 16)
        }

        /// Derives the session's keys from the shared secret in `keys.sharedSecret`.
        func deriveKeys() {
            deriver.derive(UnsafeRawBufferPointer(keys.sharedSecret), into: keys.derived.baseAddress!)
        }

        /// Whether `expected` (8 bytes, usually, or all 32) is the start of HMAC-SHA-256(macKey, message).
        func macMatches(_ expected: [UInt8], message: UnsafeRawBufferPointer) -> Bool {
            hmac.mac(key: keys.macKey, message: message, into: keys.mac.baseAddress!)
            return expected.withUnsafeBytes { ConstantTime.equal(UnsafeRawBufferPointer(rebasing: keys.mac[0..<min(expected.count, HMACSHA256.macLength)]), $0) }
        }
    }

    /// Encrypts a session's plaintext JSON for `publicKey`, with a new ephemeral key.
    public static func encrypt(_ plaintext: SecretBytes, to publicKey: X25519.PublicKey) throws(BackupError) -> SessionData {
        try encrypt(plaintext, to: publicKey, ephemeral: X25519.PrivateKey(), workspace: Workspace())
    }

    /// The same with a given ephemeral key (known-answer tests) and a thread's kept workspace.
    package static func encrypt(
        _ plaintext: SecretBytes, to publicKey: X25519.PublicKey, ephemeral: X25519.PrivateKey, workspace: Workspace
    ) throws(BackupError) -> SessionData {
        defer { workspace.keys.wipe() }
        do {
            try ephemeral.sharedSecret(with: publicKey, into: workspace.keys.sharedSecret.baseAddress!)
            workspace.deriveKeys()
            var plain = plaintext.unsafeCopy()
            defer { wipe(&plain) }
            let keys = workspace.keys
            let ciphertext = try workspace.aes.cbcEncrypt(plain, key: keys.aesKey, iv: keys.iv)
            let mac = Array(workspace.hmac.mac(key: keys.macKey, message: UnsafeRawBufferPointer(start: nil, count: 0)).prefix(8))
            return SessionData(ephemeral: ephemeral.publicKey, ciphertext: ciphertext, mac: mac)
        } catch {
            throw .crypto(error)
        }
    }

    /// Decrypts after checking the MAC; `label` names the session in errors.
    public static func decrypt(
        _ data: SessionData, with key: BackupKey, label: @autoclosure () -> String = "session"
    ) throws(BackupError) -> (plaintext: SecretBytes, mac: MACKind) {
        try decrypt(data, with: key, label: label(), workspace: Workspace())
    }

    package static func decrypt(
        _ data: SessionData, with key: BackupKey, label: @autoclosure () -> String, workspace: Workspace
    ) throws(BackupError) -> (plaintext: SecretBytes, mac: MACKind) {
        try withPlaintext(data, with: key, label: label, workspace: workspace) { plaintext, kind in (SecretBytes(copying: plaintext), kind) }
    }

    /// Decrypts after checking the MAC, and passes the plaintext to `body` in the workspace's buffer,
    /// which is wiped when `body` returns, as are the keys.
    static func withPlaintext<R>(
        _ data: SessionData, with key: BackupKey, label: () -> String, workspace: Workspace,
        _ body: (UnsafeRawBufferPointer, MACKind) throws(BackupError) -> R
    ) throws(BackupError) -> R {
        let keys = workspace.keys
        defer { keys.wipe() }
        do { try key.privateKey.sharedSecret(with: data.ephemeral, into: keys.sharedSecret.baseAddress!) } catch {
            if error == .allZeroSharedSecret { throw .session(label(), reason: "bad ephemeral key (a low-order point)") }
            throw .crypto(error)
        }
        workspace.deriveKeys()
        let kind: MACKind
        if workspace.macMatches(data.mac, message: UnsafeRawBufferPointer(start: nil, count: 0)) {
            kind = .emptyString
        } else if data.ciphertext.withUnsafeBytes({ workspace.macMatches(data.mac, message: $0) }) {
            kind = .ciphertext
        } else {
            throw .session(label(), reason: "the MAC does not match (the wrong backup key, or altered data)")
        }
        workspace.reservePlaintext(data.ciphertext.count + AES256.blockLength)
        let target = workspace.plaintext
        defer { SecureMemory.wipe(UnsafeMutableRawBufferPointer(rebasing: target[0..<(data.ciphertext.count + AES256.blockLength)])) }
        let decrypted = data.ciphertext.withUnsafeBytes { ciphertext in
            Result { () throws(CryptoError) in try workspace.aes.cbcDecrypt(ciphertext, key: keys.aesKey, iv: keys.iv, into: target.baseAddress!) }
        }
        switch decrypted {
        case .success(let length):
            return try body(UnsafeRawBufferPointer(rebasing: target[0..<length]), kind)
        case .failure(.invalidPadding):
            throw .session(label(), reason: "bad padding after decryption")
        case .failure(.ciphertextNotBlockAligned(let length)):
            throw .session(label(), reason: "the ciphertext is \(length) bytes, not a multiple of 16")
        case .failure(let error):
            throw .crypto(error)
        }
    }
}
