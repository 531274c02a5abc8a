import Foundation
import Testing
@testable import MatrixKeys

@Suite("Content hashes, reference hashes, event IDs, signing events (SPEC §7)")
struct EventHashTests {
    nonisolated(unsafe) static let cases: [[String: Any]] = (try? Vectors.cases("event_hashing")) ?? []



    @Test("all 19 vectors are used")
    func count() { #expect(Self.cases.count == 19) }

    @Test("signing events: content hash, signature and the signed event (spec, gomatrixserverlib, ruma, Synapse)")
    func signing() throws {
        let signingCases = Self.cases.filter { $0.expected["signature"] != nil }
        #expect(signingCases.count == 8)
        for vector in signingCases {
            let input = vector.input
            let expected = vector.expected
            let version = try RoomVersion(identifier: try input.string("room_version"))
            let event = try jsonObject(input["event"])
            #expect(Base64.encode(EventHashes.contentHash(event)) == (try expected.string("content_hash_sha256")), "\(vector.source)")
            let signed = try EventSigning.sign(event, version: version, server: try input.string("signing_entity"), key: vector.signingKey())
            let signature = signed["signatures"]?[try input.string("signing_entity")]?[try input.string("key_id")]
            #expect(signature == .string(try expected.string("signature")), "\(vector["description"] ?? "")")
            if let compact = expected["signed_event_compact"] as? String {
                #expect(CanonicalJSON.encodeString(.object(signed)) == compact)
            } else if let whole = expected["signed_event"] {
                #expect(signed == (try jsonObject(whole)))
            }
            #expect(EventHashes.checkContentHash(signed) == .matches)
        }
    }

    @Test("verifying event signatures after redaction (gomatrixserverlib, ruma)")
    func verifying() throws {
        let verifyCases = Self.cases.filter { $0.expected["signature_verifies"] != nil || $0.expected["verify_event"] != nil }
        #expect(verifyCases.count == 7)
        for vector in verifyCases {
            let input = vector.input
            let version = try RoomVersion(identifier: try input.string("room_version"))
            let event = try jsonObject(input["event"])
            let key = try vector.signingKey()
            let server = try input.string("signing_entity")
            let report = EventSigning.verifySignatures(event, version: version, server: server, keys: FixedVerifyKeys(entity: server, keys: [key.keyID: key.publicKey]))
            if let verifies = vector.expected["signature_verifies"] as? Bool {
                #expect(report.isValid == verifies, "\(vector["description"] ?? "")")
            } else {
                // ruma's verify_event: the signature verifies and the content hash matches.
                #expect(report.isValid)
                #expect(EventHashes.checkContentHash(event) == .matches)
            }
        }
    }

    @Test("adding the content hash to an event without signatures or unsigned")
    func addHash() throws {
        let vector = try #require(Self.cases.first { $0.expected["event_with_hash"] != nil })
        let event = try jsonObject(vector.input["event"])
        let hashed = try EventHashes.addingContentHash(event)
        #expect(hashed == (try jsonObject(vector.expected["event_with_hash"])))
        #expect(hashed["hashes"]?["sha256"] == .string(try vector.expected.string("content_hash_sha256")))
    }

    @Test("event IDs: v1 reads event_id, v3 standard base64, v4+ URL-safe")
    func eventIDs() throws {
        let idCases = Self.cases.filter { $0.expected["event_id"] != nil }
        #expect(idCases.count == 3)
        for vector in idCases {
            let input = vector.input
            let version = try RoomVersion(identifier: try input.string("room_version"))
            guard case .object(let event) = try JSONParser.parse(try input.string("event_json_text"), mode: version.numberMode) else {
                Issue.record("not an object"); continue
            }
            #expect(try EventHashes.eventID(event, version: version) == (try vector.expected.string("event_id")))
        }
    }

    static let create: JSONObject = [
        "type": "m.room.create", "state_key": "", "sender": "@alice:example.org", "origin_server_ts": 1_700_000_000_000,
        "content": ["room_version": "12", "m.federate": true], "depth": 1, "auth_events": [], "prev_events": [],
        "hashes": ["sha256": "x"], "unsigned": ["age": 5],
    ]

    @Test("v12 room IDs: ! + URL-safe base64 of the create event's reference hash; room_id is an error")
    func roomID() throws {
        let id = try EventHashes.roomID(ofCreateEvent: Self.create, version: .v12)
        #expect(id == "!" + Base64.encode(EventHashes.referenceHash(Self.create, version: .v12), alphabet: .urlSafe))
        #expect(id.count == 44)
        // The room ID of the create event is its event ID with ! for $.
        #expect(try EventHashes.eventID(Self.create, version: .v12) == "$" + id.dropFirst())
        var withRoom = Self.create
        withRoom["room_id"] = "!old:example.org"
        #expect(throws: EventError.createEventHasRoomID) { try EventHashes.roomID(ofCreateEvent: withRoom, version: .v12) }
        #expect(throws: EventError.roomIDNotDerived("room version 11")) { try EventHashes.roomID(ofCreateEvent: Self.create, version: .v11) }
        var message = Self.create
        message["type"] = "m.room.message"
        #expect(throws: EventError.notACreateEvent("m.room.message")) { try EventHashes.roomID(ofCreateEvent: message, version: .v12) }
    }

    @Test("property: the event ID ignores unsigned, signatures and content that redaction removes", arguments: [RoomVersion.v3, .v4, .v6, .v11, .v12])
    func idStability(version: RoomVersion) throws {
        var rng = SplitMix64(seed: 7)
        var event: JSONObject = ["type": "m.room.message", "sender": "@a:x", "room_id": "!r:x", "origin_server_ts": 5,
                                 "content": ["body": "hello"], "depth": 3, "prev_events": [], "auth_events": []]
        let id = try EventHashes.eventID(event, version: version)
        for _ in 0..<20 {
            event["unsigned"] = RandomJSON.value(&rng)
            event["signatures"] = .object(RandomJSON.object(&rng))
            event["content"] = .object(RandomJSON.object(&rng))
            #expect(try EventHashes.eventID(event, version: version) == id)
        }
        event["depth"] = 4
        #expect(try EventHashes.eventID(event, version: version) != id)
    }

    @Test("property: sign, then the hash checks and the signature verifies; other servers' signatures are kept")
    func signThenVerify() throws {
        let key = try SigningKey.generate()
        let other = try SigningKey.generate()
        var rng = SplitMix64(seed: 11)
        for version in RoomVersion.all {
            var event = RandomJSON.object(&rng)
            event["type"] = "m.room.message"
            event["sender"] = "@a:one.example"
            event["event_id"] = "$abc:one.example"
            event["content"] = .object(RandomJSON.object(&rng))
            let first = try EventSigning.sign(event, version: version, server: "two.example", key: other)
            let signed = try EventSigning.sign(first, version: version, server: "one.example", key: key)
            #expect(EventHashes.checkContentHash(signed) == .matches)
            #expect(EventSigning.verifySignatures(signed, version: version, server: "one.example", keys: FixedVerifyKeys(entity: "one.example", keys: [key.keyID: key.publicKey])).isValid)
            #expect(EventSigning.verifySignatures(signed, version: version, server: "two.example", keys: FixedVerifyKeys(entity: "two.example", keys: [other.keyID: other.publicKey])).isValid)
            var altered = signed
            altered["content"] = ["changed": true]
            if case .differs = EventHashes.checkContentHash(altered) {} else { Issue.record("hash should differ") }
            // Content is redacted before signing, so the signature still verifies (the event is accepted redacted).
            #expect(EventSigning.verifySignatures(altered, version: version, server: "one.example", keys: FixedVerifyKeys(entity: "one.example", keys: [key.keyID: key.publicKey])).isValid)
        }
    }

    @Test("content hash check outcomes")
    func hashCheck() {
        #expect(EventHashes.checkContentHash(["a": 1]) == .missing)
        #expect(EventHashes.checkContentHash(["hashes": ["sha256": 5]]) == .malformed("hashes.sha256 is not a string"))
        #expect(EventHashes.checkContentHash(["hashes": ["sha256": "AAAA"]]) == .malformed("hashes.sha256: decoded to 3 bytes, expected 32"))
    }
}

@Suite("Required signers (SPEC §7)")
struct RequiredSignerTests {
    func servers(_ event: JSONObject, _ version: RoomVersion) throws -> [String] {
        try RequiredSigners.of(event, version: version).map(\.server)
    }

