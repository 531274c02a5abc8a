import XCTest
import TestSupport
import MatrixKeys
@testable import MatrixKeysFetch

#if canImport(Glibc)
import Glibc
#endif

/// The transport against a server on 127.0.0.1: limits, timeouts, the Host header and the address
/// override, over plain HTTP and over TLS (the test server's certificate comes from a throwaway CA,
/// `LoopbackTLS`), and through a proxy named by the environment.
///
/// XCTest, not Swift Testing, on purpose: `swift test` runs the XCTest tests on their own, before the
/// Swift Testing ones, whose command-line tests block the (two-thread) cooperative pool for seconds at
/// a time; a timing test that shares the pool with them measures the starvation, not the transport.
final class HTTPTransportTests: XCTestCase {
    static func withTransport<T>(_ settings: FetchSettings = FetchSettings(connectTimeout: 10, totalTimeout: 20), _ body: (HTTPTransport) async throws -> T) async throws -> T {
        try await HTTPTransport.using(settings, body)
    }

    static func local(_ server: LoopbackServer, host: String = "127.0.0.1", connectHost: String? = nil, hostHeader: String? = nil) -> HTTPTarget {
        HTTPTarget(scheme: "http", host: host, port: server.port, connectHost: connectHost, hostHeader: hostHeader)
    }

