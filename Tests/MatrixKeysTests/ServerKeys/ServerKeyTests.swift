import Testing
@testable import MatrixKeys

@Suite("Server key responses, key validity and the key ring (SPEC §4)")
struct ServerKeyTests {
    static let day: Int64 = 86_400_000

    @Test("every server_keys.json case")
    func vectors() throws {
        let cases = try Vectors.cases("server_keys")
        #expect(cases.count == 7)
        var checked = 0
        for vector in cases {
            let input = vector.input
            let description = vector["description"] as? String ?? ""
            if let text = input["server_keys_response_text"] as? String {
                // A saved response, as text: its self-signature verifies.
                let response = try #require(try ServerKeyResponse.parseAll(bytes(text)).first)
                #expect(response.serverName == "localhost:8800")
                #expect(response.selfSignatureReport().isValid, "\(description)")
                #expect(response.oldVerifyKeys[try KeyID(parsing: "ed25519:old")]?.expiredTS == 929_059_200)
                checked += 1
            } else if let store = input["key_store"] as? [String: Any] {
                // The response signed with a key from a key store, judged at verify_at_ts.
                let object = try jsonObject(input["server_keys_response"])
                let server = try input.string("server_name")
                let at = Int64(try input.int("verify_at_ts"))
                let strict = (try input.string("validity_check")).hasPrefix("strict")
                var verifies = false
                for (id, raw) in store {
                    let entry = try #require(raw as? [String: Any])
                    let key = try Ed25519.PublicKey(base64: try entry.string("key"))
                    let kind: VerifyKey.Kind = entry["expired_ts"] != nil
                        ? .old(expiredTS: Int64(try entry.int("expired_ts"))) : .current(validUntilTS: Int64(try entry.int("valid_until_ts")))
                    // Fetched when checked, so the 7-day cap does not bite before valid_until_ts.
                    let validity = KeyValidity.decide(kind, fetchedAt: at, ts: at, version: strict ? .v5 : .v4)
                    let report = SignedJSON.verify(object, entity: server, keys: [try KeyID(parsing: id): key])
                    if validity.isValid && report.isValid { verifies = true }
                }
                #expect(verifies == (vector.expected["verifies"] as? Bool), "\(description)")
                checked += 1
            } else if input["expired_ts"] != nil {
                let expired = Int64(try input.int("expired_ts"))
                let times = try #require(input["check_ts"] as? [Int])
                let results = times.map { KeyValidity.decide(.old(expiredTS: expired), fetchedAt: 0, ts: Int64($0), version: .v5).isValid }
                #expect(results == (vector.expected["valid"] as? [Bool]))
                checked += 1
            } else {
                // valid_until_ts = now + 14 days, fetched now: valid at now + 5 days, not at now + 9 days.
                let now: Int64 = 1_700_000_000_000
                let kind = VerifyKey.Kind.current(validUntilTS: now + 14 * Self.day)
                let results = [5, 9].map { KeyValidity.decide(kind, fetchedAt: now, ts: now + $0 * Self.day, version: .v5).isValid }
                #expect(results == (vector.expected["valid"] as? [Bool]))
                checked += 1
            }
        }
        #expect(checked == 7)
    }

    @Test("validity boundaries: valid_until_ts itself, expired_ts − 1 and expired_ts, the 7-day cap on both sides, v4 against v5")
    func boundaries() {
        let fetched: Int64 = 1_000_000_000_000
        let until = fetched + 3 * Self.day
        func current(_ ts: Int64, fetchedAt: Int64? = fetched, until: Int64 = until, version: RoomVersion = .v5) -> Bool {
            KeyValidity.decide(.current(validUntilTS: until), fetchedAt: fetchedAt, ts: ts, version: version).isValid
        }
        #expect(current(until))
        #expect(!current(until + 1))
        // The cap: a far-future valid_until_ts counts only up to fetched_at + 7 days.
        let far = fetched + 365 * Self.day
        #expect(current(fetched + 7 * Self.day, until: far))
        #expect(!current(fetched + 7 * Self.day + 1, until: far))
        #expect(current(fetched + 7 * Self.day + 1, fetchedAt: nil, until: far))
        // Room versions 1–4 do not look at time at all.
        #expect(current(far + 1, until: far, version: .v4))
        #expect(KeyValidity.decide(.old(expiredTS: 500), fetchedAt: 0, ts: 10_000, version: .v4).reason == .notEnforced(roomVersion: "4"))
        let old = { (ts: Int64) in KeyValidity.decide(.old(expiredTS: 500), fetchedAt: 0, ts: ts, version: .v5) }
        #expect(old(499).isValid)
        #expect(!old(500).isValid)
        #expect(old(500).description == "old key, ts 500 (1970-01-01T00:00:00.500Z) ≥ expired_ts 500 (1970-01-01T00:00:00.500Z)")
        #expect(!KeyValidity.decide(.current(validUntilTS: nil), fetchedAt: 0, ts: 1, version: .v5).isValid)
        #expect(KeyValidity.decide(.old(expiredTS: 500), fetchedAt: 0, ts: nil, version: .v6).reason == .noTimestamp)
        #expect(KeyValidity.decide(.explicit, fetchedAt: 0, ts: 1, version: .v12).isValid)
        let capped = KeyValidity.decide(.current(validUntilTS: far), fetchedAt: fetched, ts: fetched + 8 * Self.day, version: .v5)
        #expect(capped.description == "valid_until_ts \(Timestamp.describe(far)) capped to \(Timestamp.describe(fetched + 7 * Self.day)) (fetched_at \(fetched) + 7 days) < ts \(Timestamp.describe(fetched + 8 * Self.day))")
    }

