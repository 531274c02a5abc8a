import XCTest
import TestSupport
import MatrixKeys
@testable import MatrixKeysFetch

#if canImport(Glibc)
import Glibc
#endif

/// The client-server API against a server on 127.0.0.1: the access token, base URLs, backups to disk.
/// XCTest for the reason `HTTPTransportTests` gives.
final class ClientAPITests: XCTestCase {
    static let secret = "syt_c2VjcmV0_TOKENVALUE_0000"
    static let settings = FetchSettings(connectTimeout: 10, totalTimeout: 20)

    static func session(_ server: LoopbackServer, _ transport: HTTPTransport, token: String = "syt_YWxpY2U_QWxpY2VUb2tlbg_1a2b3c") throws -> ClientSession {
        ClientSession(transport: transport, homeserver: try HomeserverURL(parsing: "http://127.0.0.1:\(server.port)"),
                      userID: "@a:b", token: try XCTUnwrap(AccessToken(token)))
    }

    /// A token that a server echoes back never reaches an error; it went in the header, and only there.
    func testTokenScrubbedFromErrors() async throws {
        let echo = Array(#"{"errcode":"M_UNKNOWN_TOKEN","error":"Unknown token syt_c2VjcmV0_TOKENVALUE_0000 for @a:b"}"#.utf8)
        let server = try LoopbackServer(.respond(status: 401, headers: [("Content-Type", "application/json")], body: echo))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let session = try Self.session(server, transport, token: Self.secret + "\n")
        do {
            _ = try await session.backupVersion(nil)
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error, .httpStatus(url: "http://127.0.0.1:\(server.port)/_matrix/client/v3/room_keys/version", status: 401,
                                              errcode: "M_UNKNOWN_TOKEN", message: "Unknown token <access token> for @a:b"))
            XCTAssertFalse(error.description.contains("TOKENVALUE"))
        }
        await transport.shutdown()
        let head = try XCTUnwrap(server.requestHeads.first)
        XCTAssertTrue(head.contains("\r\nAuthorization: Bearer \(Self.secret)"))
        XCTAssertTrue(head.hasPrefix("GET /_matrix/client/v3/room_keys/version HTTP/1.1"))
        XCTAssertEqual("\(try XCTUnwrap(AccessToken(Self.secret)))", "<access token>")
        XCTAssertNil(AccessToken("  \n"))
        XCTAssertNil(AccessToken("two words"))
    }

    /// Base URLs: https anywhere, plain http on loopback only.
    func testBaseURLs() throws {
        XCTAssertEqual(try HomeserverURL(parsing: "https://matrix.example.org").description, "https://matrix.example.org:443")
        XCTAssertEqual(try HomeserverURL(parsing: "https://matrix.example.org:8443/prefix/").description, "https://matrix.example.org:8443/prefix")
        XCTAssertEqual(try HomeserverURL(parsing: "http://127.0.0.1:8491").description, "http://127.0.0.1:8491")
        XCTAssertEqual(try HomeserverURL(parsing: "http://[::1]:8008").target.host, "[::1]")
        XCTAssertThrowsError(try HomeserverURL(parsing: "http://matrix.example.org")) {
            XCTAssertEqual($0 as? FetchError, .invalidURL("http://matrix.example.org",
                                                           reason: "plain HTTP would send the access token in the clear: use https (http is allowed on loopback only)"))
        }
        XCTAssertThrowsError(try HomeserverURL(parsing: "ftp://x")) { XCTAssertEqual($0 as? FetchError, .invalidURL("ftp://x", reason: "expected https://HOST[:PORT]")) }
        XCTAssertThrowsError(try HomeserverURL(parsing: "https://u:p@x")) {
            XCTAssertEqual($0 as? FetchError, .invalidURL("https://u:p@x", reason: "credentials have no place in the URL"))
        }
    }