    @Test("the sender's server; v1/v2 also the event ID's server")
    func basic() throws {
        let event: JSONObject = ["type": "m.room.message", "sender": "@a:one.example", "event_id": "$x:two.example", "content": [:]]
        #expect(try servers(event, .v1) == ["one.example", "two.example"])
        #expect(try servers(event, .v2) == ["one.example", "two.example"])
        #expect(try servers(event, .v3) == ["one.example"])
        let same: JSONObject = ["type": "m.room.message", "sender": "@a:one.example", "event_id": "$x:one.example", "content": [:]]
        let signers = try RequiredSigners.of(same, version: .v1)
        #expect(signers.count == 1)
        #expect(signers[0].description == "one.example (server of the sender @a:one.example; server of the event ID $x:one.example)")
    }

    @Test("restricted joins need the authorising server from v8 on")
    func restricted() throws {
        let join: JSONObject = ["type": "m.room.member", "sender": "@a:one.example", "state_key": "@a:one.example",
                                "content": ["membership": "join", "join_authorised_via_users_server": "@b:two.example"]]
        #expect(try servers(join, .v7) == ["one.example"])
        #expect(try servers(join, .v8) == ["one.example", "two.example"])
        #expect(try RequiredSigners.of(join, version: .v12)[1].reasons == [.authorisingServer("@b:two.example")])
        var leave = join
        leave["content"] = ["membership": "leave", "join_authorised_via_users_server": "@b:two.example"]
        #expect(try servers(leave, .v9) == ["one.example"])
    }

    @Test("third-party invites do not need the sender's server")
    func thirdParty() throws {
        let invite: JSONObject = ["type": "m.room.member", "sender": "@a:one.example", "state_key": "@c:three.example",
                                  "content": ["membership": "invite", "third_party_invite": ["signed": [:]]]]
        #expect(try servers(invite, .v10) == [])
        var v1Invite = invite
        v1Invite["event_id"] = "$i:one.example"
        // In v1/v2 the event ID's server must still sign.
        #expect(try servers(v1Invite, .v1) == ["one.example"])
        #expect(try RequiredSigners.of(v1Invite, version: .v1)[0].reasons == [.eventID("$i:one.example")])
    }

    @Test("bad identifiers are errors naming the field")
    func errors() {
        #expect(throws: EventError.invalidField("sender", reason: "missing or not a string")) {
            try RequiredSigners.of(["type": "x"], version: .v10)
        }
        #expect(throws: EventError.invalidField("sender", reason: "\"nobody\" has no server name")) {
            try RequiredSigners.of(["sender": "nobody"], version: .v10)
        }
        #expect(throws: EventError.invalidField("content.join_authorised_via_users_server", reason: "not a string")) {
            try RequiredSigners.of(["type": "m.room.member", "sender": "@a:x", "content": ["membership": "join", "join_authorised_via_users_server": 5]], version: .v9)
        }
    }
}
