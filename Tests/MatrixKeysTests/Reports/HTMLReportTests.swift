import Foundation
import Testing
@testable import MatrixKeys

/// The HTML page of a report whose every shown field an attacker controls (Tests/Fixtures/reports/
/// hostile.json): all of it is text, and the page allows only its own style and script.
@Suite("HTMLReport")
struct HTMLReportTests {
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/reports/hostile.json").path

    static func page() throws -> String {
        String(decoding: try HTMLReport.page(ofReports: [hostile]), as: UTF8.self)
    }

    /// The text between the first `open` and the `close` after it.
    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test("markup from the events is escaped: one script element (the page's own), no element or URL of the input's")
    func escaped() throws {
        let page = try Self.page()
        #expect(page.components(separatedBy: "<script").count == 2)
        // Every element is one the page makes, and none has an attribute that loads or runs anything.
        let tags = try NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
        // (The page's own script is left out: its comparisons are not markup.)
        let script = try #require(Self.between(page, "<script>", "</script>"))
        let markup = page.replacingOccurrences(of: script, with: "")
        let range = NSRange(markup.startIndex..., in: markup)
        var names = Set<String>()
        for match in tags.matches(in: markup, range: range) {
            let name = (markup as NSString).substring(with: match.range(at: 1)).lowercased()
            let attributes = (markup as NSString).substring(with: match.range(at: 2)).lowercased()
            names.insert(name)
            #expect(attributes.range(of: "(^|\\s)(on[a-z]+|href|src|srcdoc|action|formaction|xlink:href)=", options: .regularExpression) == nil, "<\(name)\(attributes)>")
        }
        #expect(names.subtracting(["html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "span", "button", "p", "section", "svg", "line", "text", "g", "rect", "path", "label", "select", "option", "em", "script"]) == [])
        #expect(page.contains("&lt;script&gt;alert(&quot;room&quot;)&lt;/script&gt;:evil.example"))
        #expect(page.contains("$&lt;img src=x onerror=alert(&quot;event&quot;)&gt;"))
        #expect(page.contains("evil.example&quot;&gt;&lt;script&gt;alert(&quot;server&quot;)&lt;/script&gt;"))
        #expect(page.contains("&lt;a href=&quot;javascript:alert(&#39;reason&#39;)&quot;&gt;click&lt;/a&gt; &amp; "))
        #expect(page.contains("[the server rejected it: &lt;script&gt;alert(&#39;synapse&#39;)&lt;/script&gt;]"))
        #expect(page.contains("SQLite &lt;b&gt;hostile&lt;/b&gt;.db"))
    }

    @Test("bidi and zero-width characters are shown as their code, never put in the page")
    func bidi() throws {
        let page = try Self.page()
        for scalar in ["\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{200F}"] { #expect(!page.contains(scalar)) }
        #expect(page.contains("!abc<span class=\"ctl\">⟨U+202E⟩</span>gnp.exe<span class=\"ctl\">⟨U+202C⟩</span>:<span class=\"ctl\">⟨U+2066⟩</span>evil<span class=\"ctl\">⟨U+2069⟩</span>.example"))
        #expect(HTMLReport.isDisruptive("\u{0007}") && HTMLReport.isDisruptive("\u{FEFF}") && !HTMLReport.isDisruptive("é"))
    }

    @Test("the Content-Security-Policy allows no request, and exactly the page's own style and script by their SHA-256")
    func policy() throws {
        let page = try Self.page()
        let style = try #require(Self.between(page, "<style>", "</style>"))
        let script = try #require(Self.between(page, "<script>", "</script>"))
        let styleHash = Base64.encodePadded(SHA256.hash(Array(style.utf8)))
        let scriptHash = Base64.encodePadded(SHA256.hash(Array(script.utf8)))
        let policy = try #require(Self.between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\""))
        #expect(policy == "default-src 'none'; style-src 'sha256-\(styleHash)'; script-src 'sha256-\(scriptHash)'; base-uri 'none'; form-action 'none'")
        #expect(page.components(separatedBy: "style=").count == 1, "no style attribute, which the policy would block")
    }

    @Test("totals, rooms, findings and the key time line hold the report's numbers")
    func content() throws {
        let page = try Self.page()
        for (key, value) in [("events", 3), ("valid", 1), ("redacted", 1), ("censored", 0), ("rejected", 1), ("server_rejected", 1)] {
            #expect(page.range(of: "<tr data-k=\"\(key)\"><th><span class=\"v [a-z]+\">[^<]+</span></th><td class=\"n\">\(value)</td></tr>", options: .regularExpression) != nil, "\(key)")
        }
        let rooms = try #require(Self.between(page, "<table id=\"rooms\"", "</table>"))
        #expect(rooms.components(separatedBy: "<tr>").count - 1 == 3)
        let findings = try #require(Self.between(page, "<table id=\"findings\"", "</table>"))
        #expect(findings.components(separatedBy: "<tr data-verdict=").count - 1 == 2)
        #expect(page.components(separatedBy: "<g class=\"key\"").count - 1 == 2)
        #expect(page.components(separatedBy: "<path class=\"bad\" data-verdict=\"rejected\"").count - 1 == 1)
        #expect(page.components(separatedBy: "<path class=\"bad\" data-verdict=\"redacted\"").count - 1 == 1)
        #expect(page.contains("valid_until_ts 2027-01-03T18:13:20Z, cut by the 7-day cap to 2026-09-17T00:26:40Z"))
    }

    @Test("valid events are counted by time exactly while few, then in buckets four times wider, none lost")
    func buckets() {
        var key = HTMLReport.KeyUse()
        for ts in Int64(1000)..<Int64(1000 + 4096) { key.addValid(at: ts) }
        #expect(key.granularity == 1 && key.validBuckets.count == 4096)
        key.addValid(at: 1_000 + 4096)
        #expect(key.granularity == 4 && key.validBuckets.count == 1025)
        #expect(key.validBuckets[1000] == 4 && key.validBuckets[5096] == 1)
        #expect(key.validBuckets.values.reduce(0, +) == 4097)
        #expect(HTMLReport.KeyUse.floor(-5, 4) == -8 && HTMLReport.KeyUse.floor(7, 4) == 4)
    }
}
