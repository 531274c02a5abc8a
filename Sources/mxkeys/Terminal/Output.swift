import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output for bytes. Flushed when full and at exit; the buffer is wiped after each
/// flush, since some commands print secrets (a new signing key). A write that fails ends the run
/// (`StandardOutput.fail`): a key that did not reach its file must not look like success.
final class Output {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init() { buffer.reserveCapacity(limit + 4096) }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    /// A line (or block of lines) of text for people: what a server or a file put into it comes with
    /// its control characters and bidi overrides escaped (`TerminalText`), line feeds aside. Data (JSON,
    /// keys) goes through `write`.
    func line(_ text: String) {
        write(TerminalText.escaped(text, keepingLineBreaks: true))
        buffer.append(0x0A)
    }

    /// A JSON value as canonical JSON and a line end: what every command that prints JSON prints, so
    /// that `>> file.jsonl` builds valid JSON lines.
    func json(_ value: JSONValue) {
        write(CanonicalJSON.encode(value))
        write([0x0A])
    }

    func flush() {
        defer {
            wipe(&buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        buffer.withUnsafeBytes { StandardOutput.write($0) }
    }

    deinit { flush() }
}

/// Standard output itself: every write, and the close at the end of the run, is checked. A failure (a
/// full disk, /dev/full, a closed descriptor, a reader that went away) is one line,
/// `mxkeys: standard output: <reason>`, and exit 2. SIGPIPE is ignored (`ProcessSafety`), so a closed pipe
/// is that error too ("broken pipe") rather than a silent death by signal.
enum StandardOutput {
    /// Writes all of `bytes` to descriptor 1, or ends the run.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(1, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                fail(errno)
            }
            if written == 0 { fail(EIO) }  // no progress and no error: do not spin
            offset += written
        }
    }

    /// Closes descriptor 1 at the end of a run: a file system may report a failed write only now
    /// (NFS, a quota).
    static func close() {
        if Glibc.close(1) != 0 && errno != EINTR { fail(errno) }
    }

    static func fail(_ code: Int32) -> Never {
        Stderr.line("mxkeys: " + FileError(path: "standard output", errno: code).description)
        exit(ExitStatus.badInput)
    }
}
