#if canImport(Glibc)
import Glibc
#endif

/// Opening files to read, by what a path must be. Every open is `O_NONBLOCK` first and `fstat` on the
/// descriptor after, so that what is checked is what was opened (no check-then-open race), and so that
/// a FIFO with no writer, or a device, cannot hold the process up before it has been looked at.
public enum ReadOpen {
    /// Opens `path`, which must be a regular file (a database, a keystore entry): a directory, a FIFO, a
    /// socket or a device is an error at once, naming what it is. The descriptor (close-on-exec,
    /// non-blocking, which a regular file ignores) and its status are the caller's.
    public static func regularFile(_ path: String) throws(FileError) -> (fd: Int32, info: stat) {
        let (fd, info) = try openNonBlocking(path, socket: "is a socket, not a regular file")
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw FileError(path: path, reason: AtomicFile.kindName(info.st_mode & S_IFMT) + ", not a regular file")
        }
        return (fd, info)
    }

    /// Opens `path` to be read to its end as a stream: a regular file, a pipe (a FIFO, or process
    /// substitution's `/dev/fd/N`) or a device. A directory is an error at once. The descriptor is
    /// blocking again when returned; for a FIFO, the call waits as a plain `open` would, until a writer
    /// has come and written or gone, so that a named pipe whose writer starts later still works.
    public static func stream(_ path: String) throws(FileError) -> (fd: Int32, info: stat) {
        let (fd, info) = try openNonBlocking(path, socket: "is a socket, not a file that can be read")
        if info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw FileError(path: path, reason: "is a directory")
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        if info.st_mode & S_IFMT == S_IFIFO {
            // Until its first writer has come, a FIFO opened without blocking reads as empty; poll
            // reports it neither readable nor hung up before then, so this waits for the writer.
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&entry, 1, -1) < 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(fd)
                    throw FileError(path: path, errno: code)
                }
            }
        }
        return (fd, info)
    }

    private static func openNonBlocking(_ path: String, socket: String) throws(FileError) -> (fd: Int32, info: stat) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            // A socket cannot be opened; say what it is rather than "no such device or address".
            var info = stat()
            if code == ENXIO, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK {
                throw FileError(path: path, reason: socket)
            }
            throw FileError(path: path, errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw FileError(path: path, errno: code)
        }
        return (fd, info)
    }
}
