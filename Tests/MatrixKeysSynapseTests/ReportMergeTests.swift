import Foundation
import Testing

/// `mxkeys report merge` on the reports of `event verify --json` over the committed fixtures: shards
/// merge to the whole run's summary, and every way of not being one run is refused.
@Suite("mxkeys report merge")
struct ReportMergeTests {
    /// The summary members that are the run's time, not its result.
    static let timing: Set<String> = ["started_at", "elapsed_ms", "events_per_second"]

    static func withoutTiming(_ summary: [String: Any]) -> NSDictionary {
        NSDictionary(dictionary: summary.filter { !timing.contains($0.key) })
    }

    /// Writes `event verify --json` of `arguments` to `name` (gzip-compressed when it ends in .gz) and
    /// returns the path and the run's exit status.
    static func report(_ arguments: [String], to name: String, in scratch: Scratch) throws -> (path: String, status: Int32) {
        let result = try Run.mxkeys(["event", "verify", "--json"] + arguments)
        #expect(result.status == 0 || result.status == 1, "\(result)")
        let path = scratch.file(name)
        if name.hasSuffix(".gz") {
            let plain = String(path.dropLast(3))
            try result.stdout.write(to: URL(fileURLWithPath: plain))
            try Run.checked("/bin/gzip", ["-n", plain])
        } else {
            try result.stdout.write(to: URL(fileURLWithPath: path))
        }
        return (path, result.status)
    }

    @Test("the same run sharded 1, 2, 3 and 7 ways merges to the whole run's summary, JSON and text, on SQLite and PostgreSQL")
    func shardedWays() throws {
        let scratch = try Scratch()
        for (label, arguments) in [
            ("sqlite", ["--synapse-config", Fixtures.hs1.config]),
            ("postgres", try Alter.arguments(.postgres("hs2"), Fixtures.hs2, in: scratch)),
        ] {
            let whole = try Run.mxkeys(["event", "verify", "--json", "--quiet"] + arguments)
            let wholeSummary = Run.summary(whole)
            let wholeText = try Run.mxkeys(["event", "verify", "--quiet"] + arguments)
            #expect(wholeSummary["events"] as? Int ?? 0 > 0)
            for count in [1, 2, 3, 7] {
                var paths: [String] = []
                for k in 1...count {
                    // Every other shard compressed, as shard outputs often come back.
                    let name = "\(label)-\(k)-of-\(count).json" + (k % 2 == 0 ? ".gz" : "")
                    paths.append(try Self.report(arguments + ["--shard", "\(k)/\(count)"], to: name, in: scratch).path)
                }
                let merged = try Run.mxkeys(["report", "merge", "--json"] + paths.reversed())
                #expect(merged.status == whole.status, "\(merged)")
                #expect(merged.err == "")
                let summary = Run.summary(merged)
                #expect(Self.withoutTiming(summary) == Self.withoutTiming(wholeSummary), "\(label) in \(count): \(merged.out)")
                #expect(summary["shard"] == nil)
                let text = try Run.mxkeys(["report", "merge"] + paths)
                #expect(text.status == wholeText.status)
                #expect(Run.withoutTime(text.out) == Run.withoutTime(wholeText.out))
                #expect(text.out.split(separator: "\n").last?.hasPrefix("time: ") == true)
            }
        }
    }

    @Test("runs over disjoint rooms merge to the run over those rooms; a merge with a rejected event exits 1")
    func roomsAndExitCode() throws {
        let scratch = try Scratch()
        let rooms = Fixtures.rooms
        let a = rooms["v5"]?.id ?? "", b = rooms["v11"]?.id ?? ""
        // Without its config, hs1's own events have no keys: rejected, exit 1.
        let base = ["--synapse-db", Fixtures.hs1.database]
        let both = try Run.mxkeys(["event", "verify", "--json", "--quiet", "--room", b, "--room", a] + base)
        #expect(both.status == 1)
        let first = try Self.report(base + ["--room", a], to: "a.json", in: scratch)
        let second1 = try Self.report(base + ["--room", b, "--shard", "1/2"], to: "b1.json.gz", in: scratch)
        let second2 = try Self.report(base + ["--room", b, "--shard", "2/2"], to: "b2.json", in: scratch)
        let merged = try Run.mxkeys(["report", "merge", "--json", first.path, second1.path, second2.path])
        #expect(merged.status == 1, "\(merged)")
        #expect(Self.withoutTiming(Run.summary(merged)) == Self.withoutTiming(Run.summary(both)))
        #expect((Run.summary(merged)["rejected"] as? Int ?? 0) > 0)
    }

