import Foundation
import Testing

/// recovery-key and ssss on the built binary. Secrets come from files or the environment, never arguments.
@Suite("mxkeys recovery-key and ssss")
struct SecretCommandTests {
    static let key = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
    static let keyHex = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
    static let keyBase64 = "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo"

    @Test("recovery-key encode and decode, base64 and hex, from stdin, a file or the environment")
    func encodeDecode() throws {
        let encoded = try CLI.run(["recovery-key", "encode"], stdin: Data("\(Self.keyBase64)=\n".utf8))
        #expect(encoded.status == 0)
        #expect(encoded.out == Self.key + "\n")
        #expect(try CLI.run(["recovery-key", "encode", "--hex"], stdin: Data(Self.keyHex.utf8)).out == Self.key + "\n")
        let decoded = try CLI.run(["recovery-key", "decode"], stdin: Data("EsTcLW2K\nPGiF wKEA\t3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d\n".utf8))
        #expect(decoded.out == Self.keyBase64 + "\n")
        let dir = try TempDirectory()
        let file = try dir.write("key.txt", Self.key + "\n")
        #expect(try CLI.run(["recovery-key", "decode", "--hex", "--recovery-key-file", file]).out == Self.keyHex + "\n")
        #expect(try CLI.run(["recovery-key", "decode"], environment: ["MXKEYS_RECOVERY_KEY": Self.key]).out == Self.keyBase64 + "\n")
        let output = dir.path("out.txt")
        let written = try CLI.run(["recovery-key", "decode", "--recovery-key-file", file, "--output", output])
        #expect(written.out == "")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == Self.keyBase64)
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try CLI.run(["recovery-key", "decode", "--recovery-key-file", file, "--output", output])
        #expect(again.status == 2)
        #expect(again.err == "mxkeys: \(output): already exists (use --force to replace it)\n")
    }

