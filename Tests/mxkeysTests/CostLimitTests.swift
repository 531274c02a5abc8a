import Foundation
import Testing

/// Key derivation costs that an input asks for are capped, and refused before any work.
@Suite("Key derivation cost limits")
struct CostLimitTests {
    @Test("ssss: an m.pbkdf2 description asking for 2^31-1 iterations is refused at once")
    func pbkdf2Iterations() throws {
        let dir = try TempDirectory()
        let description = try dir.write("kd.json", """
            {"algorithm":"m.secret_storage.v1.aes-hmac-sha2","passphrase":{"algorithm":"m.pbkdf2","salt":"abc","iterations":2147483647,"bits":256}}
            """)
        let passphrase = try dir.write("passphrase", "pw\n")
        let result = try CLI.run(["ssss", "check-key", "--key-description", description, "--passphrase", "--passphrase-file", passphrase])
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: passphrase.iterations: 2147483647 is more than 10000000, the limit (\(description))\n")
        let bits = try dir.write("bits.json", """
            {"algorithm":"m.secret_storage.v1.aes-hmac-sha2","passphrase":{"algorithm":"m.pbkdf2","salt":"abc","iterations":1000,"bits":4096}}
            """)
        let long = try CLI.run(["ssss", "check-key", "--key-description", bits, "--passphrase", "--passphrase-file", passphrase])
        #expect(long.status == 2)
        #expect(long.err == "mxkeys: passphrase.bits: not a multiple of 8 from 8 to 512 (\(bits))\n")
    }

    @Test("keystore: an entry edited to memory_kib = 4 GiB is refused as damaged, before Argon2id runs")
    func argon2Memory() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "wrong"]
        var make = env
        make["MXKEYS_KEYSTORE_PASSPHRASE"] = "pw"
        #expect(try CLI.run(["keystore", "generate", "k", "--kind", "backup-key"], environment: make).status == 0)
        let entry = try dir.read("store/k.json")
        _ = try dir.write("store/k.json", entry.replacingOccurrences(of: "\"memory_kib\":65536", with: "\"memory_kib\":4194304"))
        let result = try CLI.run(["keystore", "export", "k"], environment: env)
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: keystore entry k is damaged: Argon2id memory_kib 4194304 is outside 8 to 1048576 (1 GiB), the limit\n")
    }
}
