/// Checking the signatures one entity put on a signed object: the one checker behind `verify`, key
/// responses (self and notary signatures), events and X-Matrix requests.
///
/// The rule (SPEC §3 and §7), as a receiving homeserver applies it:
/// - Each signature under `signatures[entity]` is looked at by its key ID. A key ID that is not
///   `algorithm:version` with both parts non-empty (`ed25519:`), an algorithm other than ed25519, a key
///   the key source does not know, and a known key outside its validity period are reported and
///   skipped: none of them spoils the others.
/// - A signature by a known key that is valid at the time is checked. It verifies, or it spoils the
///   whole: a signature that does not verify, or one that cannot be decoded (not a string, bad base64,
///   wrong length), makes the entity's signatures invalid even when another key verifies.
/// - The entity's signatures are valid when at least one verified and none spoiled.
public enum SignatureChecker {
    /// Checks every signature `entity` put in `signatures` (the object's `signatures` value) over
    /// `message`, looking keys up in `keys` and judging each with `rule`. `subject` names the signed
    /// thing in the report's problem ("the event has no signatures"). `message` is read where it is.
    public static func check(
        signatures: JSONValue?, entity: String, message: Span<UInt8>,
        keys: some VerifyKeySource, rule: ValidityRule, subject: String = "the object"
    ) -> SignatureReport {
        message.bytes.withUnsafeBytes { check(signatures: signatures, entity: entity, message: $0, keys: keys, rule: rule, subject: subject) }
    }

    package static func check(
        signatures: JSONValue?, entity: String, message: UnsafeRawBufferPointer,
        keys: some VerifyKeySource, rule: ValidityRule, subject: String = "the object"
    ) -> SignatureReport {
        let byKey: JSONObject
        switch entitySignatures(signatures, entity: entity, subject: subject) {
        case .found(let value): byKey = value
        case .none(let problem): return SignatureReport(entity: entity, checks: [], problem: problem)
        }
        var checks: [KeyCheck] = []
        checks.reserveCapacity(byKey.count)
        for (id, value) in byKey {
            checks.append(checkKey(id: id, signature: value, entity: entity, message: message, keys: keys, rule: rule))
        }
        return SignatureReport(entity: entity, checks: checks, problem: nil)
    }

    enum EntitySignatures {
        case found(JSONObject)
        case none(SignatureReport.Problem)
    }

    /// The signatures of `entity` by key ID, or why there are none to check.
    static func entitySignatures(_ signatures: JSONValue?, entity: String, subject: String) -> EntitySignatures {
        guard let signatures else { return .none(.noSignatures(subject)) }
        guard case .object(let all) = signatures else { return .none(.signaturesNotAnObject) }
        guard let value = all[entity] else { return .none(.noSignatureBy(entity)) }
        guard case .object(let byKey) = value else { return .none(.entitySignaturesNotAnObject(entity)) }
        guard !byKey.isEmpty else { return .none(.noSignatureBy(entity)) }
        return .found(byKey)
    }

    /// Checks one signature: `signature` (the JSON value under key ID `id`) over `message`.
    public static func checkKey(
        id: String, signature: JSONValue, entity: String, message: Span<UInt8>, keys: some VerifyKeySource, rule: ValidityRule
    ) -> KeyCheck {
        message.bytes.withUnsafeBytes { checkKey(id: id, signature: signature, entity: entity, message: $0, keys: keys, rule: rule) }
    }

    package static func checkKey(
        id: String, signature: JSONValue, entity: String, message: UnsafeRawBufferPointer,
        keys: some VerifyKeySource, rule: ValidityRule
    ) -> KeyCheck {
        guard let colon = id.utf8.firstIndex(of: 0x3A), colon != id.utf8.startIndex, id.utf8.index(after: colon) != id.utf8.endIndex else {
            return KeyCheck(keyID: id, outcome: .invalidKeyID)
        }
        guard id.utf8[..<colon].elementsEqual("ed25519".utf8) else { return KeyCheck(keyID: id, outcome: .unsupportedAlgorithm) }
        let known = keys.verifyKeys(server: entity, keyID: id)
        guard !known.isEmpty else { return KeyCheck(keyID: id, outcome: .unknownKey, note: keys.refusal(server: entity, keyID: id)) }

        // The signature is decoded once, at the first key valid at the time; keys that are not valid
        // are skipped, and the first is reported when no key is valid.
        var firstInvalid: (VerifyKey, KeyValidity)? = nil
        var firstValid: (VerifyKey, KeyValidity?)? = nil
        var decoded: Ed25519.Signature? = nil
        for key in known {
            let validity = rule.judge(key)
            if let validity, !validity.isValid {
                if firstInvalid == nil { firstInvalid = (key, validity) }
                continue
            }
            if firstValid == nil { firstValid = (key, validity) }
            let candidate: Ed25519.Signature
            if let decoded {
                candidate = decoded
            } else {
                guard case .string(let text) = signature else {
                    return KeyCheck(keyID: id, outcome: .malformed("the signature is not a string"), source: key.source)
                }
                do { candidate = try Ed25519.Signature(base64: text) } catch {
                    return KeyCheck(keyID: id, outcome: .malformed(error.description), source: key.source)
                }
                decoded = candidate
            }
            if key.key.isValidSignature(candidate, for: message) {
                return KeyCheck(keyID: id, outcome: .verified(validity), source: key.source)
            }
        }
        if let (key, validity) = firstValid { return KeyCheck(keyID: id, outcome: .badSignature(validity), source: key.source) }
        if let (key, validity) = firstInvalid { return KeyCheck(keyID: id, outcome: .outsideValidity(validity), source: key.source) }
        return KeyCheck(keyID: id, outcome: .unknownKey, note: keys.refusal(server: entity, keyID: id))
    }
}

