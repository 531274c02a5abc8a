import XCTest
import TestSupport
import MatrixKeys
@testable import MatrixKeysFetch

/// The key management API against a server on 127.0.0.1: `/keys/query` saved as received, the
/// `failures` that 200 answers carry, and the password answer to user-interactive auth. XCTest for the
/// reason `HTTPTransportTests` gives.
final class ClientKeysTests: XCTestCase {
    static let settings = FetchSettings(connectTimeout: 10, totalTimeout: 20)

    static func session(_ server: LoopbackServer, _ transport: HTTPTransport) throws -> ClientSession {
        ClientSession(transport: transport, homeserver: try HomeserverURL(parsing: "http://127.0.0.1:\(server.port)"),
                      userID: "@alice:example.org", token: try XCTUnwrap(AccessToken("syt_YWxpY2U_token")))
    }

    /// The answer is kept byte for byte; the request asks for every device of each user; failures
    /// (servers not reached) come back to be reported.
    func testQueryKeys() async throws {
        let answer = #"{"device_keys": {"@bob:other.org": {}}, "failures": {"other.org": {"errcode": "M_UNREACHABLE", "error": "Connection refused"}}}"#
        let server = try LoopbackServer(.respond(status: 200, headers: [("Content-Type", "application/json")], body: Array(answer.utf8)))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let (body, failures) = try await Self.session(server, transport).queryKeys(users: ["@bob:other.org", "@alice:example.org"])
        await transport.shutdown()
        XCTAssertEqual(String(decoding: body, as: UTF8.self), answer)
        XCTAssertEqual(failures.map(\.description), ["other.org: M_UNREACHABLE Connection refused"])
        XCTAssertTrue(try XCTUnwrap(server.requestHeads.first).hasPrefix("POST /_matrix/client/v3/keys/query HTTP/1.1"))
        XCTAssertEqual(String(decoding: try XCTUnwrap(server.requestBodies.first), as: UTF8.self),
                       #"{"device_keys":{"@alice:example.org":[],"@bob:other.org":[]},"timeout":10000}"#)
    }

    /// An answer that is not a key query answer is an error, not a file.
    func testQueryKeysNotAnAnswer() async throws {
        let server = try LoopbackServer(.respond(status: 200, headers: [], body: Array(#"{"hello": 1}"#.utf8)))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        do {
            _ = try await Self.session(server, transport).queryKeys(users: ["@a:b"])
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error as? FetchError, .invalidResponse(url: "http://127.0.0.1:\(server.port)/_matrix/client/v3/keys/query", reason: "no device_keys object in the answer"))
        }
        await transport.shutdown()
    }

    /// `/keys/signatures/upload` failures, per user and object, in byte order.
    func testUploadSignaturesFailures() async throws {
        let answer = #"{"failures": {"@bob:example.org": {"BOBPHONE": {"errcode": "M_INVALID_SIGNATURE", "error": "Invalid signature"}, "ABC": {"errcode": "M_UNKNOWN", "error": "unknown device"}}}}"#
        let server = try LoopbackServer(.respond(status: 200, headers: [], body: Array(answer.utf8)))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let failures = try await Self.session(server, transport).uploadSignatures(Array(#"{"@bob:example.org":{}}"#.utf8))
        await transport.shutdown()
        XCTAssertEqual(failures.map(\.description), [
            "@bob:example.org ABC: M_UNKNOWN unknown device",
            "@bob:example.org BOBPHONE: M_INVALID_SIGNATURE Invalid signature",
        ])
        XCTAssertEqual(ClientSession.failures(in: ["failures": .object(JSONObject())], perObject: true), [])
        XCTAssertEqual(ClientSession.failures(in: [:], perObject: false), [])
    }

    /// The failures as Synapse words them (`{"status", "errcode"?, "message"}`, its answers in the
    /// integration): one line per server that a query could not reach, with its message and status,
    /// and per refused object the errcode and message, not the error's JSON.
    func testSynapseFailures() async throws {
        let query = #"{"device_keys": {}, "failures": {"localhost:1": {"status": 503, "message": "Failed to send request: ConnectionRefusedError: Connection was refused by other side: 111: Connection refused."}, "other.org": {"status": 503, "message": "Not ready for retry"}}}"#
        let upload = #"{"failures": {"@alice:example.org": {"ALICE2": {"errcode": "M_INVALID_SIGNATURE", "message": "400: Invalid signature", "status": 400}}}}"#
        let server = try LoopbackServer(.sequence([(200, Array(query.utf8)), (200, Array(upload.utf8))]))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let session = try Self.session(server, transport)
        let (_, queryFailures) = try await session.queryKeys(users: ["@x:localhost:1", "@bob:other.org"])
        let uploadFailures = try await session.uploadSignatures(Array(#"{"@alice:example.org":{}}"#.utf8))
        await transport.shutdown()
        XCTAssertEqual(queryFailures.map(\.description), [
            "localhost:1: Failed to send request: ConnectionRefusedError: Connection was refused by other side: 111: Connection refused. (status 503)",
            "other.org: Not ready for retry (status 503)",
        ])
        XCTAssertEqual(uploadFailures.map(\.description), ["@alice:example.org ALICE2: M_INVALID_SIGNATURE 400: Invalid signature"])
        // A server's error object is one failure even when it has no errcode, error or message.
        XCTAssertEqual(ClientSession.failures(in: ["failures": ["other.org": ["status": 502]]], perObject: false).map(\.description),
                       ["other.org: status 502"])
    }

    static let keysBody: JSONObject = ["master_key": ["user_id": "@alice:example.org", "usage": ["master"], "keys": ["ed25519:abc": "abc"]]]

    /// No auth asked: one request, no password read.
    func testDeviceSigningUploadWithoutAuth() async throws {
        let server = try LoopbackServer(.sequence([(200, Array("{}".utf8))]))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let outcome = try await Self.session(server, transport).uploadDeviceSigningKeys(Self.keysBody, password: {
            XCTFail("the password was read")
            return SecretBytes(copying: Array("x".utf8))
        })
        await transport.shutdown()
        XCTAssertEqual(outcome, .uploaded)
        XCTAssertEqual(server.requestBodies.count, 1)
        XCTAssertEqual(String(decoding: server.requestBodies[0], as: UTF8.self), CanonicalJSON.encodeString(.object(Self.keysBody)))
    }

    /// A password flow: the second request carries the session and the password, escaped as JSON.
    func testDeviceSigningUploadPassword() async throws {
        let challenge = #"{"session": "sess\"1", "flows": [{"stages": ["m.login.sso"]}, {"stages": ["m.login.password"]}], "params": {}}"#
        let server = try LoopbackServer(.sequence([(401, Array(challenge.utf8)), (200, Array("{}".utf8))]))
        defer { server.stop() }
        let transport = HTTPTransport(settings: Self.settings)
        let outcome = try await Self.session(server, transport).uploadDeviceSigningKeys(Self.keysBody, password: {
            SecretBytes(copying: Array("p\"w\\d\u{1}é".utf8))
        })
        await transport.shutdown()
        XCTAssertEqual(outcome, .uploadedWithPassword)
        XCTAssertEqual(server.requestBodies.count, 2)
        let second = try JSONParser.parse(server.requestBodies[1])
        XCTAssertEqual(second["auth"], [
            "type": "m.login.password", "session": "sess\"1", "password": "p\"w\\d\u{1}é",
            "identifier": ["type": "m.id.user", "user": "@alice:example.org"],
        ])
        XCTAssertEqual(second["master_key"], Self.keysBody["master_key"])
    }

    /// A wrong password, and a server that offers no password flow: errors that say so.
    func testDeviceSigningUploadRefused() async throws {
        let challenge = #"{"session": "s", "flows": [{"stages": ["m.login.password"]}]}"#
        let wrong = #"{"errcode": "M_FORBIDDEN", "error": "Invalid username or password", "session": "s", "flows": [{"stages": ["m.login.password"]}]}"#
        var server = try LoopbackServer(.sequence([(401, Array(challenge.utf8)), (401, Array(wrong.utf8))]))
        var transport = HTTPTransport(settings: Self.settings)
        let url = "http://127.0.0.1:\(server.port)/_matrix/client/v3/keys/device_signing/upload"
        do {
            _ = try await Self.session(server, transport).uploadDeviceSigningKeys(Self.keysBody, password: { SecretBytes(copying: Array("bad".utf8)) })
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error as? FetchError, .httpStatus(url: url, status: 401, errcode: "M_FORBIDDEN", message: "Invalid username or password"))
        }
        await transport.shutdown()
        server.stop()

        let sso = #"{"session": "s", "flows": [{"stages": ["m.login.sso"]}, {"stages": ["m.login.recaptcha", "m.login.terms"]}]}"#
        server = try LoopbackServer(.sequence([(401, Array(sso.utf8))]))
        transport = HTTPTransport(settings: Self.settings)
        do {
            _ = try await Self.session(server, transport).uploadDeviceSigningKeys(Self.keysBody, password: {
                XCTFail("the password was read")
                return SecretBytes(copying: Array("x".utf8))
            })
            XCTFail("no error")
        } catch {
            XCTAssertEqual(error as? FetchError, .invalidResponse(
                url: "http://127.0.0.1:\(server.port)/_matrix/client/v3/keys/device_signing/upload",
                reason: "the server asks for user-interactive auth with no password flow (it offers: m.login.sso; m.login.recaptcha + m.login.terms); upload the keys with a client that can answer it"))
        }
        await transport.shutdown()
        server.stop()
    }
}
