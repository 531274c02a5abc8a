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
    /// The directory, an entry or the lock file is not what only this user controls (another owner, group-
    /// or world-writable, a symbolic link, not a regular file): refused, as ssh's StrictModes refuses.
    case unsafe(String, reason: String)
    /// Another process held the lock for longer than the timeout (seconds).
    case lockTimeout(String, seconds: Int)
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
            return "\(path) is \(FileExposure.describe(mode)): refused; chmod 600 it if it is yours"
        case let .unsafe(path, reason): return "\(path) \(reason): refused"
        case let .lockTimeout(path, seconds):
            return "gave up after \(seconds) s waiting for the keystore lock, which another mxkeys process holds (\(path))"
        case .file(let error): return error.description
        case .crypto(let error): return error.description
        }
    }

    /// The entry the error is about, when it is about one (for `list`'s report of broken entries).
    public var entryName: String? {
        switch self {
        case .cannotOpen(let name), .malformed(let name, _), .notFound(let name), .exists(let name): return name
        case .insecureMode(let path, _), .unsafe(let path, _):
            let file = path.split(separator: "/").last.map(String.init) ?? path
            return file.hasSuffix(".json") ? String(file.dropLast(5)) : nil
        default: return nil
        }
    }
}

/// What a keystore entry holds. Every kind is a 32-byte secret: the cross-signing kinds are the
/// ed25519 seeds of a user's master, self-signing and user-signing keys.
public enum KeystoreKind: String, Sendable, CaseIterable {
    case signingKey = "signing-key"
    case recoveryKey = "recovery-key"
    case backupKey = "backup-key"
    case masterKey = "master-key"
    case selfSigningKey = "self-signing-key"
    case userSigningKey = "user-signing-key"

    /// `ssss-key` is another name for a recovery key (secret storage keys are shown as recovery keys).
    public init?(name: String) {
        if name == "ssss-key" { self = .recoveryKey } else { self.init(rawValue: name) }
    }

    /// The kind that holds a cross-signing key of `role`.
    public init(_ role: CrossSigningRole) {
        switch role {
        case .master: self = .masterKey
        case .selfSigning: self = .selfSigningKey
        case .userSigning: self = .userSigningKey
        }
    }

    /// The cross-signing role of a cross-signing kind; nil for the others.
    public var crossSigningRole: CrossSigningRole? {
        switch self {
        case .masterKey: return .master
        case .selfSigningKey: return .selfSigning
        case .userSigningKey: return .userSigning
        case .signingKey, .recoveryKey, .backupKey: return nil
        }
    }
}

/// One entry: a file `<name>.json`, with the public part in the clear (so `list` needs no passphrase),
/// the Argon2id parameters, and the secret sealed with XChaCha20-Poly1305 whose associated data is the
/// whole header, so that nothing in the file can be swapped or edited unnoticed.
public struct KeystoreEntry: Sendable {
    public static let version: Int64 = 1
    /// The most an entry may ask of Argon2id: t=10, m=1 GiB, p=16, each well above what mxkeys writes
    /// (t=3, m=64 MiB, p=1) and above libsodium's "sensitive" level (t=4, m=1 GiB). A wrong passphrase
    /// must not cost more than seconds; an entry asking for more is refused as damaged.
    public static let maximumParameters = Argon2id.Parameters(timeCost: 10, memoryKiB: 1 << 20, parallelism: 16)
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
              case .integer(let t)? = kdf["time_cost"], case .integer(let m)? = kdf["memory_kib"], case .integer(let p)? = kdf["parallelism"]
        else { throw bad("bad key derivation parameters") }
        // Checked before any work: an edited entry must not make a wrong passphrase cost gigabytes and minutes.
        let limit = Self.maximumParameters
        guard (1...Int64(limit.timeCost)).contains(t) else { throw bad("Argon2id time_cost \(t) is outside 1 to \(limit.timeCost), the limit") }
        guard (1...Int64(limit.parallelism)).contains(p) else { throw bad("Argon2id parallelism \(p) is outside 1 to \(limit.parallelism), the limit") }
        guard (8 * p...Int64(limit.memoryKiB)).contains(m) else {
            throw bad("Argon2id memory_kib \(m) is outside \(8 * p) to \(limit.memoryKiB) (1 GiB), the limit")
        }
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
        case .signingKey: return "\(publicPart["key_id"]?.stringValue ?? "?")=\(publicPart["public_key"]?.stringValue ?? "?")"
        case .backupKey: return "public key \(publicPart["public_key"]?.stringValue ?? "?")"
        case .recoveryKey: return ""
        case .masterKey, .selfSigningKey, .userSigningKey:
            let user = publicPart["user_id"]?.stringValue.map { " of \($0)" } ?? ""
            return "public key \(publicPart["public_key"]?.stringValue ?? "?")" + user
        }
    }
}

