import Testing
@testable import MatrixKeys

@Suite("Offline event verification (SPEC §7)")
struct EventVerificationTests {
    static let t0: Int64 = 1_700_000_000_000
    static let org = try! SigningKey.generate(version: "a_org")
    static let orgOld = try! SigningKey.generate(version: "a_old")
    static let other = try! SigningKey.generate(version: "a_other")

    /// example.org (a current key, and an old one retired at t0 + 1000) and other.example.
    static let ring: KeyRing = {
        let orgResponse = try! ServerKeyResponse.publish(
            serverName: "example.org", keys: [org],
            oldKeys: [OldKeySpec(keyID: orgOld.keyID, key: orgOld.publicKey, expiredTS: t0 + 1000)], validUntilTS: t0 + 86_400_000)
        let otherResponse = try! ServerKeyResponse.publish(serverName: "other.example", keys: [other], validUntilTS: t0 + 86_400_000)
        return KeyRing(responses: [
            .init(try! ServerKeyResponse(orgResponse), source: .file("org.json")), .init(try! ServerKeyResponse(otherResponse), source: .file("other.json")),
        ], fetchedAt: t0)
    }()

    static func event(_ sender: String = "@alice:example.org", ts: Int64 = t0 + 500, type: String = "m.room.message",
                      content: JSONObject = ["body": "hello"], extra: JSONObject = [:]) -> JSONObject {
        var event: JSONObject = [
            "type": .string(type), "sender": .string(sender), "room_id": "!r:example.org", "content": .object(content),
            "origin_server_ts": .integer(ts), "depth": 3, "prev_events": [], "auth_events": [],
        ]
        for (key, value) in extra { event[key] = value }
        return event
    }

    static func signed(_ event: JSONObject, _ signers: [(String, SigningKey)], version: RoomVersion = .v11) throws -> JSONObject {
        var result = event
        for (server, key) in signers { result = try EventSigning.sign(result, version: version, server: server, key: key) }
        return result
    }

    /// Verifies through the fast path (text) and the tree path, which must agree.
    static func verify(_ event: JSONObject, version: RoomVersion = .v11, ring: KeyRing = ring) -> EventVerification {
        let verifier = EventVerifier(keyRing: ring, version: version)
        let text = CanonicalJSON.encode(.object(event))
        let fast = text.withUnsafeBytes { verifier.verify($0, version: version, hasher: EventHasher()) }
        let tree = verifier.verify(event)
        let borrowed = verifier.verify(text.span)  // the public form
        #expect(fast.verdict == tree.verdict)
        #expect(fast.reasons == tree.reasons)
        #expect(fast.eventID == tree.eventID)
        #expect(borrowed.verdict == fast.verdict)
        #expect(borrowed.reasons == fast.reasons)
        #expect(borrowed.eventID == fast.eventID)
        return fast
    }

