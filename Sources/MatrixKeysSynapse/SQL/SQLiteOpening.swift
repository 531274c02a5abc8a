import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// How an SQLite file is to be opened for reading, decided from the file and what lies beside it.
///
/// A WAL-mode database keeps recent commits in its `-wal` file until a checkpoint copies them into the
/// main file, and its readers share an index of that file in `-shm`, which a reader must be able to
/// create (or find). When the `-wal` file is missing or empty, and no process has the database open
/// (no lock on the `-shm` file's in-use byte), the main file holds every commit, and reading it as
/// immutable (`immutable=1`) is exact: no lock is taken and nothing is created beside it. Otherwise the
/// database is read through its WAL, as any SQLite reader does; if the `-shm` file cannot be made, that
/// is an error that says what is needed, and never a read that leaves the WAL's commits out.
struct SQLiteOpening: Equatable {
    enum Mode: Equatable {
        /// Not in WAL mode (a rollback journal): opened as it is; reading creates nothing.
        case journal
        /// WAL mode with nothing in the WAL and no other user: read as immutable.
        case immutable
        /// WAL mode with commits in the WAL, or open in another process: read through the WAL.
        case withWAL
    }

    let mode: Mode
    /// What `sqlite3_open_v2` is given (a URI for the immutable read).
    let filename: String

    static let walNeedsShm = "its -wal file holds changes not yet in the database, and reading them needs the -shm file beside it, which this user cannot create or open: run as the database's owner, or copy the database and its -wal file"

    /// Looks at `path` (which must be a regular file; opened without blocking) and what is beside it.
    init(path: String) throws(FileError) {
        let (fd, _) = try ReadOpen.regularFile(path)
        var header = [UInt8](repeating: 0, count: 20)
        let count = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        close(fd)
        // Bytes 18 and 19 of the header are the write and read versions: 2 and 2 in WAL mode.
        guard count == 20, header[18] == 2, header[19] == 2 else {
            mode = .journal
            filename = path
            return
        }
        // SQLite names the -wal and -shm files after the database's real path (links resolved).
        let real = SQLiteOpening.resolved(path)
        var wal = stat()
        let walEmpty = stat(real + "-wal", &wal) != 0 ? errno == ENOENT : wal.st_size == 0
        if walEmpty && !SQLiteOpening.inUse(shm: real + "-shm") {
            mode = .immutable
            filename = SQLiteOpening.uri(path) + "?mode=ro&immutable=1"
        } else {
            mode = .withWAL
            filename = path
        }
    }

    static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Whether a process holds the `-shm` file's in-use byte, which every connection to a WAL database
    /// holds a shared lock on while it is open. When the file exists but cannot be looked at, it may be
    /// in use: the answer is then yes, and the database is read the ordinary way.
    static func inUse(shm: String) -> Bool {
        let fd = open(shm, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return errno != ENOENT }
        defer { close(fd) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128  // the DMS byte: after the 120 bytes of the WAL index header and 8 lock bytes
        lock.l_len = 1
        guard fcntl(fd, F_GETLK, &lock) == 0 else { return true }
        return lock.l_type != Int16(F_UNLCK)
    }

    /// `path` as an SQLite URI filename: characters other than unreserved ones and `/` percent-encoded,
    /// and an absolute path after an empty authority, so that `//host/x` cannot be read as one.
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : "file:"
        for byte in path.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return out
    }
}
