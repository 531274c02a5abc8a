import Testing
@testable import MatrixKeysFetch

/// SRV answers a test gives; a name not listed has no records.
struct FakeSRV: SRVResolving {
    var records: [String: [SRVRecord]] = [:]
    var failing: Set<String> = []

    func lookup(_ name: String) async throws(FetchError) -> [SRVRecord] {
        if failing.contains(name) { throw .dns(host: name, reason: "SRV lookup: no answer from the DNS servers (try again later)") }
        return records[name] ?? []
    }
}

/// Well-known answers a test gives; a hostname not listed fails as a 404 would.
struct FakeWellKnown: WellKnownFetching {
    var answers: [String: String] = [:]

    func serverWellKnown(hostname: String) async -> WellKnownAnswer {
        answers[hostname].map { .delegated($0) } ?? .failed("HTTP status 404 (https://\(hostname):443/.well-known/matrix/server)")
    }
}

@Suite("Server name resolution (Server-Server API, Resolving server names)")
struct ServerResolverTests {
    /// One row: a server name, what DNS and the well-known say, and what must come out.
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        var wellKnown: [String: String] = [:]
        var srv: [String: [SRVRecord]] = [:]
        let step: ResolvedServer.Step
        let connect: String
        let port: Int
        let host: String
        let certificate: String
        var testDescription: String { "\(name) -> \(step.rawValue)" }
    }

    static func srv(_ target: String, _ port: UInt16, priority: UInt16 = 10, weight: UInt16 = 0) -> SRVRecord {
        SRVRecord(priority: priority, weight: weight, port: port, target: target)
    }

    /// Every step of the spec, with its Host header and certificate name.
    static let table: [Row] = [
        // 1. IP literals, with and without a port: Host is the server name, the certificate is for the IP.
        Row(name: "192.0.2.10", step: .ipLiteral, connect: "192.0.2.10", port: 8448, host: "192.0.2.10", certificate: "192.0.2.10"),
        Row(name: "192.0.2.10:8449", step: .ipLiteral, connect: "192.0.2.10", port: 8449, host: "192.0.2.10:8449", certificate: "192.0.2.10"),
        Row(name: "[2001:db8::1]", step: .ipLiteral, connect: "2001:db8::1", port: 8448, host: "[2001:db8::1]", certificate: "2001:db8::1"),
        Row(name: "[2001:db8::1]:8449", step: .ipLiteral, connect: "2001:db8::1", port: 8449, host: "[2001:db8::1]:8449", certificate: "2001:db8::1"),
        // 2. A hostname with a port: no well-known, no SRV (even when there are records).
        Row(name: "example.org:8450", wellKnown: ["example.org": "other.example:1"], srv: ["_matrix-fed._tcp.example.org": [srv("x.example", 1)]],
            step: .explicitPort, connect: "example.org", port: 8450, host: "example.org:8450", certificate: "example.org"),
        // 3.1. Well-known to an IP literal: Host is the literal (with its port when given), certificate for the IP.
        Row(name: "example.org", wellKnown: ["example.org": "192.0.2.20"],
            step: .wellKnownIPLiteral, connect: "192.0.2.20", port: 8448, host: "192.0.2.20", certificate: "192.0.2.20"),
        Row(name: "example.org", wellKnown: ["example.org": "[2001:db8::2]:443"],
            step: .wellKnownIPLiteral, connect: "2001:db8::2", port: 443, host: "[2001:db8::2]:443", certificate: "2001:db8::2"),
        // 3.2. Well-known to a hostname with a port: Host is delegated:port, certificate for the delegated name.
        Row(name: "example.org", wellKnown: ["example.org": "matrix.example.net:443"],
            srv: ["_matrix-fed._tcp.matrix.example.net": [srv("x.example", 1)]],
            step: .wellKnownExplicitPort, connect: "matrix.example.net", port: 443, host: "matrix.example.net:443", certificate: "matrix.example.net"),
        // 3.3. Well-known to a hostname, its _matrix-fed._tcp SRV: connect to the target, Host and certificate the delegated name.
        Row(name: "example.org", wellKnown: ["example.org": "matrix.example.net"],
            srv: ["_matrix-fed._tcp.matrix.example.net": [srv("fed1.example.net", 8453)],
                  "_matrix._tcp.matrix.example.net": [srv("legacy.example.net", 8454)]],
            step: .wellKnownSRV, connect: "fed1.example.net", port: 8453, host: "matrix.example.net", certificate: "matrix.example.net"),
        // 3.4. ... no _matrix-fed._tcp record: the deprecated _matrix._tcp one.
        Row(name: "example.org", wellKnown: ["example.org": "matrix.example.net"],
            srv: ["_matrix._tcp.matrix.example.net": [srv("legacy.example.net", 8454)]],
            step: .wellKnownLegacySRV, connect: "legacy.example.net", port: 8454, host: "matrix.example.net", certificate: "matrix.example.net"),
        // 3.5. ... no SRV at all: the delegated name, port 8448.
        Row(name: "example.org", wellKnown: ["example.org": "matrix.example.net"],
            srv: ["_matrix-fed._tcp.example.org": [srv("not-this.example", 1)]],
            step: .wellKnownDefaultPort, connect: "matrix.example.net", port: 8448, host: "matrix.example.net", certificate: "matrix.example.net"),
        // 4. No well-known: _matrix-fed._tcp of the server name; Host and certificate are the server name.
        Row(name: "example.org", srv: ["_matrix-fed._tcp.example.org": [srv("fed.example.org", 8455)], "_matrix._tcp.example.org": [srv("old.example.org", 1)]],
            step: .srv, connect: "fed.example.org", port: 8455, host: "example.org", certificate: "example.org"),
        // 5. ... the deprecated _matrix._tcp.
        Row(name: "example.org", srv: ["_matrix._tcp.example.org": [srv("old.example.org", 8456)]],
            step: .legacySRV, connect: "old.example.org", port: 8456, host: "example.org", certificate: "example.org"),
        // 6. Nothing: the server name, port 8448.
        Row(name: "example.org", step: .defaultPort, connect: "example.org", port: 8448, host: "example.org", certificate: "example.org"),
        // A well-known m.server that is not a server name counts as no well-known (spec: skip to step 4).
        Row(name: "example.org", wellKnown: ["example.org": "not a name"], srv: ["_matrix-fed._tcp.example.org": [srv("fed.example.org", 8455)]],
            step: .srv, connect: "fed.example.org", port: 8455, host: "example.org", certificate: "example.org"),
        // SRV order: lowest priority first, then the highest weight.
        Row(name: "example.org",
            srv: ["_matrix-fed._tcp.example.org": [srv("c.example", 3, priority: 20, weight: 100), srv("a.example", 1, priority: 10, weight: 5),
                                                   srv("b.example", 2, priority: 10, weight: 50)]],
            step: .srv, connect: "b.example", port: 2, host: "example.org", certificate: "example.org"),
    ]

    @Test("each step of the resolution, its Host header and its certificate name", arguments: table)
    func step(_ row: Row) async throws {
        let resolver = ServerResolver(srv: FakeSRV(records: row.srv), wellKnown: FakeWellKnown(answers: row.wellKnown))
        let resolved = try await resolver.resolve(row.name)
        #expect(resolved.step == row.step)
        #expect(resolved.connectHost == row.connect)
        #expect(resolved.port == row.port)
        #expect(resolved.hostHeader == row.host)
        #expect(resolved.certificateName == row.certificate)
        // The request: the URL host is the certificate name (SNI and verification), the connection goes
        // to the resolved host, and the Host header is sent as resolved.
        let target = resolved.target
        #expect(target.hostHeader == row.host)
        #expect(target.port == row.port)
        #expect((target.connectHost ?? target.host.trimmingCharacters(in: "[]")) == row.connect)
        #expect(target.host.trimmingCharacters(in: "[]") == row.certificate)
    }

    @Test("the table covers every step")
    func coverage() {
        #expect(Set(Self.table.map(\.step)) == Set(ResolvedServer.Step.allCases))
    }

    @Test("what the reports show for a decision")
    func summary() async throws {
        let resolver = ServerResolver(srv: FakeSRV(records: ["_matrix-fed._tcp.matrix.example.net": [Self.srv("fed1.example.net", 8453)]]),
                                      wellKnown: FakeWellKnown(answers: ["example.org": "matrix.example.net"]))
        let resolved = try await resolver.resolve("example.org")
        #expect(resolved.summary.map { "\($0.0)=\($0.1)" } == [
            "step=well-known-srv", "connect=fed1.example.net:8453", "host_header=matrix.example.net",
            "certificate_name=matrix.example.net", "delegated_to=matrix.example.net", "srv=_matrix-fed._tcp.matrix.example.net",
        ])
        let fallback = try await ServerResolver(srv: FakeSRV(), wellKnown: FakeWellKnown()).resolve("example.org")
        #expect(fallback.wellKnownFailure == "HTTP status 404 (https://example.org:443/.well-known/matrix/server)")
        #expect(fallback.address == "example.org:8448")
    }

    @Test("failures: a bad server name, an SRV record that refuses, a DNS server that does not answer")
    func failures() async {
        let resolver = ServerResolver(srv: FakeSRV(records: ["_matrix-fed._tcp.refused.example": [Self.srv(".", 0)]], failing: ["_matrix-fed._tcp.down.example"]),
                                      wellKnown: FakeWellKnown())
        await #expect(throws: FetchError.invalidServerName("exa mple.org", reason: "a hostname has only letters, digits, '-' and '.'")) {
            try await resolver.resolve("exa mple.org")
        }
        await #expect(throws: FetchError.dns(host: "_matrix-fed._tcp.refused.example", reason: "the SRV record says there is no such service (target \".\")")) {
            try await resolver.resolve("refused.example")
        }
        await #expect(throws: FetchError.dns(host: "_matrix-fed._tcp.down.example", reason: "SRV lookup: no answer from the DNS servers (try again later)")) {
            try await resolver.resolve("down.example")
        }
        #expect(FetchError.dns(host: "x.example", reason: "no address found").description == "DNS: x.example: no address found")
    }
}

