import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes, documented in the man page.
enum ExitStatus {
    /// A negative verdict: a signature that does not verify, a wrong key, a check that failed.
    static let negative: Int32 = 1
    /// Unusable input: unparseable JSON, a bad key file, a wrong length, an unreadable file.
    static let badInput: Int32 = 2
    /// Anything wrong on the command line: an unknown option or command, a missing argument, an option
    /// value that is not what the option takes (a room version mxkeys does not know, a malformed key).
    static let usage: Int32 = 64
}

/// An error the tool reports as one line, `mxkeys: <what is wrong> (<where>)`, with an exit code.
struct Failure: Error {
    let message: String
    let code: Int32

    init(_ message: String, code: Int32 = ExitStatus.badInput) {
        self.message = message
        self.code = code
    }

    /// An option's value that is not what the option takes: a command-line error (exit 64), named by
    /// the option.
    static func badValue(_ error: any Error, option: String) -> Failure {
        Failure("\(error) (\(option))", code: ExitStatus.usage)
    }

    /// Wraps a library error, naming where the input came from.
    init(_ error: any Error, source: String? = nil) {
        if let failure = error as? Failure {
            self = failure
            return
        }
        let text = "\(error)"
        self.init(source.map { "\(text) (\($0))" } ?? text)
    }
}

/// A negative verdict that has already been reported on standard output: exit 1, nothing more to say.
struct NegativeVerdict: Error {}

enum Stderr {
    /// A warning: the run goes on. Every one starts `mxkeys: warning:`, so that it can be told from an
    /// error and from the tool's output.
    static func warning(_ text: String) {
        line("mxkeys: warning: " + text)
    }

    static func line(_ text: String) {
        // One line, always: a message never spans lines, whatever an input put into it; and no control
        // character or bidi override that a server or a file put into it reaches the terminal.
        let single = TerminalText.escaped(text.replacingNewlines())
        var bytes = Array(single.utf8)
        bytes.append(0x0A)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
