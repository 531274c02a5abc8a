import Foundation
import Testing
@testable import MatrixKeys

/// The device audit on the HTML page, from a `devices verify --json` report whose every shown field an
/// attacker controls (Tests/Fixtures/reports/hostile-devices.json), and the refusals of such reports.
@Suite("HTMLDeviceAudit")
struct HTMLDeviceAuditTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/reports")
    static let hostile = fixtures.appendingPathComponent("hostile-devices.json").path
    static let hostileEvents = fixtures.appendingPathComponent("hostile.json").path

    static func page(_ paths: [String] = [hostile]) throws -> String {
        String(decoding: try HTMLReport.page(ofReports: paths), as: UTF8.self)
    }

    @Test("a page of the device audit alone: its title and heading, what was audited, no event section")
    func alone() throws {
        let page = try Self.page()
        #expect(page.contains("<title>mxkeys devices verify report: keys &lt;i&gt;query&lt;/i&gt;.json</title>"))
        #expect(page.contains("<h1>Device audit report</h1>"))
        #expect(!page.contains("id=\"totals\"") && !page.contains("id=\"findings\""))
        let audited = try #require(HTMLReportTests.between(page, "<dl id=\"device-audited\">", "</dl>"))
        #expect(audited == [
            "<dt>source</dt><dd>keys &lt;i&gt;query&lt;/i&gt;.json</dd><dt>run</dt><dd>2026-05-28T20:26:40Z</dd>",
            "<dt>as</dt><dd>@me:evil.example: signed by you is whether this user&#39;s user-signing key signed each user&#39;s master key</dd>",
            "<dt>mxkeys</dt><dd>0.1.0</dd><dt>users asked for</dt><dd>every user</dd>",
        ].joined())
    }

    @Test("the totals hold the summary's counts, total, local and remote, each verdict with its word")
    func totals() throws {
        let page = try Self.page()
        let totals = try #require(HTMLReportTests.between(page, "<table id=\"device-totals\">", "</table>"))
        #expect(totals.hasPrefix("<thead><tr><th></th><th>total</th><th>local</th><th>remote</th></tr></thead>"))
        let rows: [(String, String, String, [Int])] = [
            ("users", "other", "users", [2, 1, 1]), ("users_with_valid_master", "cross-signed", "users with a valid master key", [2, 1, 1]),
            ("devices", "other", "devices", [4, 3, 1]), ("cross_signed", "cross-signed", "cross-signed", [1, 1, 0]),
            ("not_cross_signed", "not-cross-signed", "not cross-signed", [2, 1, 1]), ("invalid", "invalid", "invalid", [1, 1, 0]),
            ("findings", "invalid", "findings: signatures that do not verify, IDs that do not match", [2, 1, 1]),
        ]
        for (key, cls, label, values) in rows {
            let cells = values.map { "<td class=\"n\">\($0)</td>" }.joined()
            #expect(totals.contains("<tr data-k=\"\(key)\"><th><span class=\"v \(cls)\">\(label)</span></th>\(cells)</tr>\n"), "\(key)")
        }
    }

    @Test("a row per user, and every device not cross-signed or invalid with its reasons, all as text")
    func rows() throws {
        let page = try Self.page()
        let users = try #require(HTMLReportTests.between(page, "<table id=\"device-users\" class=\"sortable\">", "</table>"))
        let userRows = users.components(separatedBy: "<tr><td").dropFirst().map { "<tr><td" + $0 }
        #expect(userRows.count == 2)
        #expect(userRows.first == [
            "<tr><td class=\"id\">@&lt;script&gt;alert(&quot;user&quot;)&lt;/script&gt;:evil.example</td><td>local</td>",
            "<td><span class=\"v cross-signed\">valid</span></td><td><span class=\"v cross-signed\">valid</span></td><td><span class=\"v other\">missing</span></td>",
            "<td><span class=\"v not-cross-signed\">no</span></td><td class=\"n\" data-v=\"3\">3</td><td class=\"n\" data-v=\"1\">1</td><td class=\"reasons\"></td></tr>\n",
        ].joined())
        #expect(userRows.last == [
            "<tr><td class=\"id\">@mallory:other<span class=\"ctl\">⟨U+2066⟩</span>.example<span class=\"ctl\">⟨U+2069⟩</span></td><td>remote</td>",
            "<td><span class=\"v cross-signed\">valid</span></td><td><span class=\"v invalid\">invalid</span></td><td><span class=\"v other\">&lt;script&gt;missing&lt;/script&gt;</span></td>",
            "<td><span class=\"v other\">not judged</span></td><td class=\"n\" data-v=\"1\">1</td><td class=\"n\" data-v=\"0\">0</td>",
            "<td class=\"reasons\">self-signing key: no signature by the master key ed25519:&lt;b&gt;MK&lt;/b&gt;; self-signing key: a signature by @mallory:other.example ed25519:X does not verify</td></tr>\n</tbody>",
        ].joined())

        let devices = try #require(HTMLReportTests.between(page, "<table id=\"device-findings\" class=\"sortable\">", "</table>"))
        let deviceRows = devices.components(separatedBy: "<tr data-").dropFirst().map { "<tr data-" + $0 }
        #expect(deviceRows.count == 3)
        #expect(!devices.contains(">GOOD<"), "a cross-signed device is counted, not listed")
        #expect(deviceRows[1] == [
            "<tr data-verdict=\"0\" data-user=\"0\"><td class=\"id\">@&lt;script&gt;alert(&quot;user&quot;)&lt;/script&gt;:evil.example</td>",
            "<td class=\"id\">EVIL<span class=\"ctl\">⟨U+202E⟩</span>gnp.exe</td><td class=\"id\">none</td><td><span class=\"v invalid\">invalid</span></td>",
            "<td><span class=\"v cross-signed\">valid</span></td><td><span class=\"v invalid\">invalid</span></td>",
            "<td class=\"reasons\">&lt;a href=&quot;javascript:alert(&#39;reason&#39;)&quot;&gt;click&lt;/a&gt; &amp; <span class=\"ctl\">⟨U+202E⟩</span>desrever: a signature by the self-signing key does not verify</td></tr>\n",
        ].joined())
        #expect(deviceRows[2].hasPrefix("<tr data-verdict=\"1\" data-user=\"1\"><td class=\"id\">@mallory:other"))
        #expect(deviceRows[2].contains("<td><span class=\"v other\">unavailable</span></td><td class=\"reasons\">no valid self-signing key</td>"))
        #expect(page.contains("Shown: <span id=\"device-findings-shown\">3</span>"))
        // The filters name values by index, in byte order: invalid, not-cross-signed; the two users.
        #expect(page.contains("<select id=\"device-filter-verdict\"><option value=\"\">all</option><option value=\"0\">invalid</option><option value=\"1\">not-cross-signed</option></select>"))
        for scalar in ["\u{202E}", "\u{2066}", "\u{2069}"] { #expect(!page.contains(scalar)) }
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(!page.contains("<b>") && !page.contains("<img") && !page.contains("<i>") && !page.contains("<a "))
    }

    @Test("events and devices on one page, in any order of the files: both sections, one script, the policy by hash")
    func together() throws {
        let page = try Self.page([Self.hostile, Self.hostileEvents])
        #expect(page.contains("<h1>Event verification and device audit report</h1>"))
        #expect(page.contains("<table id=\"findings\" class=\"sortable\">") && page.contains("<table id=\"device-findings\" class=\"sortable\">"))
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(try Self.page([Self.hostileEvents, Self.hostile]) == page)
        let script = try #require(HTMLReportTests.between(page, "<script>", "</script>"))
        #expect(page.contains("script-src 'sha256-\(Base64.encodePadded(SHA256.hash(Array(script.utf8))))'"))
        // The event page alone is unchanged by the device section's existence.
        #expect(!(try Self.page([Self.hostileEvents])).contains("device-audit"))
    }

    /// The report as lines, changed by `edit`, written to a file of `scratch`.
    static func variant(_ name: String, in dir: URL, _ edit: (inout [String]) throws -> Void) throws -> String {
        var lines = try String(contentsOfFile: hostile, encoding: .utf8).split(separator: "\n").map(String.init)
        try edit(&lines)
        let path = dir.appendingPathComponent(name).path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func refusal(_ paths: [String]) -> String {
        do {
            _ = try HTMLReport.page(ofReports: paths)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test("refused, each in one line: a report cut short or not whole, lines of another kind, a run twice, shards missing or twice")
    func refusals() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-devices-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cut = try Self.variant("cut.json", in: dir) { $0.removeLast() }
        #expect(Self.refusal([cut]) == "\(cut): no summary at the end: not the whole output of devices verify --json (cut short?)")
        let missing = try Self.variant("missing.json", in: dir) { $0.remove(at: 2) }
        #expect(Self.refusal([missing]) == "\(missing): line 4: @<script>alert(\"user\")</script>:evil.example's line (1) counts 3 devices but 2 follow it: the file is not as devices verify --json prints it")
        let stray = try Self.variant("stray.json", in: dir) { lines in
            lines[1] = lines[1].replacingOccurrences(of: #""user_id":"@<script>alert(\"user\")</script>:evil.example""#, with: #""user_id":"@other:evil.example""#)
        }
        #expect(Self.refusal([stray]) == "\(stray): line 2: device GOOD of @other:evil.example follows the line of another user, @<script>alert(\"user\")</script>:evil.example (1): the file is not as devices verify --json prints it")
        let extra = try Self.variant("extra.json", in: dir) { lines in lines.insert(lines[5], at: 5) }
        #expect(Self.refusal([extra]).hasSuffix(": line 7: device M1 of @mallory:other\u{2066}.example\u{2069} is one more than the 1 its user's line (5) counts: the file is not as devices verify --json prints it"))
        let counts = try Self.variant("counts.json", in: dir) { lines in
            lines[6] = lines[6].replacingOccurrences(of: #""cross_signed":1,"devices":4"#, with: #""cross_signed":2,"devices":5"#)
                .replacingOccurrences(of: #"{"cross_signed":1,"devices":3"#, with: #"{"cross_signed":2,"devices":4"#)
        }
        #expect(Self.refusal([counts]) == "\(counts): 3 local devices in the lines but the summary counts 4: the file is not whole")
        let findings = try Self.variant("findings.json", in: dir) { lines in
            lines[6] = lines[6].replacingOccurrences(of: #""findings":2"#, with: #""findings":9"#)
                .replacingOccurrences(of: #""devices":1,"findings":1"#, with: #""devices":1,"findings":8"#)
        }
        #expect(Self.refusal([findings]) == "\(findings): the summary counts 8 remote findings but the lines give 3 reasons: the file is not whole")
        let sum = try Self.variant("sum.json", in: dir) { lines in lines[6] = lines[6].replacingOccurrences(of: #""invalid":1,"local""#, with: #""invalid":0,"local""#) }
        #expect(Self.refusal([sum]) == "\(sum): the summary is not one of devices verify --json (a count is missing, the verdicts do not add up to the devices, or its shard is not K/N)")
        let after = try Self.variant("after.json", in: dir) { $0.append($0[0]) }
        #expect(Self.refusal([after]) == "\(after): line 8 follows the summary: give each run's output as a file of its own")
        let mixed = try Self.variant("mixed.json", in: dir) { $0.insert(#"{"verdict":"valid","stored_event_id":"$e"}"#, at: 1) }
        #expect(Self.refusal([mixed]) == "\(mixed): line 2 is neither a user's, a device's nor the summary of devices verify --json")
        let other = try Self.variant("other.json", in: dir) { $0 = [#"{"device_keys":{}}"#] }
        #expect(Self.refusal([other]) == "\(other): line 1 is a line of neither event verify --json nor devices verify --json")
        let empty = try Self.variant("empty.json", in: dir) { $0 = [] }
        #expect(Self.refusal([empty]) == "\(empty): empty: not the output of event verify --json or devices verify --json")
        #expect(Self.refusal([Self.hostile, Self.hostile]) == "\(Self.hostile) and \(Self.hostile) are audits of the same users: give each once")
        let viewer = try Self.variant("viewer.json", in: dir) { $0[6] = $0[6].replacingOccurrences(of: "@me:evil.example", with: "@you:evil.example") }
        #expect(Self.refusal([Self.hostile, viewer]) == "\(viewer) is not of the same device audit as \(Self.hostile): its as differs: \"@you:evil.example\", not \"@me:evil.example\"; put one audit (or the shards of one) on a page")

        // Shards: the two halves of the report, each with its part of the counts.
        func summary(_ line: String, _ edit: (inout JSONObject, JSONObject, JSONObject) -> Void) throws -> String {
            var inner = try #require(try JSONParser.parse(Array(line.utf8), mode: .lax)["summary"]?.objectValue)
            let local = try #require(inner["local"]?.objectValue), remote = try #require(inner["remote"]?.objectValue)
            edit(&inner, local, remote)
            return CanonicalJSON.encodeString(["summary": .object(inner)])
        }
        let first = try Self.variant("first.json", in: dir) { lines in
            lines = Array(lines[0...3]) + [try summary(lines[6]) { inner, local, _ in
                for (key, value) in local { inner[key] = value }
                (inner["local"], inner["remote"]) = (nil, nil)
                inner["shard"] = ["by": "user_id", "count": 2, "index": 1]
            }]
        }
        let second = try Self.variant("second.json", in: dir) { lines in
            lines = Array(lines[4...5]) + [try summary(lines[6]) { inner, local, remote in
                for (key, value) in remote { inner[key] = value }
                inner["local"] = .object(JSONObject(local.map { ($0.key, JSONValue.integer(0)) }))
                inner["shard"] = ["by": "user_id", "count": 2, "index": 2]
                inner["started_at"] = 1_780_000_060_000
            }]
        }
        let whole = try Self.page()
        let sharded = try Self.page([second, first])
        #expect(try #require(HTMLReportTests.between(sharded, "<table id=\"device-totals\">", "</table>")) == (try #require(HTMLReportTests.between(whole, "<table id=\"device-totals\">", "</table>"))))
        #expect(sharded.contains("<dt>run</dt><dd>2 runs, 2026-05-28T20:26:40Z to 2026-05-28T20:27:40Z</dd>"))
        #expect(sharded.contains("<dt>shards</dt><dd>2 by a hash of the user ID (--shard K/2), every one given</dd>"))
        #expect(Self.refusal([first]) == "shard 2/2 of the device audit is missing")
        #expect(Self.refusal([first, first, second]) == "shard 1/2 of the device audit is given twice: \(first) and \(first)")
        #expect(Self.refusal([Self.hostile, first]) == "\(Self.hostile) and \(first) are audits of the same users: give each once")
    }

    @Test("a summary read back: counts that add up, local and remote, or nil")
    func summaryCounts() throws {
        let local: JSONObject = ["users": 1, "users_with_valid_master": 1, "devices": 3, "cross_signed": 1, "not_cross_signed": 1, "invalid": 1, "findings": 1]
        let counts = try #require(IdentityAuditSummary(json: local))
        #expect(counts.local.devices == 3 && counts.remote.users == 0 && counts.total.invalid == 1)
        var wrong = local
        wrong["invalid"] = 2
        #expect(IdentityAuditSummary(json: wrong) == nil)
        wrong = local
        wrong["users_with_valid_master"] = 2
        #expect(IdentityAuditSummary(json: wrong) == nil, "more users with a valid master key than users")
        wrong = local
        wrong["devices"] = "3"
        #expect(IdentityAuditSummary(json: wrong) == nil, "a count that is not a number")
        var remote = local
        remote["local"] = .object(local)
        #expect(IdentityAuditSummary(json: remote) == nil, "local without remote")
    }
}
