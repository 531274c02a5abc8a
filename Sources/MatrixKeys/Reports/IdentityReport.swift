/// What `devices verify` prints: per user and per device, a line in words or a JSON object, and the summary.

extension DeviceAudit {
    /// `{"user_id", "device_id", "ed25519", "curve25519", "self_signature", "owner_signature", "verdict", "reasons"}`.
    public var json: JSONValue {
        .object([
            "user_id": .string(userID), "device_id": .string(deviceID),
            "ed25519": ed25519.map(JSONValue.string) ?? .null, "curve25519": curve25519.map(JSONValue.string) ?? .null,
            "self_signature": .string(selfSignature.rawValue), "owner_signature": .string(ownerSignature.rawValue),
            "verdict": .string(verdict.rawValue), "reasons": .array(reasons.map { .string($0.description) }),
        ])
    }

    /// `  device ID: verdict (ed25519 KEY): reasons`.
    public var reportLine: String {
        var line = "  device \(deviceID): \(verdict.rawValue)"
        if let ed25519 { line += " (ed25519 \(ed25519))" }
        if !reasons.isEmpty { line += ": " + reasons.map(\.description).joined(separator: "; ") }
        return line
    }
}

extension CrossSigningKeyAudit {
    var words: String {
        var text = "\(role.shortName) \(status.rawValue)"
        if let publicKey { text += " (\(publicKey))" }
        return text
    }
}

extension UserAudit {
    /// Every reason about the user's cross-signing keys, each naming its key.
    public var reasons: [String] {
        var all: [String] = []
        for key in [master, selfSigning, userSigning] { all += key.reasons.map { "\(key.role.name): \($0)" } }
        all += signedByYouReasons.map(\.description)
        return all
    }

    /// `{"user_id", "master_key", "master", "self_signing", "user_signing", "signed_by_you", "devices",
    /// "cross_signed_devices", "reasons"}` (and `"local": false` for a user of another server whose keys a
    /// homeserver cached).
    public var json: JSONValue {
        var object: JSONObject = [
            "user_id": .string(userID), "master_key": master.publicKey.map(JSONValue.string) ?? .null,
            "master": .string(master.status.rawValue), "self_signing": .string(selfSigning.status.rawValue),
            "user_signing": .string(userSigning.status.rawValue), "signed_by_you": signedByYou.map(JSONValue.bool) ?? .null,
            "devices": .integer(Int64(devices.count)), "cross_signed_devices": .integer(Int64(crossSignedDevices)),
            "reasons": .array(reasons.map(JSONValue.string)),
        ]
        if !isLocal { object["local"] = false }
        return .object(object)
    }

    /// The user's line, a line per reason about its keys, then a line per device.
    public var reportLines: [String] {
        var head = "\(userID)\(isLocal ? "" : " (remote)"): \(master.words), \(selfSigning.words), \(userSigning.words)"
        if let signedByYou { head += ", signed by you: \(signedByYou ? "yes" : "no")" }
        head += "; \(devices.count) device\(devices.count == 1 ? "" : "s"), \(crossSignedDevices) cross-signed"
        return [head] + reasons.map { "  " + $0 } + devices.map(\.reportLine)
    }

    /// The user's object, then one per device, as JSON lines.
    public var jsonLines: [UInt8] {
        var bytes = CanonicalJSON.encode(json) + [0x0A]
        for device in devices { bytes += CanonicalJSON.encode(device.json) + [0x0A] }
        return bytes
    }

    /// The user's lines in words, each ending with a line break.
    public var reportText: [UInt8] {
        var bytes: [UInt8] = []
        for line in reportLines { bytes += Array(line.utf8) + [0x0A] }
        return bytes
    }
}

/// The counts of an audit, for its summary.
public struct IdentityAuditSummary: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var users = 0
        public var usersWithValidMaster = 0
        public var devices = 0
        public var crossSigned = 0
        public var notCrossSigned = 0
        public var invalid = 0
        /// Signatures that do not verify and IDs that do not match, over keys and devices.
        public var findings = 0

        public init() {}

        var json: JSONObject {
            [
                "users": .integer(Int64(users)), "users_with_valid_master": .integer(Int64(usersWithValidMaster)),
                "devices": .integer(Int64(devices)), "cross_signed": .integer(Int64(crossSigned)),
                "not_cross_signed": .integer(Int64(notCrossSigned)), "invalid": .integer(Int64(invalid)),
                "findings": .integer(Int64(findings)),
            ]
        }

        var row: [String] {
            [users, usersWithValidMaster, devices, crossSigned, notCrossSigned, invalid, findings].map(String.init)
        }
    }

    public var local = Counts()
    public var remote = Counts()

    public init() {}

    /// Adds one user's audit.
    public mutating func add(_ user: UserAudit) {
        var counts = user.isLocal ? local : remote
        counts.users += 1
        if user.master.status == .valid { counts.usersWithValidMaster += 1 }
        counts.devices += user.devices.count
        for device in user.devices {
            switch device.verdict {
            case .crossSigned: counts.crossSigned += 1
            case .notCrossSigned: counts.notCrossSigned += 1
            case .invalid: counts.invalid += 1
            }
        }
        let reasons = [user.master.reasons, user.selfSigning.reasons, user.userSigning.reasons, user.signedByYouReasons].joined()
            + user.devices.flatMap(\.reasons)
        counts.findings += reasons.count { $0.isFinding }
        if user.isLocal { local = counts } else { remote = counts }
    }

    /// Everyone, local and remote.
    public var total: Counts {
        var all = local
        all.users += remote.users
        all.usersWithValidMaster += remote.usersWithValidMaster
        all.devices += remote.devices
        all.crossSigned += remote.crossSigned
        all.notCrossSigned += remote.notCrossSigned
        all.invalid += remote.invalid
        all.findings += remote.findings
        return all
    }

    /// `{"summary": {counts…}}`, with `"remote": {counts…}` when remote users were audited.
    public var json: JSONValue {
        var object = total.json
        if remote.users > 0 {
            object["local"] = .object(local.json)
            object["remote"] = .object(remote.json)
        }
        return ["summary": .object(object)]
    }

    /// The summary table's header and rows: local and remote users when there are both, and the total.
    public var table: (header: [String], rows: [[String]]) {
        var rows: [[String]] = []
        if remote.users > 0 {
            rows.append(["local"] + local.row)
            rows.append(["remote"] + remote.row)
        }
        rows.append(["total"] + total.row)
        return (["", "users", "valid master", "devices", "cross-signed", "not cross-signed", "invalid", "findings"], rows)
    }
}