    /// Runs `report merge` on `paths` and returns its one line on stderr, after checking exit 2 and
    /// nothing on stdout.
    static func refusal(_ paths: [String]) throws -> String {
        let result = try Run.mxkeys(["report", "merge", "--json"] + paths)
        #expect(result.status == 2, "\(result)")
        #expect(result.out == "")
        #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
        return result.err
    }

    @Test("refusals, each one line and exit 2: a missing shard, different splits, databases and options, a changed database, the same events twice, a file cut short")
    func refusals() throws {
        let scratch = try Scratch()
        let hs1 = ["--synapse-config", Fixtures.hs1.config]
        let s1of3 = try Self.report(hs1 + ["--shard", "1/3"], to: "s1of3.json", in: scratch).path
        let s3of3 = try Self.report(hs1 + ["--shard", "3/3"], to: "s3of3.json", in: scratch).path
        let s1of2 = try Self.report(hs1 + ["--shard", "1/2"], to: "s1of2.json", in: scratch).path
        let s2of2 = try Self.report(hs1 + ["--shard", "2/2"], to: "s2of2.json.gz", in: scratch).path
        let whole = try Self.report(hs1, to: "whole.json", in: scratch).path

        #expect(try Self.refusal([s1of3, s3of3]) == "mxkeys: shard 2/3 is missing (of the run over all rooms)\n")
        #expect(try Self.refusal([s1of2, s2of2, s1of3]) == "mxkeys: \(s1of2) is shard 1/2 and \(s1of3) is shard 1/3: shards of different splits do not merge\n")
        #expect(try Self.refusal([s1of2, s2of2, s1of2]) == "mxkeys: shard 1/2 is given twice: \(s1of2) and \(s1of2)\n")
        #expect(try Self.refusal([whole, s1of2]) == "mxkeys: \(whole) is a whole run and \(s1of2) is shard 1/2 of the same events\n")
        #expect(try Self.refusal([whole, whole]) == "mxkeys: \(whole) and \(whole) are runs over the same events\n")

        // Another database: hs2's shard beside hs1's.
        let hs2 = try Self.report(["--synapse-config", Fixtures.hs2.config, "--shard", "2/2"], to: "hs2.json", in: scratch).path
        func database(_ path: String) throws -> String {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return Run.summary(Run.Result(status: 0, stdout: Data(text.utf8), stderr: Data()))["database"] as? String ?? ""
        }
        let db1 = try database(s1of2), db2 = try database(hs2)
        #expect(db1.hasPrefix("SQLite ") && db1.hasSuffix("hs1.db") && db2.hasSuffix("hs2.db"))
        #expect(try Self.refusal([s1of2, hs2]) == "mxkeys: \(hs2) is not of the same run as \(s1of2): its database differs: \"\(db2)\", not \"\(db1)\"\n")

        // Other options: --since.
        let since = try Self.report(hs1 + ["--shard", "2/2", "--since", "2020-01-01T00:00:00Z"], to: "since.json", in: scratch).path
        #expect(try Self.refusal([s1of2, since]) == "mxkeys: \(since) is not of the same run as \(s1of2): its options.since differs: 1577836800000, not null\n")

        // A room run beside the run over all rooms covers its events twice.
        let room = Fixtures.rooms["v6"]?.id ?? ""
        let roomRun = try Self.report(hs1 + ["--room", room], to: "room.json", in: scratch).path
        #expect(try Self.refusal([whole, roomRun]) == "mxkeys: \(whole) and \(roomRun) both cover room \(room): the same stored events twice\n")

        // A database that gained events between two shards' runs: their ranges were cut from other spans.
        var changed = try String(contentsOfFile: s1of2, encoding: .utf8)
        let span = try #require(changed.range(of: "\"span\":["))
        // [-100, low, high]: not the span the other shard saw.
        changed.replaceSubrange(span, with: "\"span\":[-100,")
        let changedPath = try scratch.write("changed.json", changed)
        let span2 = try #require((Run.summary(try Run.checked("/bin/gzip", ["-dc", s2of2]))["shard"] as? [String: Any])?["span"] as? [Int])
        #expect(try Self.refusal([s2of2, changedPath]) == "mxkeys: \(s2of2) and \(changedPath) are shards cut from different spans of stream positions ([\(span2[0]),\(span2[1])] and [-100,\(span2[0]),\(span2[1])]): the database changed between the runs\n")

        // The same stored event in two files: shard 2's first event line replaced by one of shard 1's.
        let lines1 = try String(contentsOfFile: s1of2, encoding: .utf8).split(separator: "\n")
        let plain2 = try Run.checked("/bin/gzip", ["-dc", s2of2]).out
        var lines2 = plain2.split(separator: "\n")
        lines2[0] = lines1[0]
        let twice = try scratch.write("twice.json", lines2.joined(separator: "\n") + "\n")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(lines1[0].utf8)) as? [String: Any])?["stored_event_id"] as? String)
        #expect(try Self.refusal([s1of2, twice]) == "mxkeys: stored event \(id) is in both \(s1of2) and \(twice): the same stored event twice\n")

        // Cut short: no summary; a gzip stream that ends early; fewer event lines than counted.
        let noSummary = try scratch.write("nosummary.json", lines1.dropLast().joined(separator: "\n") + "\n")
        #expect(try Self.refusal([noSummary, s2of2]) == "mxkeys: \(noSummary): no summary at the end: not the whole output of event verify --json (cut short?)\n")
        let compressed = try Data(contentsOf: URL(fileURLWithPath: s2of2))
        let cut = scratch.file("cut.json.gz")
        try compressed.prefix(compressed.count - 12).write(to: URL(fileURLWithPath: cut))
        #expect(try Self.refusal([s1of2, cut]).hasPrefix("mxkeys: \(cut): the gzip stream is cut short or corrupt: "))
        let fewer = try scratch.write("fewer.json", lines1.dropFirst().joined(separator: "\n") + "\n")
        #expect(try Self.refusal([fewer, s2of2]) == "mxkeys: \(fewer): \(lines1.count - 2) event lines but the summary counts \(lines1.count - 1) events: the file is not whole\n")

        // Not a database run, and not a report at all.
        let events = scratch.file("events.jsonl")
        try Data("{\"summary\":{\"events\":1,\"valid\":1,\"redacted\":0,\"rejected\":0}}\n".utf8).write(to: URL(fileURLWithPath: events))
        #expect(try Self.refusal([events]) == "mxkeys: \(events): the summary is not of a run over a homeserver's database (--synapse-config or --synapse-db)\n")
        let garbage = try scratch.write("garbage.json", "{\"verdict\":\"valid\"}\nnot json\n")
        #expect(try Self.refusal([garbage]).hasPrefix("mxkeys: \(garbage): line 2 is not JSON: "))
        #expect(try Self.refusal([scratch.file("absent.json")]) == "mxkeys: cannot open \(scratch.file("absent.json")): No such file or directory\n")
    }
}

