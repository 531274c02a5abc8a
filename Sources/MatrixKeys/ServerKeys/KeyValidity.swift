/// Whether a server key may verify a signature made at a given time, and why (SPEC §4). The decision
/// carries its reason, with the numbers, as data.
public struct KeyValidity: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// Room versions 1–4 do not check key validity: any known key verifies, whatever the time.
        case notEnforced(roomVersion: String)
        /// A key given explicitly (not from a key response): it has no validity period.
        case explicitKey
        /// A current key (`verify_keys`): valid while `min(valid_until_ts, fetched_at + 7 days) ≥ ts`.
        /// With `fetchedAt` unknown (nil) there is no cap.
        case current(validUntilTS: Int64, fetchedAt: Int64?, effectiveUntilTS: Int64, ts: Int64)
        /// A current key from a response without `valid_until_ts`: never valid where validity is enforced.
        case noValidUntil
        /// An old key (`old_verify_keys`): valid while `ts < expired_ts`.
        case old(expiredTS: Int64, ts: Int64)
        /// The signed object has no usable `origin_server_ts`, so no period can be checked.
        case noTimestamp
    }

    public let isValid: Bool
    public let reason: Reason

    /// The cap on a current key's validity after it was fetched (SPEC §4): 7 days, in milliseconds.
    public static let maximumValidity: Int64 = 7 * 24 * 3600 * 1000

    /// Decides for a key of `kind`, a signature at `ts` (nil when unknown), under `version`'s rules.
    /// `fetchedAt` nil: when the response was fetched is not known, so the 7-day cap is not applied.
    public static func decide(_ kind: VerifyKey.Kind, fetchedAt: Int64?, ts: Int64?, version: RoomVersion) -> KeyValidity {
        guard version.enforceKeyValidity else {
            return KeyValidity(isValid: true, reason: .notEnforced(roomVersion: version.identifier))
        }
        return decide(kind, fetchedAt: fetchedAt, ts: ts)
    }

    /// Decides for a key of `kind` and a signature at `ts` where validity is always enforced (room
    /// versions 5 and later, federation requests).
    public static func decide(_ kind: VerifyKey.Kind, fetchedAt: Int64?, ts: Int64?) -> KeyValidity {
        switch kind {
        case .explicit:
            return KeyValidity(isValid: true, reason: .explicitKey)
        case .current(let validUntil):
            guard let validUntil else { return KeyValidity(isValid: false, reason: .noValidUntil) }
            guard let ts else { return KeyValidity(isValid: false, reason: .noTimestamp) }
            let effective = effectiveValidUntil(validUntil, fetchedAt: fetchedAt)
            return KeyValidity(
                isValid: effective >= ts,
                reason: .current(validUntilTS: validUntil, fetchedAt: fetchedAt, effectiveUntilTS: effective, ts: ts))
        case .old(let expired):
            guard let ts else { return KeyValidity(isValid: false, reason: .noTimestamp) }
            return KeyValidity(isValid: ts < expired, reason: .old(expiredTS: expired, ts: ts))
        }
    }

    /// `min(valid_until_ts, fetched_at + 7 days)`, or `valid_until_ts` when `fetchedAt` is unknown.
    public static func effectiveValidUntil(_ validUntil: Int64, fetchedAt: Int64?) -> Int64 {
        guard let fetchedAt else { return validUntil }
        let (capped, overflow) = fetchedAt.addingReportingOverflow(maximumValidity)
        return overflow ? validUntil : min(validUntil, capped)
    }

    public var description: String {
        switch reason {
        case .notEnforced(let version):
            return "room version \(version) does not check key validity"
        case .explicitKey:
            return "given explicitly, without a validity period"
        case let .current(validUntil, fetchedAt, effective, ts):
            let cap: String
            if let fetchedAt, effective < validUntil {
                cap = "valid_until_ts \(Timestamp.describe(validUntil)) capped to \(Timestamp.describe(effective)) (fetched_at \(fetchedAt) + 7 days)"
            } else {
                cap = "valid_until_ts \(Timestamp.describe(validUntil))" + (fetchedAt == nil ? " (fetched_at unknown: not capped)" : "")
            }
            return "\(cap) \(isValid ? "≥" : "<") ts \(Timestamp.describe(ts))"
        case .noValidUntil:
            return "the key response has no valid_until_ts"
        case let .old(expired, ts):
            return "old key, ts \(Timestamp.describe(ts)) \(isValid ? "<" : "≥") expired_ts \(Timestamp.describe(expired))"
        case .noTimestamp:
            return "no origin_server_ts to check the key's validity period against"
        }
    }
}