    /// A backup streams to disk as the version's fields followed by the answer's members, as received.
    func testBackupFile() async throws {
        let rooms = #"{ "rooms" : {"!r:x": {"sessions": {"s1": {"first_message_index": 0, "session_data": {"ephemeral": "e"}}}}}}"#
        let server = try LoopbackServer(.routes([(prefix: "/_matrix/client/v3/room_keys/keys", status: 200, body: Array(rooms.utf8))]))
        defer { server.stop() }
        let directory = "/tmp/mxkeys-fetch-test-\(getpid())"
        mkdir(directory, 0o700)
        defer { unlink(directory + "/backup.json"); rmdir(directory) }
        let transport = HTTPTransport(settings: Self.settings)
        let session = try Self.session(server, transport)
        let info: JSONObject = ["version": "3", "algorithm": "m.megolm_backup.v1.curve25519-aes-sha2", "count": 1, "etag": "1"]
        let file = try AtomicFileStreamTarget(path: directory + "/backup.json", overwrite: false)
        let written = try await session.downloadBackup(version: "3", versionInfo: info, to: file)
        try file.commit()
        await transport.shutdown()
        let saved = try AtomicFile.read(directory + "/backup.json")
        let expected = #"{"algorithm":"m.megolm_backup.v1.curve25519-aes-sha2","count":1,"etag":"1","version":"3", "rooms" : {"!r:x": {"sessions": {"s1": {"first_message_index": 0, "session_data": {"ephemeral": "e"}}}}}}"#
        XCTAssertEqual(String(decoding: saved, as: UTF8.self), expected)
        XCTAssertEqual(written, DownloadedBackup(bytes: saved.count, rooms: 1, sessions: 1))
        XCTAssertEqual(try KeyBackup.sessions(in: try JSONParser.parse(saved, mode: .lax)).map(\.sessionID), ["s1"])
        XCTAssertTrue(server.requestHeads.first?.hasPrefix("GET /_matrix/client/v3/room_keys/keys?version=3 HTTP/1.1") == true)
    }

