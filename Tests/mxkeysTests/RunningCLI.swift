import Foundation
import Testing

/// An mxkeys process still running, for tests that look at it through /proc, signal it, or race it
/// against another.
final class RunningCLI: @unchecked Sendable {
    struct Result {
        /// The exit status, or the signal that ended the process.
        let status: Int32
        let signaled: Bool
        let stdout: Data
        let stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    let arguments: [String]
    private(set) var pid: Int32 = 0
    private var ended: Int32? = nil
    /// Standard input kept open (`holdStdin`), so that the process waits on it until `closeStdin()`.
    private var heldStdin: FileHandle? = nil

    func closeStdin() {
        try? heldStdin?.close()
        heldStdin = nil
    }
    private let group = DispatchGroup()
    nonisolated(unsafe) private var outData = Data()
    nonisolated(unsafe) private var errData = Data()
    private let errLock = NSLock()

    /// Where the child's standard output goes.
    enum StandardOutput {
        /// A pipe the test reads (`Result.stdout`).
        case pipe
        /// A file (or device) opened for writing, truncated.
        case file(String)
        /// Closed, as `>&-` leaves it.
        case closed
        /// A pipe whose reading end is already closed, as after `| head` has gone.
        case brokenPipe
    }

    /// Starts `mxkeys arguments` (or `executable` with `arguments`), with standard input from `stdin`
    /// (nil: /dev/null) and the MXKEYS_ variables of the test's environment removed. The child starts with
    /// no signal blocked and the default action for each: the test's threads block signals, and a child
    /// would inherit that (posix_spawn, since Foundation's Process cannot say so).
    init(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], executable: URL = CLI.binary,
         stdout: StandardOutput = .pipe, holdStdin: Bool = false) throws {
        signal(SIGPIPE, SIG_IGN)  // a child that stops reading must not kill the test process
        self.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("MXKEYS_") { env[key] = nil }
        env.merge(environment) { $1 }

        var brokenWriter: Int32 = -1
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1], error: [Int32] = [-1, -1]
        guard pipe(&input) == 0, pipe(&output) == 0, pipe(&error) == 0 else {
            throw CLI.TimedOut(arguments: ["pipe failed"] + arguments)
        }
        // Not inherited by other children the test starts meanwhile (the dup2 below clears it for this one).
        for fd in input + output + error { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdin == nil && !holdStdin {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        }
        switch stdout {
        case .pipe: posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        case .file(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        case .closed: posix_spawn_file_actions_addclose(&actions, 1)
        case .brokenPipe:
            var broken: [Int32] = [-1, -1]
            guard pipe(&broken) == 0 else { throw CLI.TimedOut(arguments: ["pipe failed"] + arguments) }
            _ = fcntl(broken[1], F_SETFD, FD_CLOEXEC)
            close(broken[0])
            posix_spawn_file_actions_adddup2(&actions, broken[1], 1)
            brokenWriter = broken[1]
        }
        posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable.path, &actions, &attributes, argv, envp)
        close(input[0])
        close(output[1])
        if brokenWriter >= 0 { close(brokenWriter) }
        close(error[1])
        guard code == 0 else {
            close(input[1]); close(output[0]); close(error[0])
            throw CLI.TimedOut(arguments: ["posix_spawn failed: \(code)"] + arguments)
        }
        pid = child
        let out = FileHandle(fileDescriptor: output[0], closeOnDealloc: true)
        let err = FileHandle(fileDescriptor: error[0], closeOnDealloc: true)
        DispatchQueue.global().async(group: group) { [self] in outData = out.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { [self] in
            // Piece by piece, so that `waitForStderr` sees what has come so far.
            while case let piece = err.availableData, !piece.isEmpty { errLock.withLock { errData.append(piece) } }
        }
        let writer = FileHandle(fileDescriptor: input[1], closeOnDealloc: true)
        if holdStdin {
            heldStdin = writer
        } else if let stdin {
            DispatchQueue.global().async {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
        } else {
            try? writer.close()
        }
    }

    /// Whether the process has not been waited for yet (a zombie counts as running until then).
    var isRunning: Bool {
        if ended != nil { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            ended = status
            return false
        }
        return true
    }

    /// Where the process's open descriptors point (`/proc/PID/fd`); empty once it has gone. Plain system
    /// calls, so that a polling loop sees short moments.
    func openFiles() -> [String] {
        let directory = "/proc/\(pid)/fd"
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var result: [String] = []
        var buffer = [CChar](repeating: 0, count: 4097)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") { continue }
            let count = readlink(directory + "/" + name, &buffer, 4096)
            if count > 0 { result.append(String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)) }
        }
        return result
    }

    /// Stops the process (SIGSTOP) and waits until it is stopped; false if it had already ended.
    func stop() -> Bool {
        guard kill(pid, SIGSTOP) == 0 else { return false }
        for _ in 0..<10_000 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let state = stat[stat.index(close, offsetBy: 2)]
            if state == "T" || state == "t" { return true }
            if state == "Z" || state == "X" { return false }
            usleep(100)
        }
        return false
    }

    /// Polls until `condition` holds of the open files (true) or the process ends (false).
    func waitUntilOpen(timeout: TimeInterval = 60, _ condition: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning, Date() < deadline {
            if condition(openFiles()) { return true }
        }
        return false
    }

    /// Whether an open descriptor is a file being written in `directory`: an unnamed one (`O_TMPFILE`,
    /// shown as `#INODE (deleted)`) or a temporary file.
    static func writing(in directory: String) -> ([String]) -> Bool {
        { files in
            files.contains { target in
                guard target.hasPrefix(directory + "/") else { return false }
                let name = String(target.dropFirst(directory.count + 1))
                return name.hasPrefix("#") || name.hasPrefix(".mxkeys-tmp-")
            }
        }
    }

    func send(_ signal: Int32) { kill(pid, signal) }

    /// Polls until the process has written `text` to standard error (true), or `timeout` has passed or
    /// the output has ended (false).
    func waitForStderr(_ text: String, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if errLock.withLock({ String(decoding: errData, as: UTF8.self).contains(text) }) { return true }
            if group.wait(timeout: .now() + 0.01) == .success {
                return String(decoding: errData, as: UTF8.self).contains(text)
            }
        }
        return false
    }

    /// Waits for the end (killing the process after `timeout` seconds, a hang).
    func finish(timeout: TimeInterval = 120) throws -> Result {
        closeStdin()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            kill(pid, SIGKILL)
            throw CLI.TimedOut(arguments: arguments)
        }
        var status: Int32 = ended ?? 0
        if ended == nil {
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            ended = status
        }
        // The wait status: a signal number in the low 7 bits, else the exit code in the next byte.
        let signaled = status & 0x7F != 0
        return Result(status: signaled ? status & 0x7F : (status >> 8) & 0xFF, signaled: signaled, stdout: outData, stderr: errData)
    }
}
