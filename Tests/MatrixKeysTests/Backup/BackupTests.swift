import Testing
@testable import MatrixKeys

@Suite("Megolm key backup and session export files (SPEC §10–11)")
struct BackupTests {
    static func backupKey(_ input: [String: Any]) throws -> BackupKey {
        if let text = input["recovery_key"] as? String { return try BackupKey(recoveryKey: Array(text.utf8)) }
        let base64 = (input["backup_private_key_unpadded_base64"] ?? input["backup_private_key_base64_padded"]) as? String
        if let base64 { return try BackupKey(SecretBytes(copying: try Base64.decode(base64))) }
        return try BackupKey(SecretBytes(copying: try Hex.decode(try input.string("private_key_hex"))))
    }

    /// A megolm session ID is the ed25519 key at the end of its exported session key.
    static func sessionID(ofKey key: String) throws -> String {
        let bytes = try Base64.decode(key)
        return Base64.encode(bytes[(bytes.count - 32)...])
    }

    @Test("every backup.json case")
    func vectors() throws {
        let cases = try Vectors.cases("backup")
        #expect(cases.count == 13)
        var checked = 0
        for vector in cases {
            let input = vector.input, expected = vector.expected
            let description = vector["description"] as? String ?? ""
            defer { checked += 1 }
            if let ephemeralHex = input["ephemeral_private_key_hex"] as? String {
                let recipient = try BackupKey(SecretBytes(copying: try Hex.decode(try input.string("recipient_private_key_hex"))))
                let ephemeral = try X25519.PrivateKey(rawRepresentation: try Hex.decode(ephemeralHex))
                let data = try BackupCipher.encrypt(SecretBytes(copying: Array(try input.string("plaintext").utf8)), to: recipient.publicKey, ephemeral: ephemeral, workspace: BackupCipher.Workspace())
                #expect(data.ephemeral.base64 == (try expected.string("ephemeral_unpadded_base64")))
                let (plain, mac) = try BackupCipher.decrypt(data, with: recipient)
                #expect(String(decoding: plain.unsafeCopy(), as: UTF8.self) == (try expected.string("roundtrip")))
                #expect(mac == .emptyString)
                continue
            }
            let key = try Self.backupKey(input)
            if input["session_data"] == nil && input["key_backup_data"] == nil {
                #expect(key.publicKey.base64 == (try expected.string("public_key_unpadded_base64")))
                continue
            }
            if let matches = expected["matches_backup_public_key"] {
                let authData: JSONObject = ["public_key": .string(try input.string("backup_public_key"))]
                #expect(throws: BackupError.wrongKey(expected: try input.string("backup_public_key"), actual: key.publicKey.base64)) { try key.check(authData: authData) }
                #expect((matches as? Bool) == false || (matches as? String) == "False")
                continue
            }
            if let algorithm = input["algorithm"] as? String, algorithm != BackupKey.algorithm {
                // MSC3270's unstable symmetric backups are not supported: the session is refused, not misread.
                let sessions = try KeyBackup.sessions(in: .object(try jsonObject(input["key_backup_data"])), sessionID: input["session_id"] as? String)
                #expect(throws: BackupError.session("session \(try input.string("session_id"))", reason: "session_data.ephemeral: missing or not a string")) {
                    try KeyBackup.decrypt(sessions[0], key: key)
                }
                continue
            }
            if let publicKey = expected["backup_public_key"] as? String { #expect(key.publicKey.base64 == publicKey) }
            if let publicKey = input["backup_public_key"] as? String { try key.check(authData: ["public_key": .string(publicKey)]) }
            let source: JSONValue = input["key_backup_data"] != nil ? .object(try jsonObject(input["key_backup_data"])) : .object(try jsonObject(input["session_data"]))
            let sessions = try KeyBackup.sessions(in: source, roomID: input["room_id"] as? String, sessionID: input["session_id"] as? String)
            #expect(sessions.count == 1)
            if expected["plaintext"] as? String == "This is a test" {
                let data = try SessionData(try jsonObject(input["session_data"]))
                #expect(String(decoding: try BackupCipher.decrypt(data, with: key).plaintext.unsafeCopy(), as: UTF8.self) == "This is a test")
                continue
            }
            let (json, mac) = try KeyBackup.decrypt(sessions[0], key: key)
            #expect(mac == .emptyString, "\(description)")
            let session = try Self.object(json)
            #expect(json.unsafeCopy() == CanonicalJSON.encode(.object(session)), "canonical: \(description)")
            if let plaintext = expected["plaintext_json"] {
                var want = try jsonObject(plaintext)
                // The export form adds the IDs the backup's shape carried.
                for field in ["room_id", "session_id"] where session[field] != nil && want[field] == nil { want[field] = session[field] }
                #expect(session == want, "\(description)")
            } else {
                #expect(session["algorithm"] == "m.megolm.v1.aes-sha2")
                if let id = (expected["imported_session_id"] ?? input["session_id"]) as? String, let key = session["session_key"]?.stringValue {
                    #expect(try Self.sessionID(ofKey: key) == id, "\(description)")
                }
            }
        }
        #expect(checked == 13)
    }