    /// An error answer, or one that is not an object, leaves no file (nor a temporary one).
    func testBackupFailuresLeaveNothing() async throws {
        let server = try LoopbackServer(.routes([
            (prefix: "/_matrix/client/v3/room_keys/keys?version=9", status: 404, body: Array(#"{"errcode":"M_NOT_FOUND","error":"Unknown backup version"}"#.utf8)),
            (prefix: "/_matrix/client/v3/room_keys/keys?version=8", status: 200, body: Array(#"["not", "an", "object"]"#.utf8)),
        ]))
        defer { server.stop() }
        let directory = "/tmp/mxkeys-fetch-test-f-\(getpid())"
        mkdir(directory, 0o700)
        defer { rmdir(directory) }
        let transport = HTTPTransport(settings: Self.settings)
        let session = try Self.session(server, transport)
        var file = try AtomicFileStreamTarget(path: directory + "/backup.json", overwrite: false)
        do {
            _ = try await session.downloadBackup(version: "9", versionInfo: ["version": "9"], to: file)
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error, .httpStatus(url: "http://127.0.0.1:\(server.port)/_matrix/client/v3/room_keys/keys?version=9", status: 404,
                                              errcode: "M_NOT_FOUND", message: "Unknown backup version"))
        }
        file = try AtomicFileStreamTarget(path: directory + "/backup.json", overwrite: false)
        do {
            _ = try await session.downloadBackup(version: "8", versionInfo: ["version": "8"], to: file)
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error, .notJSON(url: "http://127.0.0.1:\(server.port)/_matrix/client/v3/room_keys/keys?version=8", reason: "the backup is not a JSON object"))
        }
        await transport.shutdown()
        XCTAssertNotEqual(access(directory + "/backup.json", F_OK), 0)
        XCTAssertEqual(rmdir(directory), 0)  // empty: no temporary file left either
        mkdir(directory, 0o700)
    }
}

/// Homeserver discovery through `/.well-known/matrix/client`, against servers on 127.0.0.1.
final class HomeserverDiscoveryTests: XCTestCase {
    func testDiscovery() async throws {
        // Over TLS, as in use: the well-known and the homeserver on 127.0.0.1, their certificate for localhost.
        let tls = try LoopbackTLS.shared()
        let homeserver = try LoopbackServer(.routes([(prefix: "/_matrix/client/versions", status: 200, body: Array(#"{"versions":["v1.11"]}"#.utf8))]), tls: true)
        defer { homeserver.stop() }
        let wellKnown = try LoopbackServer(.routes([
            (prefix: "/.well-known/matrix/client", status: 200, body: Array(#"{"m.homeserver":{"base_url":"https://localhost:\#(homeserver.port)/"}}"#.utf8)),
        ]), tls: true)
        defer { wellKnown.stop() }
        let secure = HTTPTransport(settings: FetchSettings(connectTimeout: 10, totalTimeout: 20, caFile: tls.caFile))
        let url = try await HomeserverDiscovery.discover(userID: "@alice:localhost", transport: secure, scheme: "https", port: wellKnown.port)
        XCTAssertEqual(url.description, "https://localhost:\(homeserver.port)")
        XCTAssertEqual(homeserver.requestHeads.count, 1)
        await secure.shutdown()
        let transport = HTTPTransport(settings: FetchSettings(connectTimeout: 10, totalTimeout: 20))
        // No well-known, or one without a base_url: give --homeserver.
        let nothing = try LoopbackServer(.respond(status: 404, body: []))
        defer { nothing.stop() }
        do {
            _ = try await HomeserverDiscovery.discover(userID: "@alice:127.0.0.1", transport: transport, scheme: "http", port: nothing.port)
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error, .invalidResponse(url: "http://127.0.0.1:\(nothing.port)/.well-known/matrix/client",
                                                   reason: "no /.well-known/matrix/client (HTTP status 404): give --homeserver URL"))
        }
        let noBase = try LoopbackServer(.respond(status: 200, body: Array(#"{"m.identity_server":{}}"#.utf8)))
        defer { noBase.stop() }
        do {
            _ = try await HomeserverDiscovery.discover(userID: "@alice:127.0.0.1", transport: transport, scheme: "http", port: noBase.port)
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error, .invalidResponse(url: "http://127.0.0.1:\(noBase.port)/.well-known/matrix/client",
                                                   reason: "no m.homeserver.base_url: give --homeserver URL"))
        }
        await transport.shutdown()
    }

    /// A well-known answer can never send the token over plain HTTP: neither a base_url that is
    /// http:// (even on loopback), nor a redirect of the lookup from https:// to http://. The plain
    /// listener those name receives nothing at all.
    func testNoDowngrade() async throws {
        let tls = try LoopbackTLS.shared()
        let token = try XCTUnwrap(AccessToken("syt_downgrade_SuperSecretTokenValue"))
        let plain = try LoopbackServer(.routes([
            (prefix: "/_matrix/client/versions", status: 200, body: Array(#"{"versions":["v1.11"]}"#.utf8)),
            (prefix: "/.well-known/matrix/client", status: 200, body: Array(#"{"m.homeserver":{"base_url":"http://127.0.0.1:1"}}"#.utf8)),
            (prefix: "/_matrix/client/v3/room_keys/version", status: 200, body: Array(#"{"version":"1"}"#.utf8)),
        ]))
        defer { plain.stop() }
        let plainBase = "http://127.0.0.1:\(plain.port)"
        let baseURL = try LoopbackServer(.routes([
            (prefix: "/.well-known/matrix/client", status: 200, body: Array(#"{"m.homeserver":{"base_url":"\#(plainBase)"}}"#.utf8)),
        ]), tls: true)
        defer { baseURL.stop() }
        let redirect = try LoopbackServer(.answers([
            (prefix: "/.well-known/matrix/client", status: 302, headers: [("Location", plainBase + "/.well-known/matrix/client")], body: []),
        ]), tls: true)
        defer { redirect.stop() }
        let transport = HTTPTransport(settings: FetchSettings(connectTimeout: 10, totalTimeout: 20, caFile: tls.caFile))
        /// What backup fetch does: discovery, then the token's first request.
        func fetch(_ wellKnown: LoopbackServer) async -> FetchError? {
            do {
                let url = try await HomeserverDiscovery.discover(userID: "@alice:localhost", transport: transport, scheme: "https", port: wellKnown.port)
                _ = try await ClientSession(transport: transport, homeserver: url, userID: "@alice:localhost", token: token).backupVersion(nil)
                return nil
            } catch {
                return error
            }
        }
        let first = await fetch(baseURL)
        XCTAssertEqual(first, .invalidURL(plainBase, reason:
            "the base_url of https://localhost:\(baseURL.port)/.well-known/matrix/client is plain HTTP, which would send the access token in the clear: refused"))
        let second = await fetch(redirect)
        XCTAssertEqual(second, .redirect(url: "https://localhost:\(redirect.port)/.well-known/matrix/client",
                                         reason: "to plain HTTP refused (\(plainBase)/.well-known/matrix/client)"))
        XCTAssertEqual(second?.description, "redirect: to plain HTTP refused (\(plainBase)/.well-known/matrix/client) (https://localhost:\(redirect.port)/.well-known/matrix/client)")
        await transport.shutdown()
        // Nothing reached the plain listener; the TLS servers got the lookups only, without the token.
        XCTAssertEqual(plain.requestHeads, [])
        for head in baseURL.requestHeads + redirect.requestHeads {
            XCTAssertTrue(head.hasPrefix("GET /.well-known/matrix/client HTTP/"), head)
            XCTAssertFalse(head.contains("SuperSecretTokenValue"), head)
        }
        XCTAssertEqual(baseURL.requestHeads.count + redirect.requestHeads.count, 2)
    }
}
