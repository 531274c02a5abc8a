/// What `devices verify --json` printed, read back: per user one object, followed by one object per
/// device of that user, then one `{"summary": …}` object. `report html` reads such files (plain or
/// gzip-compressed) line by line, in bounded memory, and checks that each is whole: every user followed
/// by the devices its line counts, and the summary's counts equal to what the lines hold.
public enum DevicesReportFile {
    /// Why a file is not a whole report of a `devices verify` run, or why several are not one run.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case input(LineFile.Failure)
        case notJSON(path: String, line: Int, reason: String)
        case notAReportLine(path: String, line: Int)
        case inconsistent(path: String, line: Int, detail: String)
        case noSummary(path: String)
        case afterSummary(path: String, line: Int)
        case notASummary(path: String)
        case countsDiffer(path: String, what: String, lines: Int, summary: Int)
        case moreFindingsThanReasons(path: String, what: String, reasons: Int, findings: Int)
        case differentRun(first: String, other: String, member: String)
        case sameRun(first: String, other: String)
        case differentShardCounts(first: String, firstShard: String, other: String, otherShard: String)
        case shardTwice(shard: String, first: String, other: String)
        case missingShard(shard: String)

        public var description: String {
            switch self {
            case .input(let failure): return failure.description
            case let .notJSON(path, line, reason): return "\(path): line \(line) is not JSON: \(reason)"
            case let .notAReportLine(path, line):
                return "\(path): line \(line) is neither a user's, a device's nor the summary of devices verify --json"
            case let .inconsistent(path, line, detail): return "\(path): line \(line): \(detail): the file is not as devices verify --json prints it"
            case .noSummary(let path):
                return "\(path): no summary at the end: not the whole output of devices verify --json (cut short?)"
            case let .afterSummary(path, line):
                return "\(path): line \(line) follows the summary: give each run's output as a file of its own"
            case .notASummary(let path):
                return "\(path): the summary is not one of devices verify --json (a count is missing, the verdicts do not add up to the devices, or its shard is not K/N)"
            case let .countsDiffer(path, what, lines, summary):
                return "\(path): \(lines) \(what) in the lines but the summary counts \(summary): the file is not whole"
            case let .moreFindingsThanReasons(path, what, reasons, findings):
                return "\(path): the summary counts \(findings) \(what)findings but the lines give \(reasons) reasons: the file is not whole"
            case let .differentRun(first, other, member):
                return "\(other) is not of the same device audit as \(first): its \(member); put one audit (or the shards of one) on a page"
            case let .sameRun(first, other): return "\(first) and \(other) are audits of the same users: give each once"
            case let .differentShardCounts(first, firstShard, other, otherShard):
                return "\(first) is shard \(firstShard) and \(other) is shard \(otherShard): shards of different splits do not go together"
            case let .shardTwice(shard, first, other): return "shard \(shard) of the device audit is given twice: \(first) and \(other)"
            case .missingShard(let shard): return "shard \(shard) of the device audit is missing"
            }
        }
    }

    /// A user's object: the verdicts on the three cross-signing keys, signed by you, the devices' counts
    /// and the reasons about the keys, as `devices verify` words them.
    public struct User: Equatable, Sendable {
        public let userID: String
        public let isLocal: Bool
        public let master: String
        public let selfSigning: String
        public let userSigning: String
        public let signedByYou: Bool?
        public let devices: Int
        public let crossSignedDevices: Int
        public let reasons: [String]

        /// The object of a user's line, nil when it is not one.
        public init?(json: JSONObject) {
            guard let userID = json["user_id"]?.stringValue, let master = json["master"]?.stringValue,
                  let selfSigning = json["self_signing"]?.stringValue, let userSigning = json["user_signing"]?.stringValue,
                  let devices = DevicesReportFile.count(json["devices"]), let crossSigned = DevicesReportFile.count(json["cross_signed_devices"]),
                  crossSigned <= devices, let reasons = DevicesReportFile.strings(json["reasons"])
            else { return nil }
            switch json["signed_by_you"] {
            case .bool(let value)?: signedByYou = value
            case .null?: signedByYou = nil
            default: return nil
            }
            switch json["local"] {
            case nil: isLocal = true
            case .bool(let value)?: isLocal = value
            default: return nil
            }
            (self.userID, self.master, self.selfSigning, self.userSigning) = (userID, master, selfSigning, userSigning)
            (self.devices, self.crossSignedDevices, self.reasons) = (devices, crossSigned, reasons)
        }
    }

    /// A device's object: its keys, the two signatures' states, its verdict and the reasons.
    public struct Device: Equatable, Sendable {
        public let userID: String
        public let deviceID: String
        public let ed25519: String?
        public let selfSignature: String
        public let ownerSignature: String
        public let verdict: DeviceVerdict
        public let reasons: [String]

        /// The object of a device's line, nil when it is not one.
        public init?(json: JSONObject) {
            guard let userID = json["user_id"]?.stringValue, let deviceID = json["device_id"]?.stringValue,
                  let verdict = json["verdict"]?.stringValue.flatMap(DeviceVerdict.init(rawValue:)),
                  let selfSignature = json["self_signature"]?.stringValue, let ownerSignature = json["owner_signature"]?.stringValue,
                  let reasons = DevicesReportFile.strings(json["reasons"])
            else { return nil }
            switch json["ed25519"] {
            case .string(let key)?: ed25519 = key
            case .null?, nil: ed25519 = nil
            default: return nil
            }
            (self.userID, self.deviceID, self.selfSignature, self.ownerSignature) = (userID, deviceID, selfSignature, ownerSignature)
            (self.verdict, self.reasons) = (verdict, reasons)
        }
    }

    static func count(_ value: JSONValue?) -> Int? {
        guard let value = value?.integerValue, value >= 0, value <= Int64(Int32.max) else { return nil }
        return Int(value)
    }

    static func strings(_ value: JSONValue?) -> [String]? {
        guard let array = value?.arrayValue else { return nil }
        var strings: [String] = []
        for item in array {
            guard let text = item.stringValue else { return nil }
            strings.append(text)
        }
        return strings
    }

    /// Whether a line's object is one of `devices verify --json`'s (a user's, a device's or its summary),
    /// as opposed to one of `event verify --json`'s.
    public static func isDevicesObject(_ object: JSONObject) -> Bool {
        if object.count == 1, let summary = object["summary"]?.objectValue { return summary["users"] != nil && summary["cross_signed"] != nil }
        return object["device_id"] != nil || (object["user_id"] != nil && object["master"] != nil)
    }

    /// Reads the report at `path`, handing each user and each device to `user` and `device` in the file's
    /// order, and returns the summary object and its counts.
    public static func read(
        path: String, user: (User) throws -> Void, device: (Device) throws -> Void
    ) throws -> (summary: JSONObject, counts: IdentityAuditSummary) {
        var summary: JSONObject?
        // The counts the lines give, local and remote, and their reasons (a finding is one of them).
        var lines = IdentityAuditSummary()
        var reasons = (local: 0, remote: 0)
        func tally(_ isLocal: Bool, reasons count: Int, _ change: (inout IdentityAuditSummary.Counts) -> Void) {
            if isLocal { change(&lines.local); reasons.local += count } else { change(&lines.remote); reasons.remote += count }
        }
        // The user whose devices follow: its line, and the devices and cross-signed ones seen so far.
        var current: (user: User, line: Int, devices: Int, crossSigned: Int)?
        func finishUser(at line: Int) throws {
            guard let open = current else { return }
            for (what, counted, seen) in [("devices", open.user.devices, open.devices), ("cross-signed devices", open.user.crossSignedDevices, open.crossSigned)] where counted != seen {
                throw Failure.inconsistent(path: path, line: line, detail: "\(open.user.userID)'s line (\(open.line)) counts \(counted) \(what) but \(seen) follow it")
            }
            current = nil
        }
        try ReportLines.read(path: path, input: Failure.input, notJSON: { Failure.notJSON(path: path, line: $0, reason: $1) }) { value, line in
            if summary != nil { throw Failure.afterSummary(path: path, line: line) }
            guard let object = value.objectValue else { throw Failure.notAReportLine(path: path, line: line) }
            if object.count == 1, let inner = object["summary"]?.objectValue {
                try finishUser(at: line)
                summary = inner
            } else if object["device_id"] != nil {
                guard let parsed = Device(json: object) else { throw Failure.notAReportLine(path: path, line: line) }
                guard var open = current, open.user.userID == parsed.userID, open.devices < open.user.devices else {
                    let detail: String
                    if let open = current, open.user.userID == parsed.userID {
                        detail = "is one more than the \(open.user.devices) its user's line (\(open.line)) counts"
                    } else if let open = current {
                        detail = "follows the line of another user, \(open.user.userID) (\(open.line))"
                    } else {
                        detail = "comes before any user's line"
                    }
                    throw Failure.inconsistent(path: path, line: line, detail: "device \(parsed.deviceID) of \(parsed.userID) \(detail)")
                }
                open.devices += 1
                if parsed.verdict == .crossSigned { open.crossSigned += 1 }
                current = open
                tally(open.user.isLocal, reasons: parsed.reasons.count) { counts in
                    counts.devices += 1
                    switch parsed.verdict {
                    case .crossSigned: counts.crossSigned += 1
                    case .notCrossSigned: counts.notCrossSigned += 1
                    case .invalid: counts.invalid += 1
                    }
                }
                try device(parsed)
            } else if let parsed = User(json: object) {
                try finishUser(at: line)
                tally(parsed.isLocal, reasons: parsed.reasons.count) { counts in
                    counts.users += 1
                    if parsed.master == IdentityStatus.valid.rawValue { counts.usersWithValidMaster += 1 }
                }
                current = (parsed, line, 0, 0)
                try user(parsed)
            } else {
                throw Failure.notAReportLine(path: path, line: line)
            }
            return true
        }
        guard let summary else { throw Failure.noSummary(path: path) }
        guard let counts = IdentityAuditSummary(json: summary) else { throw Failure.notASummary(path: path) }
        let apart = counts.remote.users > 0 || lines.remote.users > 0
        for (name, ofLines, ofSummary, reasonCount) in [(apart ? "local " : "", lines.local, counts.local, reasons.local), ("remote ", lines.remote, counts.remote, reasons.remote)] {
            let pairs = [
                ("users", ofLines.users, ofSummary.users), ("users with a valid master key", ofLines.usersWithValidMaster, ofSummary.usersWithValidMaster),
                ("devices", ofLines.devices, ofSummary.devices), ("cross-signed devices", ofLines.crossSigned, ofSummary.crossSigned),
                ("devices not cross-signed", ofLines.notCrossSigned, ofSummary.notCrossSigned), ("invalid devices", ofLines.invalid, ofSummary.invalid),
            ]
            for (what, a, b) in pairs where a != b {
                throw Failure.countsDiffer(path: path, what: name + what, lines: a, summary: b)
            }
            // A finding is a reason (a signature that does not verify, an ID that does not match).
            if ofSummary.findings > reasonCount {
                throw Failure.moreFindingsThanReasons(path: path, what: name, reasons: reasonCount, findings: ofSummary.findings)
            }
        }
        return (summary, counts)
    }

    /// Reads the reports at `paths` as one audit: a whole run, or the N shards of one (`--shard K/N`,
    /// each once), of the same source, viewer (`--as`), options and mxkeys version. Each user and device
    /// goes to `user` and `device`; the runs' summaries are returned in the order of `paths`.
    public static func readAudit(
        paths: [String], user: (User) throws -> Void, device: (Device) throws -> Void
    ) throws -> [(summary: JSONObject, counts: IdentityAuditSummary)] {
        var runs: [(summary: JSONObject, counts: IdentityAuditSummary)] = []
        var identity: JSONObject?
        var shards: [Int: String] = [:]
        var split: (count: Int, path: String, index: Int)?
        var whole: String?
        for path in paths {
            let read = try Self.read(path: path, user: user, device: device)
            var own = read.summary
            for name in IdentityAuditSummary.countMembers.union(["shard", "started_at"]) { own[name] = nil }
            if let identity {
                if let member = ReportMerge.firstDifference(identity, own) {
                    throw Failure.differentRun(first: paths[0], other: path, member: member)
                }
            } else {
                identity = own
            }
            if let part = read.summary["shard"] {
                guard let index = part["index"]?.integerValue, let count = part["count"]?.integerValue, count >= 1, count <= 1_000_000, index >= 1, index <= count
                else { throw Failure.notASummary(path: path) }
                if let whole { throw Failure.sameRun(first: whole, other: path) }
                if let split, split.count != Int(count) {
                    throw Failure.differentShardCounts(first: split.path, firstShard: "\(split.index)/\(split.count)", other: path, otherShard: "\(index)/\(count)")
                }
                if let previous = shards[Int(index)] { throw Failure.shardTwice(shard: "\(index)/\(count)", first: previous, other: path) }
                shards[Int(index)] = path
                if split == nil { split = (Int(count), path, Int(index)) }
            } else {
                if let other = whole ?? shards.values.first { throw Failure.sameRun(first: other, other: path) }
                whole = path
            }
            runs.append(read)
        }
        if let split, let missing = (1...split.count).first(where: { shards[$0] == nil }) {
            throw Failure.missingShard(shard: "\(missing)/\(split.count)")
        }
        return runs
    }
}