    /// A decrypted session's canonical JSON, as an object.
    static func object(_ json: SecretBytes) throws -> JSONObject {
        guard case .object(let object) = try json.withUnsafeBytes({ raw throws(JSONParseError) in try JSONParser.parse(raw) }) else {
            throw BackupError.invalidField("session", reason: "not an object")
        }
        return object
    }

    static func randomSession(_ index: Int) -> JSONObject {
        var key = [UInt8](repeating: 1, count: 1) + [0, 0, 0, UInt8(index % 200)] + SecureRandom.bytes(count: 160)
        defer { wipe(&key) }
        return [
            "algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [], "room_id": .string("!room\(index % 3):example.org"),
            "sender_claimed_keys": ["ed25519": .string(Base64.encode(SecureRandom.bytes(count: 32)))],
            "sender_key": .string(Base64.encode(SecureRandom.bytes(count: 32))), "session_id": .string("session\(index)"),
            "session_key": .string(Base64.encode(key)),
        ]
    }

    @Test("a list of sessions encrypts into a PUT body and decrypts back, in parallel; a wrong key fails every session")
    func roundTrip() throws {
        let key = BackupKey.generate()
        let sessions = (0..<40).map(Self.randomSession)
        let body = try KeyBackup.encrypt(sessions, for: key.publicKey)
        let found = try KeyBackup.sessions(in: .object(body))
        #expect(found.count == 40)
        #expect(found.allSatisfy { $0.metadata["forwarded_count"] == 0 && $0.metadata["is_verified"] == false })
        let results = KeyBackup.decryptAll(found, key: key, jobs: 3)
        let decrypted = try results.map { try Self.object($0.get().session) }
        let byID = Dictionary(uniqueKeysWithValues: sessions.map { ($0["session_id"]!.stringValue!, $0) })
        for session in decrypted { #expect(session == byID[session["session_id"]!.stringValue!]) }
        let indexes = found.map { $0.metadata["first_message_index"] }
        #expect(Set(indexes.compactMap { value -> Int64? in if case .integer(let n)? = value { return n } else { return nil } }) == Set((0..<40).map { Int64($0 % 200) }))
        let wrong = KeyBackup.decryptAll(found, key: BackupKey.generate(), jobs: 2)
        #expect(wrong.allSatisfy { if case .failure(.session(_, reason: "the MAC does not match (the wrong backup key, or altered data)")) = $0 { return true } else { return false } })
        #expect(throws: BackupError.self) { try BackupKey.generate().check(authData: try key.authData()) }
        try key.check(authData: ["algorithm": .string(BackupKey.algorithm), "auth_data": .object(try key.authData())])
    }

    @Test("one corrupt session among good ones fails alone, named; a ciphertext MAC is accepted and reported")
    func perSessionErrors() throws {
        let key = BackupKey.generate()
        var body = try KeyBackup.encrypt((0..<3).map(Self.randomSession), for: key.publicKey)
        var rooms = body["rooms"]!.objectValue!
        var room = rooms["!room1:example.org"]!.objectValue!
        var roomSessions = room["sessions"]!.objectValue!
        roomSessions["broken"] = ["first_message_index": 0, "session_data": ["ephemeral": "AAAA", "ciphertext": "AAAA", "mac": "AAAAAAAAAAA"]]
        room["sessions"] = .object(roomSessions)
        rooms["!room1:example.org"] = .object(room)
        body["rooms"] = .object(rooms)
        let results = KeyBackup.decryptAll(try KeyBackup.sessions(in: .object(body)), key: key, jobs: 2)
        #expect(results.filter { (try? $0.get()) != nil }.count == 3)
        let failures = results.compactMap { result -> BackupError? in if case .failure(let e) = result { return e } else { return nil } }
        #expect(failures == [.session("room !room1:example.org, session broken", reason: "session_data.ephemeral: decodes to 3 bytes, expected 32")])

        // The spec text's MAC (of the ciphertext), made by hand from the same keys.
        let plaintext = SecretBytes(copying: Array(#"{"a":1}"#.utf8))
        let ephemeral = X25519.PrivateKey()
        let data = try BackupCipher.encrypt(plaintext, to: key.publicKey, ephemeral: ephemeral, workspace: BackupCipher.Workspace())
        let keys = try HKDFSHA256.deriveKey(
            inputKeyMaterial: try ephemeral.sharedSecret(with: key.publicKey), salt: [UInt8](repeating: 0, count: 32), info: [], length: 80)
        let ciphertextMAC = SessionData(ephemeral: data.ephemeral, ciphertext: data.ciphertext, mac: Array(HMACSHA256.mac(key: keys.slice(32..<64), message: data.ciphertext).prefix(8)))
        #expect(try BackupCipher.decrypt(ciphertextMAC, with: key).mac == .ciphertext)
        let lowOrder = SessionData(ephemeral: try X25519.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 32)), ciphertext: data.ciphertext, mac: data.mac)
        #expect(throws: BackupError.session("session", reason: "bad ephemeral key (a low-order point)")) { try BackupCipher.decrypt(lowOrder, with: key) }
    }

    @Test("session export files: round trip, any wrapping, a wrong passphrase, tampering, truncation, a wrong version")
    func exportFiles() throws {
        let passphrase = SecretBytes(copying: Array("pass phrase ü".utf8))
        let plaintext = SecretBytes(copying: Array(#"[{"session_id":"x"}]"#.utf8))
        let file = try SessionExportFile.encrypt(plaintext, passphrase: passphrase, rounds: 1000)
        let text = String(decoding: file, as: UTF8.self)
        #expect(text.hasPrefix("-----BEGIN MEGOLM SESSION DATA-----\n"))
        #expect(text.hasSuffix("\n-----END MEGOLM SESSION DATA-----\n"))
        #expect(text.split(separator: "\n").dropFirst().dropLast().allSatisfy { $0.count <= 96 })
        #expect(try SessionExportFile.decrypt(file, passphrase: passphrase) == plaintext)
        // Rewrapped at 10 characters, with CRLF and indentation.
        let lines = text.split(separator: "\n")
        let body = lines.dropFirst().dropLast().joined()
        var rewrapped = "  " + lines[0] + "\r\n"
        var index = body.startIndex
        while index < body.endIndex {
            let next = body.index(index, offsetBy: 10, limitedBy: body.endIndex) ?? body.endIndex
            rewrapped += "\t" + body[index..<next] + " \r\n"
            index = next
        }
        rewrapped += lines.last! + "\r\n"
        #expect(try SessionExportFile.decrypt(Array(rewrapped.utf8), passphrase: passphrase) == plaintext)
        #expect(throws: BackupError.exportAuthentication) { try SessionExportFile.decrypt(file, passphrase: SecretBytes(copying: Array("wrong".utf8))) }

        var payload = try Base64.decode(String(body))
        func armored(_ bytes: [UInt8]) -> [UInt8] { Array((SessionExportFile.header + "\n" + Base64.encodePadded(bytes) + "\n" + SessionExportFile.footer + "\n").utf8) }
        payload[40] ^= 1
        #expect(throws: BackupError.exportAuthentication) { try SessionExportFile.decrypt(armored(payload), passphrase: passphrase) }
        payload[40] ^= 1
        payload[0] = 2
        #expect(throws: BackupError.exportFile("unsupported version 2 (only 1)")) { try SessionExportFile.decrypt(armored(payload), passphrase: passphrase) }
        #expect(throws: BackupError.exportFile("only 30 bytes of data: it is truncated")) { try SessionExportFile.decrypt(armored(Array(payload.prefix(30))), passphrase: passphrase) }
        #expect(throws: BackupError.exportFile("no -----END MEGOLM SESSION DATA----- line (the file is cut off?)")) {
            try SessionExportFile.decrypt(Array(file.prefix(60)), passphrase: passphrase)
        }
        #expect(throws: BackupError.exportFile("no -----BEGIN MEGOLM SESSION DATA----- line")) { try SessionExportFile.decrypt(Array("hello".utf8), passphrase: passphrase) }
    }

    @Test("an export file matrix-nio wrote with a non-ASCII passphrase opens with its Latin-1 bytes, and says so")
    func latin1Passphrase() throws {
        let file = try Vectors.bytes("interop/nio-latin1-passphrase.txt")
        let passphrase = SecretBytes(copying: Array("Grüße, café".utf8))
        let opened = try SessionExportFile.open(file, passphrase: passphrase)
        #expect(opened.encoding == .latin1)
        #expect(String(decoding: opened.plaintext.unsafeCopy(), as: UTF8.self)
            == #"[{"algorithm":"m.megolm.v1.aes-sha2","forwarding_curve25519_key_chain":[],"room_id":"!room:example.org","sender_claimed_keys":{"ed25519":"claimed"},"sender_key":"sender","session_id":"session-latin1","session_key":"AQAAAAAA"}]"#)
        #expect(throws: BackupError.exportAuthentication) { try SessionExportFile.open(file, passphrase: SecretBytes(copying: Array("Grüsse, café".utf8))) }
        // A file mxkeys writes with the same passphrase opens as UTF-8.
        let ours = try SessionExportFile.encrypt(SecretBytes(copying: Array("[]".utf8)), passphrase: passphrase, rounds: 1000)
        #expect(try SessionExportFile.open(ours, passphrase: passphrase).encoding == .utf8)
        // Which passphrases have a Latin-1 form that differs from their UTF-8.
        func latin1(_ text: String) -> [UInt8]? { SessionExportFile.latin1(SecretBytes(copying: Array(text.utf8)))?.unsafeCopy() }
        #expect(latin1("plain ascii") == nil)
        #expect(latin1("é") == [0xE9])
        #expect(latin1("a\u{80}ÿb") == [0x61, 0x80, 0xFF, 0x62])
        #expect(latin1("Grüße") == [0x47, 0x72, 0xFC, 0xDF, 0x65])
        #expect(latin1("€") == nil)
        #expect(latin1("é€") == nil)
    }

    @Test("fuzz regression: an export file asking for 19,925,811 PBKDF2 rounds is refused at once, not worked through")
    func manyRounds() throws {
        let file = try Vectors.bytes("fuzz/export-file-many-rounds.txt")
        #expect(throws: BackupError.exportFile("19925811 PBKDF2 rounds (1 to 10000000 accepted)")) {
            try SessionExportFile.decrypt(file, passphrase: SecretBytes(copying: Array("x".utf8)))
        }
    }

    @Test("backup keys from a recovery key and from the secret storage secret are the same key")
    func keySources() throws {
        let recovery = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
        let fromRecovery = try BackupKey(recoveryKey: Array(recovery.utf8))
        let fromSecret = try BackupKey(secretStorageSecret: SecretBytes(copying: Array("dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo=".utf8)))
        #expect(fromRecovery.publicKey == fromSecret.publicKey)
        #expect(fromRecovery.publicKey.base64 == "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo")
        #expect(throws: BackupError.invalidField("m.megolm_backup.v1", reason: "decodes to 3 bytes, expected 32")) {
            try BackupKey(secretStorageSecret: SecretBytes(copying: Array("AAAA".utf8)))
        }
        let signer = try SigningKey.generate(version: "DEVICE")
        let signed = try fromRecovery.authData(signedBy: signer, userID: "@a:b")
        #expect(SignedJSON.verify(signed, entity: "@a:b", keys: [signer.keyID: signer.publicKey]).isValid)
    }
}
