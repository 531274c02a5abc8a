internal import CZlib

#if canImport(Glibc)
import Glibc
#endif

/// Reads a text file line by line in bounded memory, plain or gzip-compressed: zlib reads a gzip stream
/// (or several, concatenated) and passes any other bytes through unchanged, so a `.gz` name is not
/// needed. A gzip stream cut short, or corrupt, is an error rather than a silent end, so that a report
/// truncated on its way back is not taken for a whole one.
public final class LineFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case open(path: String, reason: String)
        case read(path: String, reason: String)
        case lineTooLong(path: String, line: Int, limit: Int)

        public var description: String {
            switch self {
            case let .open(path, reason): return "cannot open \(path): \(reason)"
            case let .read(path, reason): return "\(path): \(reason)"
            case let .lineTooLong(path, line, limit): return "\(path): line \(line) is longer than \(limit >> 20) MiB"
            }
        }
    }

    /// The longest line accepted: as long as an item of `event verify`'s input.
    public static let maxLineLength = JSONItemReader.maxItemLength

    public let path: String
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    private let file: gzFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var closed = false

    public init(path: String) throws(Failure) {
        self.path = path
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .open(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw .open(path: path, reason: "is a directory")
        }
        guard let file = gzdopen(fd, "rb") else {
            Glibc.close(fd)
            throw .open(path: path, reason: "out of memory")
        }
        gzbuffer(file, 1 << 17)
        self.file = file
        buffer.reserveCapacity(1 << 18)
    }

    deinit { close() }

    public func close() {
        guard !closed else { return }
        closed = true
        gzclose_r(file)
    }

    /// The next line without its line feed (and a carriage return before it), or nil at the end.
    public func nextLine() throws(Failure) -> ArraySlice<UInt8>? {
        var scanFrom = start
        while true {
            let found: Int? = buffer.withUnsafeBytes { raw in
                guard scanFrom < raw.count, let base = raw.baseAddress, let hit = memchr(base + scanFrom, 0x0A, raw.count - scanFrom) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            if let newline = found {
                lineNumber += 1
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return line
            }
            scanFrom = buffer.count
            if buffer.count - start > Self.maxLineLength {
                throw .lineTooLong(path: path, line: lineNumber + 1, limit: Self.maxLineLength)
            }
            if eof {
                guard start < buffer.count else { return nil }
                lineNumber += 1
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            try fill(keepingFrom: &scanFrom)
        }
    }

    /// Drops what was returned and reads more.
    private func fill(keepingFrom scanFrom: inout Int) throws(Failure) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanFrom -= start
            start = 0
        }
        let chunk = 1 << 17
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count = buffer.withUnsafeMutableBytes { raw in
            gzread(file, raw.baseAddress! + old, UInt32(chunk))
        }
        if count < 0 {
            buffer.removeSubrange(old...)
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw .read(path: path, reason: code == Z_ERRNO ? String(cString: strerror(errno)) : "not a valid gzip stream: \(message)")
        }
        buffer.removeSubrange((old + Int(count))...)
        if count == 0 {
            eof = true
            // zlib reports a stream cut short only as an end of file with an error beside it.
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
            if code != Z_OK && code != Z_STREAM_END {
                throw .read(path: path, reason: "the gzip stream is cut short or corrupt: \(message)")
            }
        }
    }
}
