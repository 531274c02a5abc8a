/// The device audit of `devices verify` on the HTML page (`report html` of its `--json` output, `devices
/// verify --html`), alone or below an event verification report:
///
/// - What was audited: the source (the file, or the database and server), when, as whom (`--as`, whose
///   user-signing key "signed by you" is judged against), mxkeys' version, the users asked for, the shards.
/// - The totals (users, users with a valid master key, devices, cross-signed, not cross-signed, invalid,
///   findings), local and remote apart when remote users were audited; each verdict in a colour and with
///   its word.
/// - Per user a row: the master, self-signing and user-signing keys' verdicts, signed by you, devices,
///   cross-signed devices, and the reasons about the keys (a signature that does not verify among them).
/// - Every device that is not cross-signed and every invalid one, with its reasons as `devices verify`
///   words them, filtered by verdict and user. Cross-signed devices are counted, not listed.
///
/// Everything from the reports (user IDs, device IDs, keys, verdict words, reasons) is escaped as the
/// rest of the page is (`HTMLReport.Page`).
public struct HTMLDeviceAudit {
    private var users: [DevicesReportFile.User] = []
    private var usersLeftOut = 0
    private var devices: [DevicesReportFile.Device] = []
    private var devicesLeftOut = 0
    private var runs: [(summary: JSONObject, counts: IdentityAuditSummary)] = []
    /// The largest number of users given a row, and of devices listed; the rest are counted.
    public static let maxUsers = 50_000
    public static let maxDevices = 100_000

    public init() {}

    /// The audit of the reports at `paths` (`devices verify --json` of one run, or its shards; plain or
    /// gzip), refused as `DevicesReportFile.readAudit` refuses.
    public init(reports paths: [String]) throws {
        var audit = HTMLDeviceAudit()
        let runs = try DevicesReportFile.readAudit(paths: paths, user: { audit.add(user: $0) }, device: { audit.add(device: $0) })
        for run in runs { audit.add(run: run.summary, counts: run.counts) }
        self = audit
    }

    /// Adds one user's line.
    public mutating func add(user: DevicesReportFile.User) {
        guard users.count < Self.maxUsers else {
            usersLeftOut += 1
            return
        }
        users.append(user)
    }

    /// Adds one device's line; only those that are not cross-signed are kept.
    public mutating func add(device: DevicesReportFile.Device) {
        guard device.verdict != .crossSigned else { return }
        guard devices.count < Self.maxDevices else {
            devicesLeftOut += 1
            return
        }
        devices.append(device)
    }

    /// Adds a user as audited in this process: the same lines as its `--json` output gives.
    public mutating func add(_ user: UserAudit) {
        if let object = user.json.objectValue, let line = DevicesReportFile.User(json: object) { add(user: line) }
        for device in user.devices {
            if let object = device.json.objectValue, let line = DevicesReportFile.Device(json: object) { add(device: line) }
        }
    }

    /// Adds a run's summary object (what follows `"summary"` in its `--json` output) and its counts.
    public mutating func add(run summary: JSONObject, counts: IdentityAuditSummary) { runs.append((summary, counts)) }

    /// What the runs have in common: the first one's summary.
    private var identity: JSONObject { runs.first?.summary ?? [:] }

    /// The source as the page's title names it.
    var sourceName: String { identity["server_name"]?.stringValue ?? identity["source"]?.stringValue ?? "" }

    private var counts: IdentityAuditSummary {
        var all = IdentityAuditSummary()
        for run in runs { all.merge(run.counts) }
        return all
    }

    // MARK: - Rendering

    /// The class of a verdict word: its colour, or `other` for a word the page does not know.
    static func verdictClass(_ word: String) -> String {
        switch word {
        case "valid", "cross-signed", "yes": return "cross-signed"
        case "not-cross-signed", "no": return "not-cross-signed"
        case "invalid": return "invalid"
        default: return "other"
        }
    }

    private static func verdict(_ page: inout HTMLReport.Page, _ word: String) {
        page.raw("<span class=\"v \(verdictClass(word))\">")
        page.text(word)
        page.raw("</span>")
    }

    func render(_ page: inout HTMLReport.Page) {
        page.raw("<section id=\"device-audit\">\n<h2 id=\"device-audit-heading\">Device audit</h2>\n")
        renderAudited(&page)
        renderTotals(&page)
        renderUsers(&page)
        renderDevices(&page)
        page.raw("</section>\n")
    }

    private func renderAudited(_ page: inout HTMLReport.Page) {
        let first = identity
        page.raw("<h3>What was audited</h3>\n<dl id=\"device-audited\">")
        func item(_ name: String, _ text: String) {
            page.raw("<dt>\(name)</dt><dd>")
            page.text(text)
            page.raw("</dd>")
        }
        item("source", first["source"]?.stringValue ?? "")
        if let database = first["database"]?.stringValue, database != first["source"]?.stringValue { item("database", database) }
        if let name = first["server_name"]?.stringValue { item("server", name) }
        if let schema = first["schema_version"]?.integerValue {
            item("Synapse schema", "\(schema) (compat \(first["schema_compat_version"]?.integerValue ?? 0))")
        }
        let started = runs.compactMap { $0.summary["started_at"]?.integerValue }
        if let low = started.min(), let high = started.max() {
            item("run", low == high && started.count == 1 ? Timestamp.iso(low) : "\(runs.count) runs, \(Timestamp.iso(low)) to \(Timestamp.iso(high))")
        }
        if let viewer = first["as"]?.stringValue {
            item("as", "\(viewer): signed by you is whether this user's user-signing key signed each user's master key")
        } else {
            item("as", "nobody: signed by you is not judged (no --as, and no user's own user-signing key in the input)")
        }
        item("mxkeys", first["mxkeys_version"]?.stringValue ?? "?")
        let asked = (first["options"]?["user_ids"]?.arrayValue ?? []).compactMap(\.stringValue)
        item("users asked for", asked.isEmpty ? "every user" : asked.joined(separator: ", "))
        if let count = runs.first?.summary["shard"]?["count"]?.integerValue {
            item("shards", "\(count) by a hash of the user ID (--shard K/\(count)), every one given")
        }
        page.raw("</dl>\n")
    }