/// The encrypted local keystore: one file per entry in a 0700 directory, every write atomic (`AtomicFile`:
/// an unnamed file linked into place, or renamed over the old entry, and an fsync of the directory) and
/// serialised with a lock file. Every read-modify-write (`update`) holds the lock from the read to the
/// rename. Reading alone takes no lock: an entry is only ever replaced whole, so a reader sees the old
/// entry or the new one.
///
/// Nothing in the directory is trusted blindly, as ssh's StrictModes trusts nothing in `~/.ssh`: the
/// directory must belong to the user and not be writable by group or others, and each directory above it
/// must belong to the user or root and not be writable by group or others unless it is sticky (`/tmp`).
/// Entries and the lock are opened without following symbolic links (`O_NOFOLLOW`) and without blocking
/// (a FIFO does not hang `list`), and must be regular files of the user's that no one else can open.
public struct Keystore: Sendable {
    public let directory: String
    /// How long to wait for another process's lock, in seconds, before giving up (`.lockTimeout`).
    public var lockTimeout: Int
    /// Called once when the lock has not come after `lockNoticeDelay` seconds, to say why nothing happens.
    public var onLockWait: (@Sendable () -> Void)?

    public static let defaultLockTimeout = 30
    public static let lockNoticeDelay = 1.0

    public init(directory: String, lockTimeout: Int = Keystore.defaultLockTimeout, onLockWait: (@Sendable () -> Void)? = nil) {
        self.directory = directory
        self.lockTimeout = lockTimeout
        self.onLockWait = onLockWait
    }

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

