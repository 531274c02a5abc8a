import Foundation
import Testing
@testable import MatrixKeys

/// Atomic writes, looked at in the middle: `AtomicFile.write`'s `observe` parameter is called at each
/// moment where a crash would leave the file system as it then is, and these tests check the directory
/// there. (The real-process version, with signals, is in the mxkeys tests.)
@Suite("Atomic file writes")
struct AtomicFileTests {
    final class Directory {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-atomic-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Every name in the directory with its contents (nil for what is not a regular file).
        func snapshot() throws -> [String: String?] {
            var result: [String: String?] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    result[name] = .some(nil)
                    continue
                }
                let data = FileManager.default.contents(atPath: path + "/" + name)
                result[name] = data.map { String(decoding: $0, as: UTF8.self) }
            }
            return result
        }

        func mode(_ name: String) -> mode_t {
            var info = stat()
            return stat(path + "/" + name, &info) == 0 ? info.st_mode & 0o7777 : 0
        }
    }

    static let new = "ed25519 a_new SECRETSECRETSECRETSECRET\n"

    @Test("unnamed temporary file: a crash before the link leaves no name at all; without --force nothing else ever has a name",
          arguments: [false, true])
    func unnamed(overwrite: Bool) throws {
        let dir = try Directory()
        let target = dir.path + "/key"
        if overwrite { try "old\n".write(toFile: target, atomically: false, encoding: .utf8) }
        let before: [String: String?] = overwrite ? ["key": "old\n"] : [:]
        var seen: [AtomicFile.Stage] = []
        var snapshots: [[String: String?]] = []
        var registered: [String] = []
        try AtomicFile.write(Array(Self.new.utf8), to: target, mode: 0o600, overwrite: overwrite, method: .automatic) { stage in
            seen.append(stage)
            snapshots.append((try? dir.snapshot()) ?? ["<unreadable>": nil])
            registered += InterruptCleanup.registeredFiles.filter { $0.hasPrefix(dir.path + "/") }
        }
        #expect(seen == (overwrite ? [.written, .linked] : [.written]))
        // Written and flushed, not linked: the directory is as it was before the write began.
        #expect(snapshots.first == before)
        if overwrite {
            // The one window with a name: linked under a temporary name, the next call renames it over the target.
            let linked = try #require(snapshots.last)
            #expect(linked.count == 2)
            #expect(linked["key"] == "old\n")
            let temporary = try #require(linked.keys.first { $0.hasPrefix(".mxkeys-tmp-") })
            #expect(linked[temporary] == Self.new)
            #expect(temporary.count == ".mxkeys-tmp-".count + 12)
            // ...and SIGINT, SIGTERM, SIGHUP or SIGQUIT there would remove it.
            #expect(registered == [dir.path + "/" + temporary])
        } else {
            #expect(registered == [])
        }
        #expect(try dir.snapshot() == ["key": Self.new])
        #expect(dir.mode("key") == 0o600)
        #expect(InterruptCleanup.registeredFiles.filter { $0.hasPrefix(dir.path + "/") } == [])
    }

    @Test("named temporary file (file systems without O_TMPFILE): registered for removal on a signal while it exists",
          arguments: [false, true])
    func named(overwrite: Bool) throws {
        let dir = try Directory()
        let target = dir.path + "/key"
        if overwrite { try "old\n".write(toFile: target, atomically: false, encoding: .utf8) }
        var registered: [String] = []
        var snapshots: [[String: String?]] = []
        try AtomicFile.write(Array(Self.new.utf8), to: target, mode: 0o640, overwrite: overwrite, method: .namedTemporary) { _ in
            snapshots.append((try? dir.snapshot()) ?? [:])
            registered += InterruptCleanup.registeredFiles.filter { $0.hasPrefix(dir.path + "/") }
        }
        let written = try #require(snapshots.first)
        let temporary = try #require(written.keys.first { $0.hasPrefix(".mxkeys-tmp-") })
        #expect(written[temporary] == Self.new)
        #expect(written["key"] == (overwrite ? "old\n" : nil))
        #expect(registered == [dir.path + "/" + temporary])
        #expect(try dir.snapshot() == ["key": Self.new])
        #expect(dir.mode("key") == 0o640)
        #expect(InterruptCleanup.registeredFiles.filter { $0.hasPrefix(dir.path + "/") } == [])
    }

    @Test("an existing file is kept without overwrite, with no temporary file left")
    func exists() throws {
        let dir = try Directory()
        let target = dir.path + "/key"
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        for method in [AtomicFile.Method.automatic, .namedTemporary] {
            #expect(throws: FileError(path: target, reason: "already exists (use --force to replace it)")) {
                try AtomicFile.write(Array(Self.new.utf8), to: target, mode: 0o600, overwrite: false, method: method, observe: nil)
            }
        }
        #expect(try dir.snapshot() == ["key": "old\n"])
    }

    @Test("what is not a regular file is never replaced, with or without overwrite")
    func nonRegular() throws {
        let dir = try Directory()
        let fifo = dir.path + "/fifo", link = dir.path + "/link", sub = dir.path + "/sub"
        #expect(mkfifo(fifo, 0o600) == 0)
        try "target\n".write(toFile: dir.path + "/real", atomically: false, encoding: .utf8)
        #expect(symlink(dir.path + "/real", link) == 0)
        #expect(mkdir(sub, 0o700) == 0)
        let cases = [(fifo, "is a FIFO"), (link, "is a symbolic link"), (sub, "is a directory"), ("/dev/null", "is a character device")]
        for (path, kind) in cases {
            for overwrite in [false, true] {
                #expect(throws: FileError(path: path, reason: "\(kind), not a regular file: refused (mxkeys writes only regular files; use - for standard output)")) {
                    try AtomicFile.write(Array(Self.new.utf8), to: path, overwrite: overwrite)
                }
            }
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try dir.snapshot().keys.sorted() == ["fifo", "link", "real", "sub"])
        #expect(FileManager.default.contents(atPath: dir.path + "/real") == Data("target\n".utf8))
    }

    @Test("a missing directory is named in the error, by write and by checkTarget before any write")
    func missingDirectory() throws {
        let directory = "/tmp/mxkeys-no-such-directory-\(UUID().uuidString)"
        let path = directory + "/key"
        #expect(throws: FileError(path: path, reason: "its directory \(directory) does not exist")) {
            try AtomicFile.write(Array(Self.new.utf8), to: path, overwrite: false)
        }
        #expect(throws: FileError(path: path, reason: "its directory \(directory) does not exist")) {
            try AtomicFile.checkTarget(path, overwrite: true)
        }
        #expect(throws: FileError(path: "/etc/hostname/key", reason: "not a directory")) {
            try AtomicFile.checkTarget("/etc/hostname/key", overwrite: false)
        }
        #expect(FileManager.default.fileExists(atPath: directory) == false)
    }
}
