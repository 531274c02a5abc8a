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

    init(path: String, errno code: Int32) {
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

/// Files written so that a crash never leaves a half-written one: the bytes go to a temporary file in the
/// same directory, which is flushed to disk and then renamed over the target; the directory is flushed too.
public enum AtomicFile {
    /// Writes `bytes` to `path` with `mode` (0600 for secrets). With `overwrite: false` an existing file is
    /// an error and is left untouched; the check and the rename are one step (`link`), so a file that appears
    /// in between is not clobbered either.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600, overwrite: Bool) throws(FileError) {
        let directory = parentDirectory(of: path)
        if !overwrite, access(path, F_OK) == 0 { throw FileError(path: path, reason: "already exists (use --force to replace it)") }
        var template = Array("\(directory)/.mxkeys-tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        let tempPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(tempPath) }
        }
        do {
            defer { close(fd) }
            guard fchmod(fd, mode) == 0 else { throw FileError(path: path, errno: errno) }
            try writeAll(fd, bytes, path: path)
            guard fsync(fd) == 0 else { throw FileError(path: path, errno: errno) }
        }
        // Fault injection for the crash-safety tests: die with the new file written and synced but not
        // yet in place, as a power cut at that moment would.
        if getenv("MXKEYS_FAULT_BEFORE_RENAME") != nil { abort() }
        if overwrite {
            guard rename(tempPath, path) == 0 else { throw FileError(path: path, errno: errno) }
        } else {
            // link() fails if the target exists, so the no-overwrite promise holds even against a race.
            guard link(tempPath, path) == 0 else {
                let code = errno
                throw FileError(path: path, reason: code == EEXIST ? "already exists (use --force to replace it)" : FileError.message(code))
            }
            unlink(tempPath)
        }
        committed = true
        syncDirectory(directory)
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
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
        return try readAll(fd, path: path, sizeHint: min(Int(info.st_size), limit), limit: limit)
    }

    /// Reads a descriptor to its end; more than `limit` bytes is an error.
    public static func readAll(_ fd: Int32, path: String, sizeHint: Int = 0, limit: Int = maxDocumentLength) throws(FileError) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(max(sizeHint, 0) + 1)
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