/// `event verify --html` and `report html` on the fixtures.
@Suite("mxkeys report html")
struct ReportHTMLTests {
    @Test("event verify --html writes the page that report html makes of the same run's --json output, byte for byte")
    func samePage() throws {
        let scratch = try Scratch()
        let run = try Run.mxkeys(["event", "verify", "--synapse-config", Fixtures.hs1.config, "--json", "--html", scratch.file("run.html")])
        #expect(run.status == 0, "\(run)")
        try run.stdout.write(to: URL(fileURLWithPath: scratch.file("run.json")))
        let report = try Run.mxkeys(["report", "html", scratch.file("run.json"), "--output", scratch.file("report.html")])
        #expect(report.status == 0 && report.out == "" && report.err == "", "\(report)")
        let page = try Data(contentsOf: URL(fileURLWithPath: scratch.file("run.html")))
        #expect(page == (try Data(contentsOf: URL(fileURLWithPath: scratch.file("report.html")))))
        let text = String(decoding: page, as: UTF8.self)
        // The censored event is the one finding; every room has its row.
        #expect(text.contains("<td class=\"id\">\(SynapseCommandTests.censored.id)</td>"))
        #expect(text.components(separatedBy: "<tr data-verdict=").count - 1 == 1)
        #expect(text.components(separatedBy: "<section class=\"server\"").count - 1 == 2)
        var info = stat()
        #expect(stat(scratch.file("run.html"), &info) == 0 && info.st_mode & 0o777 == 0o644)
        // An existing page is replaced only with --force.
        let again = try Run.mxkeys(["report", "html", scratch.file("run.json"), "--output", scratch.file("report.html")])
        #expect(again.status == 2 && again.err.hasPrefix("mxkeys: ") && again.err.contains("report.html"), "\(again)")
        #expect(try Run.mxkeys(["report", "html", scratch.file("run.json"), "--output", scratch.file("report.html"), "--force"]).status == 0)
    }