    @Test("valid, redacted (content changed after signing), and rejected for a bad signature or an unknown key")
    func verdicts() throws {
        let good = try Self.signed(Self.event(), [("example.org", Self.orgOld)])
        let valid = Self.verify(good)
        #expect(valid.verdict == .valid)
        #expect(valid.reasons.map(\.description) == [])
        #expect(valid.eventID == (try EventHashes.eventID(good, version: .v11)))
        #expect(valid.signers.map(\.check.checks) == [[KeyCheck(keyID: "ed25519:a_old", outcome: .verified(
            KeyValidity(isValid: true, reason: .old(expiredTS: Self.t0 + 1000, ts: Self.t0 + 500))), source: .file("org.json"))]])

        var altered = good
        altered["content"] = ["body": "changed"]
        let redacted = Self.verify(altered)
        #expect(redacted.verdict == .redacted)
        #expect(redacted.reasons.count == 1)
        #expect(redacted.reasons[0].description.hasPrefix("content hash differs: the event says "))
        #expect(redacted.eventID == valid.eventID)  // the ID covers the redacted form only

        let forger = try SigningKey(keyID: Self.org.keyID, privateKey: Ed25519.PrivateKey())
        let forged = Self.verify(try Self.signed(Self.event(), [("example.org", forger)]))
        #expect(forged.verdict == .rejected)
        #expect(forged.reasons.map(\.description) == ["example.org: ed25519:a_org: signature does not verify"])

        let unknown = Self.verify(try Self.signed(Self.event("@x:nowhere.example"), [("nowhere.example", Self.org)]))
        #expect(unknown.reasons.map(\.description) == ["nowhere.example: no valid signature (ed25519:a_org: unknown key)"])

        let unsigned = Self.verify(try EventHashes.addingContentHash(Self.event()))
        #expect(unsigned.reasons.map(\.description) == ["example.org: the event has no signatures"])
    }

    @Test("key validity: an old key verifies before expired_ts, not at it, in v5+; room version 4 does not check")
    func validity() throws {
        let late = try Self.signed(Self.event(ts: Self.t0 + 1000), [("example.org", Self.orgOld)], version: .v4)
        #expect(Self.verify(late, version: .v4).verdict == .valid)
        let rejected = Self.verify(late, version: .v5)
        #expect(rejected.verdict == .rejected)
        #expect(rejected.reasons.map(\.description) == ["example.org: no valid signature (ed25519:a_old: outside its validity period (old key, ts \(Timestamp.describe(Self.t0 + 1000)) ≥ expired_ts \(Timestamp.describe(Self.t0 + 1000))))"])
        // The current key: capped at fetched_at + 7 days, below valid_until_ts here (1 day): the response's value rules.
        let current = try Self.signed(Self.event(ts: Self.t0 + 86_400_001), [("example.org", Self.org)])
        #expect(Self.verify(current).verdict == .rejected)
        let missingTS = try Self.signed(Self.event().removingValue(forKey: "origin_server_ts"), [("example.org", Self.org)])
        #expect(Self.verify(missingTS).reasons.map(\.description) == ["example.org: no valid signature (ed25519:a_org: outside its validity period (no origin_server_ts to check the key's validity period against))"])
    }

    @Test("required signers: restricted joins in v8+, the event ID's server in v1–v2, none for a third-party invite's sender")
    func requiredSigners() throws {
        let join = Self.event("@bob:other.example", type: "m.room.member",
                              content: ["membership": "join", "join_authorised_via_users_server": "@alice:example.org"],
                              extra: ["state_key": "@bob:other.example"])
        let both = try Self.signed(join, [("other.example", Self.other), ("example.org", Self.org)], version: .v8)
        #expect(Self.verify(both, version: .v8).verdict == .valid)
        #expect(Self.verify(both, version: .v8).signers.map(\.signer.server) == ["other.example", "example.org"])
        let joinerOnly = try Self.signed(join, [("other.example", Self.other)], version: .v8)
        #expect(Self.verify(joinerOnly, version: .v8).reasons.map(\.description) == ["example.org: no signature by example.org"])
        #expect(Self.verify(joinerOnly, version: .v7).verdict == .valid)  // before restricted joins

        let v1 = Self.event(extra: ["event_id": "$abc:other.example"])
        let senderOnly = try Self.signed(v1, [("example.org", Self.org)], version: .v1)
        let result = Self.verify(senderOnly, version: .v1)
        #expect(result.eventID == "$abc:other.example")
        #expect(result.reasons.map(\.description) == ["other.example: no signature by other.example"])
        #expect(Self.verify(try Self.signed(v1, [("example.org", Self.org), ("other.example", Self.other)], version: .v1), version: .v1).verdict == .valid)

        // A third-party invite: the sender's server is not required (the invite's own token is checked by auth rules).
        let invite = Self.event(type: "m.room.member", content: ["membership": "invite", "third_party_invite": ["signed": ["token": "t"]]],
                                extra: ["state_key": "@carol:third.example"])
        let hashed = try EventHashes.addingContentHash(invite)
        let verified = Self.verify(hashed)
        #expect(verified.signers.isEmpty)
        #expect(verified.verdict == .valid)
    }

    @Test("unreadable events are rejected with the reason, not thrown")
    func unreadable() {
        let verifier = EventVerifier(keyRing: Self.ring, version: .v11)
        let hasher = EventHasher()
        let notJSON = Array("{oops".utf8).withUnsafeBytes { verifier.verify($0, version: .v11, hasher: hasher) }
        #expect(notJSON.verdict == .rejected)
        #expect(notJSON.reasons.map(\.description) == ["not valid JSON: unexpected character 'o' at byte 1"])
        let float = Array(#"{"sender":"@a:b","n":1.5}"#.utf8).withUnsafeBytes { verifier.verify($0, version: .v11, hasher: hasher) }
        #expect(float.reasons.map(\.description) == ["not valid JSON: 1.5 is not an integer (strict canonical JSON allows integers only) at byte 21, at $.n"])
        let noSender = Array(#"{"type":"m.room.message"}"#.utf8).withUnsafeBytes { verifier.verify($0, version: .v11, hasher: hasher) }
        #expect(noSender.reasons.map(\.description) == ["the required signers cannot be worked out: sender: missing or not a string"])
        let array = Array("[1]".utf8).withUnsafeBytes { verifier.verify($0, version: .v11, hasher: hasher) }
        #expect(array.reasons.map(\.description) == ["the event must be a JSON object"])
    }

    @Test("the fast digest equals the tree's for random events in every room version", arguments: RoomVersion.all)
    func digestAgreement(version: RoomVersion) throws {
        var rng = SplitMix64(seed: 4000 + (UInt64(version.identifier) ?? 0))
        let hasher = EventHasher()
        for _ in 0..<200 {
            let event = EventHasherTests.event(&rng)
            let text = Bool.random(using: &rng) ? CanonicalJSON.encodeString(.object(event)) : RandomJSON.looseText(.object(event), &rng)
            let bytes = Array(text.utf8)
            guard case .object(let parsed) = try JSONParser.parse(bytes, mode: version.numberMode) else { continue }
            let tree = EventDigest(event: parsed, version: version)
            let fast = try bytes.withUnsafeBytes { try hasher.digest($0, version: version) }
            #expect(fast.signedBytes == tree.signedBytes, "\(text)")
            #expect(fast.referenceHash == tree.referenceHash)
            #expect(fast.contentHash == tree.contentHash, "\(text)")
            for field in ["sender", "type", "event_id", "origin_server_ts", "hashes", "signatures", "state_key"] {
                #expect(fast.fields[field] == parsed[field], "\(field) in \(text)")
            }
            if parsed["type"] == .string("m.room.member") { #expect(fast.fields["content"] == parsed["content"]) }
        }
    }

    @Test("the verification vectors of event_hashing.json through the verifier")
    func vectors() throws {
        let cases = try Vectors.cases("event_hashing").filter { $0.expected["signature_verifies"] != nil || $0.expected["verify_event"] != nil }
        #expect(cases.count == 7)
        for vector in cases {
            let input = vector.input
            let version = try RoomVersion(identifier: try input.string("room_version"))
            let server = try input.string("signing_entity")
            let key = try vector.signingKey()
            let event = try jsonObject(input["event"])
            let ring = KeyRing(responses: [], explicitKeys: [.init(server: server, spec: PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey), source: "vector")], fetchedAt: 0)
            // Some vectors have no sender (so no required signers): check the signing entity's signature directly.
            let digest = EventDigest(event: event, version: version)
            let message = digest.signedBytes
            let check = SignatureChecker.check(signatures: event["signatures"], entity: server, message: message.span, keys: ring, rule: .event(at: nil, version: version))
            if let verifies = vector.expected["signature_verifies"] as? Bool {
                #expect(check.isValid == verifies, "\(vector["description"] ?? "")")
            } else {
                #expect(check.isValid)
                #expect(EventVerifier(keyRing: ring, version: version).verify(event).verdict == .valid)
            }
        }
    }
}

private extension JSONObject {
    func removingValue(forKey key: String) -> JSONObject {
        var copy = self
        copy.removeValue(forKey: key)
        return copy
    }
}

@Suite("One signature rule for signed JSON and events (SPEC §3)")
struct SignatureRuleTests {
    static let key = try! SigningKey.generate(version: "a_k")
    static let stranger = try! SigningKey.generate(version: "a_s")

    /// The event signed by example.org, with `extra` signatures of example.org added beside the good one.
    static func event(extra: JSONObject) throws -> JSONObject {
        var event = try EventVerificationTests.signed(EventVerificationTests.event(), [("example.org", key)])
        var all = try #require(event["signatures"]?.objectValue)
        var mine = try #require(all["example.org"]?.objectValue)
        for (id, value) in extra { mine[id] = value }
        all["example.org"] = .object(mine)
        event["signatures"] = .object(all)
        return event
    }

    @Test("each extra signature beside a good one: the same verdict from SignedJSON.verify and the event verifier",
          arguments: [
            // (key ID, value, valid?, the extra signature's result)
            ("ed25519:", "AAAA", true, "invalid_key_id"),
            ("nocolon", "AAAA", true, "invalid_key_id"),
            (":x", "AAAA", true, "invalid_key_id"),
            ("curve25519:x", "AAAA", true, "unsupported_algorithm"),
            ("ed25519:unknown", "not base64!", true, "unknown_key"),
            ("ed25519:a_k2", "bad", false, "malformed"),
            ("ed25519:a_k2", "sig", false, "bad_signature"),
          ])
    func rule(id: String, value: String, valid: Bool, result: String) throws {
        // ed25519:a_k2 is a second known key of example.org: its signature is checked.
        let second = try SigningKey(keyID: .ed25519("a_k2"), privateKey: Self.stranger.privateKey)
        var signatureValue = JSONValue.string(value)
        if value == "sig" { signatureValue = .string(Self.stranger.privateKey.signature(for: Array("other bytes".utf8)).base64) }
        let event = try Self.event(extra: [id: signatureValue])
        let keys = [Self.key.keyID: Self.key.publicKey, second.keyID: second.publicKey]

        let redacted = Redaction.redact(event, version: .v11)
        let plain = SignedJSON.verify(redacted, entity: "example.org", keys: keys)
        let ring = KeyRing(responses: [], explicitKeys: keys.map {
            KeyRing.ExplicitKey(server: "example.org", spec: PublicKeySpec(keyID: $0.key, publicKey: $0.value), source: "test")
        }, fetchedAt: nil)
        let verification = EventVerifier(keyRing: ring, version: .v11).verify(event)
        let check = try #require(verification.signers.first?.check)

        #expect(plain.isValid == valid)
        #expect(check.isValid == valid)
        #expect(verification.verdict == (valid ? .valid : .rejected))
        #expect(plain.checks.first { $0.keyID == id }?.result == result)
        #expect(check.checks.first { $0.keyID == id }?.result == result)
        #expect(plain.verified == ["ed25519:a_k"])
    }

    @Test("a key outside its validity period is skipped, beside a good signature and alone")
    func outsideValidity() throws {
        // example.org's old key a_old expired at t0 + 1000; the event is at t0 + 2000.
        let late = try EventVerificationTests.signed(
            EventVerificationTests.event(ts: EventVerificationTests.t0 + 2000), [("example.org", EventVerificationTests.orgOld)])
        let alone = EventVerificationTests.verify(late)
        #expect(alone.verdict == .rejected)
        #expect(alone.reasons.map(\.description) == [
            "example.org: no valid signature (ed25519:a_old: outside its validity period (old key, ts 1700000002000 (2023-11-14T22:13:22Z) ≥ expired_ts 1700000001000 (2023-11-14T22:13:21Z)))"
        ])
        let both = try EventVerificationTests.signed(late, [("example.org", EventVerificationTests.org)])
        #expect(EventVerificationTests.verify(both).verdict == .valid)
    }
}

