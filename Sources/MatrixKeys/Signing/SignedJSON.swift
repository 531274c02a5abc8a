/// Signing JSON with ed25519 (SPEC §3).
///
/// The signed bytes are the canonical JSON of the object without `signatures` and `unsigned`. Signatures
/// live at `signatures[entity][key ID]`, where the entity is a server name or a user ID.
public enum SignedJSON {
    /// The bytes that are signed: canonical JSON without `signatures` and `unsigned`.
    public static func signingBytes(_ object: JSONObject) -> [UInt8] {
        var stripped = object
        stripped.removeValue(forKey: "signatures")
        stripped.removeValue(forKey: "unsigned")
        return CanonicalJSON.encode(.object(stripped))
    }

    /// Signs `object` as `entity` and merges the signature into its existing `signatures`; `unsigned` is kept.
    ///
    /// Throws `SigningError.malformedSignatures` when `signatures` (or `signatures[entity]`) is not an object.
    public static func sign(_ object: JSONObject, entity: String, key: SigningKey) throws(SigningError) -> JSONObject {
        let signature = key.privateKey.signature(for: signingBytes(object))
        return try attach(signature, keyID: key.keyID, entity: entity, to: object)
    }

    /// Puts `signature` at `signatures[entity][keyID]`, keeping every other signature.
    public static func attach(
        _ signature: Ed25519.Signature, keyID: KeyID, entity: String, to object: JSONObject
    ) throws(SigningError) -> JSONObject {
        var result = object
        var signatures = JSONObject()
        if let existing = object["signatures"] {
            guard case .object(let value) = existing else { throw .malformedSignatures("\"signatures\" is not an object") }
            signatures = value
        }
        var mine = JSONObject()
        if let existing = signatures[entity] {
            guard case .object(let value) = existing else {
                throw .malformedSignatures("\"signatures\".\"\(entity)\" is not an object")
            }
            mine = value
        }
        mine[keyID.description] = .string(signature.base64)
        signatures[entity] = .object(mine)
        result["signatures"] = .object(signatures)
        return result
    }

    /// Checks every signature `entity` put on `object`, looking each key up with `key(for:)`.
    ///
    /// Never a bare bool: the report says which key IDs verified, which failed (and why) and which were
    /// unknown. A missing or malformed `signatures` gives a report with no checks and a `problem`.
    public static func verify(
        _ object: JSONObject, entity: String, key: (KeyID) -> Ed25519.PublicKey?
    ) -> SignatureReport {
        let entries: JSONObject
        switch object["signatures"] {
        case nil:
            return SignatureReport(entity: entity, checks: [], problem: "the object has no signatures")
        case .object(let all)?:
            switch all[entity] {
            case nil:
                return SignatureReport(entity: entity, checks: [], problem: "no signatures by \(entity)")
            case .object(let value)?:
                entries = value
            default:
                return SignatureReport(entity: entity, checks: [], problem: "signatures of \(entity) are not an object")
            }
        default:
            return SignatureReport(entity: entity, checks: [], problem: "\"signatures\" is not an object")
        }
        var message: [UInt8]? = nil
        var checks: [SignatureCheck] = []
        for (id, value) in entries {
            guard let keyID = try? KeyID(parsing: id) else {
                checks.append(SignatureCheck(keyID: id, outcome: .malformed("invalid key ID")))
                continue
            }
            guard keyID.isEd25519 else {
                checks.append(SignatureCheck(keyID: id, outcome: .unsupportedAlgorithm))
                continue
            }
            guard case .string(let text) = value else {
                checks.append(SignatureCheck(keyID: id, outcome: .malformed("the signature is not a string")))
                continue
            }
            guard let publicKey = key(keyID) else {
                checks.append(SignatureCheck(keyID: id, outcome: .unknownKey))
                continue
            }
            let signature: Ed25519.Signature
            do { signature = try Ed25519.Signature(base64: text) } catch {
                checks.append(SignatureCheck(keyID: id, outcome: .malformed(error.description)))
                continue
            }
            if message == nil { message = signingBytes(object) }
            let valid = publicKey.isValidSignature(signature, for: message ?? [])
            checks.append(SignatureCheck(keyID: id, outcome: valid ? .verified : .badSignature))
        }
        return SignatureReport(entity: entity, checks: checks, problem: checks.isEmpty ? "no signatures by \(entity)" : nil)
    }

    /// Verifies with a fixed set of keys.
    public static func verify(_ object: JSONObject, entity: String, keys: [KeyID: Ed25519.PublicKey]) -> SignatureReport {
        verify(object, entity: entity) { keys[$0] }
    }
}

/// The result of checking one signature.
public struct SignatureCheck: Sendable, Equatable, CustomStringConvertible {
    public enum Outcome: Sendable, Equatable {
        case verified
        /// Well-formed, but the signature does not match the bytes and the key.
        case badSignature
        /// Not decodable: bad base64, wrong length, not a string, a bad key ID.
        case malformed(String)
        /// No public key is known for this key ID.
        case unknownKey
        /// A key algorithm other than ed25519.
        case unsupportedAlgorithm
    }

    /// The key ID exactly as the JSON has it.
    public let keyID: String
    public let outcome: Outcome

    public var description: String {
        switch outcome {
        case .verified: return "\(keyID): verified"
        case .badSignature: return "\(keyID): signature does not verify"
        case .malformed(let reason): return "\(keyID): malformed signature (\(reason))"
        case .unknownKey: return "\(keyID): unknown key"
        case .unsupportedAlgorithm: return "\(keyID): unsupported algorithm"
        }
    }
}

/// Every signature one entity put on an object, checked.
public struct SignatureReport: Sendable, Equatable {
    public let entity: String
    /// One check per signature, in key ID order.
    public let checks: [SignatureCheck]
    /// Why there is nothing to check, when that is so.
    public let problem: String?

    public var verified: [String] { checks.filter { $0.outcome == .verified }.map(\.keyID) }
    /// Signatures that were checked or read and are wrong.
    public var failed: [SignatureCheck] {
        checks.filter {
            switch $0.outcome {
            case .badSignature, .malformed: return true
            default: return false
            }
        }
    }
    public var unknown: [String] {
        checks.filter { $0.outcome == .unknownKey || $0.outcome == .unsupportedAlgorithm }.map(\.keyID)
    }
    /// At least one signature verified and none failed.
    public var isValid: Bool { !verified.isEmpty && failed.isEmpty }

    /// The report in words: why there was nothing to check, or each check.
    public var summary: String {
        if let problem { return problem }
        return checks.map(\.description).joined(separator: "; ")
    }
}
