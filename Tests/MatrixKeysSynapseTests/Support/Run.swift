import Foundation
import Testing
import TestSupport

/// Runs programs for the tests: the built `mxkeys`, and the helpers (psql, python3, the PostgreSQL
/// tools), capturing what they print; a hang is killed and fails the test.
enum Run {
    struct Result: CustomStringConvertible {
        let status: Int32
        let stdout: Data
        let stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        var description: String { "exit \(status)\nstdout: \(out)\nstderr: \(err)" }
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// The mxkeys binary built beside the test bundle (or `MXKEYS_BINARY`).
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["MXKEYS_BINARY"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("mxkeys").path
    }()

    /// `mxkeys arguments`, from `directory` (default: the fixtures' directory, whose configs use
    /// relative paths), with `environment` added to the test's (less its MXKEYS_ and PG variables).
    static func mxkeys(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil, timeout: TimeInterval = 120) throws -> Result {
        try program(binary, arguments, environment: environment, directory: directory ?? Fixtures.directory.path, timeout: timeout)
    }

    static func program(
        _ executable: String, _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        directory: String? = nil, timeout: TimeInterval = 120
    ) throws -> Result {
        do {
            let output = try CapturedRun.run(
                URL(fileURLWithPath: executable), arguments, stdin: stdin, environment: environment,
                clearing: ["MXKEYS_", "PG"], directory: directory.map { URL(fileURLWithPath: $0) }, timeout: timeout)
            return Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
        } catch is CapturedRun.TimedOut {
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        }
    }

    /// Like `program`, but a non-zero exit is an error that shows what it printed.
    @discardableResult
    static func checked(_ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Result {
        let result = try program(executable, arguments, environment: environment, directory: directory)
        guard result.status == 0 else {
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")): \(result)")
        }
        return result
    }

    /// The output without the line `time: …` (which varies).
    static func withoutTime(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("time: ") }.joined(separator: "\n")
    }

    /// The last line of a `--json` run: `{"summary": …}`, parsed.
    static func summary(_ result: Result) -> [String: Any] {
        let lines = result.out.split(separator: "\n")
        guard let last = lines.last, let object = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any] else { return [:] }
        return object["summary"] as? [String: Any] ?? [:]
    }

    /// Every `--json` line but the summary, parsed.
    static func events(_ result: Result) -> [[String: Any]] {
        result.out.split(separator: "\n").dropLast().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }

    /// Runs a program that leaves a daemon behind (`pg_ctl start`), whose output goes to a file rather
    /// than to pipes that the daemon would hold open, and waits for it with waitpid; a non-zero exit is an
    /// error that shows the file.
    static func daemon(_ executable: String, _ arguments: [String], output: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        closeInherited(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let words: [String] = [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failed(description: "\(executable): posix_spawn failed (\(code))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0, code2 = (status >> 8) & 0xff
        guard exited && code2 == 0 else {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")): status \(status): \(text)")
        }
    }
}

/// Closes every descriptor above standard error in a child that outlives the call (a server, a
/// watchdog): the test process has pipes open to other tests' children at any moment, and a daemon that
/// inherited a pipe's writing end would keep that test waiting for its end until the daemon exits.
func closeInherited(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    // glibc's posix_spawn_file_actions_addclosefrom_np (2.34), which Swift's Glibc module does not export.
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
}

/// A directory for one test, removed when the value goes away.
final class Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-synapse-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let target = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, mode_t(mode))
        return target
    }

    /// A copy of `source` here, under `name`.
    @discardableResult
    func copy(_ source: String, as name: String) throws -> String {
        let target = file(name)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// SQL run on an SQLite file with Python's sqlite3 module (the sqlite3 command-line tool is not always
/// there): the tests' way to alter copies of the fixtures, and their concurrent writer.
enum SQLiteTool {
    static let python = "/usr/bin/env"

    static func execute(_ database: String, _ sql: String) throws {
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript(sys.argv[2])
            db.commit()
            db.close()
            """
        try Run.checked(python, ["python3", "-c", script, database, sql])
    }
}

/// SHA-256 of a file's bytes, with the system's sha256sum.
func sha256(_ path: String) throws -> String {
    let result = try Run.checked("/usr/bin/env", ["sha256sum", path])
    return String(result.out.prefix(64))
}