    private func renderTotals(_ page: inout HTMLReport.Page) {
        let all = counts
        let apart = all.remote.users > 0
        page.raw("<h3>Totals</h3>\n<table id=\"device-totals\"><thead><tr><th></th><th>total</th>")
        if apart { page.raw("<th>local</th><th>remote</th>") }
        page.raw("</tr></thead><tbody>\n")
        let rows: [(String, String, String, (IdentityAuditSummary.Counts) -> Int)] = [
            ("users", "users", "other", \.users), ("users_with_valid_master", "users with a valid master key", "cross-signed", \.usersWithValidMaster),
            ("devices", "devices", "other", \.devices), ("cross_signed", "cross-signed", "cross-signed", \.crossSigned),
            ("not_cross_signed", "not cross-signed", "not-cross-signed", \.notCrossSigned), ("invalid", "invalid", "invalid", \.invalid),
            ("findings", "findings: signatures that do not verify, IDs that do not match", "invalid", \.findings),
        ]
        for (key, label, cls, value) in rows {
            page.raw("<tr data-k=\"\(key)\"><th><span class=\"v \(cls)\">\(label)</span></th><td class=\"n\">\(value(all.total))</td>")
            if apart { page.raw("<td class=\"n\">\(value(all.local))</td><td class=\"n\">\(value(all.remote))</td>") }
            page.raw("</tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    private func renderUsers(_ page: inout HTMLReport.Page) {
        let apart = counts.remote.users > 0
        let viewer = identity["as"]?.stringValue
        page.raw("<h3>Users</h3>\n<p>A row per user (\(users.count + usersLeftOut))")
        if usersLeftOut > 0 { page.raw("; the first \(users.count) are listed, \(usersLeftOut) more are counted above only") }
        page.raw(". Click a heading to sort.</p>\n<table id=\"device-users\" class=\"sortable\">")
        HTMLReport.headings(&page, ["user ID"] + (apart ? ["server"] : []) + ["master", "self-signing", "user-signing", "signed by you", "devices", "cross-signed", "reasons"])
        for user in users {
            page.raw("<tr><td class=\"id\">")
            page.text(user.userID)
            page.raw("</td>")
            if apart { page.raw("<td>\(user.isLocal ? "local" : "remote")</td>") }
            for status in [user.master, user.selfSigning, user.userSigning] {
                page.raw("<td>")
                Self.verdict(&page, status)
                page.raw("</td>")
            }
            page.raw("<td>")
            if let signed = user.signedByYou {
                Self.verdict(&page, signed ? "yes" : "no")
            } else {
                page.raw("<span class=\"v other\">\(user.userID == viewer ? "you" : "not judged")</span>")
            }
            page.raw("</td><td class=\"n\" data-v=\"\(user.devices)\">\(user.devices)</td><td class=\"n\" data-v=\"\(user.crossSignedDevices)\">\(user.crossSignedDevices)</td><td class=\"reasons\">")
            page.text(user.reasons.joined(separator: "; "))
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    private func renderDevices(_ page: inout HTMLReport.Page) {
        page.raw("<h3>Devices not cross-signed, and invalid ones</h3>\n<p>Every device that is not cross-signed or is invalid (\(devices.count + devicesLeftOut)); cross-signed devices are counted above, not listed.")
        if devicesLeftOut > 0 { page.raw(" The first \(devices.count) are listed; \(devicesLeftOut) more are left out of this page.") }
        page.raw(" Shown: <span id=\"device-findings-shown\">\(devices.count)</span>.</p>\n<p class=\"filters\">")
        // As with the events' findings, filters and rows name values by their index in each list.
        let verdictIndex = HTMLReport.filter(&page, id: "device-filter-verdict", label: "verdict", devices.map(\.verdict.rawValue))
        let userIndex = HTMLReport.filter(&page, id: "device-filter-user", label: "user", devices.map(\.userID))
        page.raw("</p>\n<table id=\"device-findings\" class=\"sortable\">")
        HTMLReport.headings(&page, ["user ID", "device ID", "ed25519", "verdict", "self-signature", "owner's signature", "reasons"])
        for device in devices {
            page.raw("<tr data-verdict=\"\(verdictIndex[device.verdict.rawValue] ?? -1)\" data-user=\"\(userIndex[device.userID] ?? -1)\"><td class=\"id\">")
            page.text(device.userID)
            page.raw("</td><td class=\"id\">")
            page.text(device.deviceID)
            page.raw("</td><td class=\"id\">")
            page.text(device.ed25519 ?? "none")
            page.raw("</td><td>")
            Self.verdict(&page, device.verdict.rawValue)
            page.raw("</td><td>")
            Self.verdict(&page, device.selfSignature)
            page.raw("</td><td>")
            Self.verdict(&page, device.ownerSignature)
            page.raw("</td><td class=\"reasons\">")
            page.text(device.reasons.joined(separator: "; "))
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }
}
