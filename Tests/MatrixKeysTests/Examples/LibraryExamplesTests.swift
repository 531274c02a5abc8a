import Foundation
import MatrixKeys
import Testing

// The README's library examples, compiled and run here with the public API only (this file imports
// MatrixKeys without @testable). scripts/check-docs.sh fails when a block between "README:" markers
// and its copy in the README differ.

@Suite("The README's library examples, on the public API")
struct LibraryExamplesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    @Test("verify a room's events against saved key responses")
    func verifyEvents() throws {
        let keysPath = Self.examples.appendingPathComponent("keys").path
        let roomPath = Self.examples.appendingPathComponent("room.jsonl").path
        var report: [String] = []
        // README: verify-events
        let responses = try KeyResponseFiles.load([keysPath])
        let ring = KeyRing(responses: responses, fetchedAt: 1_700_000_000_000)
        let verifier = EventVerifier(keyRing: ring, version: try RoomVersion(identifier: "11"))
        let events = try JSONItemReader(path: roomPath)
        try EventStreamVerifier(verifier: verifier, jobs: 2).run(events, transform: { $0 }) { entries in
            for entry in entries where entry.verification.verdict != .valid {
                report.append(entry.reportLine)  // "line 290: $mj5Q… rejected: example.org: no signature by example.org"
            }
        }
        // README: end
        #expect(report.count == 6)
        #expect(report[4] == "line 290: $mj5QM3O20LtX1wJQQC-6ouPlmUWSH07xnSF5vjcgIcs rejected: example.org: no signature by example.org")
    }

    @Test("sign JSON as a server and verify it")
    func signJSON() throws {
        // README: sign-json
        let key = try SigningKeyFile.parse("ed25519 1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1")[0]
        let signed = try SignedJSON.sign(["one": 1, "two": "Two"], entity: "domain", key: key)
        let text = String(decoding: CanonicalJSON.encode(.object(signed)), as: UTF8.self)
        // {"one":1,"signatures":{"domain":{"ed25519:1":"KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}},"two":"Two"}
        let report = SignedJSON.verify(signed, entity: "domain", keys: [key.keyID: key.publicKey])
        // report.isValid == true; report.checks[0].description == "ed25519:1: verified"
        // README: end
        #expect(text == #"{"one":1,"signatures":{"domain":{"ed25519:1":"KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}},"two":"Two"}"#)
        #expect(report.isValid)
        #expect(report.checks.map(\.description) == ["ed25519:1: verified"])
    }

    @Test("open a key backup with a recovery key")
    func openBackup() throws {
        // A backup of two sessions made for the test.
        let made = BackupKey.generate()
        let recoveryKeyText = try RecoveryKey.encode(made.privateKey.rawRepresentation)
        let authData = try made.authData()
        let sessions: [JSONObject] = (0..<2).map { i in
            ["algorithm": "m.megolm.v1.aes-sha2", "room_id": "!room:example.org", "session_id": .string("s\(i)"),
             "sender_key": "sender", "sender_claimed_keys": [:], "forwarding_curve25519_key_chain": [], "session_key": "AQAAAAAA"]
        }
        let backupJSON = CanonicalJSON.encode(.object(try KeyBackup.encrypt(sessions, for: made.publicKey)))
        var opened: [String] = []
        // README: open-backup
        let backupKey = try BackupKey(recoveryKey: Array(recoveryKeyText.utf8))
        try backupKey.check(authData: authData)  // a wrong key is caught here: the backup's MAC cannot tell
        let backup = try JSONParser.parse(backupJSON, mode: .lax)  // GET /room_keys/keys
        for session in try KeyBackup.sessions(in: backup) {
            let (exported, _) = try KeyBackup.decrypt(session, key: backupKey)
            // `exported` is the session in export form, canonical JSON, in memory that is wiped
            opened.append(String(decoding: exported.unsafeCopy(), as: UTF8.self))
        }
        // README: end
        #expect(opened.count == 2)
        #expect(opened[0].contains(#""room_id":"!room:example.org""#) && opened[0].contains(#""session_id":"s0""#))
    }

    @Test("open secret storage with a recovery key and read the backup key from it")
    func openSecretStorage() throws {
        // Account data as a client sets it: a key, its description, and the backup key stored under it.
        let storageKey = RecoveryKey.generate()
        let recoveryKeyText = try RecoveryKey.encode(storageKey)
        let description = try SecretStorageKeyDescription.create(key: storageKey, name: "Security Key", passphrase: nil)
        let backupSecret = SecretBytes(copying: Array(Base64.encode(BackupKey.generate().privateKey.rawRepresentation.unsafeCopy()).utf8))
        let stored = try SecretStorage.encrypt(backupSecret, name: "m.megolm_backup.v1", key: storageKey)
        let accountDataJSON = CanonicalJSON.encode([
            "m.secret_storage.default_key": ["key": "K"], "m.secret_storage.key.K": .object(description),
            "m.megolm_backup.v1": ["encrypted": ["K": stored.json]],
        ])
        var backupPublicKey = ""
        // README: open-secret-storage
        let accountData = try AccountData(try JSONParser.parse(accountDataJSON, mode: .lax))
        let keyID = try accountData.keyID(nil)  // the default key
        let key = try RecoveryKey.decode(recoveryKeyText)
        if try accountData.keyDescription(keyID).check(key) == .wrong { return }  // not this account's Security Key
        let secret = try accountData.open("m.megolm_backup.v1", key: key, keyID: keyID)
        let backupKey = try BackupKey(secretStorageSecret: secret)  // opens the key backup, as above
        backupPublicKey = backupKey.publicKey.base64
        // README: end
        #expect(backupPublicKey.count == 43)
    }
}
