import Foundation
import Testing

/// Signals sent to real mxkeys processes at the moment they write a secret file: nothing may be left
/// behind, neither a temporary file with decrypted keys in it nor a partial output.
@Suite("Interrupted writes", .serialized)
struct InterruptTests {
    /// A backup of 48 sessions with 200 KB session keys (about 10 MB decrypted), its recovery key file,
    /// made once.
    final class Backup: @unchecked Sendable {
        let dir: TempDirectory
        let backup: String
        let recovery: String
        /// What `backup decrypt --output` writes in full.
        let decrypted: String

        init() throws {
            dir = try TempDirectory()
            let created = try CLI.run("backup", "new-key", "--json")
            let object = try #require(try JSONSerialization.jsonObject(with: created.stdout) as? [String: Any])
            recovery = try dir.write("recovery.txt", try #require(object["recovery_key"] as? String))
            let publicKey = try #require((object["auth_data"] as? [String: Any])?["public_key"] as? String)
            var sessions: [[String: Any]] = []
            for i in 0..<48 {
                let key = Data((0..<150_000).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
                sessions.append(["algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [String](), "room_id": "!room:example.org",
                                 "sender_claimed_keys": ["ed25519": "claimed"], "sender_key": "sender", "session_id": "session\(i)", "session_key": key])
            }
            let sessionsFile = try dir.write("sessions.json", String(decoding: try JSONSerialization.data(withJSONObject: sessions), as: UTF8.self))
            let body = try CLI.run(["backup", "encrypt", "--public-key", publicKey, sessionsFile])
            try #require(body.status == 0)
            backup = try dir.write("backup.json", body.out)
            // Standard output ends with a line break that the --output file does not have.
            decrypted = String(try CLI.run(["backup", "decrypt", "--recovery-key-file", recovery, backup]).out.dropLast())
        }
    }

    static let backup = Result { try Backup() }

    static let names = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP", SIGQUIT: "SIGQUIT", SIGKILL: "SIGKILL"]

    /// What an interrupted run left: the output directory's names (and "old", "complete" or a size), and
    /// whether the signal landed before the output was in place (the process stopped with the target
    /// still missing or old).
    struct Outcome {
        var left: [String: String]
        var landedBeforePlace: Bool
        var sawName: Bool
    }

    /// Runs `backup decrypt --output` into a fresh directory; when the output is open for writing, stops the
    /// process (SIGSTOP), notes whether its output is in place yet, sends `signal` and lets it go on.
    static func interrupt(_ signal: Int32, overwrite: Bool, environment: [String: String] = [:]) throws -> Outcome {
        let fixture = try backup.get()
        let out = try TempDirectory()
        let target = out.path("sessions.json")
        if overwrite { try out.write("sessions.json", "old\n") }
        let running = try RunningCLI(["backup", "decrypt", "--recovery-key-file", fixture.recovery, "--jobs", "1", "--output", target]
                                     + (overwrite ? ["--force"] : []) + [fixture.backup], environment: environment)
        let directory = out.url.path
        var outcome = Outcome(left: [:], landedBeforePlace: false, sawName: false)
        if running.waitUntilOpen(RunningCLI.writing(in: directory)), running.stop() {
            outcome.sawName = running.openFiles().contains { $0.hasPrefix(directory + "/.mxkeys-tmp-") }
            outcome.landedBeforePlace = overwrite ? (try? out.read("sessions.json")) == "old\n" : !FileManager.default.fileExists(atPath: target)
            running.send(signal)
            running.send(SIGCONT)
        }
        let result = try running.finish()
        let name = names[signal] ?? "?"
        if outcome.landedBeforePlace {
            #expect(result.signaled && result.status == signal, "\(name) did not end mxkeys: status \(result.status), \(result.err)")
        } else {
            #expect(result.status == 0 || (result.signaled && result.status == signal), "\(name): status \(result.status), \(result.err)")
        }
        // Names and sizes only: the contents are megabytes.
        let complete = fixture.decrypted
        for name in try out.entries() {
            let text = (try? out.read(name)) ?? "<unreadable>"
            outcome.left[name] = text == "old\n" ? "old" : text == complete ? "complete" : "\(text.utf8.count) bytes"
        }
        return outcome
    }

    @Test("SIGINT, SIGTERM, SIGHUP and SIGKILL while backup decrypt writes --output: no temporary file, no partial output, an old file kept")
    func decryptOutput() throws {
        var landed = 0
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGKILL] {
            for overwrite in [false, true] {
                let outcome = try Self.interrupt(signal, overwrite: overwrite)
                let label = "\(Self.names[signal] ?? "?"), overwrite \(overwrite)"
                // Interrupted before the output was in place: exactly what was there before. After: the whole output.
                let before: [String: String] = overwrite ? ["sessions.json": "old"] : [:]
                #expect(outcome.left == (outcome.landedBeforePlace ? before : ["sessions.json": "complete"]), "\(label)")
                // The file being written has no name at all (O_TMPFILE).
                #expect(!outcome.sawName, "\(label): a named temporary file held the decrypted sessions")
                if outcome.landedBeforePlace { landed += 1 }
            }
        }
        #expect(landed >= 4, "only \(landed) of 8 signals landed while the output was being written")
    }

