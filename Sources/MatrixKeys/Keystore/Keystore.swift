#if canImport(Glibc)
import Glibc
#endif

/// Problems with the keystore. A wrong passphrase and a damaged file give the same error on purpose.
public enum KeystoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The AEAD did not open: a wrong passphrase, or a file that was changed. Deliberately one case.
    case cannotOpen(String)
    case malformed(String, reason: String)
    case notFound(String)
    case exists(String)
    case invalidName(String)
    /// The entry's file can be read by others; it is refused rather than used.
    case insecureMode(String, mode: UInt32)
    case file(FileError)
    case crypto(CryptoError)

    public var description: String {
        switch self {
        case .cannotOpen(let name): return "cannot open keystore entry \(name): wrong passphrase, or the file was changed"
        case let .malformed(name, reason): return "keystore entry \(name) is damaged: \(reason)"
        case .notFound(let name): return "no keystore entry \(name)"
        case .exists(let name): return "keystore entry \(name) already exists"
        case .invalidName(let name): return "invalid keystore entry name \"\(name)\" (letters, digits, '.', '_' and '-', 1 to 64, not starting with '.')"
        case let .insecureMode(path, mode):
            return "\(path) is readable or writable by others (mode \(String(mode, radix: 8))): refused; chmod 600 it if it is yours"
        case .file(let error): return error.description
        case .crypto(let error): return error.description
        }
    }
}

/// What a keystore entry holds. Every kind is a 32-byte secret.
public enum KeystoreKind: String, Sendable, CaseIterable {
    case signingKey = "signing-key"
    case recoveryKey = "recovery-key"
    case backupKey = "backup-key"

    /// `ssss-key` is another name for a recovery key (secret storage keys are shown as recovery keys).
    public init?(name: String) {
        if name == "ssss-key" { self = .recoveryKey } else { self.init(rawValue: name) }
    }
}

/// One entry: a file `<name>.json`, with the public part in the clear (so `list` needs no passphrase),
/// the Argon2id parameters, and the secret sealed with XChaCha20-Poly1305 whose associated data is the
/// whole header, so that nothing in the file can be swapped or edited unnoticed.
public struct KeystoreEntry: Sendable {
    public static let version: Int64 = 1
    public let name: String
    public let kind: KeystoreKind
    /// The key ID and public key of a signing key, the public key of a backup key; empty for recovery keys.
    public let publicPart: JSONObject
    public let salt: [UInt8]
    public let parameters: Argon2id.Parameters
    public let nonce: [UInt8]
    public let ciphertext: [UInt8]

    /// The header the AEAD binds: everything but the ciphertext, canonical.
    var associatedData: [UInt8] {
        CanonicalJSON.encode(.object(header))
    }

    private var header: JSONObject {
        [
            "version": .integer(Self.version), "name": .string(name), "kind": .string(kind.rawValue), "public": .object(publicPart),
            "kdf": [
                "algorithm": "argon2id", "salt": .string(Base64.encode(salt)), "time_cost": .integer(Int64(parameters.timeCost)),
                "memory_kib": .integer(Int64(parameters.memoryKiB)), "parallelism": .integer(Int64(parameters.parallelism)),
            ],
            "aead": ["algorithm": "xchacha20poly1305-ietf", "nonce": .string(Base64.encode(nonce))],
        ]
    }

    /// The file's bytes.
    public var bytes: [UInt8] {
        var object = header
        var aead = object["aead"]!.objectValue!
        aead["ciphertext"] = .string(Base64.encode(ciphertext))
        object["aead"] = .object(aead)
        return CanonicalJSON.encode(.object(object)) + [0x0A]
    }

