import Testing
@testable import MatrixKeys

@Suite("Secret storage: aes-hmac-sha2 and m.pbkdf2 (SPEC §9)")
struct SecretStorageTests {
    /// The key a vector gives: a recovery key, or a passphrase with the description's parameters.
    static func key(_ input: [String: Any]) throws -> SecretBytes {
        if let text = input["recovery_key"] as? String { return try RecoveryKey.decode(text) }
        let description = try SecretStorageKeyDescription(try jsonObject(input["key_description"]))
        let info = try #require(description.passphrase)
        return try info.deriveKey(SecretBytes(copying: Array(try input.string("passphrase").utf8)))
    }

    static func text(_ secret: SecretBytes) -> String { String(decoding: secret.unsafeCopy(), as: UTF8.self) }

    @Test("every ssss.json case")
    func vectors() throws {
        let cases = try Vectors.cases("ssss")
        #expect(cases.count == 28)
        var checked = 0
        for vector in cases {
            let description = vector["description"] as? String ?? ""
            let input = vector.input, expected = vector.expected
            defer { checked += 1 }
            if let name = input["secret_name"] as? String {
                let encrypted = try jsonObject(input["encrypted"])
                let key = try Self.key(input)
                if expected["mac_unpadded_base64"] != nil {
                    // Encrypting the known plaintext with the vector's IV gives its ciphertext and MAC.
                    let plaintext = SecretBytes(copying: Array(try expected.string("plaintext").utf8))
                    let iv = try Base64.decode(encrypted["iv"]?.stringValue ?? "")
                    let result = try SecretStorage.encrypt(plaintext, name: name, key: key, iv: iv)
                    #expect(Base64.encodePadded(result.ciphertext) == encrypted["ciphertext"]?.stringValue)
                    #expect(Base64.encode(result.mac) == (try expected.string("mac_unpadded_base64")))
                    continue
                }
                let secret = try EncryptedSecret(encrypted)
                if expected["error"] != nil {
                    #expect(throws: SecretStorageError.macMismatch(secret: name), "\(description)") {
                        try SecretStorage.decrypt(secret, name: name, key: key)
                    }
                    continue
                }
                let plaintext = Self.text(try SecretStorage.decrypt(secret, name: name, key: key))
                if let hex = expected["secret_base64_decoded_hex"] as? String {
                    #expect(Hex.encode(try Base64.decode(plaintext)) == hex)
                } else if let seedKey = expected["plaintext_is_base64_ed25519_seed_with_public_key"] as? String {
                    #expect(try Ed25519.PrivateKey(seed: try Base64.decode(plaintext)).publicKey.base64 == seedKey)
                } else if let backupKey = expected["secret_decodes_to_backup_key_base64"] as? String {
                    #expect(try Base64.decode(plaintext) == (try Base64.decode(backupKey)))
                    #expect(try SecretStorageKeyDescription(try jsonObject(input["key_description"])).check(key) == .right(note: nil))
                } else {
                    #expect(plaintext == (try expected.string("plaintext")), "\(description)")
                }
            } else if let check = expected["key_check"] as? String {
                let described = try SecretStorageKeyDescription(try jsonObject(input["key_description"]))
                let key = try Self.key(input)
                switch check {
                case "pass": #expect(described.check(key) == .right(note: nil), "\(description)")
                case "pass (mautrix)":
                    #expect(described.check(key) == .right(note: "the description's IV is 32 bytes, not 16: its first 16 were used, as the client that wrote it does"))
                case "fail": #expect(described.check(key) == .wrong, "\(description)")
                default: #expect(described.check(key) == .unverifiable, "\(description)")
                }
                if let recovery = expected["recovery_key"] as? String { #expect(try RecoveryKey.encode(key) == recovery) }
            } else if let error = expected["error"] as? String {
                if let description = input["key_description"] {
                    let object = try jsonObject(description)
                    let result = Result { () throws(SecretStorageError) in try SecretStorageKeyDescription(object) }
                    guard case .failure(let failure) = result else { Issue.record("accepted: \(vector)"); continue }
                    if error == "UnsupportedAlgorithm" {
                        #expect(failure == .unsupportedAlgorithm("m.secret_storage.custom"))
                    } else {
                        guard case .invalidField = failure else { Issue.record("\(failure)"); continue }
                    }
                } else if let encrypted = input["encrypted"] {
                    let object = try jsonObject(encrypted)
                    let result = Result { () throws(SecretStorageError) in try EncryptedSecret(object) }
                    guard case .failure(.invalidField(let field, _)) = result else { Issue.record("accepted: \(vector)"); continue }
                    #expect(field == (error.contains("MAC") ? "mac" : "iv"))
                } else {
                    // "14 zero bytes" / "10 zero bytes": key check fields of the wrong length.
                    func zeros(_ text: String) -> String { Base64.encodePadded([UInt8](repeating: 0, count: Int(text.split(separator: " ")[0])!)) }
                    let object: JSONObject = ["algorithm": .string(SecretStorageKeyDescription.algorithm),
                                              "iv": .string(zeros(try input.string("iv"))), "mac": .string(zeros(try input.string("mac")))]
                    let result = Result { () throws(SecretStorageError) in try SecretStorageKeyDescription(object) }
                    guard case .failure(.invalidField(let field, _)) = result else { Issue.record("accepted: \(vector)"); continue }
                    #expect(field == (error == "IvLength" ? "iv" : "mac"))
                }
            } else if let password = input["password"] as? String {
                let key = try PBKDF2SHA512.deriveKey(password: SecretBytes(copying: Array(password.utf8)), salt: try Hex.decode(try input.string("salt_hex")),
                                                     iterations: try input.int("iterations"), length: try input.int("bits") / 8)
                #expect(Base64.encodePadded(key.unsafeCopy()) == (try expected.string("key_base64_padded")))
            } else if let keyHex = input["key_hex"] as? String {
                let plain = try AES256.ctr(try Hex.decode(try input.string("ciphertext_hex")), key: SecretBytes(copying: try Hex.decode(keyHex)), iv: try Hex.decode(try input.string("iv_hex")))
                #expect(String(decoding: plain, as: UTF8.self) == (try expected.string("plaintext")))
            } else {
                let seed = try Base64.decode(try input.string("master_seed_base64"))
                #expect(try Ed25519.PrivateKey(seed: seed).publicKey.base64 == (try expected.string("ed25519_public_key")))
            }
        }
        #expect(checked == 28)
    }