    /// Creates the directory (and its parents) with mode 0700 if it is missing, then checks it.
    func ensureDirectory() throws(KeystoreError) {
        var current = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST { throw .file(FileError(path: current, errno: errno)) }
        }
        guard try checkDirectory() else { throw .file(FileError(path: directory, errno: ENOENT)) }
    }

    /// The checks on the directory and the ones above it; false when the directory does not exist.
    func checkDirectory() throws(KeystoreError) -> Bool {
        let user = geteuid()
        var info = stat()
        guard stat(directory, &info) == 0 else {
            if errno == ENOENT { return false }
            throw .file(FileError(path: directory, errno: errno))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .unsafe("keystore directory \(directory)", reason: "is not a directory") }
        if info.st_uid != user { throw .unsafe("keystore directory \(directory)", reason: "belongs to another user (uid \(info.st_uid))") }
        if info.st_mode & 0o022 != 0 {
            throw .unsafe("keystore directory \(directory)", reason: "is writable by group or others (mode \(String(info.st_mode & 0o7777, radix: 8)); chmod 700 it if it is yours)")
        }
        // The directories above: whoever can write to one can swap the keystore for another.
        guard let resolved = realpath(directory, nil) else { throw .file(FileError(path: directory, errno: errno)) }
        var ancestor = String(cString: resolved)
        free(resolved)
        while ancestor != "/" {
            ancestor = AtomicFile.parentDirectory(of: ancestor)
            guard stat(ancestor, &info) == 0 else { throw .file(FileError(path: ancestor, errno: errno)) }
            if info.st_uid != user && info.st_uid != 0 {
                throw .unsafe("\(ancestor) (above the keystore directory)", reason: "belongs to another user (uid \(info.st_uid))")
            }
            if info.st_mode & 0o022 != 0 && info.st_mode & S_ISVTX == 0 {
                throw .unsafe("\(ancestor) (above the keystore directory)",
                              reason: "is writable by group or others and not sticky (mode \(String(info.st_mode & 0o7777, radix: 8)))")
            }
        }
        return true
    }

    /// Opens a file of the keystore (an entry, or with `create` the lock) without following a symbolic
    /// link or blocking, and checks it: a regular file of the user's that no one else can open. Nil when
    /// it does not exist (and is not to be created).
    func openChecked(_ path: String, create: Bool) throws(KeystoreError) -> Int32? {
        let flags = (create ? O_RDWR | O_CREAT : O_RDONLY) | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else {
            if errno == ENOENT && !create { return nil }
            if errno == ELOOP { throw .unsafe(path, reason: "is a symbolic link") }
            // A socket cannot be opened at all.
            if errno == ENXIO { throw .unsafe(path, reason: "is a socket, not a regular file") }
            throw .file(FileError(path: path, errno: errno))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .file(FileError(path: path, errno: code))
        }
        let problem: KeystoreError?
        if info.st_mode & S_IFMT != S_IFREG {
            problem = .unsafe(path, reason: AtomicFile.kindName(info.st_mode & S_IFMT) + ", not a regular file")
        } else if info.st_uid != geteuid() {
            problem = .unsafe(path, reason: "belongs to another user (uid \(info.st_uid))")
        } else if FileExposure.secret(UInt32(info.st_mode)) != nil {
            problem = .insecureMode(path, mode: UInt32(info.st_mode & 0o777))
        } else {
            problem = nil
        }
        if let problem {
            close(fd)
            throw problem
        }
        return fd
    }

    /// Runs `body` holding the keystore's lock (`.lock`, flock): writers never interleave. Waits at most
    /// `lockTimeout` seconds for another process's lock, calling `onLockWait` once after a second.
    public func withLock<R>(_ body: () throws(KeystoreError) -> R) throws(KeystoreError) -> R {
        try ensureDirectory()
        let lockPath = directory + "/.lock"
        guard let fd = try openChecked(lockPath, create: true) else { throw .file(FileError(path: lockPath, errno: ENOENT)) }
        defer { close(fd) }
        let started = Self.monotonicSeconds()
        var noticed = false
        var pause: UInt32 = 10_000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else { throw .file(FileError(path: lockPath, errno: errno)) }
            let waited = Self.monotonicSeconds() - started
            if waited >= Double(lockTimeout) { throw .lockTimeout(lockPath, seconds: lockTimeout) }
            if !noticed && waited >= Self.lockNoticeDelay {
                noticed = true
                onLockWait?()
            }
            usleep(min(pause, UInt32(max(0, Double(lockTimeout) - waited) * 1_000_000) + 1000))
            pause = min(pause * 2, 100_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// One entry, checked: it must exist, be a regular 0600 (or stricter) file of the user's, and parse.
    public func load(_ name: String) throws(KeystoreError) -> KeystoreEntry {
        try Self.checkName(name)
        guard try checkDirectory() else { throw .notFound(name) }
        let path = self.path(name)
        guard let fd = try openChecked(path, create: false) else { throw .notFound(name) }
        defer { close(fd) }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.readAll(fd, path: path, limit: AtomicFile.maxSecretFileLength) } catch { throw .file(error) }
        return try KeystoreEntry(bytes: bytes, expectedName: name)
    }

    /// Every entry, in name order; damaged or refused ones are reported by name.
    public func list() throws(KeystoreError) -> [Result<KeystoreEntry, KeystoreError>] {
        guard try checkDirectory() else { return [] }
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
        try withLock { () throws(KeystoreError) in try write(entry, replace: replace) }
    }

    /// Reads entry `name`, hands it to `change`, and puts what that returns in its place, all under the
    /// lock: no other mxkeys process can change, remove or recreate the entry between the read and the
    /// rename. Returns the new entry. Errors: `.notFound` when the entry is gone by the time the lock is
    /// held, `.lockTimeout`, what `load` and `change` throw, and `.file` for a failed write (the old entry
    /// is then intact).
    ///
    /// ```swift
    /// let store = Keystore(directory: "/home/alice/.local/share/mxkeys", lockTimeout: 5)
    /// try store.update("server") { entry throws(KeystoreError) in
    ///     try KeystoreEntry.seal(name: entry.name, kind: entry.kind, publicPart: entry.publicPart,
    ///                            secret: try entry.open(old), passphrase: new)
    /// }
    /// ```
    public func update(_ name: String, _ change: (KeystoreEntry) throws(KeystoreError) -> KeystoreEntry) throws(KeystoreError) -> KeystoreEntry {
        try Self.checkName(name)
        return try withLock { () throws(KeystoreError) -> KeystoreEntry in
            let new = try change(try load(name))
            guard new.name == name else { throw .malformed(name, reason: "an update gave it another name (\(new.name))") }
            try write(new, replace: true)
            return new
        }
    }

    /// The write itself; the caller holds the lock.
    private func write(_ entry: KeystoreEntry, replace: Bool) throws(KeystoreError) {
        let path = self.path(entry.name)
        if !replace && access(path, F_OK) == 0 { throw .exists(entry.name) }
        do throws(FileError) { try AtomicFile.write(entry.bytes, to: path, mode: 0o600, overwrite: replace) } catch {
            if !replace && access(path, F_OK) == 0 { throw .exists(entry.name) }
            throw .file(error)
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