    /// A preload library that makes `open` with O_TMPFILE fail as on a file system without it.
    static func noTmpfileLibrary(in dir: TempDirectory) throws -> String? {
        let source = try dir.write("notmpfile.c", """
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <errno.h>
            #include <fcntl.h>
            #include <stdarg.h>
            static int call(const char *name, const char *path, int flags, mode_t mode) {
                if ((flags & __O_TMPFILE) == __O_TMPFILE) { errno = EOPNOTSUPP; return -1; }
                int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, name);
                return real(path, flags, mode);
            }
            #define WRAP(name) int name(const char *path, int flags, ...) { \\
                mode_t mode = 0; \\
                if (flags & (O_CREAT | __O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); } \\
                return call(#name, path, flags, mode); }
            WRAP(open)
            WRAP(open64)
            """)
        let library = dir.path("notmpfile.so")
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-o", library, source, "-ldl"]
        guard (try? compiler.run()) != nil else { return nil }
        compiler.waitUntilExit()
        return compiler.terminationStatus == 0 ? library : nil
    }

    @Test("without O_TMPFILE: the named temporary file is removed on SIGINT, SIGTERM, SIGHUP and SIGQUIT")
    func namedTemporaryFile() throws {
        let dir = try TempDirectory()
        guard let library = try Self.noTmpfileLibrary(in: dir) else {
            Issue.record("no C compiler (cc) to build the preload library that hides O_TMPFILE: the fallback path is untested here")
            return
        }
        var landed = 0
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            let outcome = try Self.interrupt(signal, overwrite: false, environment: ["LD_PRELOAD": library])
            let label = Self.names[signal] ?? "?"
            #expect(outcome.left == (outcome.landedBeforePlace ? [:] : ["sessions.json": "complete"]), "\(label)")
            if outcome.landedBeforePlace {
                landed += 1
                #expect(outcome.sawName, "\(label): the preload library did not take effect (no named temporary file seen)")
            }
        }
        #expect(landed >= 2, "only \(landed) of 4 signals landed while the output was being written")
        // The fallback still writes the file.
        let fixture = try Self.backup.get()
        let out = dir.path("ok.json")
        let written = try RunningCLI(["backup", "decrypt", "--recovery-key-file", fixture.recovery, "--output", out, fixture.backup],
                                     environment: ["LD_PRELOAD": library]).finish()
        #expect(written.status == 0)
        #expect(try dir.mode("ok.json") == 0o600)
        #expect(try dir.entries().filter { $0.hasPrefix(".mxkeys-tmp-") } == [])
    }
}
