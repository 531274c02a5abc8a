#if canImport(Glibc)
import Glibc
#endif

/// Errors reading and writing files. Each names the path and what the system said.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The system's reason for `code` (strerror, lowercased).
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: FileError.message(code))
    }

    static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }

    public var description: String { "\(path): \(reason)" }

    /// A byte count in MiB (or KiB) as the messages give it.
    static func size(_ bytes: Int) -> String { bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB" }
}

/// Files written so that no moment of the write, a crash or a signal included, leaves a half-written file
/// or a stray copy of the bytes (which are often secret) under any name.
///
/// On Linux the bytes go to an unnamed file in the target's directory (`O_TMPFILE`), which is flushed to
/// disk and only then given its name with `linkat`: a process killed before that leaves nothing behind,
/// since the kernel frees a file that has no name. Without `overwrite` the link is made at the target's
/// name, and fails if anything is there, so the no-overwrite promise holds even against a race. With
/// `overwrite` the file is linked under a temporary name and renamed over the target: between those two
/// calls (and only then) a SIGKILL would leave the finished file under a `.mxkeys-tmp-` name; SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT remove it (`InterruptCleanup`). Where the file system has no `O_TMPFILE`,
/// the bytes go to a named temporary file instead, which those signals also remove. The directory is
/// flushed at the end.
///
/// Only regular files are written or replaced: a device, a FIFO, a directory, a socket or a symbolic link
/// at the target's name is refused, with or without `overwrite`.
public enum AtomicFile {
    /// Writes `bytes` to `path` with `mode` (0600 for secrets). With `overwrite: false` an existing file is
    /// an error and is left untouched.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600, overwrite: Bool) throws(FileError) {
        try write(bytes, to: path, mode: mode, overwrite: overwrite, method: .automatic, observe: nil)
    }

    /// The moments of a write at which a crash leaves the file system as it then is. Tests look at the
    /// directory at each one, through `observe`: that is the fault injection, and it exists only as a
    /// parameter of this internal function, never as something the environment can trigger.
    enum Stage: Equatable {
        /// The new bytes are written and flushed, and not yet under the target's name.
        case written
        /// `overwrite` only: the new file is linked under a temporary name, not yet renamed over the target.
        case linked
    }

    enum Method {
        /// `O_TMPFILE` where the file system has it, else a named temporary file.
        case automatic
        /// A named temporary file (what file systems without `O_TMPFILE` get).
        case namedTemporary
    }

    static func write(
        _ bytes: [UInt8], to path: String, mode: mode_t, overwrite: Bool, method: Method, observe: ((Stage) -> Void)?
    ) throws(FileError) {
        let directory = parentDirectory(of: path)
        try checkTarget(path, overwrite: overwrite)
        if method == .automatic {
            let fd = open(directory, O_TMPFILE_ | O_WRONLY | O_CLOEXEC, mode)
            if fd >= 0 {
                var linked = false
                do {
                    defer { close(fd) }
                    try fill(fd, bytes, mode: mode, path: path)
                    observe?(.written)
                    linked = try place(fd, at: path, directory: directory, overwrite: overwrite, observe: observe)
                }
                if linked {
                    syncDirectory(directory)
                    return
                }
                // No way to give an unnamed file a name here (no /proc, no privilege): a named one after all.
            } else if errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL {
                throw FileError(path: path, errno: errno)
            }
        }
        try writeNamed(bytes, to: path, directory: directory, mode: mode, overwrite: overwrite, observe: observe)
        syncDirectory(directory)
    }

    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`, the value on x86-64 and AArch64), which Glibc's module does
    /// not export.
    static let O_TMPFILE_: Int32 = 0o20000000 | O_DIRECTORY
    /// `AT_EMPTY_PATH`, a GNU extension Glibc's module does not export either.
    static let AT_EMPTY_PATH_: Int32 = 0x1000

    /// The target may be missing, or (with `overwrite`) a regular file; nothing else is ever replaced. A
    /// missing target's directory must exist and be writable, so that a command checking its output before
    /// a long run fails at once, not after the run.
    public static func checkTarget(_ path: String, overwrite: Bool) throws(FileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return try checkDirectory(of: path) }
            throw FileError(path: path, errno: errno)
        }
        let type = info.st_mode & S_IFMT
        if type != S_IFREG {
            throw FileError(path: path, reason: "\(kindName(type)), not a regular file: refused (mxkeys writes only regular files; use - for standard output)")
        }
        if !overwrite { throw FileError(path: path, reason: "already exists (use --force to replace it)") }
    }

    /// The directory a new file at `path` goes into: it exists, is a directory, and can be written.
    static func checkDirectory(of path: String) throws(FileError) {
        let directory = parentDirectory(of: path)
        var info = stat()
        guard stat(directory, &info) == 0 else {
            if errno == ENOENT { throw FileError(path: path, reason: "its directory \(directory) does not exist") }
            throw FileError(path: path, reason: "its directory \(directory): \(FileError.message(errno))")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw FileError(path: path, reason: "\(directory) is not a directory")
        }
        guard access(directory, W_OK | X_OK) == 0 else {
            throw FileError(path: path, reason: "its directory \(directory): \(FileError.message(errno))")
        }
    }

    /// "is a character device", and so on, for messages.
    static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "is a directory"
        case S_IFCHR: return "is a character device"
        case S_IFBLK: return "is a block device"
        case S_IFIFO: return "is a FIFO"
        case S_IFSOCK: return "is a socket"
        case S_IFLNK: return "is a symbolic link"
        default: return "is a special file"
        }
    }

    /// Writes and flushes the bytes, with exactly `mode`.
    static func fill(_ fd: Int32, _ bytes: [UInt8], mode: mode_t, path: String) throws(FileError) {
        guard fchmod(fd, mode) == 0 else { throw FileError(path: path, errno: errno) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw FileError(path: path, errno: errno) }
    }

    /// Gives the unnamed file `fd` its name. False when this system cannot link an unnamed file at all.
    static func place(_ fd: Int32, at path: String, directory: String, overwrite: Bool, observe: ((Stage) -> Void)?) throws(FileError) -> Bool {
        if !overwrite {
            guard try linkUnnamed(fd, to: path) else { return false }
            return true
        }
        // A temporary name, then a rename over the target: rename is the only way to replace a file in one step.
        while true {
            let temporary = temporaryName(in: directory)
            let token = InterruptCleanup.removeOnInterrupt(temporary)
            defer { InterruptCleanup.forget(token) }
            let linked: Bool
            do { linked = try linkUnnamed(fd, to: temporary) } catch {
                if error.reason == existsReason { continue }  // that name is taken: another one
                throw FileError(path: path, reason: error.reason)
            }
            guard linked else { return false }
            observe?(.linked)
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileError(path: path, errno: code)
            }
            return true
        }
    }

    private static let existsReason = "already exists (use --force to replace it)"

    /// `linkat` of an unnamed file: through /proc (any user), else `AT_EMPTY_PATH` (which needs
    /// CAP_DAC_READ_SEARCH). False when neither works here; an existing target is an error.
    private static func linkUnnamed(_ fd: Int32, to path: String) throws(FileError) -> Bool {
        if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return true }
        var code = errno
        if code == ENOENT || code == EACCES || code == EPERM {
            // /proc may be missing (or not this process's); the file's descriptor itself may still be linked.
            if linkat(fd, "", AT_FDCWD, path, AT_EMPTY_PATH_) == 0 { return true }
            code = errno
            if code == ENOENT || code == EPERM || code == EACCES || code == EINVAL {
                // ENOENT here may also mean the directory went away: the named path will say so.
                return false
            }
        }
        if code == EEXIST { throw FileError(path: path, reason: existsReason) }
        throw FileError(path: path, errno: code)
    }

    /// `.mxkeys-tmp-` and twelve random letters and digits, in `directory`.
    static func temporaryName(in directory: String) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        let suffix = (0..<12).map { _ in letters[Int(SecureRandom.uniform(UInt32(letters.count)))] }
        return directory + "/" + temporaryPrefix + String(decoding: suffix, as: UTF8.self)
    }

    /// The names temporary files have; `keystore list` and tests know them by it.
    public static let temporaryPrefix = ".mxkeys-tmp-"

    /// The way without `O_TMPFILE`: a named temporary file, removed on SIGINT, SIGTERM, SIGHUP and SIGQUIT.
    private static func writeNamed(
        _ bytes: [UInt8], to path: String, directory: String, mode: mode_t, overwrite: Bool, observe: ((Stage) -> Void)?
    ) throws(FileError) {
        var temporary = ""
        var fd: Int32 = -1
        var token: InterruptCleanup.FileToken? = nil
        while fd < 0 {
            temporary = temporaryName(in: directory)
            // Registered before it exists, so that no moment has the file without the handler knowing it.
            token = InterruptCleanup.removeOnInterrupt(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd < 0 {
                let code = errno
                InterruptCleanup.forget(token)
                if code != EEXIST { throw FileError(path: path, errno: code) }
            }
        }
        var committed = false
        defer {
            if !committed { unlink(temporary) }
            InterruptCleanup.forget(token)
        }
        do {
            defer { close(fd) }
            try fill(fd, bytes, mode: mode, path: path)
        }
        observe?(.written)
        if overwrite {
            guard rename(temporary, path) == 0 else { throw FileError(path: path, errno: errno) }
        } else {
            // link() fails if the target exists, so the no-overwrite promise holds even against a race.
            guard link(temporary, path) == 0 else {
                let code = errno
                throw FileError(path: path, reason: code == EEXIST ? existsReason : FileError.message(code))
            }
            unlink(temporary)
        }
        committed = true
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            offset += written
        }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = path[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// The largest file read whole by default: a document (a pretty-printed event, a backup, a key
    /// response). Documented in the man page.
    public static let maxDocumentLength = 64 << 20
    /// The largest key, recovery-key or passphrase file: a few hundred bytes in practice.
    public static let maxSecretFileLength = 1 << 20

    /// Reads a whole file of at most `limit` bytes. A directory, a missing or unreadable file, or one
    /// larger than the limit (which an endless input such as a device would be) is an error naming the path.
    public static func read(_ path: String, limit: Int = maxDocumentLength) throws(FileError) -> [UInt8] {
        let (fd, info) = try ReadOpen.stream(path)
        defer { close(fd) }
        return try readAll(fd, path: path, sizeHint: min(Int(info.st_size), limit), limit: limit)
    }

    /// Reads a file holding a secret (a key, a recovery key, a passphrase), of at most
    /// `maxSecretFileLength` bytes, and says whether it is a regular file that group or others can open:
    /// `exposedMode` is then its permission bits, for a warning as ssh gives for an unprotected key.
    public static func readSecret(_ path: String) throws(FileError) -> (bytes: [UInt8], exposedMode: UInt32?) {
        let (fd, info) = try ReadOpen.stream(path)
        defer { close(fd) }
        let bytes = try readAll(fd, path: path, sizeHint: min(Int(info.st_size), maxSecretFileLength), limit: maxSecretFileLength)
        let exposed = (info.st_mode & S_IFMT) == S_IFREG && info.st_mode & 0o077 != 0
        return (bytes, exposed ? UInt32(info.st_mode & 0o777) : nil)
    }

    /// Reads a descriptor to its end; more than `limit` bytes is an error. The first `sizeHint` bytes
    /// (a regular file's size) are read straight into the result; anything beyond, through a buffer.
    public static func readAll(_ fd: Int32, path: String, sizeHint: Int = 0, limit: Int = maxDocumentLength) throws(FileError) -> [UInt8] {
        var failure: Int32? = nil
        let expected = max(sizeHint, 0)
        var result = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let got = Glibc.read(fd, buffer.baseAddress! + count, expected - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        if let failure {
            wipe(&result)
            throw FileError(path: path, errno: failure)
        }
        if result.count < expected { return result }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        defer { wipe(&chunk) }  // the file may be a key file
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                wipe(&result)
                throw FileError(path: path, errno: errno)
            }
            if count == 0 { break }
            guard result.count + count <= limit else {
                wipe(&result)
                throw FileError(path: path, reason: "larger than \(FileError.size(limit)), the limit for this input")
            }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }
}
