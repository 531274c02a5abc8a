import Foundation
import Testing

/// `--output`: `-` is standard output, and only a regular file is ever replaced.
@Suite("--output files")
struct OutputFileTests {
    @Test("--output - is standard output for keygen, recovery-key generate, backup new-key and backup export; no file named -")
    func dash() throws {
        let dir = try TempDirectory()
        let keygen = try CLI.run(["keygen", "--output", "-"], directory: dir.url)
        #expect(keygen.status == 0)
        #expect(keygen.out.hasPrefix("ed25519 a_") && keygen.out.hasSuffix("\n") && keygen.out.split(separator: "\n").count == 1)
        let recovery = try CLI.run(["recovery-key", "generate", "--output", "-"], directory: dir.url)
        #expect(recovery.status == 0)
        #expect(recovery.out.count == 60)
        let backupKey = try CLI.run(["backup", "new-key", "--json", "-o", "-"], directory: dir.url)
        #expect(backupKey.out.hasPrefix(#"{"auth_data":{"public_key":"#))
        let (recoveryFile, authData, sessions) = try BackupCommandTests.setUp(dir)
        let backup = try dir.write("backup.json", try CLI.run(["backup", "encrypt", "--auth-data", authData, sessions]).out)
        let export = try CLI.run(["backup", "export", "--output", "-", "--recovery-key-file", recoveryFile, "--rounds", "1000", backup], stdin: Data(),
                                 environment: ["MXKEYS_EXPORT_PASSPHRASE": "pw"], directory: dir.url)
        #expect(export.status == 0)
        #expect(export.out.hasPrefix("-----BEGIN MEGOLM SESSION DATA-----\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("-")))
    }

    static func refusal(_ path: String, _ kind: String) -> String {
        "mxkeys: \(path): \(kind), not a regular file: refused (mxkeys writes only regular files; use - for standard output)\n"
    }

    @Test("a FIFO or a symbolic link at --output is refused, with or without --force, and left as it was")
    func fifoAndLink() throws {
        let dir = try TempDirectory()
        let fifo = dir.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let real = try dir.write("real", "kept\n")
        let link = dir.path("stdout")
        #expect(symlink(real, link) == 0)
        for force in [[], ["--force"]] {
            let intoFifo = try CLI.run(["keygen", "--output", fifo] + force, timeout: 20)
            #expect(intoFifo.status == 2)
            #expect(intoFifo.err == Self.refusal(fifo, "is a FIFO"))
            let intoLink = try CLI.run(["recovery-key", "generate", "--output", link] + force)
            #expect(intoLink.status == 2)
            #expect(intoLink.err == Self.refusal(link, "is a symbolic link"))
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try dir.read("real") == "kept\n")
        #expect(try dir.entries() == ["fifo", "real", "stdout"])
    }

    @Test("as root: keygen --output DEVICE --force leaves the device a device (a copy of /dev/full made with mknod)")
    func device() throws {
        guard geteuid() == 0 else {
            Issue.record("making a character device takes root: the device case is untested here")
            return
        }
        let dir = try TempDirectory()
        let device = dir.path("full")
        var full = stat()
        try #require(stat("/dev/full", &full) == 0)
        #expect(mknod(device, S_IFCHR | 0o666, full.st_rdev) == 0)
        let result = try CLI.run(["keygen", "--output", device, "--force"])
        #expect(result.status == 2)
        #expect(result.err == Self.refusal(device, "is a character device"))
        var info = stat()
        #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR && info.st_rdev == full.st_rdev)
    }
}
