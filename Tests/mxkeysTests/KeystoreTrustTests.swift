import Foundation
import Testing

/// The keystore trusts nothing it finds, as ssh's StrictModes trusts nothing in ~/.ssh.
@Suite("mxkeys keystore: what the directory may hold")
struct KeystoreTrustTests {
    static func environment(_ dir: TempDirectory) -> [String: String] {
        ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
    }

    /// A store with entry `a` in it.
    static func store() throws -> TempDirectory {
        let dir = try TempDirectory()
        #expect(try CLI.run(["keystore", "generate", "a", "--kind", "recovery-key"], environment: environment(dir)).status == 0)
        return dir
    }

    @Test("a directory others can write to is refused, for reading and writing")
    func worldWritable() throws {
        let dir = try Self.store()
        let store = dir.path("store")
        chmod(store, 0o777)
        let refusal = "mxkeys: keystore directory \(store) is writable by group or others (mode 777; chmod 700 it if it is yours): refused\n"
        for arguments in [["keystore", "list"], ["keystore", "export", "a"], ["keystore", "generate", "b", "--kind", "backup-key"]] {
            let result = try CLI.run(arguments, environment: Self.environment(dir))
            #expect(result.status == 2, "\(arguments)")
            #expect(result.err == refusal, "\(arguments)")
            #expect(result.out == "")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("store/b.json")))
        chmod(store, 0o700)
        // A directory above it that others can write to, and that is not sticky, is refused too.
        let shared = dir.path("shared")
        #expect(mkdir(shared, 0o777) == 0 && chmod(shared, 0o777) == 0)
        let inside = try CLI.run(["keystore", "generate", "c", "--kind", "backup-key"],
                                 environment: ["MXKEYS_HOME": shared + "/store", "MXKEYS_KEYSTORE_PASSPHRASE": "pw"])
        #expect(inside.status == 2)
        #expect(inside.err == "mxkeys: \(shared) (above the keystore directory) is writable by group or others and not sticky (mode 777): refused\n")
    }

    @Test("a FIFO named x.json does not hang list: it is listed as refused; export of it is refused")
    func fifo() throws {
        let dir = try Self.store()
        let fifo = dir.path("store/x.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        let list = try CLI.run(["keystore", "list"], environment: Self.environment(dir), timeout: 20)
        #expect(list.status == 0)
        #expect(list.out == "keystore \(dir.path("store"))\na  recovery-key\n(\(fifo) is a FIFO, not a regular file: refused)\n")
        let export = try CLI.run(["keystore", "export", "x"], environment: Self.environment(dir), timeout: 20)
        #expect(export.status == 2)
        #expect(export.err == "mxkeys: \(fifo) is a FIFO, not a regular file: refused\n")
    }

    @Test("a symbolic link is never followed: an entry, or the lock (ln -s /tmp/x home/.lock)")
    func symbolicLinks() throws {
        let dir = try Self.store()
        let target = dir.path("planted")
        #expect(symlink(dir.path("store/a.json"), dir.path("store/b.json")) == 0)
        let export = try CLI.run(["keystore", "export", "b"], environment: Self.environment(dir))
        #expect(export.status == 2)
        #expect(export.err == "mxkeys: \(dir.path("store/b.json")) is a symbolic link: refused\n")
        #expect(unlink(dir.path("store/.lock")) == 0 && symlink(target, dir.path("store/.lock")) == 0)
        let generate = try CLI.run(["keystore", "generate", "c", "--kind", "backup-key"], environment: Self.environment(dir))
        #expect(generate.status == 2)
        #expect(generate.err == "mxkeys: \(dir.path("store/.lock")) is a symbolic link: refused\n")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(!FileManager.default.fileExists(atPath: dir.path("store/c.json")))
    }

    @Test("as root: a directory or an entry that belongs to another user is refused")
    func otherOwner() throws {
        guard geteuid() == 0 else {
            Issue.record("giving a file to another user takes root: the ownership checks are untested here")
            return
        }
        let dir = try Self.store()
        #expect(try CLI.run(["keystore", "generate", "b", "--kind", "recovery-key"], environment: Self.environment(dir)).status == 0)
        let entry = dir.path("store/b.json")
        #expect(chown(entry, 65534, 65534) == 0)
        let list = try CLI.run(["keystore", "list"], environment: Self.environment(dir))
        #expect(list.out == "keystore \(dir.path("store"))\na  recovery-key\n(\(entry) belongs to another user (uid 65534): refused)\n")
        let json = try CLI.run(["keystore", "list", "--json"], environment: Self.environment(dir))
        #expect(json.out.contains(#""errors":[{"error":"\#(entry) belongs to another user (uid 65534): refused","name":"b"}]"#))
        let export = try CLI.run(["keystore", "export", "b"], environment: Self.environment(dir))
        #expect(export.status == 2)
        #expect(export.err == "mxkeys: \(entry) belongs to another user (uid 65534): refused\n")
        let store = dir.path("store")
        #expect(chown(store, 65534, 65534) == 0)
        let refused = try CLI.run(["keystore", "list"], environment: Self.environment(dir))
        #expect(refused.status == 2)
        #expect(refused.err == "mxkeys: keystore directory \(store) belongs to another user (uid 65534): refused\n")
        let signing = try CLI.run(["recovery-key", "decode", "--recovery-key-file", "keystore:a"], environment: Self.environment(dir))
        #expect(signing.status == 2)
        #expect(signing.err == refused.err)
    }
}
