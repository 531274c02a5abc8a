/// The HTML page of `event verify` runs over a homeserver's database (`report html`, `event verify
/// --html`): one self-contained file that opens anywhere, a laptop without a network included.
///
/// - What was checked: the database and server, when the runs started, mxkeys' version, the options,
///   the room versions seen, and every key of the key ring with its source and fetch time.
/// - The totals, each verdict in a colour and with its word; a sortable table of rooms.
/// - Per origin server: the events it signed, the keys it used, and a time line (SVG) with one bar per
///   key ID, from when the key was first seen to the end of its validity (`valid_until_ts` cut by the
///   7-day cap after the fetch, or `expired_ts`), the events signed with it as marks along the bar and
///   those not valid standing out.
/// - Every finding (each event that is not valid) with its stored ID, room, time, verdict and reasons as
///   `event verify` words them, filtered by verdict, room and server. Valid events are only counted, so
///   that a run over millions of events gives a page that opens quickly.
/// - The device audit of `devices verify`, when its report is given (`HTMLDeviceAudit`): below the
///   events', or a page of its own.
///
/// Everything that comes from the events (room IDs, event IDs, server names, reasons) is escaped, and
/// the characters that change how text around them reads (controls, bidi overrides and isolates, zero
/// width characters) are shown as `⟨U+202E⟩`. The page loads nothing: its style and script are inline,
/// allowed by a Content-Security-Policy that names their SHA-256 hashes and nothing else.
public struct HTMLReport {
    /// A finding: an event whose verdict is not valid.
    struct Finding {
        let storedID: String
        let room: String
        let ts: Int64?
        let verdict: String
        let reasons: String
        let servers: [String]
        let serverRejected: String?
    }

    /// The events signed with one key ID of one server.
    struct KeyUse {
        var events = 0
        var verified = 0
        /// Valid events signed with the key, counted by time: bucket start → count, the buckets
        /// `granularity` ms wide. Exact (1 ms) while there are few; coarsened fourfold whenever there
        /// are more than `maxBuckets`, so that memory stays bounded and a tick is never further from
        /// its events than a bucket.
        var validBuckets: [Int64: Int] = [:]
        var granularity: Int64 = 1
        static let maxBuckets = 4096

        /// `value` rounded down to a multiple of `step` (also below zero).
        static func floor(_ value: Int64, _ step: Int64) -> Int64 { value - ((value % step) + step) % step }

        mutating func addValid(at ts: Int64) {
            validBuckets[Self.floor(ts, granularity), default: 0] += 1
            guard validBuckets.count > Self.maxBuckets else { return }
            granularity *= 4
            var coarser: [Int64: Int] = [:]
            for (start, count) in validBuckets { coarser[Self.floor(start, granularity), default: 0] += count }
            validBuckets = coarser
        }
        /// Events not valid: their time, verdict and stored ID.
        var marks: [(ts: Int64, verdict: String, id: String)] = []
    }

    struct ServerUse {
        var events = 0
        var keys: [String: KeyUse] = [:]
    }

    private var summary = JSONObject()
    private var counts = StoredEventSummary()
    private var startedAt: [Int64] = []
    private var findings: [Finding] = []
    private var servers: [String: ServerUse] = [:]
    private var lowestTS: Int64?
    private var highestTS: Int64?
    /// The largest number of findings listed; the rest are counted.
    public static let maxFindings = 100_000
    private var findingsLeftOut = 0

    public init() {}