/// A public key that may verify an entity's signatures, and what decides when it may (SPEC §4).
public struct VerifyKey: Sendable, Equatable {
    /// What the key is.
    public enum Kind: Sendable, Equatable {
        /// From `verify_keys`, with the response's `valid_until_ts` (nil when it had none).
        case current(validUntilTS: Int64?)
        /// From `old_verify_keys`.
        case old(expiredTS: Int64)
        /// Given explicitly: no validity period.
        case explicit
    }

    /// The server (or user) whose key it is.
    public let server: String
    public let keyID: KeyID
    public let key: Ed25519.PublicKey
    public let kind: Kind
    /// Where the key came from: a file (and the response's place in it), `--public-key`, a database row.
    public let source: KeySource?
    /// When the key's response was fetched (ms), for the 7-day cap; nil when unknown.
    public let fetchedAt: Int64?

    public init(server: String, keyID: KeyID, key: Ed25519.PublicKey, kind: Kind, source: KeySource? = nil, fetchedAt: Int64? = nil) {
        self.server = server
        self.keyID = keyID
        self.key = key
        self.kind = kind
        self.source = source
        self.fetchedAt = fetchedAt
    }
}

/// Where a signature checker finds public keys: the seam that key sources plug into (saved key
/// responses, explicit keys, a homeserver's database).
public protocol VerifyKeySource: Sendable {
    /// Every key known as `keyID` (its text, as a `signatures` object has it) for `server`.
    func verifyKeys(server: String, keyID: String) -> [VerifyKey]

    /// Why a key of `server` is not known though the source had a response for it: the response was
    /// refused (its self-signature or a notary's signature does not verify). Nil when nothing was
    /// refused, and then the key is simply unknown.
    func refusal(server: String, keyID: String) -> String?
}

extension VerifyKeySource {
    public func refusal(server: String, keyID: String) -> String? { nil }
}

/// A fixed set of one entity's keys, without validity periods.
public struct FixedVerifyKeys: VerifyKeySource {
    private let keys: [String: VerifyKey]

    public init(entity: String, keys: [KeyID: Ed25519.PublicKey], source: KeySource? = nil) {
        var table: [String: VerifyKey] = [:]
        for (id, key) in keys { table[id.description] = VerifyKey(server: entity, keyID: id, key: key, kind: .explicit, source: source) }
        self.keys = table
    }

    public func verifyKeys(server: String, keyID: String) -> [VerifyKey] {
        guard let key = keys[keyID], key.server == server else { return [] }
        return [key]
    }
}

/// When a key may verify: not judged at all, or judged for a signature made at a time.
public struct ValidityRule: Sendable {
    private enum Mode: Sendable {
        case ignored
        /// A room version that does not check key validity (1–4): every key is valid, and says why.
        case notEnforced(roomVersion: String)
        case enforced(ts: Int64?)
    }

    private let mode: Mode

    /// Every known key verifies, whatever the time: plain signed JSON, a key response's own signatures.
    public static let ignored = ValidityRule(mode: .ignored)

    /// An event's signatures: keys judged at its `origin_server_ts` under `version`'s rules.
    public static func event(at ts: Int64?, version: RoomVersion) -> ValidityRule {
        ValidityRule(mode: version.enforceKeyValidity ? .enforced(ts: ts) : .notEnforced(roomVersion: version.identifier))
    }

    /// A signature made at `ts` where validity is always enforced: federation requests.
    public static func at(_ ts: Int64) -> ValidityRule { ValidityRule(mode: .enforced(ts: ts)) }

    /// The decision for `key`; nil when keys are not judged.
    public func judge(_ key: VerifyKey) -> KeyValidity? {
        switch mode {
        case .ignored: return nil
        case .notEnforced(let version): return KeyValidity(isValid: true, reason: .notEnforced(roomVersion: version))
        case .enforced(let ts): return KeyValidity.decide(key.kind, fetchedAt: key.fetchedAt, ts: ts)
        }
    }
}