@Suite("Server names (the grammar of the Matrix spec)")
struct ServerNameTests {
    @Test("valid names")
    func valid() throws {
        let cases: [(String, String, Int?, Bool)] = [
            ("example.org", "example.org", nil, false), ("example.org:8448", "example.org", 8448, false),
            ("localhost:8481", "localhost", 8481, false), ("1.2.3.4", "1.2.3.4", nil, true), ("1.2.3.4:5", "1.2.3.4", 5, true),
            ("[::1]", "::1", nil, true), ("[1234:5678::abcd]:8448", "1234:5678::abcd", 8448, true), ("a-b.c-d", "a-b.c-d", nil, false),
        ]
        for (text, host, port, literal) in cases {
            let name = try ServerName(parsing: text)
            #expect(name.bareHost == host)
            #expect(name.port == port)
            #expect(name.isIPLiteral == literal)
            #expect(name.description == text)
        }
    }

    @Test("invalid names say why")
    func invalid() {
        let cases: [(String, String)] = [
            ("", "empty"), ("example.org:", "the port must be a number from 1 to 65535"), ("example.org:0", "the port must be a number from 1 to 65535"),
            ("example.org:65536", "the port must be a number from 1 to 65535"), ("::1", "an IPv6 literal must be in brackets"),
            ("[::1", "an IPv6 literal without its closing bracket"), ("[example]", "\"example\" is not an IPv6 address"),
            ("a..b", "a hostname has no empty label"), ("ex_ample.org", "a hostname has only letters, digits, '-' and '.'"), (":8448", "no hostname"),
        ]
        for (text, reason) in cases {
            #expect(throws: FetchError.invalidServerName(text, reason: reason)) { try ServerName(parsing: text) }
        }
    }
}

