import Foundation
import Testing

/// What every mxkeys process does to keep secrets out of core dumps and off the screen.
@Suite("Process safety: core dumps and the terminal")
struct ProcessSafetyTests {
    /// Reads /proc/PID/limits' core line: (soft, hard).
    static func coreLimit(_ pid: Int32) -> (String, String)? {
        guard let limits = try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8),
              let line = limits.split(separator: "\n").first(where: { $0.hasPrefix("Max core file size") })
        else { return nil }
        let fields = line.dropFirst("Max core file size".count).split(separator: " ")
        return fields.count >= 2 ? (String(fields[0]), String(fields[1])) : nil
    }

    @Test("a running mxkeys is not dumpable and may write no core (as root: seen running as nobody)")
    func nonDumpable() throws {
        // /proc/PID/status belongs to root when a process is not dumpable, to the process's user otherwise. As root
        // the two are the same, so mxkeys runs as nobody (setpriv), from a copy that nobody can execute.
        let dir = try TempDirectory()
        var executable = CLI.binary
        var arguments = ["canonical"]  // waits on standard input, which the test holds open
        var user = geteuid()
        if user == 0 {
            let copy = dir.path("mxkeys")
            try Self.copyClosingOnExec(CLI.binary.path, to: copy)
            chmod(dir.url.path, 0o755)
            chmod(copy, 0o755)
            executable = URL(fileURLWithPath: "/usr/bin/setpriv")
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy, "canonical"]
            user = 65534
        }
        let running = try RunningCLI(arguments, executable: executable, holdStdin: true)
        // Until the limit is set (the second thing mxkeys does), or two seconds.
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, Self.coreLimit(running.pid)?.1 != "0" { usleep(1000) }
        let limit = Self.coreLimit(running.pid)
        var info = stat()
        let owner = stat("/proc/\(running.pid)/status", &info) == 0 ? info.st_uid : 99999
        let status = (try? String(contentsOfFile: "/proc/\(running.pid)/status", encoding: .utf8)) ?? ""
        let uidLine = status.split(separator: "\n").first { $0.hasPrefix("Uid:") }.map(String.init) ?? ""
        let result = try running.finish()
        guard uidLine.split(separator: "\t").dropFirst().first == Substring("\(user)") else {
            Issue.record("mxkeys did not run as uid \(user) (\(uidLine)): \(result.err)")
            return
        }
        #expect(owner == 0, "/proc/PID/status is owned by uid \(owner): the process is dumpable")
        #expect(limit.map { [$0.0, $0.1] } == ["0", "0"])
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: empty input (no JSON value) at byte 0 (stdin)\n")
    }

    /// Copies an executable with its descriptor closed on exec: a child that another test forks meanwhile
    /// must not hold the copy open for writing, or executing it fails with ETXTBSY ("Text file busy").
    static func copyClosingOnExec(_ source: String, to target: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o700)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw CocoaError(.fileWriteUnknown) }
    }

    static let ptyScript = """
        import fcntl, os, select, sys, termios, time
        binary, signum, home = sys.argv[1], int(sys.argv[2]), sys.argv[3]
        master, slave = os.openpty()
        pid = os.fork()
        if pid == 0:
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.close(master)
            os.close(slave)
            os.execve(binary, [binary, "keystore", "export", "k"], dict(os.environ, MXKEYS_HOME=home))
        seen = b""
        marker = b"Passphrase for keystore entry 'k': "
        deadline = time.time() + 30
        while marker not in seen and time.time() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                seen += os.read(master, 1024)
        during = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
        os.kill(pid, signum)
        _, status = os.waitpid(pid, 0)
        after = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
        died = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1
        print(f"prompt={marker in seen} during={during} after={after} signal={died}")
        """

    @Test("interrupting the passphrase prompt (SIGINT, SIGTERM, SIGHUP, SIGQUIT) turns the terminal's echo back on")
    func echoRestored() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        #expect(try CLI.run(["keystore", "generate", "k", "--kind", "recovery-key"], environment: env).status == 0)
        let script = try dir.write("pty.py", Self.ptyScript)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            let run = try RunningCLI(["python3", script, CLI.binary.path, "\(signal)", dir.path("store")],
                                     executable: URL(fileURLWithPath: "/usr/bin/env")).finish()
            if run.status == 127 || run.err.contains("No such file") {
                Issue.record("python3 is needed to drive a pseudo-terminal: \(run.err)")
                return
            }
            #expect(run.out == "prompt=True during=False after=True signal=\(signal)\n", "signal \(signal): \(run.err)")
        }
    }
}