/// One signature by one key ID, checked.
public struct KeyCheck: Sendable, Equatable, CustomStringConvertible {
    public enum Outcome: Sendable, Equatable {
        /// The key is valid for the time (nil: not judged) and the signature verifies.
        case verified(KeyValidity?)
        /// The key is valid for the time, but the signature does not verify. Spoils the whole.
        case badSignature(KeyValidity?)
        /// The key is valid for the time, but the signature cannot be decoded: not a string, bad base64,
        /// wrong length. Spoils the whole.
        case malformed(String)
        /// The key is known but outside its validity period for the time: skipped.
        case outsideValidity(KeyValidity)
        /// No key with this ID is known: skipped.
        case unknownKey
        /// Not ed25519: skipped.
        case unsupportedAlgorithm
        /// Not `algorithm:version` with both parts non-empty: skipped.
        case invalidKeyID
    }

    /// The key ID as the JSON has it.
    public let keyID: String
    public let outcome: Outcome
    /// Where the key used came from.
    public let source: KeySource?
    /// For an unknown key, why it is unknown when the key source can tell (a refused key response).
    public let note: String?

    public init(keyID: String, outcome: Outcome, source: KeySource? = nil, note: String? = nil) {
        self.keyID = keyID
        self.outcome = outcome
        self.source = source
        self.note = note
    }

    /// The short name of the outcome, as in JSON output.
    public var result: String {
        switch outcome {
        case .verified: return "verified"
        case .badSignature: return "bad_signature"
        case .malformed: return "malformed"
        case .outsideValidity: return "outside_validity"
        case .unknownKey: return "unknown_key"
        case .unsupportedAlgorithm: return "unsupported_algorithm"
        case .invalidKeyID: return "invalid_key_id"
        }
    }

    /// Whether this signature makes the entity's signatures invalid.
    public var spoils: Bool {
        switch outcome {
        case .badSignature, .malformed: return true
        default: return false
        }
    }

    /// The key's validity decision, when one was made.
    public var validity: KeyValidity? {
        switch outcome {
        case .verified(let v), .badSignature(let v): return v
        case .outsideValidity(let v): return v
        default: return nil
        }
    }

    public var description: String {
        switch outcome {
        case .verified: return "\(keyID): verified"
        case .badSignature: return "\(keyID): signature does not verify"
        case .malformed(let reason): return "\(keyID): malformed signature (\(reason))"
        case .outsideValidity(let validity): return "\(keyID): outside its validity period (\(validity))"
        case .unknownKey: return "\(keyID): unknown key" + (note.map { ": \($0)" } ?? "")
        case .unsupportedAlgorithm: return "\(keyID): unsupported algorithm"
        case .invalidKeyID: return "\(keyID): invalid key ID (expected ed25519:VERSION)"
        }
    }
}

/// Every signature one entity put on an object, checked.
public struct SignatureReport: Sendable, Equatable {
    /// Why there is nothing to check.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// No `signatures` at all; the associated text names the signed thing ("the event").
        case noSignatures(String)
        case signaturesNotAnObject
        case noSignatureBy(String)
        case entitySignaturesNotAnObject(String)

        public var description: String {
            switch self {
            case .noSignatures(let subject): return "\(subject) has no signatures"
            case .signaturesNotAnObject: return "\"signatures\" is not an object"
            case .noSignatureBy(let entity): return "no signature by \(entity)"
            case .entitySignaturesNotAnObject(let entity): return "the signatures of \(entity) are not an object"
            }
        }
    }

    public let entity: String
    /// One check per signature, in key ID order.
    public let checks: [KeyCheck]
    public let problem: Problem?

    public init(entity: String, checks: [KeyCheck], problem: Problem?) {
        self.entity = entity
        self.checks = checks
        self.problem = problem
    }

    /// The key IDs whose signatures verified.
    public var verified: [String] {
        checks.filter { if case .verified = $0.outcome { return true } else { return false } }.map(\.keyID)
    }

    /// The signatures that spoil the whole.
    public var failed: [KeyCheck] { checks.filter(\.spoils) }

    /// At least one signature verified and none spoiled.
    public var isValid: Bool {
        var verified = false
        for check in checks {
            if check.spoils { return false }
            if case .verified = check.outcome { verified = true }
        }
        return verified
    }

    /// Why the signatures are not enough, in words; nil when they are.
    public var failure: String? {
        if isValid { return nil }
        if let problem { return problem.description }
        let failed = self.failed
        if !failed.isEmpty { return failed.map(\.description).joined(separator: "; ") }
        return "no valid signature (" + checks.map(\.description).joined(separator: "; ") + ")"
    }

    /// The report in words: why there was nothing to check, or each check.
    public var summary: String {
        if let problem { return problem.description }
        return checks.map(\.description).joined(separator: "; ")
    }
}
