import Foundation
import Testing

/// Secret files that group or others can open are used, with a warning naming the file and its mode.
@Suite("Warnings for unprotected secret files")
struct SecretFileModeTests {
    static func warning(_ path: String, _ mode: String) -> String {
        let words = ["644": "readable by its group and by others", "640": "readable by its group", "604": "readable by others"][mode] ?? "?"
        return "mxkeys: warning: \(path) is \(words) (mode \(mode)); chmod 600 it\n"
    }

    @Test("a signing key file at 0644, a recovery key file at 0640 and a passphrase file at 0604 each get one warning line; at 0600 none")
    func warnings() throws {
        let dir = try TempDirectory()
        let key = try dir.write("signing.key", specKeyFile)
        chmod(key, 0o644)
        let pubkey = try CLI.run(["pubkey", "--key", key])
        #expect(pubkey.status == 0)
        #expect(pubkey.out == "ed25519:1=\(specPublicKey)\n")
        #expect(pubkey.err == Self.warning(key, "644"))

        let recovery = try dir.write("recovery.txt", "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d")
        chmod(recovery, 0o640)
        let decoded = try CLI.run(["recovery-key", "decode", "--recovery-key-file", recovery])
        #expect(decoded.status == 0)
        #expect(decoded.out == "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo\n")
        #expect(decoded.err == Self.warning(recovery, "640"))

        let passphrase = try dir.write("passphrase", "pw\n")
        chmod(passphrase, 0o604)
        let home = ["MXKEYS_HOME": dir.path("store")]
        let imported = try CLI.run(["keystore", "import", "s", "--kind", "signing-key", "--passphrase-file", passphrase, key], environment: home)
        #expect(imported.status == 0)
        #expect(imported.err == Self.warning(key, "644") + Self.warning(passphrase, "604"))

        for path in [key, recovery, passphrase] { chmod(path, 0o600) }
        #expect(try CLI.run(["pubkey", "--key", key]).err == "")
        #expect(try CLI.run(["recovery-key", "decode", "--recovery-key-file", recovery]).err == "")
        let exported = try CLI.run(["keystore", "export", "s", "--passphrase-file", passphrase], environment: home)
        #expect(exported.status == 0)
        #expect(exported.err == "")
    }
}