/// Events held in memory, each with its own room version: a source like a homeserver's database.
final class MemorySource: EventSource {
    private let events: [(bytes: [UInt8], version: RoomVersion?)]
    private var index = 0

    init(_ events: [(bytes: [UInt8], version: RoomVersion?)]) { self.events = events }

    func nextEvent<R>(_ body: (SourcedEvent, Span<UInt8>) throws -> R) throws -> R? {
        guard index < events.count else { return nil }
        defer { index += 1 }
        let (bytes, version) = events[index]
        return try body(SourcedEvent(location: .element(index), version: version), bytes.span)
    }
}

@Suite("Event sources: each event under its own room version")
struct EventSourceTests {
    @Test("one run, events of several versions: the source's version wins, the verifier's is the default", arguments: [1, 2])
    func mixedVersions(jobs: Int) throws {
        // Signed with example.org's old key after it expired: valid where validity is not checked (v4),
        // rejected where it is (v5 and later).
        let late = try EventVerificationTests.signed(
            EventVerificationTests.event(ts: EventVerificationTests.t0 + 2000), [("example.org", EventVerificationTests.orgOld)], version: .v5)
        let bytes = CanonicalJSON.encode(.object(late))
        let source = MemorySource([(bytes, .v4), (bytes, .v5), (bytes, nil), (bytes, .v4)])
        let stream = EventStreamVerifier(verifier: EventVerifier(keyRing: EventVerificationTests.ring, version: .v11), jobs: jobs)
        var seen: [String] = []
        try stream.run(source, transform: { "\($0.location) v\($0.version?.identifier ?? "?") \($0.verification.verdict)" }) { seen += $0 }
        #expect(seen == ["element 0 v4 valid", "element 1 v5 rejected", "element 2 v11 rejected", "element 3 v4 valid"])

        let noDefault = EventStreamVerifier(verifier: EventVerifier(keyRing: EventVerificationTests.ring, version: nil), jobs: jobs)
        var reasons: [String] = []
        try noDefault.run(MemorySource([(bytes, nil)]), transform: { $0.verification.reasons.map(\.description) }) { reasons += $0.joined() }
        #expect(reasons == ["the event's room version is not known"])
    }

    @Test("locations read as reports name them")
    func locations() {
        #expect(EventLocation.line(12).description == "line 12")
        #expect(EventLocation.line(3, list: "auth_chain").description == "line 3 (auth_chain)")
        #expect(EventLocation.element(4).description == "element 4")
        let stored = StoredEvent(eventID: "$e", roomID: "!r:x", streamOrdering: 42, outlier: true, rejectionReason: "auth_error", censored: true)
        #expect(EventLocation.stored(stored).description == "$e (stream 42)")
        #expect(CanonicalJSON.encode(.object(JSONObject(EventLocation.stored(stored).jsonMembers.map { ($0.key, $0.value) })))
            == Array(#"{"censored":true,"outlier":true,"room_id":"!r:x","server_rejected":"auth_error","stored_event_id":"$e","stream_ordering":42}"#.utf8))
    }
}