    /// The FetchError that `body` throws (a failure when it throws none, or another kind).
    static func fetchError(_ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async -> FetchError? {
        do {
            try await body()
            XCTFail("no error", file: file, line: line)
        } catch let error as FetchError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return nil
    }

    /// An answer within the limit, with the Host header and the address override of a resolution.
    func testAnswerHostHeaderAndAddressOverride() async throws {
        let server = try LoopbackServer(.respond(status: 200, headers: [("Content-Type", "application/json")], body: Array(#"{"ok":true}"#.utf8)))
        defer { server.stop() }
        // The URL names matrix.example.test, the connection goes to 127.0.0.1, Host is what the spec says.
        let answer = try await Self.withTransport { transport in
            try await transport.send(Self.local(server, host: "matrix.example.test", connectHost: "127.0.0.1", hostHeader: "example.test"),
                                     path: "/_matrix/key/v2/server", limit: 100)
        }
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.body, Array(#"{"ok":true}"#.utf8))
        XCTAssertEqual(answer.url, "http://matrix.example.test:\(server.port)/_matrix/key/v2/server")
        let head = try XCTUnwrap(server.requestHeads.first)
        XCTAssertTrue(head.hasPrefix("GET /_matrix/key/v2/server HTTP/1.1\r\n"), head)
        XCTAssertTrue(head.lowercased().contains("\r\nhost: example.test\r\n"), head)
        XCTAssertEqual(head.lowercased().components(separatedBy: "\r\nhost:").count, 2, head)
    }

    /// A body over the limit: by its Content-Length, and as it streams without one.
    func testSizeLimits() async throws {
        let big = try LoopbackServer(.respond(status: 200, body: [UInt8](repeating: 0x20, count: (1 << 20) + 1)))
        defer { big.stop() }
        let first = await Self.fetchError { _ = try await Self.withTransport { try await $0.send(Self.local(big), path: "/k", limit: 1 << 20) } }
        XCTAssertEqual(first, .tooLarge(url: "http://127.0.0.1:\(big.port)/k", limit: 1 << 20))
        let streamed = try LoopbackServer(.chunked(total: 3 << 20))
        defer { streamed.stop() }
        let second = await Self.fetchError { _ = try await Self.withTransport { try await $0.send(Self.local(streamed), path: "/k", limit: 1 << 20) } }
        XCTAssertEqual(second, .tooLarge(url: "http://127.0.0.1:\(streamed.port)/k", limit: 1 << 20))
        XCTAssertEqual(FetchError.tooLarge(url: "u", limit: 1 << 20).description, "response too large: over 1 MiB (u)")
    }

    /// A server that accepts and never answers: the total timeout, on time.
    func testTotalTimeout() async throws {
        let server = try LoopbackServer(.neverAnswer)
        defer { server.stop() }
        let started = HTTPTransport.monotonicSeconds()
        let error = await Self.fetchError {
            _ = try await Self.withTransport(FetchSettings(connectTimeout: 5, totalTimeout: 2)) { try await $0.send(Self.local(server), path: "/k", limit: 100) }
        }
        XCTAssertEqual(error, .timeout(url: "http://127.0.0.1:\(server.port)/k", what: "no complete answer", seconds: 2))
        XCTAssertEqual(error?.description, "timeout: no complete answer within 2 s (http://127.0.0.1:\(server.port)/k)")
        let elapsed = HTTPTransport.monotonicSeconds() - started
        XCTAssertTrue(elapsed >= 1.9 && elapsed < 10, "\(elapsed)")
    }

    /// A server that never accepts (its listen queue full): the connect timeout.
    func testConnectTimeout() async throws {
        let server = try LoopbackServer(.neverAccept)
        defer { server.stop() }
        let started = HTTPTransport.monotonicSeconds()
        let error = await Self.fetchError {
            _ = try await Self.withTransport(FetchSettings(connectTimeout: 1, totalTimeout: 30)) { try await $0.send(Self.local(server), path: "/k", limit: 100) }
        }
        XCTAssertEqual(error, .timeout(url: "http://127.0.0.1:\(server.port)/k", what: "no connection to 127.0.0.1:\(server.port)", seconds: 1))
        XCTAssertLessThan(HTTPTransport.monotonicSeconds() - started, 10)
    }

    /// A closed port: connect, connection refused, at once (no retries until the timeout).
    func testConnectionRefused() async throws {
        let server = try LoopbackServer(.respond(status: 200, body: []))
        let port = server.port
        server.stop()
        let started = HTTPTransport.monotonicSeconds()
        let error = await Self.fetchError {
            _ = try await Self.withTransport(FetchSettings(connectTimeout: 5, totalTimeout: 5)) {
                try await $0.send(HTTPTarget(scheme: "http", host: "127.0.0.1", port: port), path: "/k", limit: 100)
            }
        }
        guard case let .connect(target, reason)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(target.hasSuffix(":\(port)"), target)
        XCTAssertEqual(reason, "connection refused")
        XCTAssertLessThan(HTTPTransport.monotonicSeconds() - started, 4)
    }

    /// A name with no address: DNS.
    func testUnknownHost() async throws {
        let error = await Self.fetchError {
            _ = try await Self.withTransport { try await $0.send(HTTPTarget(scheme: "http", host: "no-such-host.invalid", port: 8448), path: "/", limit: 100) }
        }
        guard case .dns(let host, _)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(host, "no-such-host.invalid")
        XCTAssertTrue(error?.description.hasPrefix("DNS: no-such-host.invalid: ") == true)
    }

    /// Redirects are not followed unless asked, and then a loop is refused.
    func testRedirects() async throws {
        let server = try LoopbackServer(.respond(status: 302, headers: [("Location", "/again")], body: []))
        defer { server.stop() }
        let answer = try await Self.withTransport { try await $0.send(Self.local(server), path: "/k", limit: 100) }
        XCTAssertEqual(answer.status, 302)
        let error = await Self.fetchError { _ = try await Self.withTransport { try await $0.send(Self.local(server), path: "/k", limit: 100, redirects: 5) } }
        XCTAssertEqual(error, .redirect(url: "http://127.0.0.1:\(server.port)/k", reason: "a redirect loop"))
    }
}

/// The transport over TLS, against the loopback server with its throwaway CA: the certificate's name
/// is the URL's host while the connection goes where the resolution said, the trust store, and the
/// limits that must hold mid-answer (issue 29: time bounded by --timeout, too big refused at once).
final class HTTPTransportTLSTests: XCTestCase {
    static func tlsTarget(_ server: LoopbackServer, host: String = "matrix.example.test", hostHeader: String? = "example.test") -> HTTPTarget {
        HTTPTarget(scheme: "https", host: host, port: server.port, connectHost: "127.0.0.1", hostHeader: hostHeader)
    }

    func testCertificateNameAndTrust() async throws {
        let tls = try LoopbackTLS.shared()
        let server = try LoopbackServer(.respond(status: 200, body: Array(#"{"ok":true}"#.utf8)), tls: true)
        defer { server.stop() }
        let trusted = FetchSettings(connectTimeout: 10, totalTimeout: 20, caFile: tls.caFile)
        let answer = try await HTTPTransport.using(trusted) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.url, "https://matrix.example.test:\(server.port)/k")
        XCTAssertTrue(server.requestHeads.first?.lowercased().contains("\r\nhost: example.test\r\n") == true, "\(server.requestHeads)")
        // Not trusted without --ca-file.
        let untrusted = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(FetchSettings()) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        }
        guard case let .tls(target, reason)? = untrusted else { return XCTFail("\(String(describing: untrusted))") }
        XCTAssertEqual(target, "127.0.0.1:\(server.port)")
        XCTAssertTrue(reason.hasPrefix("the certificate could not be verified: it is not signed by a certificate authority of the system's trust store or --ca-file ("), reason)
        // Trusted, but for another name than the URL's host.
        let wrongName = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(trusted) { try await $0.send(Self.tlsTarget(server, host: "other.example.test"), path: "/k", limit: 100) }
        }
        guard case let .tls(_, second)? = wrongName else { return XCTFail("\(String(describing: wrongName))") }
        XCTAssertTrue(second.hasPrefix("the certificate is not valid for other.example.test ("), second)
        // A plain HTTP server where TLS was expected.
        let plain = try LoopbackServer(.raw(Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8)))
        defer { plain.stop() }
        let notTLS = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(trusted) { try await $0.send(Self.tlsTarget(plain), path: "/k", limit: 100) }
        }
        guard case let .tls(_, third)? = notTLS else { return XCTFail("\(String(describing: notTLS))") }
        XCTAssertTrue(third.hasPrefix("the server does not speak TLS on this port ("), third)
        // SSL_CERT_FILE replaces the system's trust store, as for OpenSSL's tools.
        setenv("SSL_CERT_FILE", tls.caFile, 1)
        defer { unsetenv("SSL_CERT_FILE") }
        let viaEnvironment = try await HTTPTransport.using(FetchSettings()) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        XCTAssertEqual(viaEnvironment.status, 200)
    }

    /// HTTPS_PROXY (as libcurl reads it) sends the request through a CONNECT tunnel of a real proxy
    /// (Debian's tinyproxy, from make deps) to the resolved address; NO_PROXY naming the host goes
    /// direct; a proxy that is not there is named as the proxy.
    func testProxyFromEnvironment() async throws {
        let tls = try LoopbackTLS.shared()
        let server = try LoopbackServer(.respond(status: 200, body: Array(#"{"ok":true}"#.utf8)), tls: true)
        defer { server.stop() }
        let proxy = try TinyProxy()
        defer { proxy.stop() }
        let settings = FetchSettings(connectTimeout: 5, totalTimeout: 10, caFile: tls.caFile)
        setenv("HTTPS_PROXY", proxy.url, 1)
        defer { unsetenv("HTTPS_PROXY") }
        let proxied = try await HTTPTransport.using(settings) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        XCTAssertEqual(proxied.status, 200)
        XCTAssertEqual(proxied.body, Array(#"{"ok":true}"#.utf8))
        XCTAssertEqual(proxy.tunnels, ["127.0.0.1:\(server.port)"], proxy.log)
        // The certificate is still checked for the URL's host, and Host is still the server name.
        XCTAssertTrue(server.requestHeads.first?.lowercased().contains("\r\nhost: example.test\r\n") == true, "\(server.requestHeads)")

        setenv("NO_PROXY", "matrix.example.test", 1)
        let direct = try await HTTPTransport.using(settings) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        unsetenv("NO_PROXY")
        XCTAssertEqual(direct.status, 200)
        XCTAssertEqual(server.requestHeads.count, 2)
        XCTAssertEqual(proxy.tunnels.count, 1, proxy.log)

        let gone = try LoopbackServer(.neverAnswer)
        let gonePort = gone.port
        gone.stop()
        setenv("HTTPS_PROXY", "http://127.0.0.1:\(gonePort)", 1)
        let error = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(settings) { try await $0.send(Self.tlsTarget(server), path: "/k", limit: 100) }
        }
        XCTAssertEqual(error, .connect(target: "127.0.0.1:\(gonePort)", reason: "connection refused (the proxy, on the way to 127.0.0.1:\(server.port))"))
    }

    /// A server that trickles its answer (one byte every 0.3 s) or stalls after the head: the request
    /// ends at --timeout, within 0.5 s, over TLS as over plain HTTP.
    func testTimeoutMidAnswer() async throws {
        let tls = try LoopbackTLS.shared()
        for secure in [true, false] {
            let server = try LoopbackServer(.trickle(length: 1000, interval: 0.3), tls: secure)
            defer { server.stop() }
            let target = secure ? Self.tlsTarget(server) : HTTPTransportTests.local(server)
            let started = HTTPTransport.monotonicSeconds()
            let error = await HTTPTransportTests.fetchError {
                _ = try await HTTPTransport.using(FetchSettings(connectTimeout: 5, totalTimeout: 2, caFile: tls.caFile)) {
                    try await $0.send(target, path: "/k", limit: 1 << 20)
                }
            }
            let elapsed = HTTPTransport.monotonicSeconds() - started
            XCTAssertEqual(error, .timeout(url: target.origin + "/k", what: "no complete answer", seconds: 2))
            XCTAssertTrue(elapsed >= 1.95 && elapsed < 2.5, "\(secure): \(elapsed)")
        }
    }

    /// A Content-Length over the limit is refused from the head, before the body (which would take
    /// 1000 s to trickle in); a chunked body is cut at the limit and its connection closed.
    func testTooLargeAtOnce() async throws {
        let tls = try LoopbackTLS.shared()
        let settings = FetchSettings(connectTimeout: 5, totalTimeout: 30, caFile: tls.caFile)
        let slow = try LoopbackServer(.trickle(length: (1 << 20) + 1, interval: 1), tls: true)
        defer { slow.stop() }
        let started = HTTPTransport.monotonicSeconds()
        let first = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(settings) { try await $0.send(Self.tlsTarget(slow), path: "/k", limit: 1 << 20) }
        }
        XCTAssertEqual(first, .tooLarge(url: "https://matrix.example.test:\(slow.port)/k", limit: 1 << 20))
        XCTAssertLessThan(HTTPTransport.monotonicSeconds() - started, 0.9)
        // Without a length: 64 MiB offered, cut after 1 MiB, and the server sees its connection closed.
        let endless = try LoopbackServer(.chunked(total: 64 << 20), tls: true)
        defer { endless.stop() }
        let streamed = HTTPTransport.monotonicSeconds()
        let second = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(settings) { try await $0.send(Self.tlsTarget(endless), path: "/k", limit: 1 << 20) }
        }
        XCTAssertEqual(second, .tooLarge(url: "https://matrix.example.test:\(endless.port)/k", limit: 1 << 20))
        XCTAssertLessThan(HTTPTransport.monotonicSeconds() - streamed, 5)
        for _ in 0..<50 where endless.cutAnswers == 0 { usleep(100_000) }
        XCTAssertEqual(endless.cutAnswers, 1)
    }

    /// An answer with both Content-Length and chunked encoding: refused, and the message names the conflict.
    func testLengthConflict() async throws {
        let server = try LoopbackServer(.raw(Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n".utf8)))
        defer { server.stop() }
        let error = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransportTests.withTransport { try await $0.send(HTTPTransportTests.local(server), path: "/k", limit: 100) }
        }
        XCTAssertEqual(error?.description,
                       "unexpected response: both Content-Length and Transfer-Encoding: chunked, which conflict: refused (http://127.0.0.1:\(server.port)/k)")
    }
}

/// `/.well-known/matrix/server` as the resolution sees it: a delegation, or a failure with its reason
/// (which sends the resolution on to SRV). XCTest for the reason `HTTPTransportTests` gives.
final class WellKnownTests: XCTestCase {
    func answer(_ behavior: LoopbackServer.Behavior) async throws -> WellKnownAnswer {
        let server = try LoopbackServer(behavior)
        defer { server.stop() }
        let transport = HTTPTransport(settings: FetchSettings(connectTimeout: 10, totalTimeout: 20))
        let answer = await HTTPWellKnownFetcher(transport: transport, scheme: "http", port: server.port).serverWellKnown(hostname: "127.0.0.1")
        await transport.shutdown()
        return answer
    }

    func testDelegation() async throws {
        let answer = try await answer(.respond(status: 200, body: Array(#"{"m.server": "matrix.example.org:443"}"#.utf8)))
        XCTAssertEqual(answer, .delegated("matrix.example.org:443"))
    }

    func testFailures() async throws {
        let notFound = try await answer(.respond(status: 404, body: []))
        guard case .failed(let reason) = notFound else { return XCTFail("\(notFound)") }
        XCTAssertTrue(reason.hasPrefix("HTTP status 404 (http://127.0.0.1:"), reason)
        let notJSON = try await answer(.respond(status: 200, body: Array("<html>".utf8)))
        guard case .failed(let second) = notJSON else { return XCTFail("\(notJSON)") }
        XCTAssertTrue(second.hasPrefix("not a JSON object"), second)
        let noServer = try await answer(.respond(status: 200, body: Array(#"{"m.homeserver": 1}"#.utf8)))
        guard case .failed(let third) = noServer else { return XCTFail("\(noServer)") }
        XCTAssertTrue(third.hasPrefix("no string m.server"), third)
        // A redirect to itself: followed, then refused as a loop, within the limit of 5.
        let loop = try await answer(.respond(status: 301, headers: [("Location", "/.well-known/matrix/server")], body: []))
        guard case .failed(let fourth) = loop else { return XCTFail("\(loop)") }
        XCTAssertTrue(fourth.hasPrefix("redirect: a redirect loop"), fourth)
        let big = try await answer(.respond(status: 200, body: [UInt8](repeating: 0x20, count: (64 << 10) + 1)))
        guard case .failed(let fifth) = big else { return XCTFail("\(big)") }
        XCTAssertTrue(fifth.hasPrefix("response too large: over 64 KiB"), fifth)
    }

    /// When the well-known gave no delegation and the fallback then fails, the line says why the
    /// well-known was not used, and the JSON of the failure records the resolution.
    func testFallbackSaysWhy() async throws {
        let closed = try LoopbackServer(.respond(status: 200, body: []))
        let port = closed.port
        closed.stop()
        let srv = FakeSRV(records: ["_matrix-fed._tcp.example.test": [SRVRecord(priority: 0, weight: 0, port: UInt16(port), target: "127.0.0.1")]])
        let error = await HTTPTransportTests.fetchError {
            _ = try await HTTPTransport.using(FetchSettings(connectTimeout: 5, totalTimeout: 5)) { transport in
                try await ServerKeyFetcher(transport: transport, resolver: ServerResolver(srv: srv, wellKnown: FakeWellKnown())).fetchDirect("example.test")
            }
        }
        XCTAssertEqual(error?.description, "well-known: HTTP status 404 (https://example.test:443/.well-known/matrix/server); "
                       + "fell back to 127.0.0.1:\(port) (srv): connect: 127.0.0.1:\(port): connection refused")
        XCTAssertEqual(error?.underlying, .connect(target: "127.0.0.1:\(port)", reason: "connection refused"))
        let json = try XCTUnwrap(error.map { FetchError.fetching("example.test", $0).json })
        XCTAssertEqual(String(decoding: CanonicalJSON.encode(json), as: UTF8.self),
                       #"{"error":"example.test: \#(error?.description ?? "")","fetching":"example.test","resolution":{"#
                       + #""certificate_name":"example.test","connect":"127.0.0.1:\#(port)","host_header":"example.test","srv":"_matrix-fed._tcp.example.test","#
                       + #""step":"srv","well_known":"HTTP status 404 (https://example.test:443/.well-known/matrix/server)"}}"#)
    }
}
