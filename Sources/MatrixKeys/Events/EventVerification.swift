/// Offline verification of events (SPEC §7): the required signers' signatures against a key ring, key
/// validity at the event's `origin_server_ts`, and the content hash, giving a verdict with its reasons.
public struct EventVerification: Sendable {
    public enum Verdict: String, Sendable, Equatable {
        /// Every required signer has a valid signature and the content hash matches.
        case valid
        /// The signatures are fine but the content hash is not: the event is accepted in redacted form.
        case redacted
        /// A required signer has no valid signature, or the event could not be read.
        case rejected
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

        public var description: String {
            switch self {
            case .unreadable(let problem): return problem
            case .noRoomVersion: return "the event's room version is not known"
            case .clientFormat: return "a client-format event (no signatures or hashes)"
            case .signersUnknown(let reason): return "the required signers cannot be worked out: \(reason)"
            case .signatures(let report): return "\(report.entity): \(report.failure ?? "")"
            case .contentHash(let check): return check.reason
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

    /// Whether the input was not an event at all (not JSON, not an object, an over-long line).
    public var isUnreadable: Bool { contentHash == nil }

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
    /// is a `rejected` verdict that says why, never an error.
    public func verify(_ json: UnsafeRawBufferPointer, version: RoomVersion? = nil) -> EventVerification {
        verify(json, version: version ?? self.version, hasher: EventHasher())
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
