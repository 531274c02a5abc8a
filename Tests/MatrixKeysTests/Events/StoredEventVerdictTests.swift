import Testing
@testable import MatrixKeys

/// What a homeserver's own records change in a verdict (`EventVerification.judged(as:)`), the summary of
/// a run over stored events, and keys a config gives with an old key's kind.
@Suite("Stored events: event ID check, censored events, summaries")
struct StoredEventVerdictTests {
    static let t0: Int64 = 1_700_000_000_000
    static let key = try! SigningKey.generate(version: "a_one")
    static let ring = KeyRing(responses: [], explicitKeys: [
        KeyRing.ExplicitKey(server: "example.org", spec: PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey), source: "test"),
    ], fetchedAt: nil)

    static func signed(body: String = "hello") throws -> JSONObject {
        let event: JSONObject = [
            "type": "m.room.message", "sender": "@alice:example.org", "room_id": "!r:example.org",
            "content": .object(["body": .string(body), "msgtype": "m.text"]), "origin_server_ts": .integer(t0),
            "depth": 3, "prev_events": [], "auth_events": [],
        ]
        return try EventSigning.sign(event, version: .v11, server: "example.org", key: key)
    }

    static func verify(_ event: JSONObject, stored: StoredEvent) -> EventVerification {
        EventVerifier(keyRing: ring, version: .v11).verify(event).judged(as: stored)
    }

    static func stored(_ id: String, censored: Bool = false, rejection: String? = nil) -> StoredEvent {
        StoredEvent(eventID: id, roomID: "!r:example.org", streamOrdering: 7, outlier: false, rejectionReason: rejection, censored: censored)
    }

    @Test("an event stored under its own ID keeps its verdict; under another it is rejected with its own reason")
    func eventIDCheck() throws {
        let event = try Self.signed()
        let id = try EventHashes.eventID(event, version: .v11)
        let same = Self.verify(event, stored: Self.stored(id))
        #expect(same.verdict == .valid)
        #expect(same.reasons.isEmpty)
        #expect(!same.hasEventIDMismatch)

        let other = Self.verify(event, stored: Self.stored("$elsewhere"))
        #expect(other.verdict == .rejected)
        #expect(other.hasEventIDMismatch)
        #expect(other.reasons.map(\.description) == ["stored as $elsewhere, but its event ID is \(id)"])
    }

    @Test("content pruned after signing: redacted, or censored when the server says it censored the event")
    func censored() throws {
        var event = try Self.signed()
        event["content"] = .object([:])
        let id = try EventHashes.eventID(event, version: .v11)
        let plain = Self.verify(event, stored: Self.stored(id))
        #expect(plain.verdict == .redacted)
        let pruned = Self.verify(event, stored: Self.stored(id, censored: true))
        #expect(pruned.verdict == .censored)
        #expect(pruned.reasons.last?.description == "the server pruned it to its redacted form after redacting it (censored)")
        #expect(pruned.reasons.count == 2)
        // A censored event whose signature fails is tampering all the same.
        var forged = event
        forged["signatures"] = ["example.org": ["ed25519:a_one": .string(String(repeating: "A", count: 86))]]
        #expect(Self.verify(forged, stored: Self.stored(id, censored: true)).verdict == .rejected)
        // An intact event the server says it censored is valid: nothing was pruned that was signed.
        let intact = try Self.signed()
        #expect(Self.verify(intact, stored: Self.stored(try EventHashes.eventID(intact, version: .v11), censored: true)).verdict == .valid)
    }

    @Test("the stored report line: the stored ID, room, stream position, verdict, reasons, and the server's rejection")
    func reportLine() throws {
        let event = try Self.signed()
        let id = try EventHashes.eventID(event, version: .v11)
        let stored = Self.stored(id, rejection: "auth_error")
        let entry = EventStreamVerifier.Entry(location: .stored(stored), version: .v11, verification: Self.verify(event, stored: stored))
        #expect(entry.reportLine == "\(id) (room !r:example.org, stream 7): valid [the server rejected it: auth_error]")
        guard case .object(let json) = entry.json else { Issue.record("not an object"); return }
        #expect(json["server_rejected"] == "auth_error")
        #expect(json["room_version"] == "11")
        #expect(json["stored_event_id"] == .string(id))
    }

    @Test("the summary counts per verdict and per room, and its JSON adds up")
    func summary() throws {
        let event = try Self.signed()
        let id = try EventHashes.eventID(event, version: .v11)
        var summary = StoredEventSummary()
        for (stored, verification) in [
            (Self.stored(id), Self.verify(event, stored: Self.stored(id))),
            (Self.stored("$x", rejection: "auth_error"), Self.verify(event, stored: Self.stored("$x"))),
        ] {
            summary.add(StoredEventSummary.Record(EventStreamVerifier.Entry(location: .stored(stored), version: .v11, verification: verification)))
        }
        #expect(summary.total.text == "2 events: 1 valid, 0 redacted, 0 censored, 1 rejected")
        #expect(summary.total.idMismatches == 1)
        #expect(summary.total.serverRejected == 1)
        #expect(!summary.total.isAllValid)
        #expect(summary.roomTable.rows == [["!r:example.org", "11", "2", "1", "0", "0", "1", "1", "1", "0"]])
        #expect(CanonicalJSON.encode(.object(summary.json)) == Array(#"{"censored":0,"events":2,"id_mismatches":1,"outliers":0,"redacted":0,"rejected":1,"rooms":{"!r:example.org":{"censored":0,"events":2,"id_mismatches":1,"outliers":0,"redacted":0,"rejected":1,"room_version":"11","server_rejected":1,"valid":1}},"server_rejected":1,"valid":1}"#.utf8))
    }

    @Test("a config's retired key is an old key in the ring: valid before its expired_ts only (room version 5+)")
    func explicitOldKey() throws {
        let old = try SigningKey.generate(version: "a_old")
        let ring = KeyRing(responses: [], explicitKeys: [
            KeyRing.ExplicitKey(server: "example.org", spec: PublicKeySpec(keyID: old.keyID, publicKey: old.publicKey), source: "old_signing_keys", kind: .old(expiredTS: Self.t0)),
        ], fetchedAt: nil)
        #expect(ring.entries.map(\.kind) == [.old(expiredTS: Self.t0)])
        #expect(ring.entries.map(\.source) == [.explicit("old_signing_keys")])
        for (ts, verdict) in [(Self.t0 - 1, EventVerification.Verdict.valid), (Self.t0, .rejected)] {
            let event: JSONObject = [
                "type": "m.room.message", "sender": "@a:example.org", "room_id": "!r:example.org", "content": ["body": "x"],
                "origin_server_ts": .integer(ts), "depth": 1, "prev_events": [], "auth_events": [],
            ]
            let signed = try EventSigning.sign(event, version: .v11, server: "example.org", key: old)
            #expect(EventVerifier(keyRing: ring, version: .v11).verify(signed).verdict == verdict)
            // Room version 4 checks no validity period.
            #expect(EventVerifier(keyRing: ring, version: .v4).verify(try EventSigning.sign(event, version: .v4, server: "example.org", key: old)).verdict == .valid)
        }
    }

    @Test("a stored key response's source names the database and the record")
    func databaseKeySource() {
        #expect(KeySource.database("hs2.db", record: "server_keys_json localhost:8481 (ed25519:a_x)").description == "hs2.db: server_keys_json localhost:8481 (ed25519:a_x)")
    }
}