    @Test("refused: --html without a database, --force without --html, a --quiet report (no event lines)")
    func refusals() throws {
        let scratch = try Scratch()
        let file = try Run.mxkeys(["event", "verify", "--room-version", "10", "--public-key", "x:ed25519:a=\(Fixtures.hs1.publicKey)", "--html", scratch.file("p.html"), "/dev/null"])
        #expect(file.status == 64 && file.err.contains("--html is for a database (--synapse-config or --synapse-db)"), "\(file)")
        let force = try Run.mxkeys(["event", "verify", "--synapse-config", Fixtures.hs1.config, "--force"])
        #expect(force.status == 64 && force.err.contains("--force goes with --html"), "\(force)")
        let quiet = try Run.mxkeys(["event", "verify", "--synapse-config", Fixtures.hs1.config, "--json", "--quiet"])
        try quiet.stdout.write(to: URL(fileURLWithPath: scratch.file("quiet.json")))
        let page = try Run.mxkeys(["report", "html", scratch.file("quiet.json"), "--output", scratch.file("q.html")])
        #expect(page.status == 2)
        #expect(page.err == "mxkeys: \(scratch.file("quiet.json")): a summary without the events' lines (--quiet): the page lists each finding, so run event verify --json without --quiet\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("q.html")))
    }
}