    /// Seals `secret` under `passphrase` with fresh salt and nonce.
    public static func seal(
        name: String, kind: KeystoreKind, publicPart: JSONObject, secret: SecretBytes, passphrase: SecretBytes,
        parameters: Argon2id.Parameters = .keystoreDefault
    ) throws(KeystoreError) -> KeystoreEntry {
        try Keystore.checkName(name)
        var entry = KeystoreEntry(name: name, kind: kind, publicPart: publicPart, salt: SecureRandom.bytes(count: 16),
                                  parameters: parameters, nonce: SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength), ciphertext: [])
        do {
            let key = try Argon2id.deriveKey(password: passphrase, salt: entry.salt, parameters: parameters, length: 32)
            entry = KeystoreEntry(name: name, kind: kind, publicPart: publicPart, salt: entry.salt, parameters: parameters, nonce: entry.nonce,
                                  ciphertext: try XChaCha20Poly1305.seal(secret, key: key, nonce: entry.nonce, associatedData: entry.associatedData))
        } catch {
            throw .crypto(error)
        }
        return entry
    }

    init(name: String, kind: KeystoreKind, publicPart: JSONObject, salt: [UInt8], parameters: Argon2id.Parameters, nonce: [UInt8], ciphertext: [UInt8]) {
        self.name = name
        self.kind = kind
        self.publicPart = publicPart
        self.salt = salt
        self.parameters = parameters
        self.nonce = nonce
        self.ciphertext = ciphertext
    }

    /// Reads an entry file; `expectedName` is the name its file has.
    public init(bytes: [UInt8], expectedName: String) throws(KeystoreError) {
        func bad(_ reason: String) -> KeystoreError { .malformed(expectedName, reason: reason) }
        guard case .object(let object)? = try? JSONParser.parse(bytes) else { throw bad("not a JSON object (truncated?)") }
        guard object["version"] == .integer(Self.version) else { throw bad("unsupported version") }
        guard case .string(let name)? = object["name"], name == expectedName else { throw bad("its name does not match its file name") }
        guard case .string(let kindName)? = object["kind"], let kind = KeystoreKind(rawValue: kindName) else { throw bad("unknown kind") }
        guard case .object(let publicPart)? = object["public"] else { throw bad("no public part") }
        guard case .object(let kdf)? = object["kdf"], kdf["algorithm"] == "argon2id",
              case .string(let saltText)? = kdf["salt"], let salt = try? Base64.decode(saltText), salt.count >= 8,
              case .integer(let t)? = kdf["time_cost"], case .integer(let m)? = kdf["memory_kib"], case .integer(let p)? = kdf["parallelism"],
              (1...100).contains(t), (8...(4 << 20)).contains(m), (1...255).contains(p)
        else { throw bad("bad key derivation parameters") }
        guard case .object(let aead)? = object["aead"], aead["algorithm"] == "xchacha20poly1305-ietf",
              case .string(let nonceText)? = aead["nonce"], let nonce = try? Base64.decode(nonceText), nonce.count == XChaCha20Poly1305.nonceLength,
              case .string(let ciphertextText)? = aead["ciphertext"], let ciphertext = try? Base64.decode(ciphertextText),
              ciphertext.count == 32 + XChaCha20Poly1305.tagLength
        else { throw bad("bad encryption fields") }
        self.init(name: name, kind: kind, publicPart: publicPart, salt: salt,
                  parameters: Argon2id.Parameters(timeCost: UInt32(t), memoryKiB: UInt32(m), parallelism: UInt32(p)), nonce: nonce, ciphertext: ciphertext)
    }

    /// The secret; a wrong passphrase and any change to the file give the same `.cannotOpen`.
    public func open(_ passphrase: SecretBytes) throws(KeystoreError) -> SecretBytes {
        do {
            let key = try Argon2id.deriveKey(password: passphrase, salt: salt, parameters: parameters, length: 32)
            return try XChaCha20Poly1305.open(ciphertext, key: key, nonce: nonce, associatedData: associatedData)
        } catch .authenticationFailed {
            throw .cannotOpen(name)
        } catch {
            throw .crypto(error)
        }
    }

    /// The public part in words, for `list`.
    public var summary: String {
        switch kind {
        case .signingKey: return "\(publicPart["key_id"]?.stringValue ?? "?") \(publicPart["public_key"]?.stringValue ?? "?")"
        case .backupKey: return "public key \(publicPart["public_key"]?.stringValue ?? "?")"
        case .recoveryKey: return ""
        }
    }
}

/// The encrypted local keystore: one file per entry in a 0700 directory, every write atomic (temporary
/// file, fsync, rename, fsync of the directory) and serialised with a lock file.
public struct Keystore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// `$MXKEYS_HOME`, else `$XDG_DATA_HOME/mxkeys`, else `~/.local/share/mxkeys`.
    public static func defaultDirectory() -> String {
        func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
        if let home = env("MXKEYS_HOME") { return home }
        if let data = env("XDG_DATA_HOME") { return data + "/mxkeys" }
        return (env("HOME") ?? ".") + "/.local/share/mxkeys"
    }

    static func checkName(_ name: String) throws(KeystoreError) {
        let bytes = Array(name.utf8)
        let ok = !bytes.isEmpty && bytes.count <= 64 && bytes[0] != 0x2E && bytes.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D
        }
        if !ok { throw .invalidName(name) }
    }

    public func path(_ name: String) -> String { directory + "/" + name + ".json" }

    /// Creates the directory (and its parents) with mode 0700 if it is missing.
    func ensureDirectory() throws(KeystoreError) {
        var current = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST { throw .file(FileError(path: current, errno: errno)) }
        }
    }

    /// Runs `body` holding the keystore's lock (`.lock`, flock): writers never interleave.
    public func withLock<R>(_ body: () throws(KeystoreError) -> R) throws(KeystoreError) -> R {
        try ensureDirectory()
        let lockPath = directory + "/.lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .file(FileError(path: lockPath, errno: errno)) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw .file(FileError(path: lockPath, errno: errno)) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// One entry, checked: it must exist, be 0600 (or stricter) and parse.
    public func load(_ name: String) throws(KeystoreError) -> KeystoreEntry {
        try Self.checkName(name)
        let path = self.path(name)
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(name) }
            throw .file(FileError(path: path, errno: errno))
        }
        if info.st_mode & 0o077 != 0 { throw .insecureMode(path, mode: UInt32(info.st_mode & 0o777)) }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw .file(error) }
        return try KeystoreEntry(bytes: bytes, expectedName: name)
    }

    /// Every entry, in name order; damaged ones are reported by name.
    public func list() throws(KeystoreError) -> [Result<KeystoreEntry, KeystoreError>] {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw .file(FileError(path: directory, errno: errno))
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
        }
        return names.sorted().map { name in Result { () throws(KeystoreError) in try load(name) } }
    }

    /// Writes `entry` (a new one, or with `replace` over the existing one), atomically, under the lock.
    public func save(_ entry: KeystoreEntry, replace: Bool) throws(KeystoreError) {
        try withLock { () throws(KeystoreError) in
            let path = self.path(entry.name)
            if !replace && access(path, F_OK) == 0 { throw .exists(entry.name) }
            do throws(FileError) { try AtomicFile.write(entry.bytes, to: path, mode: 0o600, overwrite: replace) } catch {
                if !replace && access(path, F_OK) == 0 { throw .exists(entry.name) }
                throw .file(error)
            }
        }
    }

    /// Deletes an entry, under the lock.
    public func remove(_ name: String) throws(KeystoreError) {
        try Self.checkName(name)
        try withLock { () throws(KeystoreError) in
            let path = self.path(name)
            guard unlink(path) == 0 else {
                if errno == ENOENT { throw .notFound(name) }
                throw .file(FileError(path: path, errno: errno))
            }
            AtomicFile.syncDirectory(directory)
        }
    }
}
