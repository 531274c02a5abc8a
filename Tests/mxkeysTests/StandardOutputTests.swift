import Foundation
import Testing

/// A small tmpfs the test mounts itself (it takes root), unmounted when the value goes away.
final class SmallFileSystem {
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    let directory: TempDirectory
    var path: String { directory.url.path }

    /// A tmpfs of `kib` KiB; with `full`, filled to the last byte.
    init(kib: Int, full: Bool = false) throws {
        guard geteuid() == 0 else { throw Unavailable(description: "not root: cannot mount a tmpfs to fill") }
        directory = try TempDirectory()
        let mount = try Tool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kib)k,mode=0755", "tmpfs", directory.url.path])
        guard mount.status == 0 else { throw Unavailable(description: "mount -t tmpfs failed: \(mount.output)") }
        if full {
            let fd = open(path + "/fill", O_WRONLY | O_CREAT, 0o600)
            var block = [UInt8](repeating: 0x78, count: 4096)
            while block.withUnsafeMutableBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
            block = [0x78]
            while block.withUnsafeMutableBytes({ write(fd, $0.baseAddress, 1) }) > 0 {}
            close(fd)
        }
    }

    func size(_ name: String) -> Int {
        var info = stat()
        return stat(path + "/" + name, &info) == 0 ? Int(info.st_size) : -1
    }

    deinit { _ = try? Tool.run("/bin/umount", [path]) }
}

/// Every write to standard output is checked, its flush and its close too: a failure is one line and exit 2,
/// never a lost key that looks like success.
@Suite("Standard output failures")
struct StandardOutputTests {
    static let noSpace = "mxkeys: standard output: no space left on device\n"

    @Test("a full file system: keygen, backup new-key --json and recovery-key generate exit 2 and say so")
    func fullFileSystem() throws {
        let fs: SmallFileSystem
        do { fs = try SmallFileSystem(kib: 16, full: true) } catch let unavailable as SmallFileSystem.Unavailable {
            Issue.record("the disk-full cases need a tmpfs this test mounts itself: \(unavailable)")
            return
        }
        for (arguments, file) in [(["keygen"], "signing.key"), (["backup", "new-key", "--json"], "k.json"), (["recovery-key", "generate"], "rk")] {
            let result = try RunningCLI(arguments, stdout: .file(fs.path + "/" + file)).finish()
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.signaled)
            #expect(result.err == Self.noSpace, "\(arguments)")
            #expect(fs.size(file) == 0)
        }
    }

    @Test("a nearly full file system: backup decrypt that fits only in part exits 2 and says so")
    func nearlyFull() throws {
        let fs: SmallFileSystem
        do { fs = try SmallFileSystem(kib: 64) } catch let unavailable as SmallFileSystem.Unavailable {
            Issue.record("the disk-full cases need a tmpfs this test mounts itself: \(unavailable)")
            return
        }
        let dir = try TempDirectory()
        let (recovery, authData, _) = try BackupCommandTests.setUp(dir)
        // About 200 KB of sessions: more than the 64 KiB file system holds.
        var sessions: [[String: Any]] = []
        for i in 0..<100 {
            let key = Data((0..<1500).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            sessions.append(["algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [String](), "room_id": "!room:example.org",
                             "sender_claimed_keys": ["ed25519": "claimed"], "sender_key": "sender", "session_id": "session\(i)", "session_key": key])
        }
        let sessionsFile = try dir.write("many.json", String(decoding: try JSONSerialization.data(withJSONObject: sessions), as: UTF8.self))
        let backup = try dir.write("backup.json", try CLI.run(["backup", "encrypt", "--auth-data", authData, sessionsFile]).out)
        let result = try RunningCLI(["backup", "decrypt", "--recovery-key-file", recovery, backup], stdout: .file(fs.path + "/out.json")).finish()
        #expect(result.status == 2)
        #expect(result.err == "decrypted 100 of 100 sessions\n" + Self.noSpace)
        #expect(fs.size("out.json") > 0 && fs.size("out.json") < 200_000)
    }

    @Test("/dev/full: keygen and --help exit 2 with the reason")
    func devFull() throws {
        for arguments in [["keygen"], ["--help"], ["recovery-key", "generate", "--output", "-"]] {
            let result = try RunningCLI(arguments, stdout: .file("/dev/full")).finish()
            #expect(result.status == 2, "\(arguments)")
            #expect(result.err == Self.noSpace, "\(arguments)")
        }
    }

    @Test("standard output closed (>&-): exit 2, and nothing printed lands in a file opened later (the keystore's lock)")
    func closed() throws {
        let keygen = try RunningCLI(["keygen"], stdout: .closed).finish()
        #expect(keygen.status == 2)
        #expect(keygen.err == "mxkeys: standard output: bad file descriptor\n")
        let dir = try TempDirectory()
        let generated = try RunningCLI(["keystore", "generate", "k", "--kind", "backup-key"],
                                       environment: ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"], stdout: .closed).finish()
        #expect(generated.status == 2)
        #expect(generated.err == "mxkeys: standard output: bad file descriptor\n")
        // (Its size, not its contents: Foundation's Data(contentsOf:) leaks reading an empty file.)
        var info = stat()
        #expect(stat(dir.path("store/.lock"), &info) == 0 && info.st_size == 0)
        #expect(try dir.entries() == ["store"])
    }

    @Test("a reader that has gone (| head): exit 2, broken pipe, not a silent death by SIGPIPE")
    func brokenPipe() throws {
        let result = try RunningCLI(["keygen"], stdout: .brokenPipe).finish()
        #expect(!result.signaled)
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: standard output: broken pipe\n")
    }
}