    @Test("recovery-key decode: each failure is its exact reason and exit 2, and never shows the key")
    func decodeFailures() throws {
        let cases: [(String, String)] = [
            (String(Self.key.dropLast()) + "e", "mxkeys: invalid recovery key: the parity check fails (a character is mistyped) (the recovery key)\n"),
            ("EsTc 0W2K", "mxkeys: invalid recovery key: character 5 ('0') is not base58 (0, O, I and l are not used) (the recovery key)\n"),
            (String(Self.key.dropLast(5)), "mxkeys: invalid recovery key: it decodes to 32 bytes, not 35 (a character is missing or extra) (the recovery key)\n"),
            // Nothing on standard input is a missing secret, said as every missing secret is.
            ("  \n", "mxkeys: no recovery key: give it on standard input, --recovery-key-file FILE or MXKEYS_RECOVERY_KEY (standard input is empty)\n"),
        ]
        // A mistyped recovery key is unusable input (exit 2), here as everywhere a recovery key is read.
        for (input, message) in cases {
            let result = try CLI.run(["recovery-key", "decode"], stdin: Data(input.utf8))
            #expect(result.status == 2)
            #expect(result.out == "")
            #expect(result.err == message)
        }
        let short = try CLI.run(["recovery-key", "encode"], stdin: Data("AAAA".utf8))
        #expect(short.status == 2)
        #expect(short.err == "mxkeys: the key is 3 bytes, expected 32 (stdin)\n")
        let noTerminal = try CLI.run(["recovery-key", "decode", "--recovery-key-file", "/nonexistent"])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.err == "mxkeys: /nonexistent: no such file or directory\n")
    }

    @Test("recovery-key generate: a new key each time; --json adds the base64 key")
    func generate() throws {
        let first = try CLI.run("recovery-key", "generate")
        let second = try CLI.run("recovery-key", "generate")
        #expect(first.out != second.out)
        #expect(first.out.count == 60)  // 48 characters, 11 spaces, a line break
        let json = try CLI.run("recovery-key", "generate", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: String])
        let decoded = try CLI.run(["recovery-key", "decode"], stdin: Data(try #require(object["recovery_key"]).utf8))
        let keyBase64 = try #require(object["key_base64"])
        #expect(decoded.out == keyBase64 + "\n")
    }

    @Test("ssss: new key, check it, encrypt and decrypt; wrong keys and names exit 1 without showing secrets")
    func roundTrip() throws {
        let dir = try TempDirectory()
        let created = try CLI.run(["ssss", "new-key", "--key-id", "KEY1", "--name", "Backup"])
        #expect(created.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: created.stdout) as? [String: Any])
        #expect(object["key_id"] as? String == "KEY1")
        #expect(object["account_data_type"] as? String == "m.secret_storage.key.KEY1")
        let recovery = try #require(object["recovery_key"] as? String)
        let descriptionData = try JSONSerialization.data(withJSONObject: try #require(object["key_description"]))
        let description = try dir.write("description.json", String(decoding: descriptionData, as: UTF8.self))
        let keyFile = try dir.write("key.txt", recovery)
        let otherKey = try dir.write("other.txt", Self.key)

        let right = try CLI.run(["ssss", "check-key", "--key-description", description, "--recovery-key-file", keyFile])
        #expect(right.status == 0)
        #expect(right.out == "right\n")
        let wrong = try CLI.run(["ssss", "check-key", "--key-description", description, "--recovery-key-file", otherKey])
        #expect(wrong.status == 1)
        #expect(wrong.out == "wrong: this is not the key of the description (its key check MAC does not match)\n")

        let secret = "c2VjcmV0IGtleSBtYXRlcmlhbCDDvA"
        let encrypted = try CLI.run(["ssss", "encrypt", "--name", "m.megolm_backup.v1", "--key-id", "KEY1", "--key-description", description,
                                     "--recovery-key-file", keyFile], stdin: Data((secret + "\n").utf8))
        #expect(encrypted.status == 0)
        #expect(encrypted.out.hasPrefix(#"{"encrypted":{"KEY1":{"ciphertext":""#))
        let file = try dir.write("secret.json", encrypted.out)
        let decrypted = try CLI.run(["ssss", "decrypt", "--name", "m.megolm_backup.v1", "--recovery-key-file", keyFile, file])
        #expect(decrypted.status == 0)
        #expect(decrypted.out == secret + "\n")
        let wrongName = try CLI.run(["ssss", "decrypt", "--name", "m.cross_signing.master", "--recovery-key-file", keyFile, file])
        #expect(wrongName.status == 1)
        #expect(wrongName.err == "mxkeys: m.cross_signing.master: the MAC does not match (wrong key, wrong secret name, or altered data)\n")
        let wrongKey = try CLI.run(["ssss", "encrypt", "--name", "x", "--key-id", "KEY1", "--key-description", description, "--recovery-key-file", otherKey],
                                   stdin: Data(secret.utf8))
        #expect(wrongKey.status == 1)
        #expect(wrongKey.out == "")
        #expect(wrongKey.err == "mxkeys: the key does not match the key description (\(description))\n")
        for result in [right, wrong, decrypted, wrongName, wrongKey] {
            #expect(!result.err.contains(secret) && !result.err.contains(recovery) && !result.err.contains(Self.key))
        }
    }

    @Test("ssss with a passphrase: new-key --passphrase, check-key and decrypt with the passphrase")
    func passphrase() throws {
        let dir = try TempDirectory()
        let passphraseFile = try dir.write("pass.txt", "correct horse battery staple\n")
        let created = try CLI.run(["ssss", "new-key", "--key-id", "P", "--passphrase-file", passphraseFile])
        #expect(created.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: created.stdout) as? [String: Any])
        let descriptionObject = try #require(object["key_description"] as? [String: Any])
        let info = try #require(descriptionObject["passphrase"] as? [String: Any])
        #expect(info["algorithm"] as? String == "m.pbkdf2")
        #expect(info["iterations"] as? Int == 500_000)
        #expect((info["salt"] as? String)?.count == 32)
        let description = try dir.write("d.json", String(decoding: try JSONSerialization.data(withJSONObject: descriptionObject), as: UTF8.self))
        let right = try CLI.run(["ssss", "check-key", "--key-description", description], environment: ["MXKEYS_PASSPHRASE": "correct horse battery staple"])
        #expect(right.out == "right\n")
        let wrong = try CLI.run(["ssss", "check-key", "--key-description", description, "--passphrase"], environment: ["MXKEYS_PASSPHRASE": "incorrect"])
        #expect(wrong.status == 1)
        // The recovery key printed by new-key is the same key.
        let keyFile = try dir.write("k.txt", try #require(object["recovery_key"] as? String))
        #expect(try CLI.run(["ssss", "check-key", "--key-description", description, "--recovery-key-file", keyFile]).out == "right\n")
    }

    @Test("ssss passphrase: a Security Phrase gives its Security Key (mautrix's vector); a wrong one is exit 1")
    func passphraseToRecoveryKey() throws {
        let dir = try TempDirectory()
        // mautrix/go crypto/ssss/meta_test.go: TestKeyMetadata_VerifyPassphrase_Correct.
        let description = #"{"algorithm":"m.secret_storage.v1.aes-hmac-sha2","passphrase":{"algorithm":"m.pbkdf2","iterations":500000,"salt":"y863BOoqOadgDp8S3FtHXikDJEalsQ7d"},"iv":"xxkTK0L4UzxgAFkQ6XPwsw","mac":"MEhooO0ZhFJNxUhvRMSxBnJfL20wkLgle3ocY0ee/eA"}"#
        let file = try dir.write("d.json", description)
        let recoveryKey = "EsTE s92N EtaX s2h6 VQYF 9Kao tHYL mkyL GKMh isZb KJ4E tvoC"
        let right = try CLI.run(["ssss", "passphrase", "--key-description", file], environment: ["MXKEYS_PASSPHRASE": "correct horse battery staple"])
        #expect(right.status == 0)
        #expect(right.out == recoveryKey + "\n")
        #expect(right.err == "")
        let passphraseFile = try dir.write("pass.txt", "correct horse battery staple\n")
        let output = dir.path("key.txt")
        let written = try CLI.run(["ssss", "passphrase", "--key-description", file, "--passphrase-file", passphraseFile, "--output", output])
        #expect(written.status == 0)
        #expect(try dir.read("key.txt") == recoveryKey)
        #expect(try dir.mode("key.txt") == 0o600)
        let wrong = try CLI.run(["ssss", "passphrase", "--key-description", file], environment: ["MXKEYS_PASSPHRASE": "incorrect horse battery staple"])
        #expect(wrong.status == 1)
        #expect(wrong.out == "")
        #expect(wrong.err == "mxkeys: wrong passphrase: the key it gives does not pass the description's key check\n")
        // Without iv and mac the key cannot be checked: printed, with a warning.
        let unchecked = try dir.write("u.json", #"{"algorithm":"m.secret_storage.v1.aes-hmac-sha2","passphrase":{"algorithm":"m.pbkdf2","iterations":500000,"salt":"y863BOoqOadgDp8S3FtHXikDJEalsQ7d"}}"#)
        let warned = try CLI.run(["ssss", "passphrase", "--key-description", unchecked], environment: ["MXKEYS_PASSPHRASE": "anything"])
        #expect(warned.status == 0)
        #expect(warned.out.count == recoveryKey.count + 1)
        #expect(warned.err == "mxkeys: warning: the description has no iv and mac, so the passphrase cannot be checked; the key may be wrong\n")
        // A key that does not come from a passphrase.
        let plain = try dir.write("p.json", #"{"algorithm":"m.secret_storage.v1.aes-hmac-sha2","iv":"xxkTK0L4UzxgAFkQ6XPwsw","mac":"MEhooO0ZhFJNxUhvRMSxBnJfL20wkLgle3ocY0ee/eA"}"#)
        let none = try CLI.run(["ssss", "passphrase", "--key-description", plain], environment: ["MXKEYS_PASSPHRASE": "x"])
        #expect(none.status == 2)
        #expect(none.err == "mxkeys: the key description has no m.pbkdf2 parameters: its key does not come from a passphrase (\(plain))\n")
        for result in [right, written, wrong, warned, none] { #expect(!result.err.contains("horse") && !result.err.contains(recoveryKey)) }
    }

    @Test("ssss decrypt --account-data: every secret the default key opens, names only, and a vector dump")
    func accountData() throws {
        let dir = try TempDirectory()
        let created = try CLI.run(["ssss", "new-key", "--key-id", "K"])
        let object = try #require(try JSONSerialization.jsonObject(with: created.stdout) as? [String: Any])
        let keyFile = try dir.write("k.txt", try #require(object["recovery_key"] as? String))
        func encrypt(_ name: String, _ secret: String, key: String) throws -> Any {
            let result = try CLI.run(["ssss", "encrypt", "--name", name, "--key-id", "K", "--recovery-key-file", key], stdin: Data(secret.utf8))
            return try JSONSerialization.jsonObject(with: result.stdout)
        }
        let events: [[String: Any]] = [
            ["type": "m.secret_storage.default_key", "content": ["key": "K"]],
            ["type": "m.secret_storage.key.K", "content": try #require(object["key_description"])],
            ["type": "m.cross_signing.master", "content": try encrypt("m.cross_signing.master", "master-seed", key: keyFile)],
            ["type": "m.megolm_backup.v1", "content": try encrypt("m.megolm_backup.v1", "backup-key", key: keyFile)],
            ["type": "m.direct", "content": [:] as [String: Any]],
        ]
        let dump = try dir.write("account.json", String(decoding: try JSONSerialization.data(withJSONObject: events), as: UTF8.self))
        let all = try CLI.run(["ssss", "decrypt", "--account-data", dump, "--recovery-key-file", keyFile])
        #expect(all.status == 0)
        #expect(all.out == "m.cross_signing.master: master-seed\nm.megolm_backup.v1: backup-key\n")
        let names = try CLI.run(["ssss", "decrypt", "--account-data", dump, "--names-only", "--recovery-key-file", keyFile])
        #expect(names.out == "m.cross_signing.master\nm.megolm_backup.v1\n")
        let one = try CLI.run(["ssss", "decrypt", "--account-data", dump, "--name", "m.megolm_backup.v1", "--recovery-key-file", keyFile])
        #expect(one.out == "m.megolm_backup.v1: backup-key\n")
        let wrong = try CLI.run(["ssss", "decrypt", "--account-data", dump], environment: ["MXKEYS_RECOVERY_KEY": Self.key])
        #expect(wrong.status == 1)
        #expect(wrong.out == "")
        #expect(wrong.err == "mxkeys: the key is not key K of the account data (its key check MAC does not match)\n")
    }

    @Test("bad key descriptions: unsupported algorithm, wrong IV length, not JSON: exit 2, one line")
    func badDescriptions() throws {
        let dir = try TempDirectory()
        let keyFile = try dir.write("k.txt", Self.key)
        let cases: [(String, String)] = [
            (#"{"algorithm":"m.secret_storage.custom"}"#, "unsupported secret storage algorithm \"m.secret_storage.custom\" (only m.secret_storage.v1.aes-hmac-sha2 is defined)"),
            (#"{"algorithm":"m.secret_storage.v1.aes-hmac-sha2","iv":"AAAAAAAAAAAAAAAAAAA","mac":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#, "iv: decodes to 14 bytes, expected 16"),
            ("{oops", "unexpected character 'o' at byte 1"),
        ]
        for (text, message) in cases {
            let file = try dir.write("d.json", text)
            let result = try CLI.run(["ssss", "check-key", "--key-description", file, "--recovery-key-file", keyFile])
            #expect(result.status == 2)
            #expect(result.err == "mxkeys: \(message) (\(file))\n")
        }
    }
}
