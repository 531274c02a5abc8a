/// Offline verification of events (SPEC §7): the required signers' signatures against a key ring, key
/// validity at the event's `origin_server_ts`, and the content hash, giving a verdict with its reasons.
public struct EventVerification: Sendable {
    public enum Verdict: String, Sendable, Equatable {
        /// Every required signer has a valid signature and the content hash matches.
        case valid
        /// The signatures are fine but the content hash is not: the event is accepted in redacted form.
        case redacted
        /// A required signer has no valid signature, or the event could not be read (or, for an event
        /// a homeserver stored, it is not the event its ID names).
        case rejected
        /// An event a homeserver stored and later pruned to its redacted form after redacting it
        /// ("censored", as Synapse does once the redaction is older than its retention period): the
        /// signatures are fine and the content hash no longer matches, as pruning leaves it. Normal
        /// server behaviour, not tampering.
        case censored
    }

    /// Why a verdict is not `valid`.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// The input is not an event: not JSON, not an object, a line that is too long.
        case unreadable(String)
        /// No room version is known for the event.
        case noRoomVersion
        /// An event as the client API serves it: no signatures and no hashes, so nothing to verify.
        case clientFormat
        /// The event lacks what decides who must sign it (a sender, an event ID in v1–2).
        case signersUnknown(String)
        /// A required server's signatures are not enough.
        case signatures(SignatureReport)
        /// The content hash does not match (the event counts only in redacted form).
        case contentHash(EventHashes.ContentHashCheck)
        /// A stored event whose ID, computed by its room version's rules (or, in versions 1-2, carried in
        /// its `event_id`), is not the ID it is stored under: the row holds another event than its ID
        /// names. `computed` is nil when the event has no ID at all (a version 1-2 event without one).
        case eventIDMismatch(stored: String, computed: String?)
        /// The homeserver pruned the event to its redacted form after redacting it (censored).
        case censoredByServer

        public var description: String {
            switch self {
            case .unreadable(let problem): return problem
            case .noRoomVersion: return "the event's room version is not known"
            case .clientFormat: return "a client-format event (no signatures or hashes)"
            case .signersUnknown(let reason): return "the required signers cannot be worked out: \(reason)"
            case .signatures(let report): return "\(report.entity): \(report.failure ?? "")"
            case .contentHash(let check): return check.reason
            case let .eventIDMismatch(stored, computed?): return "stored as \(stored), but its event ID is \(computed)"
            case let .eventIDMismatch(stored, nil): return "stored as \(stored), but it has no event ID"
            case .censoredByServer: return "the server pruned it to its redacted form after redacting it (censored)"
            }
        }
    }

    /// A required signer and what its signatures gave.
    public struct Signer: Sendable, Equatable {
        public let signer: RequiredSigner
        public let check: SignatureReport
    }

    public let verdict: Verdict
    /// Why the verdict is not `valid` (empty when it is).
    public let reasons: [Reason]
    /// The event ID as the room version defines it (nil when the event could not be read).
    public let eventID: String?
    public let signers: [Signer]
    /// Nil when the event could not be read.
    public let contentHash: EventHashes.ContentHashCheck?
    /// The event's `origin_server_ts`, which key validity is judged at.
    public let originServerTS: Int64?

    /// The key IDs under which `server` signed the event that the key ring does not know: for a
    /// homeserver's own events, the sign of a retired key the ring was not given.
    public func unknownKeyIDs(of server: String) -> [String] {
        signers.filter { $0.signer.server == server }.flatMap { signer in
            signer.check.checks.filter { $0.outcome == .unknownKey }.map(\.keyID)
        }
    }

    /// Whether the input was not an event at all (not JSON, not an object, an over-long line).
    public var isUnreadable: Bool { contentHash == nil }

    /// Whether the event is stored under another ID than its own (`judged(as:)`).
    public var hasEventIDMismatch: Bool {
        reasons.contains { if case .eventIDMismatch = $0 { return true } else { return false } }
    }

    /// The verdict with what the homeserver that stored the event knows of it: the ID it is stored
    /// under must be the event's own ID (a mismatch makes the event `rejected`, with its own reason),
    /// and an event the server censored (pruned to its redacted form after redacting it) whose
    /// signatures hold and whose content hash does not is `censored`, not `redacted`. The server's own
    /// rejection (`StoredEvent.rejectionReason`) is not a signature matter and changes nothing here;
    /// reports show it beside the verdict. Unreadable events are returned as they are.
    public func judged(as stored: StoredEvent) -> EventVerification {
        guard !isUnreadable else { return self }
        var verdict = self.verdict
        var reasons = self.reasons
        if eventID != stored.eventID {
            reasons.append(.eventIDMismatch(stored: stored.eventID, computed: eventID))
            verdict = .rejected
        } else if verdict == .redacted, stored.censored {
            verdict = .censored
            reasons.append(.censoredByServer)
        }
        return EventVerification(
            verdict: verdict, reasons: reasons, eventID: eventID, signers: signers, contentHash: contentHash,
            originServerTS: originServerTS)
    }

    /// The verdict for an item that is not an event.
    public static func unreadable(_ problem: String) -> EventVerification {
        EventVerification(verdict: .rejected, reasons: [.unreadable(problem)], eventID: nil, signers: [], contentHash: nil, originServerTS: nil)
    }
}

