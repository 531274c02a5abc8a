#if canImport(Glibc)
import Glibc
#endif

/// A file written as its bytes arrive (a download), with the promises of `AtomicFile.write`: the bytes
/// go to an unnamed file (`O_TMPFILE`) in the target's directory, or where there is none to a named
/// temporary file that SIGINT, SIGTERM, SIGHUP and SIGQUIT remove; only `commit()` flushes it and gives
/// it its name. Dropping the stream without committing leaves nothing behind.
package final class AtomicFileStream {
    private let path: String
    private let directory: String
    private let mode: mode_t
    private let overwrite: Bool
    private var fd: Int32
    /// The temporary file's name, when the file system has no `O_TMPFILE`.
    private var temporary: String?
    private var token: InterruptCleanup.FileToken?
    private var finished = false
    package private(set) var count = 0

    package init(path: String, mode: mode_t, overwrite: Bool) throws(FileError) {
        self.path = path
        self.mode = mode
        self.overwrite = overwrite
        directory = AtomicFile.parentDirectory(of: path)
        try AtomicFile.checkTarget(path, overwrite: overwrite)
        fd = open(directory, AtomicFile.O_TMPFILE_ | O_WRONLY | O_CLOEXEC, mode)
        if fd < 0 {
            guard errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL else { throw FileError(path: path, errno: errno) }
            while fd < 0 {
                let name = AtomicFile.temporaryName(in: directory)
                token = InterruptCleanup.removeOnInterrupt(name)
                fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                if fd < 0 {
                    let code = errno
                    InterruptCleanup.forget(token)
                    token = nil
                    if code != EEXIST { throw FileError(path: path, errno: code) }
                } else {
                    temporary = name
                }
            }
        }
    }

    package func append(_ bytes: some Collection<UInt8>) throws(FileError) {
        try AtomicFile.writeAll(fd, Array(bytes), path: path)
        count += bytes.count
    }

    /// Flushes the file and gives it its name.
    package func commit() throws(FileError) {
        guard !finished else { return }
        finished = true
        defer { close(fd); cleanUp() }
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw FileError(path: path, errno: errno) }
        if let temporary {
            if overwrite {
                guard rename(temporary, path) == 0 else { throw FileError(path: path, errno: errno) }
            } else {
                guard link(temporary, path) == 0 else {
                    let code = errno
                    throw FileError(path: path, reason: code == EEXIST ? "already exists (use --force to replace it)" : FileError.message(code))
                }
                unlink(temporary)
            }
            self.temporary = nil
        } else if try !AtomicFile.place(fd, at: path, directory: directory, overwrite: overwrite, observe: nil) {
            throw FileError(path: path, reason: "this system cannot give an unnamed temporary file a name")
        }
        AtomicFile.syncDirectory(directory)
    }

    /// Drops what was written.
    package func abandon() {
        guard !finished else { return }
        finished = true
        close(fd)
        cleanUp()
    }

    private func cleanUp() {
        if let temporary { unlink(temporary) }
        temporary = nil
        InterruptCleanup.forget(token)
        token = nil
    }

    deinit { abandon() }
}
