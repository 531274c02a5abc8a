import Foundation
import Testing

/// keystore on the built binary, with the default Argon2id cost.
@Suite("mxkeys keystore")
struct KeystoreCommandTests {
    static func environment(_ dir: TempDirectory, passphrase: String = "pw") -> [String: String] {
        ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": passphrase]
    }

    @Test("import a signing key file; signing with keystore:NAME gives the file's signature; export gives the file back")
    func signing() throws {
        let dir = try TempDirectory()
        let env = Self.environment(dir)
        let file = try dir.write("signing.key", specKeyFile)
        let imported = try CLI.run(["keystore", "import", "server", "--kind", "signing-key", file], environment: env)
        #expect(imported.status == 0)
        #expect(imported.out == "server  signing-key  ed25519:1=\(specPublicKey)\n")
        let fromFile = try CLI.run(["sign", "--server", "domain", "--key", file], stdin: Data(#"{"a":1}"#.utf8))
        let fromStore = try CLI.run(["sign", "--server", "domain", "--key", "keystore:server"], stdin: Data(#"{"a":1}"#.utf8), environment: env)
        #expect(fromStore.status == 0)
        #expect(fromStore.out == fromFile.out)
        // The same key, its seed written in canonical base64 (the spec's example seed has stray trailing bits).
        let exported = try CLI.run(["keystore", "export", "server"], environment: env)
        #expect(exported.out == "ed25519 1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA0\n")
        let list = try CLI.run(["keystore", "list"], environment: env)
        #expect(list.out == "keystore \(dir.path("store"))\nserver  signing-key  ed25519:1=\(specPublicKey)\n")
        // What pubkey prints of an entry needs no passphrase: the public part is in the clear.
        #expect(try CLI.run(["pubkey", "--key", "keystore:server", "--server", "domain"], environment: ["MXKEYS_HOME": dir.path("store")]).out
            == "domain:ed25519:1=\(specPublicKey)\n")
        let json = try CLI.run(["keystore", "list", "--json"], environment: env)
        #expect(json.out == #"{"entries":[{"kind":"signing-key","name":"server","public":{"key_id":"ed25519:1","public_key":"\#(specPublicKey)"}}],"errors":[],"path":"\#(dir.path("store"))"}"# + "\n")
        #expect(try CLI.run(["keystore", "path"], environment: env).out == dir.path("store") + "\n")
        let mode = try FileManager.default.attributesOfItem(atPath: dir.path("store/server.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("generate each kind; a wrong passphrase is exit 1 with one line; recovery keys work as keystore:NAME")
    func kinds() throws {
        let dir = try TempDirectory()
        let env = Self.environment(dir)
        let signing = try CLI.run(["keystore", "generate", "s", "--kind", "signing-key"], environment: env)
        #expect(signing.out.hasPrefix("s  signing-key  ed25519:a_"))
        let recovery = try CLI.run(["keystore", "import", "r", "--kind", "ssss-key"], stdin: Data("EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d".utf8), environment: env)
        #expect(recovery.out == "r  recovery-key\n")
        let backup = try CLI.run(["keystore", "import", "b", "--kind", "backup-key"], stdin: Data("dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo=".utf8), environment: env)
        #expect(backup.out == "b  backup-key  public key hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo\n")
        let decoded = try CLI.run(["recovery-key", "decode", "--recovery-key-file", "keystore:r"], environment: env)
        #expect(decoded.out == "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo\n")
        let wrong = try CLI.run(["keystore", "export", "b"], environment: Self.environment(dir, passphrase: "nope"))
        #expect(wrong.status == 1)
        #expect(wrong.out == "")
        #expect(wrong.err == "mxkeys: cannot open keystore entry b: wrong passphrase, or the file was changed\n")
        let wrongKind = try CLI.run(["sign", "--server", "x", "--key", "keystore:b"], stdin: Data("{}".utf8), environment: env)
        #expect(wrongKind.status == 2)
        #expect(wrongKind.err == "mxkeys: keystore entry b is a backup-key, not a signing-key\n")
        let missing = try CLI.run(["keystore", "export", "nothing"], environment: env)
        #expect(missing.status == 2)
        #expect(missing.err == "mxkeys: no keystore entry nothing\n")
    }

    @Test("passwd re-encrypts; killed while it writes the new entry, it leaves the old one intact and no temporary file")
    func passwdAndCrash() throws {
        let dir = try TempDirectory()
        let env = Self.environment(dir)
        _ = try CLI.run(["keystore", "generate", "k", "--kind", "recovery-key"], environment: env)
        let before = try CLI.run(["keystore", "export", "k"], environment: env).out
        var changing = env
        changing["MXKEYS_KEYSTORE_NEW_PASSPHRASE"] = "new"
        // A real crash: stop passwd the moment its new entry is open for writing in the store, note whether the
        // entry has been replaced yet, and SIGKILL it there.
        var landed = false
        for _ in 0..<5 where !landed {
            let old = try dir.read("store/k.json")
            let running = try RunningCLI(["keystore", "passwd", "k"], environment: changing)
            var stopped = false
            if running.waitUntilOpen(RunningCLI.writing(in: dir.path("store"))), running.stop() {
                stopped = true
                landed = try dir.read("store/k.json") == old
                running.send(SIGKILL)
            }
            let result = try running.finish()
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("store")).sorted() == [".lock", "k.json"])
            if landed {
                #expect(result.signaled && result.status == SIGKILL)
            } else {
                // Too late to matter (the new entry was in place): put the old passphrase back and try again.
                #expect(stopped || result.out == "k: passphrase changed\n")
                var back = Self.environment(dir, passphrase: "new")
                back["MXKEYS_KEYSTORE_NEW_PASSPHRASE"] = "pw"
                #expect(try CLI.run(["keystore", "passwd", "k"], environment: back).status == 0)
            }
        }
        #expect(landed, "passwd was never caught with its new entry open and not yet in place")
        #expect(try CLI.run(["keystore", "export", "k"], environment: env).out == before)
        #expect(try CLI.run(["keystore", "export", "k"], environment: Self.environment(dir, passphrase: "new")).status == 1)
        #expect(try CLI.run(["keystore", "list"], environment: env).out == "keystore \(dir.path("store"))\nk  recovery-key\n")
        let changed = try CLI.run(["keystore", "passwd", "k"], environment: changing)
        #expect(changed.out == "k: passphrase changed\n")
        #expect(try CLI.run(["keystore", "export", "k"], environment: Self.environment(dir, passphrase: "new")).out == before)
        #expect(try CLI.run(["keystore", "export", "k"], environment: env).status == 1)
    }

    @Test("two concurrent imports under one name: one wins, the other fails cleanly, the entry is whole")
    func concurrentImports() throws {
        let dir = try TempDirectory()
        let env = Self.environment(dir)
        let keys = ["EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d", "EsT5 Sd5m mEXs NQYE ibRe 3q9E 4aXW rHih 5f9J 6rU6 AfwY mASR"]
        nonisolated(unsafe) var results: [CLI.Result?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results[i] = try? CLI.run(["keystore", "import", "same", "--kind", "recovery-key"], stdin: Data(keys[i].utf8), environment: env)
        }
        let statuses = results.compactMap { $0?.status }.sorted()
        #expect(statuses == [0, 2])
        #expect(results.compactMap { $0 }.contains { $0.err == "mxkeys: keystore entry same already exists\n" })
        let exported = try CLI.run(["keystore", "export", "same"], environment: env)
        #expect(exported.status == 0)
        #expect(keys.map { $0 + "\n" }.contains(exported.out))
    }

    @Test("remove needs --yes without a terminal; a 0644 entry is refused")
    func removeAndMode() throws {
        let dir = try TempDirectory()
        let env = Self.environment(dir)
        _ = try CLI.run(["keystore", "generate", "k", "--kind", "backup-key"], environment: env)
        let refused = try CLI.run(["keystore", "remove", "k"], environment: env)
        #expect(refused.status == 2)
        #expect(refused.err == "mxkeys: not removing k without confirmation: give --yes\n")
        let path = dir.path("store/k.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let open = try CLI.run(["keystore", "export", "k"], environment: env)
        #expect(open.status == 2)
        #expect(open.err == "mxkeys: \(path) is readable by its group and by others (mode 644): refused; chmod 600 it if it is yours\n")
        let removed = try CLI.run(["keystore", "remove", "k", "--yes"], environment: env)
        #expect(removed.out == "k: removed\n")
        #expect(try CLI.run(["keystore", "list"], environment: env).out == "keystore \(dir.path("store")): no entries\n")
    }
}