/// `devices verify --html` and `report html` of `devices verify --json` on the identity fixtures
/// (Tests/Fixtures/synapse-identities: alice and bob on hs1, carol of hs2 cached as remote; each with a
/// cross-signed device and one that is not).
@Suite("mxkeys report html: the device audit")
struct ReportHTMLDevicesTests {
    static func text(_ path: String) throws -> String { String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) }

    /// The totals of the page's device audit: key → the numbers of its row (total, then local and remote).
    static func totals(_ page: String) -> [String: [Int]] {
        var rows: [String: [Int]] = [:]
        for row in page.components(separatedBy: "<tr data-k=\"").dropFirst() {
            let key = String(row.prefix { $0 != "\"" })
            let cells = row.components(separatedBy: "<td class=\"n\">").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            rows[key] = cells
        }
        return rows
    }

    @Test("devices verify --html writes the page report html makes of the run's --json output, byte for byte: from a file and from a database")
    func samePage() throws {
        let scratch = try Scratch()
        let alice = Fixtures.Identities.user("alice")
        for (name, source) in [("file", [Fixtures.Identities.path("keys-query.alice.json")]), ("db", ["--synapse-db", Fixtures.Identities.database, "--as", alice])] {
            let run = try Run.mxkeys(["devices", "verify", "--json", "--html", scratch.file("\(name)-run.html")] + source)
            #expect(run.status == 0 && run.err == "", "\(run)")
            try run.stdout.write(to: URL(fileURLWithPath: scratch.file("\(name).json")))
            let report = try Run.mxkeys(["report", "html", scratch.file("\(name).json"), "--output", scratch.file("\(name)-report.html")])
            #expect(report.status == 0 && report.out == "" && report.err == "", "\(report)")
            let page = try Self.text(scratch.file("\(name)-run.html"))
            #expect(page == (try Self.text(scratch.file("\(name)-report.html"))))
            #expect(page.contains("<h1>Device audit report</h1>"))
            // Three users, six devices: three cross-signed (counted), three not (listed with their reasons).
            let devices = page.components(separatedBy: "<table id=\"device-findings\"").last ?? ""
            #expect(devices.components(separatedBy: "<tr data-verdict=").count - 1 == 3)
            for (user, device) in [("alice", "ALICE2"), ("bob", "BOB2"), ("carol", "CAROL2")] {
                let ssk = try #require(Fixtures.Identities.users[Fixtures.Identities.user(user)]?["self_signing"] as? String)
                #expect(devices.contains("<td class=\"id\">\(device)</td>"))
                #expect(devices.contains("<td class=\"reasons\">no signature by the self-signing key ed25519:\(ssk)</td>"))
            }
            #expect(page.contains("<tr><td class=\"id\">\(alice)</td>"))
            #expect(page.contains("<dt>as</dt><dd>\(alice): signed by you"))
            var info = stat()
            #expect(stat(scratch.file("\(name)-run.html"), &info) == 0 && info.st_mode & 0o777 == 0o644)
        }
        // The file has no locality; the database counts carol (hs2) apart, as remote.
        #expect(Self.totals(try Self.text(scratch.file("file-run.html"))) == [
            "users": [3], "users_with_valid_master": [3], "devices": [6], "cross_signed": [3], "not_cross_signed": [3], "invalid": [0], "findings": [0],
        ])
        let database = try Self.text(scratch.file("db-run.html"))
        #expect(Self.totals(database) == [
            "users": [3, 2, 1], "users_with_valid_master": [3, 2, 1], "devices": [6, 4, 2], "cross_signed": [3, 2, 1],
            "not_cross_signed": [3, 2, 1], "invalid": [0, 0, 0], "findings": [0, 0, 0],
        ])
        #expect(database.contains("<tr><td class=\"id\">\(Fixtures.Identities.user("carol"))</td><td>remote</td>"))
        #expect(database.contains("<dt>source</dt><dd>SQLite \(Fixtures.Identities.database)</dd><dt>Synapse schema</dt>"))
        // An existing page is replaced only with --force, and refused before the run.
        let again = try Run.mxkeys(["devices", "verify", "--html", scratch.file("db-run.html"), "--synapse-db", Fixtures.Identities.database])
        #expect(again.status == 2 && again.out == "" && again.err == "mxkeys: \(scratch.file("db-run.html")): already exists (use --force to replace it)\n", "\(again)")
        let forced = try Run.mxkeys(["devices", "verify", "--html", scratch.file("db-run.html"), "--force", "--synapse-db", Fixtures.Identities.database])
        #expect(forced.status == 0, "\(forced)")
        #expect(try Self.text(scratch.file("db-run.html")).contains("<dt>as</dt><dd>nobody: signed by you is not judged"))
    }

    @Test("the shards of a database's audit make the whole audit's totals; the event report and the device audit on one page")
    func shardsAndEvents() throws {
        let scratch = try Scratch()
        var paths: [String] = []
        for k in 1...2 {
            let part = try Run.mxkeys(["devices", "verify", "--json", "--synapse-db", Fixtures.Identities.database, "--shard", "\(k)/2"])
            #expect(part.status == 0, "\(part)")
            paths.append(scratch.file("shard-\(k).json"))
            try part.stdout.write(to: URL(fileURLWithPath: paths[k - 1]))
        }
        let whole = try Run.mxkeys(["devices", "verify", "--synapse-db", Fixtures.Identities.database, "--html", scratch.file("whole.html")])
        #expect(whole.status == 0)
        let merged = try Run.mxkeys(["report", "html", "--output", scratch.file("shards.html")] + paths.reversed())
        #expect(merged.status == 0 && merged.err == "", "\(merged)")
        let page = try Self.text(scratch.file("shards.html"))
        #expect(Self.totals(page) == Self.totals(try Self.text(scratch.file("whole.html"))) && Self.totals(page)["devices"] == [6, 4, 2])
        #expect(page.contains("<dt>shards</dt><dd>2 by a hash of the user ID (--shard K/2), every one given</dd>"))

        let events = try Run.mxkeys(["event", "verify", "--synapse-config", Fixtures.hs1.config, "--json"])
        try events.stdout.write(to: URL(fileURLWithPath: scratch.file("events.json")))
        let both = try Run.mxkeys(["report", "html", scratch.file("events.json"), paths[0], paths[1], "--output", scratch.file("both.html")])
        #expect(both.status == 0 && both.err == "", "\(both)")
        let combined = try Self.text(scratch.file("both.html"))
        #expect(combined.contains("<h1>Event verification and device audit report</h1>"))
        #expect(combined.contains("<table id=\"rooms\" class=\"sortable\">") && combined.contains("<table id=\"device-users\" class=\"sortable\">"))
        #expect(combined.contains("<tr data-k=\"events\">") && Self.totals(combined)["not_cross_signed"] == [3, 2, 1])
    }

    @Test("refused in one line, exit 2, no page: a shard missing or twice, another audit, a report cut short, a file of neither command; --force without --html is 64")
    func refusals() throws {
        let scratch = try Scratch()
        func save(_ arguments: [String], _ name: String) throws -> String {
            let result = try Run.mxkeys(["devices", "verify", "--json"] + arguments)
            #expect(result.status == 0, "\(result)")
            try result.stdout.write(to: URL(fileURLWithPath: scratch.file(name)))
            return scratch.file(name)
        }
        let db = Fixtures.Identities.database
        let first = try save(["--synapse-db", db, "--shard", "1/2"], "first.json")
        let third = try save(["--synapse-db", db, "--shard", "1/3"], "third.json")
        let asBob = try save(["--synapse-db", db, "--shard", "2/2", "--as", Fixtures.Identities.user("bob")], "bob.json")
        let lines = try Self.text(first).split(separator: "\n")
        try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: scratch.file("cut.json")))
        let cases: [([String], String)] = [
            ([first], "shard 2/2 of the device audit is missing"),
            ([first, first], "shard 1/2 of the device audit is given twice: \(first) and \(first)"),
            ([first, third], "\(first) is shard 1/2 and \(third) is shard 1/3: shards of different splits do not go together"),
            ([first, asBob], "\(asBob) is not of the same device audit as \(first): its as differs: \"\(Fixtures.Identities.user("bob"))\", not null; put one audit (or the shards of one) on a page"),
            ([scratch.file("cut.json")], "\(scratch.file("cut.json")): no summary at the end: not the whole output of devices verify --json (cut short?)"),
            ([Fixtures.Identities.path("scenario.json")], "\(Fixtures.Identities.path("scenario.json")): line 1 is not JSON: unexpected end of input at byte 1"),
        ]
        for (inputs, error) in cases {
            let result = try Run.mxkeys(["report", "html", "--output", scratch.file("page.html")] + inputs)
            #expect(result.status == 2 && result.out == "" && result.err == "mxkeys: \(error)\n", "\(result)")
            #expect(!FileManager.default.fileExists(atPath: scratch.file("page.html")))
        }
        let force = try Run.mxkeys(["devices", "verify", "--force", "--synapse-db", db])
        #expect(force.status == 64 && force.err.hasPrefix("mxkeys: --force goes with --html\n"), "\(force)")
        // A page that cannot be written is found before the run: one line, exit 2, no report printed.
        let missing = "mxkeys: \(scratch.file("missing/dir/page.html")): its directory \(scratch.file("missing/dir")) does not exist\n"
        let devices = try Run.mxkeys(["devices", "verify", "--html", scratch.file("missing/dir/page.html"), "--synapse-db", db])
        #expect(devices.status == 2 && devices.out == "" && devices.err == missing, "\(devices)")
        let events = try Run.mxkeys(["event", "verify", "--html", scratch.file("missing/dir/page.html"), "--synapse-db", db])
        #expect(events.status == 2 && events.out == "" && events.err == missing, "\(events)")
    }
}
