/// Whether a key backup version can be trusted, as clients decide it (SPEC §13, "Backup trust"): its
/// `auth_data` carries signatures by the user's devices (`ed25519:<device_id>`) and master key
/// (`ed25519:<master public key>`), filed under the user's ID. A backup is trusted when a signature by
/// the user's valid master key verifies, or one by a device that is cross-signed. Every signature is
/// listed with its signer and its check; one that does not verify is a finding, as in the device audit.
public struct BackupTrust: Sendable {
    /// Who a signature on `auth_data` is by.
    public enum Signer: Sendable, Equatable, CustomStringConvertible {
        case masterKey(String)
        /// A device of the user, with its verdict in the audit.
        case device(String, DeviceVerdict)
        /// A key the user's keys do not hold.
        case unknownKey

        public var description: String {
            switch self {
            case .masterKey(let key): return "the master key \(key)"
            case let .device(id, verdict): return "device \(id) (\(verdict.rawValue))"
            case .unknownKey: return "an unknown key"
            }
        }
    }

    /// One signature under the user's ID.
    public struct Signature: Sendable {
        public let keyID: String
        public let signer: Signer
        public let check: KeyCheck
        /// The signature verifies and its signer is one a client trusts.
        public let counts: Bool
    }

    public let userID: String
    public let signatures: [Signature]
    /// Why there is nothing under the user's ID to check, when that is so.
    public let problem: SignatureReport.Problem?
    /// Users other than the owner whose signatures `auth_data` carries (not checked).
    public let otherUsers: [String]
    /// The signature the verdict rests on, when the backup is trusted: the master key's first.
    public var trustedBy: Signature? {
        signatures.first { $0.counts && { if case .masterKey = $0.signer { return true } else { return false } }($0) }
            ?? signatures.first(where: \.counts)
    }

    public var isTrusted: Bool { trustedBy != nil }

    /// Any signature that does not verify.
    public var hasInvalidSignature: Bool { signatures.contains { $0.check.spoils } }

    /// Judges `authData` (the `auth_data` object, or a whole backup version or `backup fetch` file that
    /// holds one) against `user`'s keys as the audit judged them.
    public static func judge(authData: JSONObject, record: UserKeysRecord, audit: UserAudit) -> BackupTrust {
        var object = authData
        if case .object(let inner)? = authData["auth_data"] { object = inner }
        let user = record.userID
        var keys = UserVerifyKeys(entity: user)
        var signers: [String: Signer] = [:]
        if audit.master.status == .valid, let text = audit.master.publicKey, let key = try? Ed25519.PublicKey(base64: text) {
            keys.add("ed25519:" + text, key)
            signers["ed25519:" + text] = .masterKey(text)
        }
        for device in audit.devices {
            guard let text = device.ed25519, let key = try? Ed25519.PublicKey(base64: text) else { continue }
            let id = "ed25519:" + device.deviceID
            keys.add(id, key)
            signers[id] = .device(device.deviceID, device.verdict)
        }
        var others: [String] = []
        if case .object(let all)? = object["signatures"] { others = all.keys.filter { $0 != user } }
        let report = SignedJSON.verify(object, entity: user, keys: keys, subject: "auth_data")
        let checked = report.checks.map { check in
            let signer = signers[check.keyID] ?? .unknownKey
            var counts = false
            if case .verified = check.outcome {
                switch signer {
                case .masterKey: counts = true
                case .device(_, let verdict): counts = verdict == .crossSigned
                case .unknownKey: counts = false
                }
            }
            return Signature(keyID: check.keyID, signer: signer, check: check, counts: counts)
        }
        return BackupTrust(userID: user, signatures: checked, problem: report.problem, otherUsers: others.sorted())
    }

    /// The verdict in words: "trusted: signed by …", or "untrusted: …" with why.
    public var verdict: String {
        if let trustedBy { return "trusted: signed by \(trustedBy.signer)" }
        if let problem { return "untrusted: \(problem)" }
        var why: [String] = []
        for signature in signatures {
            switch (signature.check.outcome, signature.signer) {
            case (.verified, .device(let id, let verdict)): why.append("device \(id) signed it but is \(verdict.rawValue)")
            case (.verified, .unknownKey): why.append("\(signature.keyID) is not a key of \(userID)")
            case (.unknownKey, _): why.append("\(signature.keyID) is not a key of \(userID)")
            case (_, _) where signature.check.spoils: why.append("the signature by \(signature.signer) does not verify")
            default: why.append(signature.check.description)
            }
        }
        return "untrusted: " + (why.isEmpty ? "no signature by \(userID)" : why.joined(separator: "; "))
    }

    /// A line per signature, then the verdict.
    public var reportLines: [String] {
        var lines = signatures.map { "\($0.keyID): \($0.signer): \($0.check.description.dropFirst($0.keyID.count + 2))" }
        for other in otherUsers { lines.append("signatures by \(other): not checked (not the backup owner's)") }
        lines.append(verdict)
        return lines
    }

    /// `{"user_id", "signatures": [{"key_id", "signer", "result", "counts"}], "trusted", "verdict"}`.
    public var json: JSONValue {
        .object([
            "user_id": .string(userID),
            "signatures": .array(signatures.map { signature in
                var signer: JSONObject
                switch signature.signer {
                case .masterKey(let key): signer = ["type": "master_key", "public_key": .string(key)]
                case let .device(id, verdict): signer = ["type": "device", "device_id": .string(id), "verdict": .string(verdict.rawValue)]
                case .unknownKey: signer = ["type": "unknown"]
                }
                return ["key_id": .string(signature.keyID), "signer": .object(signer), "result": .string(signature.check.result),
                        "counts": .bool(signature.counts)]
            }),
            "other_users": .array(otherUsers.map(JSONValue.string)),
            "trusted": .bool(isTrusted), "verdict": .string(verdict),
        ])
    }
}
