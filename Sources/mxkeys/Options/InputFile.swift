import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// The positional input of commands that read one document: a file, or standard input.
struct InputFile: ParsableArguments {
    @Argument(help: "The input file; standard input when omitted or -.", completion: .file())
    var file: String?

    /// How the input is named in error messages.
    var sourceName: String { file.flatMap { $0 == "-" ? nil : $0 } ?? "stdin" }

    func read() throws -> [UInt8] {
        do {
            if let file, file != "-" { return try AtomicFile.read(file) }
            return try AtomicFile.readAll(0, path: "stdin")
        } catch {
            throw Failure(error.description)
        }
    }

    /// Parses the input as one JSON document.
    func readJSON(mode: NumberMode) throws -> JSONValue {
        let bytes = try read()
        do { return try JSONParser.parse(bytes, mode: mode) } catch { throw Failure(error, source: sourceName) }
    }

    /// Parses the input as one JSON object.
    func readObject(mode: NumberMode, what: String = "the input") throws -> JSONObject {
        guard case .object(let object) = try readJSON(mode: mode) else {
            throw Failure("\(what) must be a JSON object (\(sourceName))")
        }
        return object
    }

    /// Opens the input for streaming.
    func openStream() throws -> LineReader {
        if let file, file != "-" {
            let fd = open(file, O_RDONLY)
            guard fd >= 0 else { throw Failure(FileError(path: file, reason: String(cString: strerror(errno)).lowercased()).description) }
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw Failure("\(file): is a directory")
            }
            return LineReader(fd: fd, name: file, closeWhenDone: true)
        }
        return LineReader(fd: 0, name: "stdin", closeWhenDone: false)
    }
}

/// Reads a JSON-lines stream in bounded memory: a fixed buffer, lines handed out without copying.
final class LineReader {
    /// The longest line accepted (documented in the man page).
    static let maxLineLength = 16 << 20

    let name: String
    private let fd: Int32
    private let closeWhenDone: Bool
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var eof = false
    private(set) var lineNumber = 0

    init(fd: Int32, name: String, closeWhenDone: Bool) {
        self.fd = fd
        self.name = name
        self.closeWhenDone = closeWhenDone
        buffer = .allocate(byteCount: 1 << 20, alignment: 16)
    }

    deinit {
        buffer.deallocate()
        if closeWhenDone { close(fd) }
    }

    /// Calls `body` with each line (without its newline) until the stream ends or `body` throws.
    func forEachLine(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        while true {
            if let newline = findNewline() {
                lineNumber += 1
                let line = UnsafeRawBufferPointer(rebasing: buffer[start..<newline])
                start = newline + 1
                try body(trimCR(line), lineNumber)
                continue
            }
            if eof {
                if start < end {
                    lineNumber += 1
                    let line = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
                    start = end
                    try body(trimCR(line), lineNumber)
                }
                return
            }
            try fill()
        }
    }

    private func trimCR(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if let last = line.last, last == 0x0D { return UnsafeRawBufferPointer(rebasing: line.dropLast()) }
        return line
    }

    private var searchedUpTo = 0

    private func findNewline() -> Int? {
        let from = max(start, searchedUpTo)
        guard from < end, let base = buffer.baseAddress else { return nil }
        if let hit = memchr(base + from, 0x0A, end - from) {
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            searchedUpTo = index + 1
            return index
        }
        searchedUpTo = end
        return nil
    }

    private func fill() throws {
        // Move the partial line to the front, growing the buffer only for long lines.
        if start > 0 {
            let count = end - start
            if count > 0, let base = buffer.baseAddress { memmove(base, base + start, count) }
            searchedUpTo -= start
            end = count
            start = 0
        }
        if end == buffer.count {
            guard buffer.count < LineReader.maxLineLength else {
                throw Failure("line \(lineNumber + 1) is longer than \(LineReader.maxLineLength >> 20) MiB (\(name))")
            }
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, LineReader.maxLineLength), alignment: 16)
            bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<end]))
            buffer.deallocate()
            buffer = bigger
        }
        while true {
            let count = read(fd, buffer.baseAddress! + end, buffer.count - end)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure("\(name): \(String(cString: strerror(errno)).lowercased())")
            }
            if count == 0 { eof = true }
            end += count
            return
        }
    }
}