    @Test("tampering with the ciphertext, IV or MAC, or the wrong name, fails the MAC; nothing is decrypted")
    func tampering() throws {
        let key = RecoveryKey.generate()
        let secret = SecretBytes(copying: Array("clé secrète 🔑 ü".utf8))
        let encrypted = try SecretStorage.encrypt(secret, name: "m.cross_signing.master", key: key)
        #expect(encrypted.iv[8] & 0x80 == 0)
        #expect(try SecretStorage.decrypt(encrypted, name: "m.cross_signing.master", key: key) == secret)
        func flipped(_ bytes: [UInt8], _ index: Int) -> [UInt8] { var b = bytes; b[index] ^= 1; return b }
        let variants = [
            EncryptedSecret(iv: encrypted.iv, ciphertext: flipped(encrypted.ciphertext, 3), mac: encrypted.mac),
            EncryptedSecret(iv: flipped(encrypted.iv, 15), ciphertext: encrypted.ciphertext, mac: encrypted.mac),
            EncryptedSecret(iv: encrypted.iv, ciphertext: encrypted.ciphertext, mac: flipped(encrypted.mac, 31)),
        ]
        // The IV is not covered by the MAC (SPEC §9): a flipped IV decrypts to different bytes.
        #expect(throws: SecretStorageError.macMismatch(secret: "m.cross_signing.master")) { try SecretStorage.decrypt(variants[0], name: "m.cross_signing.master", key: key) }
        #expect(try SecretStorage.decrypt(variants[1], name: "m.cross_signing.master", key: key) != secret)
        #expect(throws: SecretStorageError.macMismatch(secret: "m.cross_signing.master")) { try SecretStorage.decrypt(variants[2], name: "m.cross_signing.master", key: key) }
        #expect(throws: SecretStorageError.macMismatch(secret: "m.cross_signing.user_signing")) { try SecretStorage.decrypt(encrypted, name: "m.cross_signing.user_signing", key: key) }
        #expect(throws: SecretStorageError.macMismatch(secret: "m.cross_signing.master")) { try SecretStorage.decrypt(encrypted, name: "m.cross_signing.master", key: RecoveryKey.generate()) }
    }