@Suite("DNS answers (SRV records, RFC 2782)")
struct DNSMessageTests {
    /// An answer for _matrix-fed._tcp.example.org with two SRV records, the second target compressed.
    static func answer() -> [UInt8] {
        var message: [UInt8] = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0]
        let question = 12
        for label in ["_matrix-fed", "_tcp", "example", "org"] { message.append(UInt8(label.utf8.count)); message += Array(label.utf8) }
        message.append(0)
        message += [0, 33, 0, 1]
        // Record 1: name = pointer to the question; SRV 10 60 8448 fed.example.org.
        var rdata: [UInt8] = [0, 10, 0, 60, 0x21, 0x00]
        rdata += [3] + Array("fed".utf8) + [0xC0, UInt8(question + 12 + 5)]  // "fed" + pointer to "example.org"
        message += [0xC0, UInt8(question), 0, 33, 0, 1, 0, 0, 0x0E, 0x10, 0, UInt8(rdata.count)] + rdata
        // Record 2: SRV 20 0 443 backup.example.net. (uncompressed)
        var second: [UInt8] = [0, 20, 0, 0, 0x01, 0xBB]
        for label in ["backup", "example", "net"] { second.append(UInt8(label.utf8.count)); second += Array(label.utf8) }
        second.append(0)
        message += [0xC0, UInt8(question), 0, 33, 0, 1, 0, 0, 0x0E, 0x10, 0, UInt8(second.count)] + second
        return message
    }

    @Test("records with compressed names")
    func records() throws {
        let records = try DNSMessage.srvRecords(Self.answer())
        #expect(records == [
            SRVRecord(priority: 10, weight: 60, port: 8448, target: "fed.example.org"),
            SRVRecord(priority: 20, weight: 0, port: 443, target: "backup.example.net"),
        ])
    }

    @Test("malformed answers are errors, never a crash")
    func malformed() {
        let answer = Self.answer()
        for length in [0, 5, 11, 20, 40, answer.count - 1] {
            #expect(throws: DNSMessage.Malformed.self) { try DNSMessage.srvRecords(Array(answer.prefix(length))) }
        }
        // A pointer to itself.
        var loop: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
        loop += [0xC0, 12, 0, 33, 0, 1, 0, 0, 0, 0, 0, 0]
        #expect(throws: DNSMessage.Malformed.self) { try DNSMessage.srvRecords(loop) }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
