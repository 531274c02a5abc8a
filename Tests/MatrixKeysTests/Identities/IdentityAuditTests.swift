import Foundation
import Testing
@testable import MatrixKeys

/// The audit against keys and signatures made by another implementation (signedjson and PyNaCl, from
/// fixed seeds: scripts/fixtures/identities.py), and the bad inputs of issue 25.
@Suite("Device keys and cross-signing (SPEC §13)")
struct IdentityAuditTests {
    static let alice = "@alice:example.org", bob = "@bob:example.org", carol = "@carol:other.example", mallory = "@mallory:other.example"

    static func fixture(_ name: String) throws -> [UInt8] { try Vectors.bytes("identities/" + name) }

    static func records(_ name: String) throws -> (records: [UserKeysRecord], querier: String?) {
        try KeysQueryResponse.records(JSONParser.parse(fixture(name)))
    }

    static func seed(_ name: String) throws -> SecretBytes {
        let seeds = try #require(try JSONParser.parse(fixture("seeds.json")).objectValue)
        var bytes = try Base64.decode(try #require(seeds[name]?.stringValue))
        return SecretBytes(consuming: &bytes)
    }

    @Test("a client's /keys/query response: the chain of three users, signed by another implementation")
    func keysQuery() throws {
        let (records, querier) = try Self.records("keys_query.json")
        #expect(querier == Self.alice)
        #expect(records.map(\.userID) == [Self.alice, Self.bob, Self.carol])
        let auditor = IdentityAuditor(you: Self.alice, yours: records[0])
        #expect(auditor.yourUserSigningKey?.base64 == (try CrossSigningPrivateKey(role: .userSigning, seed: Self.seed("@alice:example.org user_signing"))).publicKey.base64)

        let alice = auditor.audit(records[0])
        #expect(alice.master.status == .valid && alice.selfSigning.status == .valid && alice.userSigning.status == .valid)
        #expect(alice.master.publicKey == (try CrossSigningPrivateKey(role: .master, seed: Self.seed("@alice:example.org master"))).publicKey.base64)
        #expect(alice.signedByYou == nil)
        #expect(alice.devices.map(\.verdict) == [.crossSigned, .notCrossSigned])
        #expect(alice.devices[1].selfSignature == .valid && alice.devices[1].ownerSignature == .missing)
        #expect(alice.devices[1].reasons.map(\.description) == ["no signature by the self-signing key ed25519:\(alice.selfSigning.publicKey!)"])
        #expect(alice.devices[0].reasons.isEmpty && alice.devices[0].curve25519 == "Y3VydmUxY3VydmUxY3VydmUxY3VydmUxY3VydmUxY3U")
        #expect(!alice.hasFinding)

        let bob = auditor.audit(records[1])
        #expect(bob.signedByYou == true)
        #expect(bob.userSigning.status == .missing)
        #expect(bob.devices.map(\.verdict) == [.crossSigned])
        #expect(bob.crossSignedDevices == 1)

        let carol = auditor.audit(records[2])
        #expect(carol.master.status == .missing && carol.signedByYou == nil)
        #expect(carol.devices[0].verdict == .notCrossSigned && carol.devices[0].ownerSignature == .unavailable)
        #expect(carol.devices[0].reasons == [.noValidSelfSigningKey])

        // Someone else's view: no user-signing key of theirs, so signed_by_you is null for everyone.
        #expect(IdentityAuditor(you: Self.carol, yours: records[2]).audit(records[1]).signedByYou == nil)
    }

    @Test("the federation's /user/devices responses as JSON lines: a self-signing key signed by another master")
    func userDevicesLines() throws {
        let path = try #require(Bundle.module.url(forResource: "user_devices", withExtension: "jsonl", subdirectory: "Vectors/identities")).path
        let source = KeysQueryFile(reader: try JSONItemReader(path: path))
        var audits: [UserAudit] = []
        while let record = try source.nextUser() { audits.append(IdentityAuditor().audit(record)) }
        #expect(audits.map(\.userID) == [Self.bob, Self.mallory])
        #expect(audits[0].devices.map(\.verdict) == [.crossSigned])
        let mallory = audits[1]
        #expect(mallory.master.status == .valid)
        #expect(mallory.selfSigning.status == .invalid)
        let other = try CrossSigningPrivateKey(role: .master, seed: Self.seed("not mallory's master")).publicKey.base64
        #expect(mallory.selfSigning.reasons.map(\.description) == [
            "a signature by \(Self.mallory) ed25519:\(other), a key the user has not got (not checked)",
            "no signature by the master key ed25519:\(mallory.master.publicKey!)",
        ])
        #expect(mallory.devices[0].verdict == .notCrossSigned && mallory.devices[0].ownerSignature == .unavailable)
        // Not a finding: a client would ignore the key; nothing failed to verify.
        #expect(!mallory.hasFinding)
    }

    static func bobRecord(editing edit: (inout JSONObject) -> Void = { _ in }, master: ((inout JSONObject) -> Void)? = nil) throws -> UserKeysRecord {
        let record = try records("keys_query.json").records[1]
        var device = try #require(record.devices[0].keys.objectValue)
        edit(&device)
        var masterKey = try #require(record.masterKey?.objectValue)
        master?(&masterKey)
        return UserKeysRecord(userID: record.userID, masterKey: .object(masterKey), selfSigningKey: record.selfSigningKey,
                              devices: [.init(deviceID: record.devices[0].deviceID, keys: .object(device))])
    }

    @Test("a device altered after signing: both signatures fail, each a finding")
    func alteredDevice() throws {
        let audit = IdentityAuditor().audit(try Self.bobRecord { $0["algorithms"] = ["m.olm.v1.curve25519-aes-sha2"] })
        let device = audit.devices[0]
        #expect(device.selfSignature == .invalid && device.ownerSignature == .invalid && device.verdict == .invalid)
        #expect(device.reasons.map(\.description) == [
            "invalid signature by the self-signing key ed25519:\(audit.selfSigning.publicKey!): ed25519:\(audit.selfSigning.publicKey!): signature does not verify",
            "invalid signature by the device's own key ed25519:BOB1: ed25519:BOB1: signature does not verify",
        ])
        #expect(audit.hasFinding)
    }

    @Test("a device filed under another device's ID is invalid, though its signatures verify")
    func deviceUnderAnotherID() throws {
        let record = try Self.bobRecord()
        let moved = UserKeysRecord(userID: record.userID, masterKey: record.masterKey, selfSigningKey: record.selfSigningKey,
                                   devices: [.init(deviceID: "INJECTED", keys: record.devices[0].keys)])
        let device = IdentityAuditor().audit(moved).devices[0]
        #expect(device.deviceID == "INJECTED")
        #expect(device.selfSignature == .valid && device.ownerSignature == .valid && device.verdict == .invalid)
        #expect(device.reasons.map(\.description) == ["device_id of the device keys is BOB1, not INJECTED, the ID they are filed under"])
        #expect(device.hasFinding)
    }

    @Test("a signature under the wrong user ID does not count, and says so")
    func wrongUserID() throws {
        let record = try Self.bobRecord { device in
            var signatures = device["signatures"]!.objectValue!
            signatures["@eve:example.org"] = signatures[Self.bob]
            signatures[Self.bob] = nil
            device["signatures"] = .object(signatures)
        }
        let device = IdentityAuditor().audit(record).devices[0]
        #expect(device.selfSignature == .missing && device.ownerSignature == .missing && device.verdict == .invalid)
        #expect(device.reasons.first == .signaturesUnderOtherUser("@eve:example.org"))
    }

    @Test("user_id and device_id that are not strings, and a device that is not an object")
    func notStrings() throws {
        let numbers = IdentityAuditor().audit(try Self.bobRecord { $0["user_id"] = 5; $0["device_id"] = ["BOB1"] }).devices[0]
        #expect(numbers.verdict == .invalid)
        #expect(numbers.reasons.prefix(2).map(\.description) == [
            "user_id of the device keys is an integer, not a string",
            "device_id of the device keys is an array, not a string",
        ])
        let record = try Self.bobRecord()
        let notObject = UserKeysRecord(userID: record.userID, masterKey: record.masterKey, selfSigningKey: record.selfSigningKey,
                                       devices: [.init(deviceID: "X", keys: .string("nope"))])
        let device = IdentityAuditor().audit(notObject).devices[0]
        #expect(device.verdict == .invalid && device.selfSignature == .invalid)
        #expect(device.reasons.first?.description == "the device keys are a string, not an object")
    }

    @Test("a master key with two keys, or whose key ID is not its public key, is invalid, and so is all below it")
    func badMasterKeys() throws {
        let twoKeys = IdentityAuditor().audit(try Self.bobRecord(master: { master in
            var keys = master["keys"]!.objectValue!
            keys["ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            master["keys"] = .object(keys)
        }))
        #expect(twoKeys.master.status == .invalid && twoKeys.master.reasons == [.keyCount("master key", 2), .signaturesUnderOtherUser(Self.alice)])
        #expect(twoKeys.selfSigning.status == .invalid && twoKeys.selfSigning.reasons.last == .masterNotValid("self-signing key"))
        #expect(twoKeys.devices[0].ownerSignature == .unavailable && twoKeys.devices[0].verdict == .notCrossSigned)

        let renamed = IdentityAuditor().audit(try Self.bobRecord(master: { master in
            let (_, value) = master["keys"]!.objectValue!.first { _ in true }!
            master["keys"] = ["ed25519:master": value]
        }))
        #expect(renamed.master.status == .invalid && renamed.master.reasons == [.keyIDNotPublicKey("master key", "ed25519:master"), .signaturesUnderOtherUser(Self.alice)])

        let usage = IdentityAuditor().audit(try Self.bobRecord(master: { $0["usage"] = ["self_signing"] }))
        #expect(usage.master.reasons == [.wrongUsage("master key", expected: "master", found: ["self_signing"]), .signaturesUnderOtherUser(Self.alice)])
    }

    @Test("deeply nested and huge objects: reasons, never a crash")
    func hostile() throws {
        var deep: JSONValue = "x"
        for _ in 0..<90 { deep = ["a": deep] }
        let record = try Self.bobRecord { $0["extra"] = deep; $0["signatures"] = [Self.bob: ["ed25519:BOB1": deep]] }
        let device = IdentityAuditor().audit(record).devices[0]
        #expect(device.selfSignature == .invalid)
        #expect(device.reasons.contains { if case .invalidSignature = $0 { return true } else { return false } })

        var devices: [UserKeysRecord.FiledDevice] = []
        for index in 0..<2000 { devices.append(.init(deviceID: "D\(index)", keys: ["user_id": .integer(Int64(index))])) }
        let huge = IdentityAuditor().audit(UserKeysRecord(userID: Self.bob, devices: devices))
        #expect(huge.devices.count == 2000 && huge.devices.allSatisfy { $0.verdict == .invalid })
        // A file nested deeper than the parser allows is one error, not a crash.
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test("shapes that are not a key query response are errors that name the problem")
    func responseShapes() throws {
        #expect(throws: KeysQueryError("a key query response is an object, not an array")) { try KeysQueryResponse.records([]) }
        #expect(throws: KeysQueryError("device_keys is a string, not an object")) { try KeysQueryResponse.records(["device_keys": "x"]) }
        #expect(throws: KeysQueryError("devices[0].device_id is an integer, not a string")) {
            try KeysQueryResponse.records(["user_id": "@a:b", "devices": [["device_id": 1]]])
        }
    }

    @Test("backup trust: the master key's signature and a device's, as clients decide")
    func backupTrust() throws {
        let (records, _) = try Self.records("keys_query.json")
        let version = try #require(try JSONParser.parse(Self.fixture("auth_data.json")).objectValue)
        let trust = BackupTrust.judge(authData: version, record: records[0], audit: IdentityAuditor().audit(records[0]))
        let master = try CrossSigningPrivateKey(role: .master, seed: Self.seed("@alice:example.org master")).publicKey.base64
        #expect(trust.verdict == "trusted: signed by the master key \(master)")
        #expect(trust.reportLines == [
            "ed25519:ALICE2: device ALICE2 (not-cross-signed): verified",
            "ed25519:\(master): the master key \(master): verified",
            "trusted: signed by the master key \(master)",
        ])
        // Without the master key's signature, ALICE2 alone is not enough: it is not cross-signed.
        var inner = version["auth_data"]!.objectValue!
        var signatures = inner["signatures"]!.objectValue![Self.alice]!.objectValue!
        signatures["ed25519:" + master] = nil
        inner["signatures"] = [Self.alice: .object(signatures)]
        let device = BackupTrust.judge(authData: inner, record: records[0], audit: IdentityAuditor().audit(records[0]))
        #expect(device.verdict == "untrusted: device ALICE2 signed it but is not-cross-signed")
        // An altered auth_data: the signature does not verify, a finding.
        inner["public_key"] = "AAAA"
        let altered = BackupTrust.judge(authData: inner, record: records[0], audit: IdentityAuditor().audit(records[0]))
        #expect(!altered.isTrusted && altered.hasInvalidSignature)
        #expect(altered.verdict == "untrusted: the signature by device ALICE2 (not-cross-signed) does not verify")
    }

    @Test("cross-signing keys made here verify with the audit, and sign what the other implementation made")
    func signing() throws {
        let user = "@dave:example.org"
        let keys = CrossSigningRole.allCases.map { CrossSigningPrivateKey.generate($0) }
        let body = try CrossSigningBodies.deviceSigningUpload(userID: user, master: keys[0], selfSigning: keys[1], userSigning: keys[2])
        #expect(body.keys == ["master_key", "self_signing_key", "user_signing_key"])
        let audit = IdentityAuditor().audit(UserKeysRecord(userID: user, masterKey: body["master_key"], selfSigningKey: body["self_signing_key"],
                                                           userSigningKey: body["user_signing_key"]))
        #expect([audit.master.status, audit.selfSigning.status, audit.userSigning.status] == [.valid, .valid, .valid])

        // Alice's self-signing key (its seed as the other implementation used it) signs ALICE2.
        let (records, _) = try Self.records("keys_query.json")
        let ssk = try CrossSigningPrivateKey(role: .selfSigning, text: Array(Base64.encode(Self.seed("@alice:example.org self_signing").unsafeCopy()).utf8) + [0x0A],
                                             source: "test")
        let device = try #require(records[0].devices[1].keys.objectValue)
        let signed = try CrossSigningBodies.signedForUpload(device, key: ssk, userID: Self.alice)
        #expect(signed["unsigned"] == nil && signed["signatures"]?[Self.alice]?.objectValue?.keys == [ssk.keyID])
        var merged = device
        var signatures = device["signatures"]!.objectValue![Self.alice]!.objectValue!
        signatures[ssk.keyID] = signed["signatures"]![Self.alice]![ssk.keyID]
        merged["signatures"] = [Self.alice: .object(signatures)]
        let after = IdentityAuditor().audit(UserKeysRecord(userID: Self.alice, masterKey: records[0].masterKey, selfSigningKey: records[0].selfSigningKey,
                                                           devices: [.init(deviceID: "ALICE2", keys: .object(merged))]))
        #expect(after.devices[0].verdict == .crossSigned)
        let upload = CrossSigningBodies.signaturesUpload([(Self.alice, "ALICE2", signed)])
        #expect(upload[Self.alice]?["ALICE2"] == .object(signed))
    }

    /// A source of `count` users with no keys, that throws at user `failAt` (if any) and counts how often
    /// it is asked after it has said it is done.
    final class CountingSource: UserKeysSource, @unchecked Sendable {
        struct Broken: Error, Equatable {}
        let count: Int, failAt: Int?
        var handedOut = 0, askedAfterEnd = 0

        init(count: Int, failAt: Int? = nil) {
            self.count = count
            self.failAt = failAt
        }

        func nextUser() throws -> UserKeysRecord? {
            if handedOut == failAt { throw Broken() }
            guard handedOut < count else {
                askedAfterEnd += 1
                return nil
            }
            handedOut += 1
            return UserKeysRecord(userID: "@u\(handedOut):example.org")
        }
    }

    @Test("run: every user once, in the source's order, in batches of at most 256 users, on 1 and 2 jobs; the source is not asked again once done")
    func runInBatches() throws {
        for jobs in [1, 2] {
            let source = CountingSource(count: 600)
            var batches: [Int] = [], users: [String] = []
            try IdentityAuditor().run(source, jobs: jobs, transform: { $0.userID }) { results in
                batches.append(results.count)
                users += results
            }
            #expect(batches == [256, 256, 88])
            #expect(users == (1...600).map { "@u\($0):example.org" })
            #expect(source.askedAfterEnd == 1)
        }
    }

    @Test("run: a source that fails mid-way: the batches before it are consumed, then its error is thrown")
    func runSourceFails() throws {
        let source = CountingSource(count: 600, failAt: 300)
        var consumed = 0
        #expect(throws: CountingSource.Broken()) {
            try IdentityAuditor().run(source, jobs: 2, transform: { $0.userID }) { consumed += $0.count }
        }
        #expect(consumed == 256)
        let empty = CountingSource(count: 0)
        try IdentityAuditor().run(empty, jobs: 1, transform: { $0.userID }) { _ in Issue.record("no batch was expected") }
        #expect(empty.askedAfterEnd == 1)
    }
}
