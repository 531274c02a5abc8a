import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Standard input, which one input at most may take: the positional input when it is omitted or `-`,
/// any file option given `-` (`--content -`, `--auth-data -`, `--recovery-key-file -`, ...), or a secret a
/// command reads there. The second to ask is told which took it.
enum StandardInput {
    nonisolated(unsafe) private static var owner: String?
    /// Whether descriptor 0 was closed when the process started (`<&-`).
    nonisolated(unsafe) private(set) static var wasClosed = false

    /// Run first: a closed descriptor 0 is noted, and /dev/null put in its place, so that the first
    /// file the process opens does not become its standard input.
    static func holdDescriptor() {
        guard fcntl(0, F_GETFD) == -1 else { return }
        wasClosed = true
        let fd = open("/dev/null", O_RDONLY)
        if fd > 0 {
            dup2(fd, 0)
            close(fd)
        }
    }

    /// Claims standard input for `who` ("the input", "--auth-data").
    static func claim(_ who: String) throws {
        if let owner, owner != who {
            throw Failure("standard input can be read once, and it is \(owner)'s: give \(who) a file instead of -")
        }
        owner = who
    }

    /// Says on standard error that standard input is being read, when it is a terminal: otherwise a
    /// command given no file would seem to hang.
    static func noteIfTerminal(reading what: String = "the input") {
        if isatty(0) == 1 { Stderr.line("mxkeys: reading \(what) from standard input (end with Ctrl-D)") }
    }

    /// The whole of standard input for `who`, at most `limit` bytes.
    static func read(for who: String, limit: Int) throws -> [UInt8] {
        try claim(who)
        if who == "the input" { noteIfTerminal() }
        do { return try AtomicFile.readAll(0, path: "stdin", limit: limit) } catch { throw Failure(error.description) }
    }

    /// The options given `-` (`--auth-data -` or `--auth-data=-`) in `arguments`.
    static func optionsGivenDash(_ arguments: [String]) -> [String] {
        var names: [String] = []
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--"), argument.hasSuffix("=-") {
                names.append(String(argument.dropLast(2)))
            } else if argument == "-", index > 0, arguments[index - 1].hasPrefix("--"), !arguments[index - 1].contains("=") {
                names.append(arguments[index - 1])
            }
        }
        return names
    }

    /// The file at `path`, or standard input when it is `-`, for the option `option`.
    static func readFile(_ path: String, option: String, limit: Int = AtomicFile.maxDocumentLength) throws -> [UInt8] {
        if path == "-" { return try read(for: option, limit: limit) }
        do { return try AtomicFile.read(path, limit: limit) } catch { throw Failure(error.description) }
    }
}