    /// The page of the reports at `paths` (`event verify --json` over one database, plain or gzip):
    /// they are merged first (`ReportMerge`, whose refusals apply), then read again for their events.
    /// A report printed with `--quiet` lists no events, and is refused: its findings would be missing.
    ///
    /// Reports of `devices verify --json` (one run, or its shards) among `paths` are told apart by their
    /// lines (`ReportFileKind`) and make the device audit's section (`HTMLDeviceAudit`), below the events'
    /// or alone.
    public static func page(ofReports allPaths: [String]) throws -> [UInt8] {
        var paths: [String] = [], devicePaths: [String] = []
        for path in allPaths {
            switch try ReportFileKind.of(path: path) {
            case .events: paths.append(path)
            case .devices: devicePaths.append(path)
            }
        }
        let devices = devicePaths.isEmpty ? nil : try HTMLDeviceAudit(reports: devicePaths)
        if paths.isEmpty, let devices { return render(devices: devices) }
        let merged = try ReportMerge(paths: paths)
        var report = HTMLReport()
        for path in paths {
            var events = 0
            let read = try VerifyReportFile.read(path: path) { event, _ in
                events += 1
                report.add(event: event)
            }
            if events != read.counts.total.events { throw VerifyReportFile.Failure.noEventLines(path: path) }
            if let started = read.summary["started_at"]?.integerValue { report.add(startedAt: started) }
        }
        return report.render(summary: merged.summaryJSON, counts: merged.summary, devices: devices)
    }