/// Verifies events against a key ring, each under its room version. Sendable: one verifier serves every
/// thread, each thread with its own `EventHasher`.
public struct EventVerifier: Sendable {
    public let keyRing: KeyRing
    /// The room version of events whose source does not give one (a file's `--room-version`).
    public let version: RoomVersion?

    public init(keyRing: KeyRing, version: RoomVersion?) {
        self.keyRing = keyRing
        self.version = version
    }

    /// Verifies one event given as JSON text, parsed with the version's number mode. Unreadable input
    /// is a `rejected` verdict that says why, never an error. The bytes are read where they are.
    public func verify(_ json: Span<UInt8>, version: RoomVersion? = nil) -> EventVerification {
        json.bytes.withUnsafeBytes { verify($0, version: version ?? self.version, hasher: EventHasher()) }
    }

    package func verify(_ json: UnsafeRawBufferPointer, version: RoomVersion?, hasher: EventHasher) -> EventVerification {
        guard let version else {
            return EventVerification(verdict: .rejected, reasons: [.noRoomVersion], eventID: nil, signers: [], contentHash: nil, originServerTS: nil)
        }
        let digest: EventDigest
        do { digest = try hasher.digest(json, version: version) } catch {
            return .unreadable(error is EventError ? "\(error)" : "not valid JSON: \(error)")
        }
        return verify(digest, version: version)
    }

    /// Verifies a parsed event.
    public func verify(_ event: JSONObject, version: RoomVersion? = nil) -> EventVerification {
        guard let version = version ?? self.version else {
            return EventVerification(verdict: .rejected, reasons: [.noRoomVersion], eventID: nil, signers: [], contentHash: nil, originServerTS: nil)
        }
        return verify(EventDigest(event: event, version: version), version: version)
    }

    package func verify(_ digest: EventDigest, version: RoomVersion) -> EventVerification {
        let fields = digest.fields
        var reasons: [EventVerification.Reason] = []
        let eventID: String?
        switch version.eventIDFormat {
        case .chosenByOrigin: eventID = fields["event_id"]?.stringValue
        case .referenceHashBase64: eventID = Base64.encode(digest.referenceHash, prefix: "$")
        case .referenceHashURLSafe: eventID = Base64.encode(digest.referenceHash, alphabet: .urlSafe, prefix: "$")
        }
        var ts: Int64? = nil
        if case .integer(let value)? = fields["origin_server_ts"] { ts = value }
        let contentHash = EventHashes.checkContentHash(claimedIn: fields) { digest.contentHash }

        let required: [RequiredSigner]
        do { required = try RequiredSigners.of(fields, version: version) } catch {
            return EventVerification(
                verdict: .rejected, reasons: [.signersUnknown(error.description)], eventID: eventID,
                signers: [], contentHash: contentHash, originServerTS: ts)
        }
        if fields["signatures"] == nil && fields["hashes"] == nil {
            return EventVerification(verdict: .rejected, reasons: [.clientFormat], eventID: eventID, signers: [], contentHash: contentHash, originServerTS: ts)
        }
        var signers: [EventVerification.Signer] = []
        digest.signedBytes.withUnsafeBytes { message in
            for signer in required {
                let check = SignatureChecker.check(
                    signatures: fields["signatures"], entity: signer.server, message: message, keys: keyRing,
                    rule: .event(at: ts, version: version), subject: "the event")
                signers.append(EventVerification.Signer(signer: signer, check: check))
                if !check.isValid { reasons.append(.signatures(check)) }
            }
        }
        let verdict: EventVerification.Verdict
        if !reasons.isEmpty {
            verdict = .rejected
        } else if contentHash != .matches {
            verdict = .redacted
            reasons.append(.contentHash(contentHash))
        } else {
            verdict = .valid
        }
        return EventVerification(verdict: verdict, reasons: reasons, eventID: eventID, signers: signers, contentHash: contentHash, originServerTS: ts)
    }
}

extension EventHashes.ContentHashCheck {
    /// The check in words.
    public var reason: String {
        switch self {
        case .matches: return "content hash matches"
        case let .differs(expected, actual): return "content hash differs: the event says \(actual), its content hashes to \(expected)"
        case .missing: return "no content hash (hashes.sha256 is missing)"
        case let .malformed(reason): return "malformed content hash: \(reason)"
        }
    }

    /// The short name, as in JSON output.
    public var result: String {
        switch self {
        case .matches: return "matches"
        case .differs: return "differs"
        case .missing: return "missing"
        case .malformed: return "malformed"
        }
    }
}
