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

        /// Counts read back from a summary's members, nil when one is missing or not a count.
        init?(json: JSONObject) {
            func count(_ name: String) -> Int? {
                guard let value = json[name]?.integerValue, value >= 0, value <= Int64(Int.max) else { return nil }
                return Int(value)
            }
            guard let users = count("users"), let usersWithValidMaster = count("users_with_valid_master"), let devices = count("devices"),
                  let crossSigned = count("cross_signed"), let notCrossSigned = count("not_cross_signed"), let invalid = count("invalid"),
                  let findings = count("findings"), crossSigned <= devices, notCrossSigned <= devices,
                  devices - crossSigned - notCrossSigned == invalid, usersWithValidMaster <= users
            else { return nil }
            self.init()
            (self.users, self.usersWithValidMaster, self.devices) = (users, usersWithValidMaster, devices)
            (self.crossSigned, self.notCrossSigned, self.invalid, self.findings) = (crossSigned, notCrossSigned, invalid, findings)
        }

        /// Adds `other`'s counts to these.
        mutating func add(_ other: Counts) {
            users += other.users
            usersWithValidMaster += other.usersWithValidMaster
            devices += other.devices
            crossSigned += other.crossSigned
            notCrossSigned += other.notCrossSigned
            invalid += other.invalid
            findings += other.findings
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
        all.add(remote)
        return all
    }

    /// `{"summary": {counts…, what identifies the run…}}`, with `"local"` and `"remote": {counts…}` when
    /// remote users were audited.
    public func json(run: IdentityAuditRun) -> JSONValue {
        ["summary": .object(summaryObject(run: run))]
    }

    /// The summary's members: the counts, and the run's own (`IdentityAuditRun.json`).
    public func summaryObject(run: IdentityAuditRun) -> JSONObject {
        var object = run.json
        for (key, value) in total.json { object[key] = value }
        if remote.users > 0 {
            object["local"] = .object(local.json)
            object["remote"] = .object(remote.json)
        }
        return object
    }

    /// The members of a summary that are counts, rather than what identifies the run.
    public static let countMembers: Set<String> = [
        "users", "users_with_valid_master", "devices", "cross_signed", "not_cross_signed", "invalid", "findings", "local", "remote",
    ]

    /// The counts read back from a summary object, nil when one is missing or not a count, or when the
    /// devices' verdicts do not add up to the devices.
    public init?(json: JSONObject) {
        guard let total = Counts(json: json) else { return nil }
        self.init()
        if json["local"] == nil && json["remote"] == nil {
            local = total
            return
        }
        guard let localObject = json["local"]?.objectValue, let local = Counts(json: localObject),
              let remoteObject = json["remote"]?.objectValue, let remote = Counts(json: remoteObject)
        else { return nil }
        self.local = local
        self.remote = remote
        guard self.total == total else { return nil }
    }

    /// Adds the counts of another audit (a shard of the same run).
    public mutating func merge(_ other: IdentityAuditSummary) {
        local.add(other.local)
        remote.add(other.remote)
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

/// What identifies a `devices verify` run, for its summary: where the keys came from, when, as whom, and
/// the options that select users, so that a page (`report html`) can say what was audited and put only
/// the shards of one run together.
public struct IdentityAuditRun: Sendable, Equatable {
    /// The input file's name, or the database's description.
    public var source: String
    /// What the summary says of a database (`database`, `server_name`, `schema_version`, …), when the
    /// keys came from one.
    public var database: JSONObject
    /// Whose user-signing key counts as yours for `signed_by_you`.
    public var viewer: String?
    /// When the run started, ms since the epoch.
    public var startedAt: Int64
    /// The users asked for (`--user-id`), or empty for every user.
    public var userIDs: [String]
    /// `--shard K/N`.
    public var shard: (index: Int, count: Int)?

    public init(source: String, database: JSONObject = [:], viewer: String?, startedAt: Int64, userIDs: [String] = [], shard: (index: Int, count: Int)? = nil) {
        self.source = source
        self.database = database
        self.viewer = viewer
        self.startedAt = startedAt
        self.userIDs = userIDs
        self.shard = shard
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.source == b.source && a.database == b.database && a.viewer == b.viewer && a.startedAt == b.startedAt
            && a.userIDs == b.userIDs && a.shard?.index == b.shard?.index && a.shard?.count == b.shard?.count
    }

    /// `{"source", "as", "started_at", "mxkeys_version", "options": {"user_ids"}, "shard": {"index", "count", "by"}}`
    /// and the database's members.
    var json: JSONObject {
        var object = database
        object["source"] = .string(source)
        object["as"] = viewer.map(JSONValue.string) ?? .null
        object["started_at"] = .integer(startedAt)
        object["mxkeys_version"] = .string(MatrixKeys.version)
        let users = Set(userIDs).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        object["options"] = ["user_ids": users.isEmpty ? .null : .array(users.map(JSONValue.string))]
        if let shard {
            object["shard"] = ["index": .integer(Int64(shard.index)), "count": .integer(Int64(shard.count)), "by": "user_id"]
        }
        return object
    }
}