    /// Adds one event's report object (a line of `event verify --json`).
    public mutating func add(event: JSONObject) {
        let verdict = event["verdict"]?.stringValue ?? "?"
        let ts = event["origin_server_ts"]?.integerValue
        if let ts {
            lowestTS = min(lowestTS ?? ts, ts)
            highestTS = max(highestTS ?? ts, ts)
        }
        let storedID = event["stored_event_id"]?.stringValue ?? event["event_id"]?.stringValue ?? "?"
        var signerServers: [String] = []
        for signer in event["signers"]?.arrayValue ?? [] {
            guard let server = signer["server"]?.stringValue else { continue }
            signerServers.append(server)
            var use = servers[server] ?? ServerUse()
            use.events += 1
            for check in signer["keys"]?.arrayValue ?? [] {
                guard let keyID = check["key_id"]?.stringValue else { continue }
                var key = use.keys[keyID] ?? KeyUse()
                key.events += 1
                if check["result"]?.stringValue == "verified" { key.verified += 1 }
                if let ts {
                    if verdict == "valid" {
                        key.addValid(at: ts)
                    } else {
                        key.marks.append((ts, verdict, storedID))
                    }
                }
                use.keys[keyID] = key
            }
            servers[server] = use
        }
        guard verdict != "valid" else { return }
        guard findings.count < Self.maxFindings else {
            findingsLeftOut += 1
            return
        }
        let reasons = (event["reasons"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "; ")
        findings.append(Finding(
            storedID: storedID, room: event["room_id"]?.stringValue ?? "", ts: ts, verdict: verdict, reasons: reasons,
            servers: signerServers, serverRejected: event["server_rejected"]?.stringValue))
    }

    /// Notes when a run started (ms), for the page's "when".
    public mutating func add(startedAt ms: Int64) { startedAt.append(ms) }

    // MARK: - Rendering

    static let style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}th button{font:inherit;border:0;background:none;cursor:pointer;padding:0}
        .id{font-family:monospace;word-break:break-all}.ctl{color:#a00;font-family:monospace}
        .v{display:inline-block;padding:0 .4em;border-radius:3px;font-weight:600}
        .valid,.cross-signed{background:#d8f0d8;color:#14501b}.redacted,.not-cross-signed{background:#fde7c4;color:#6b3d00}
        .rejected,.invalid{background:#f9d0d0;color:#7a0d0d}.censored{background:#dde3f6;color:#1f2f6b}.other{background:#eee;color:#333}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
        .filters label{margin-right:1em}svg{border:1px solid #ccc;background:#fafafa;max-width:100%}
        svg text{font:11px monospace;fill:#1b1b1b}.bar{fill:#9cc3e6}.cap{fill:none;stroke:#6d9bc3;stroke-dasharray:3 2}
        .tick{stroke:#2e6b2e}.bad{fill:#c00;stroke:#600}.bad[data-verdict=censored]{fill:#58c;stroke:#235}.axis{stroke:#999}
        """

    static let script = """
        (function(){
        function val(td){var v=td.getAttribute('data-v');return v===null?td.textContent:Number(v);}
        document.querySelectorAll('table.sortable').forEach(function(t){
         t.querySelectorAll('th button').forEach(function(b,i){b.addEventListener('click',function(){
          var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),up=b.getAttribute('data-dir')!=='up';
          rows.sort(function(x,y){var a=val(x.cells[i]),c=val(y.cells[i]);var r=a<c?-1:a>c?1:0;return up?r:-r;});
          b.setAttribute('data-dir',up?'up':'down');rows.forEach(function(r){body.appendChild(r);});});});});
        function filter(id,prefix,names){var f=document.getElementById(id);if(!f)return;
         var sel=names.map(function(n){return document.getElementById(prefix+'filter-'+n);});
         function apply(){var shown=0;Array.prototype.forEach.call(f.tBodies[0].rows,function(r){
          var ok=sel.every(function(s,i){return !s.value||(r.getAttribute('data-'+names[i])||'').split(' ').indexOf(s.value)>=0;});
          r.hidden=!ok;if(ok)shown++;});document.getElementById(id+'-shown').textContent=String(shown);}
         sel.forEach(function(s){s.addEventListener('change',apply);});}
        filter('findings','',['verdict','room','server']);
        filter('device-findings','device-',['verdict','user']);
        })();
        """

    /// The policy: nothing from anywhere, the page's own style and script by their hashes.
    static var contentSecurityPolicy: String {
        let styleHash = Base64.encodePadded(SHA256.hash(Array(style.utf8)))
        let scriptHash = Base64.encodePadded(SHA256.hash(Array(script.utf8)))
        return "default-src 'none'; style-src 'sha256-\(styleHash)'; script-src 'sha256-\(scriptHash)'; base-uri 'none'; form-action 'none'"
    }

    /// The page, for the run (or merged runs) whose summary is `summary` (as `event verify --json` ends
    /// with it, or `ReportMerge.summaryJSON`) and whose counts are `counts`; with a device audit's
    /// section below when `devices` is given.
    public func render(summary: JSONObject, counts: StoredEventSummary, devices: HTMLDeviceAudit? = nil) -> [UInt8] {
        var report = self
        report.summary = summary
        report.counts = counts
        return report.renderPage(events: true, devices: devices)
    }

    /// The page of a device audit alone.
    public static func render(devices: HTMLDeviceAudit) -> [UInt8] {
        HTMLReport().renderPage(events: false, devices: devices)
    }

    private func renderPage(events: Bool, devices: HTMLDeviceAudit?) -> [UInt8] {
        var page = Page()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        page.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\">\n")
        page.raw("<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"viewport\" content=\"width=device-width\">\n")
        if events {
            page.raw("<title>mxkeys event verify report: ")
            page.text(summary["server_name"]?.stringValue ?? summary["database"]?.stringValue ?? "")
        } else {
            page.raw("<title>mxkeys devices verify report: ")
            page.text(devices?.sourceName ?? "")
        }
        page.raw("</title>\n<style>\(Self.style)</style></head><body>\n")
        switch (events, devices != nil) {
        case (true, false): page.raw("<h1>Event verification report</h1>\n")
        case (true, true): page.raw("<h1>Event verification and device audit report</h1>\n")
        default: page.raw("<h1>Device audit report</h1>\n")
        }
        if events {
            renderChecked(&page)
            renderTotals(&page)
            renderRooms(&page)
            renderServers(&page)
            renderFindings(&page)
        }
        devices?.render(&page)
        page.raw("<script>\(Self.script)</script>\n</body></html>\n")
        return page.bytes
    }

    private func renderChecked(_ page: inout Page) {
        page.raw("<h2 id=\"checked\">What was checked</h2>\n<dl>")
        func item(_ name: String, _ body: (inout Page) -> Void) {
            page.raw("<dt>\(name)</dt><dd>")
            body(&page)
            page.raw("</dd>")
        }
        item("database") { $0.text(summary["database"]?.stringValue ?? "") }
        if let name = summary["server_name"]?.stringValue { item("server") { $0.text(name) } }
        if let schema = summary["schema_version"]?.integerValue {
            item("Synapse schema") { $0.text("\(schema) (compat \(summary["schema_compat_version"]?.integerValue ?? 0))") }
        }
        if let first = startedAt.min(), let last = startedAt.max() {
            item("run") { $0.text(first == last ? Timestamp.iso(first) : "\(startedAt.count) runs, \(Timestamp.iso(first)) to \(Timestamp.iso(last))") }
        }
        item("mxkeys") { $0.text(summary["mxkeys_version"]?.stringValue ?? "?") }
        let options = summary["options"]?.objectValue ?? [:]
        item("options") { page in
            var parts: [String] = []
            if let since = options["since"]?.integerValue { parts.append("--since \(Timestamp.iso(since))") }
            if let until = options["until"]?.integerValue { parts.append("--until \(Timestamp.iso(until))") }
            for room in options["rooms"]?.arrayValue ?? [] { parts.append("--room \(room.stringValue ?? "")") }
            if let fetched = options["fetched_at"]?.integerValue { parts.append("--fetched-at \(Timestamp.iso(fetched))") }
            page.text(parts.isEmpty ? "none: every stored event" : parts.joined(separator: " "))
        }
        let versions = Set(counts.rooms.values.compactMap(\.version)).sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        item("room versions seen") { $0.text(versions.isEmpty ? "none" : versions.joined(separator: ", ")) }
        page.raw("</dl>\n<h3>Key sources</h3>\n<table id=\"key-sources\"><thead><tr><th>server</th><th>key ID</th><th>kind</th><th>source</th><th>fetched</th><th>valid until / expired</th></tr></thead><tbody>\n")
        for entry in keyEntries {
            page.raw("<tr><td class=\"id\">")
            page.text(entry.server)
            page.raw("</td><td class=\"id\">")
            page.text(entry.keyID)
            page.raw("</td><td>\(entry.kind)</td><td class=\"id\">")
            page.text(entry.source)
            page.raw("</td><td>")
            page.text(entry.fetchedAt.map(Timestamp.iso) ?? "unknown")
            page.raw("</td><td>")
            switch entry.kind {
            case "current": page.text(entry.validUntil.map { "valid_until_ts " + Timestamp.iso($0) } ?? "no valid_until_ts")
            case "old": page.text(entry.expired.map { "expired_ts " + Timestamp.iso($0) } ?? "")
            default: page.text("no validity period")
            }
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// A key of the ring, as the summary lists it.
    struct KeyEntry {
        let server: String
        let keyID: String
        let kind: String
        let source: String
        let fetchedAt: Int64?
        let validUntil: Int64?
        let expired: Int64?
    }

    var keyEntries: [KeyEntry] {
        (summary["key_ring"]?["entries"]?.arrayValue ?? []).map { entry in
            KeyEntry(
                server: entry["server"]?.stringValue ?? "", keyID: entry["key_id"]?.stringValue ?? "", kind: entry["kind"]?.stringValue ?? "",
                source: entry["source"]?.stringValue ?? "", fetchedAt: entry["fetched_at"]?.integerValue,
                validUntil: entry["valid_until_ts"]?.integerValue, expired: entry["expired_ts"]?.integerValue)
        }
    }

    static let verdicts = ["valid", "redacted", "censored", "rejected"]

    private func renderTotals(_ page: inout Page) {
        let t = counts.total
        page.raw("<h2 id=\"totals-heading\">Totals</h2>\n<table id=\"totals\"><tbody>\n")
        let rows: [(String, String, Int)] = [
            ("events", "events", t.events), ("valid", "valid", t.valid), ("redacted", "redacted", t.redacted),
            ("censored", "censored", t.censored), ("rejected", "rejected", t.rejected),
            ("id_mismatches", "stored under another ID", t.idMismatches), ("server_rejected", "rejected by Synapse itself", t.serverRejected),
            ("outliers", "outliers", t.outliers),
        ]
        for (key, label, value) in rows {
            let cls = Self.verdicts.contains(key) ? key : "other"
            page.raw("<tr data-k=\"\(key)\"><th><span class=\"v \(cls)\">\(label)</span></th><td class=\"n\">\(value)</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    private func renderRooms(_ page: inout Page) {
        page.raw("<h2>Rooms</h2>\n<p>Click a heading to sort.</p>\n<table id=\"rooms\" class=\"sortable\">")
        Self.headings(&page, ["room", "version", "events", "valid", "redacted", "censored", "rejected", "ID mismatches", "Synapse rejected", "outliers"])
        for (id, room) in counts.rooms.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let c = room.counts
            page.raw("<tr><td class=\"id\">")
            page.text(id)
            page.raw("</td><td>")
            page.text(room.version ?? "?")
            page.raw("</td>")
            for value in [c.events, c.valid, c.redacted, c.censored, c.rejected, c.idMismatches, c.serverRejected, c.outliers] {
                page.raw("<td class=\"n\" data-v=\"\(value)\">\(value)</td>")
            }
            page.raw("</tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    private func renderServers(_ page: inout Page) {
        page.raw("<h2>Origin servers and their keys</h2>\n")
        let entries = keyEntries
        let names = Set(servers.keys).union(entries.map(\.server)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let use = servers[name] ?? ServerUse()
            page.raw("<section class=\"server\" data-server=\"")
            page.attribute(name)
            page.raw("\"><h3 class=\"id\">")
            page.text(name)
            page.raw("</h3>\n<p>Signed \(use.events) event\(use.events == 1 ? "" : "s") checked here.</p>\n")
            page.raw("<table class=\"keys\"><thead><tr><th>key ID</th><th>events</th><th>verified</th><th>not valid</th></tr></thead><tbody>\n")
            for (keyID, key) in use.keys.sorted(by: { $0.key < $1.key }) {
                page.raw("<tr><td class=\"id\">")
                page.text(keyID)
                page.raw("</td><td class=\"n\">\(key.events)</td><td class=\"n\">\(key.verified)</td><td class=\"n\">\(key.marks.count)</td></tr>\n")
            }
            page.raw("</tbody></table>\n")
            renderTimeline(&page, server: name, use: use, entries: entries.filter { $0.server == name })
            page.raw("</section>\n")
        }
    }

    static let week: Int64 = 7 * 24 * 3_600_000

    /// One bar of the time line: a key ID, from when it was first seen to the end of its validity.
    struct Bar {
        let keyID: String
        var start: Int64?
        /// The end as judged (after the 7-day cap), and the `valid_until_ts` beyond it when the cap cut it.
        var end: Int64?
        var uncapped: Int64?
        var label: String
    }

    static func bars(use: ServerUse, entries: [KeyEntry]) -> [Bar] {
        var bars: [String: Bar] = [:]
        for entry in entries {
            var bar = bars[entry.keyID] ?? Bar(keyID: entry.keyID, label: "")
            if let fetched = entry.fetchedAt { bar.start = min(bar.start ?? fetched, fetched) }
            switch entry.kind {
            case "current":
                if let until = entry.validUntil {
                    let capped = entry.fetchedAt.map { min(until, $0 + week) } ?? until
                    bar.end = max(bar.end ?? capped, capped)
                    if capped < until { bar.uncapped = max(bar.uncapped ?? until, until) }
                    bar.label = "valid_until_ts \(Timestamp.iso(until))" + (capped < until ? ", cut by the 7-day cap to \(Timestamp.iso(capped))" : "")
                } else {
                    bar.label = "current key without valid_until_ts"
                }
            case "old":
                if let expired = entry.expired {
                    bar.end = max(bar.end ?? expired, expired)
                    bar.label = "expired_ts \(Timestamp.iso(expired))"
                }
            default:
                bar.label = "given explicitly: no validity period"
            }
            bars[entry.keyID] = bar
        }
        for keyID in use.keys.keys where bars[keyID] == nil {
            bars[keyID] = Bar(keyID: keyID, label: "not in the key ring")
        }
        return bars.values.sorted { $0.keyID < $1.keyID }
    }

    private func renderTimeline(_ page: inout Page, server: String, use: ServerUse, entries: [KeyEntry]) {
        let bars = Self.bars(use: use, entries: entries)
        guard !bars.isEmpty else { return }
        // The axis spans every bar and every event signed by the server.
        var times: [Int64] = bars.flatMap { [$0.start, $0.end, $0.uncapped].compactMap { $0 } }
        for key in use.keys.values {
            if let first = key.validBuckets.keys.min() { times.append(first) }
            if let last = key.validBuckets.keys.max() { times.append(last + key.granularity - 1) }
            times += key.marks.map(\.ts)
        }
        guard var low = times.min(), var high = times.max() else { return }
        // A margin of 2% each side (at least 30 s), so that marks at the ends stay whole.
        let margin = max((high - low) / 50, 30_000)
        low -= margin
        high += margin
        let left = 190.0, width = 760.0, rowHeight = 26.0
        let height = Double(bars.count) * rowHeight + 34
        func x(_ ts: Int64) -> Double { left + width * Double(ts - low) / Double(high - low) }
        func fmt(_ v: Double) -> String { String(Int(v.rounded())) }
        page.raw("<svg class=\"timeline\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(left + width + 10))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(left + width + 10)) \(Int(height))\">")
        page.raw("<title>")
        page.text("Key time line of \(server)")
        page.raw("</title>")
        page.raw("<line class=\"axis\" x1=\"\(left)\" y1=\"\(height - 20)\" x2=\"\(left + width)\" y2=\"\(height - 20)\"/>")
        page.raw("<text x=\"\(left)\" y=\"\(height - 6)\">")
        page.text(Timestamp.iso(low))
        page.raw("</text><text x=\"\(left + width)\" y=\"\(height - 6)\" text-anchor=\"end\">")
        page.text(Timestamp.iso(high))
        page.raw("</text>\n")
        for (row, bar) in bars.enumerated() {
            let y = Double(row) * rowHeight + 6
            let key = use.keys[bar.keyID] ?? KeyUse()
            page.raw("<g class=\"key\" data-key-id=\"")
            page.attribute(bar.keyID)
            page.raw("\"><text x=\"4\" y=\"\(fmt(y + 13))\">")
            page.text(bar.keyID)
            page.raw("</text>")
            let start = bar.start ?? low, end = bar.end ?? high
            let x0 = x(min(start, end)), x1 = max(x(max(start, end)), x0 + 2)
            page.raw("<rect class=\"bar\" x=\"\(fmt(x0))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(x1 - x0))\" height=\"14\"><title>")
            page.text("\(bar.keyID): first seen \(bar.start.map(Timestamp.iso) ?? "unknown"); \(bar.label)")
            page.raw("</title></rect>")
            if let uncapped = bar.uncapped, uncapped > end {
                page.raw("<rect class=\"cap\" x=\"\(fmt(x1))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(max(x(uncapped) - x1, 1)))\" height=\"14\"><title>")
                page.text("valid_until_ts \(Timestamp.iso(uncapped)), beyond the 7-day cap")
                page.raw("</title></rect>")
            }
            // Valid events, by pixel: one tick where any fell.
            var pixels: [Int: Int] = [:]
            for (start, count) in key.validBuckets { pixels[Int(x(start + key.granularity / 2).rounded()), default: 0] += count }
            for (pixel, count) in pixels.sorted(by: { $0.key < $1.key }) {
                page.raw("<line class=\"tick\" x1=\"\(pixel)\" x2=\"\(pixel)\" y1=\"\(fmt(y + 4))\" y2=\"\(fmt(y + 16))\"><title>\(count) valid event\(count == 1 ? "" : "s")</title></line>")
            }
            for mark in key.marks {
                let mx = x(mark.ts)
                page.raw("<path class=\"bad\" data-verdict=\"\(Self.verdicts.contains(mark.verdict) ? mark.verdict : "other")\" d=\"M\(fmt(mx)) \(fmt(y)) l5 9 l-5 9 l-5 -9 z\"><title>")
                page.text("\(mark.id): \(mark.verdict), \(Timestamp.iso(mark.ts))")
                page.raw("</title></path>")
            }
            page.raw("</g>\n")
        }
        page.raw("</svg>\n")
    }

    private func renderFindings(_ page: inout Page) {
        page.raw("<h2>Findings</h2>\n<p>Every event whose verdict is not valid (\(findings.count + findingsLeftOut)); valid events are counted above, not listed.")
        if findingsLeftOut > 0 { page.raw(" The first \(findings.count) are listed; \(findingsLeftOut) more are left out of this page.") }
        page.raw(" Shown: <span id=\"findings-shown\">\(findings.count)</span>.</p>\n<p class=\"filters\">")
        // The filters and the rows name values by their index in each list, so that no value from the
        // events is ever compared or split as text by the script.
        let verdictIndex = Self.filter(&page, id: "filter-verdict", label: "verdict", findings.map(\.verdict))
        let roomIndex = Self.filter(&page, id: "filter-room", label: "room", findings.map(\.room))
        let serverIndex = Self.filter(&page, id: "filter-server", label: "server", findings.flatMap(\.servers))
        page.raw("</p>\n<table id=\"findings\" class=\"sortable\">")
        Self.headings(&page, ["stored event ID", "room", "time", "verdict", "reasons"])
        for finding in findings {
            let serverList = Set(finding.servers.compactMap { serverIndex[$0] }).sorted().map(String.init).joined(separator: " ")
            page.raw("<tr data-verdict=\"\(verdictIndex[finding.verdict] ?? -1)\" data-room=\"\(roomIndex[finding.room] ?? -1)\" data-server=\"\(serverList)\"><td class=\"id\">")
            page.text(finding.storedID)
            page.raw("</td><td class=\"id\">")
            page.text(finding.room)
            page.raw("</td><td data-v=\"\(finding.ts ?? 0)\">")
            page.text(finding.ts.map(Timestamp.iso) ?? "")
            let cls = Self.verdicts.contains(finding.verdict) ? finding.verdict : "other"
            page.raw("</td><td><span class=\"v \(cls)\">")
            page.text(finding.verdict)
            page.raw("</span></td><td class=\"reasons\">")
            page.text(finding.reasons)
            if let rejected = finding.serverRejected {
                page.raw(" <em>")
                page.text("[the server rejected it: \(rejected)]")
                page.raw("</em>")
            }
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// A filter of a findings table: `all`, then each distinct one of `values` in byte order, named by its
    /// index, which is returned for the rows.
    static func filter(_ page: inout Page, id: String, label: String, _ values: [String]) -> [String: Int] {
        let sorted = Set(values).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        page.raw("<label>\(label) <select id=\"\(id)\"><option value=\"\">all</option>")
        for (i, value) in sorted.enumerated() {
            page.raw("<option value=\"\(i)\">")
            page.text(value)
            page.raw("</option>")
        }
        page.raw("</select></label>")
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }

    /// The head of a sortable table: a button per heading, and the body's start.
    static func headings(_ page: inout Page, _ names: [String]) {
        page.raw("<thead><tr>")
        for name in names { page.raw("<th><button type=\"button\">\(name)</button></th>") }
        page.raw("</tr></thead><tbody>\n")
    }

    /// The page's bytes, with text and attribute values escaped as they are added.
    struct Page {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(1 << 20) }

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// Text from the input: markup characters as entities, and the characters that change how the
        /// text around them reads as a visible `⟨U+XXXX⟩`.
        mutating func text(_ text: String) { escape(text, visible: true) }

        /// An attribute value (between double quotes): escaped the same way, controls kept as entities
        /// so that the value compares equal to the input in the page's script.
        mutating func attribute(_ text: String) { escape(text, visible: false) }

        private mutating func escape(_ text: String, visible: Bool) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": raw("&amp;")
                case "<": raw("&lt;")
                case ">": raw("&gt;")
                case "\"": raw("&quot;")
                case "'": raw("&#39;")
                default:
                    if HTMLReport.isDisruptive(scalar) {
                        let hex = String(scalar.value, radix: 16, uppercase: true)
                        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                        raw(visible ? "<span class=\"ctl\">⟨U+\(code)⟩</span>" : "&#x\(code);")
                    } else {
                        bytes.append(contentsOf: String(scalar).utf8)
                    }
                }
            }
        }
    }

    /// Controls (C0 but tab, C1, DEL), bidi marks, embeddings, overrides and isolates, zero-width
    /// characters, line and paragraph separators, and the byte order mark.
    static func isDisruptive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