    @Test("round trips for random keys, names and secrets; new descriptions check right, and wrong for other keys")
    func roundTrips() throws {
        var rng = SplitMix64(seed: 77)
        for _ in 0..<100 {
            let key = RecoveryKey.generate()
            let name = RandomJSON.string(&rng)
            let secret = SecretBytes(copying: Array(RandomJSON.string(&rng).utf8))
            let encrypted = try SecretStorage.encrypt(secret, name: name, key: key)
            let reread = try EncryptedSecret(try #require(encrypted.json.objectValue))
            #expect(try SecretStorage.decrypt(reread, name: name, key: key) == secret)
        }
        let key = RecoveryKey.generate()
        let description = try SecretStorageKeyDescription(try SecretStorageKeyDescription.create(key: key, name: "Recovery", passphrase: nil))
        #expect(description.name == "Recovery")
        #expect(description.check(key) == .right(note: nil))
        #expect(description.check(RecoveryKey.generate()) == .wrong)
    }

    @Test("m.pbkdf2: new info has a 32-character salt and 500,000 rounds; bits other than 256; bad info is an error")
    func passphrase() throws {
        let info = PassphraseInfo.generate()
        #expect(info.salt.count == 32)
        #expect(info.iterations == 500_000)
        #expect(info.bits == 256)
        let short = try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "salt", "iterations": 2, "bits": 128])
        let key = try short.deriveKey(SecretBytes(copying: Array("pässword".utf8)))
        #expect(key.count == 16)
        let expected = try PBKDF2SHA512.deriveKey(password: SecretBytes(copying: Array("pässword".utf8)), salt: Array("salt".utf8), iterations: 2, length: 16)
        #expect(key == expected)
        #expect(throws: SecretStorageError.invalidField("passphrase.bits", reason: "not a multiple of 8 from 8 to 512")) {
            try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "s", "iterations": 2, "bits": 100])
        }
        // The limits: 10,000,000 rounds (Element writes 500,000) and one SHA-512 block of key.
        #expect(try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "s", "iterations": 10_000_000, "bits": 512]).iterations == 10_000_000)
        #expect(throws: SecretStorageError.invalidField("passphrase.iterations", reason: "2147483647 is more than 10000000, the limit")) {
            try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "s", "iterations": 2_147_483_647])
        }
        #expect(throws: SecretStorageError.invalidField("passphrase.bits", reason: "not a multiple of 8 from 8 to 512")) {
            try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "s", "iterations": 2, "bits": 4096])
        }
        #expect(throws: SecretStorageError.invalidField("passphrase.iterations", reason: "missing, or not a positive integer")) {
            try PassphraseInfo(["algorithm": "m.pbkdf2", "salt": "s", "iterations": 0])
        }
        #expect(throws: SecretStorageError.invalidField("passphrase.algorithm", reason: "\"m.argon2\" is not supported (only m.pbkdf2)")) {
            try PassphraseInfo(["algorithm": "m.argon2", "salt": "s", "iterations": 2])
        }
    }

    @Test("account data: a list of events or a map; the default key; every secret the key opens, failures reported")
    func accountData() throws {
        let key = RecoveryKey.generate()
        let other = RecoveryKey.generate()
        let description = try SecretStorageKeyDescription.create(key: key, name: nil, passphrase: nil)
        func stored(_ secret: String, _ name: String, _ key: SecretBytes, id: String = "K") throws -> JSONValue {
            ["encrypted": [.init(stringLiteral: id): try SecretStorage.encrypt(SecretBytes(copying: Array(secret.utf8)), name: name, key: key).json]]
        }
        let events: [JSONValue] = [
            ["type": "m.secret_storage.default_key", "content": ["key": "K"]],
            ["type": "m.secret_storage.key.K", "content": .object(description)],
            ["type": "m.cross_signing.master", "content": try stored("master seed", "m.cross_signing.master", key)],
            ["type": "m.megolm_backup.v1", "content": try stored("backup", "m.megolm_backup.v1", other)],
            ["type": "m.cross_signing.self_signing", "content": try stored("other key", "m.cross_signing.self_signing", key, id: "L")],
            ["type": "m.direct", "content": ["@a:b": ["!r:b"]]],
        ]
        let data = try AccountData(.array(events))
        #expect(data.defaultKeyID == "K")
        #expect(data.keyIDs == ["K"])
        #expect(data.secretNames == ["m.cross_signing.master", "m.cross_signing.self_signing", "m.megolm_backup.v1"])
        let opened = data.openAll(key: key, keyID: "K")
        #expect(opened.map(\.name) == ["m.cross_signing.master", "m.megolm_backup.v1"])
        #expect(try Self.text(opened[0].result.get()) == "master seed")
        guard case .failure(let error) = opened[1].result else { Issue.record("opened with the wrong key"); return }
        #expect(error == .macMismatch(secret: "m.megolm_backup.v1"))
        #expect(throws: SecretStorageError.notEncryptedForKey(secret: "m.cross_signing.self_signing", keyID: "K", available: ["L"])) {
            try data.encrypted("m.cross_signing.self_signing", keyID: "K")
        }
        // The same as a map from type to content, and as a sync response.
        var map = JSONObject()
        for case .object(let event) in events { map[event["type"]!.stringValue!] = event["content"] }
        #expect(try AccountData(.object(map)).secretNames == data.secretNames)
        #expect(try AccountData(["account_data": ["events": .array(events)]]).defaultKeyID == "K")
        #expect(throws: SecretStorageError.unknownKey("Z")) { try data.keyDescription("Z") }
    }
}