    @Test("publishing: every key signs, old keys carry expired_ts, and the response reads back")
    func publish() throws {
        let a = try SigningKey.generate(version: "a_one")
        let b = try SigningKey.generate(version: "a_two")
        let retired = Ed25519.PrivateKey().publicKey
        let old = try OldKeySpec(parsing: "ed25519:a_old=\(retired.base64)@1700000000000", now: 0)
        let object = try ServerKeyResponse.publish(serverName: "example.org", keys: [a, b], oldKeys: [old], validUntilTS: 99)
        let response = try ServerKeyResponse(object)
        #expect(response.validUntilTS == 99)
        #expect(response.verifyKeys.count == 2)
        #expect(response.oldVerifyKeys[try KeyID(parsing: "ed25519:a_old")] == ServerKeyResponse.OldKey(key: retired, expiredTS: 1_700_000_000_000))
        let report = response.selfSignatureReport()
        #expect(report.isValid)
        #expect(report.verified == ["ed25519:a_one", "ed25519:a_two"])
        #expect(throws: ServerKeyError.invalidField(field: "old key \"ed25519:x=AAAA\"", reason: "expected ed25519:ID=BASE64@EXPIRED_TS")) {
            try OldKeySpec(parsing: "ed25519:x=AAAA", now: 0)
        }
        #expect(throws: ServerKeyError.invalidField(field: "old key \"ed25519:x=AAAA@1234\"", reason: "EXPIRED_TS: \(Timestamp.ParseError.seconds("1234"))")) {
            try OldKeySpec(parsing: "ed25519:x=AAAA@1234", now: 0)
        }
        #expect(try OldKeySpec(parsing: "ed25519:a_old=\(retired.base64)@2026-11-22T10:00:00Z", now: 0).expiredTS == 1_795_341_600_000)
        #expect(throws: ServerKeyError.invalidField(field: "old keys", reason: "ed25519:a_one is also a current key")) {
            try ServerKeyResponse.publish(serverName: "example.org", keys: [a], oldKeys: [OldKeySpec(keyID: a.keyID, key: a.publicKey, expiredTS: 1)], validUntilTS: 1)
        }
    }

    static func response(_ server: String, _ key: SigningKey, notary: (String, SigningKey)? = nil) throws -> ServerKeyResponse {
        var object = try ServerKeyResponse.publish(serverName: server, keys: [key], validUntilTS: 1_900_000_000_000)
        if let (name, notaryKey) = notary { object = try SignedJSON.sign(object, entity: name, key: notaryKey) }
        return try ServerKeyResponse(object)
    }

    @Test("the key ring: a failing self-signature keeps a response out; notary signatures are checked when the notary is known")
    func keyRing() throws {
        let org = try SigningKey.generate(version: "a_org")
        let notary = try SigningKey.generate(version: "a_notary")
        let stranger = try SigningKey.generate(version: "a_x")
        let forged = try SigningKey(keyID: notary.keyID, privateKey: Ed25519.PrivateKey())
        var tampered = try Self.response("tampered.example", try SigningKey.generate(version: "a_t")).object
        tampered["valid_until_ts"] = .integer(5)
        let ring = KeyRing(responses: [
            .init(try Self.response("notary.example", notary), source: .file("notary.json")),
            .init(try Self.response("example.org", org, notary: ("notary.example", notary)), source: .file("good.json")),
            .init(try Self.response("other.example", try SigningKey.generate(version: "a_o"), notary: ("notary.example", forged)), source: .file("bad.json")),
            .init(try Self.response("third.example", try SigningKey.generate(version: "a_3"), notary: ("unknown.example", stranger)), source: .file("unchecked.json")),
            .init(try ServerKeyResponse(tampered), source: .file("tampered.json")),
        ], fetchedAt: 0)
        #expect(ring.servers == ["example.org", "notary.example", "third.example"])
        #expect(ring.verifyKeys(server: "example.org", keyID: "ed25519:a_org").map(\.source) == [.file("good.json")])
        #expect(ring.verifyKeys(server: "tampered.example", keyID: "ed25519:a_t").isEmpty)
        #expect(ring.rejected.map(\.description) == [
            "tampered.json: keys of tampered.example not used: self-signature: ed25519:a_t: signature does not verify",
            "bad.json: keys of other.example not used: notary signature of notary.example: ed25519:a_notary: signature does not verify",
        ])
        #expect(ring.notes.map(\.description) == [
            "good.json: signature of notary.example on the keys of example.org verified",
            "unchecked.json: signature of unknown.example on the keys of third.example not checked (no keys of unknown.example known)",
        ])
    }
}
