import Foundation
import Testing
@testable import MatrixKeys

/// The fetch time and source that `server-keys fetch` saves with each response, in `unsigned`.
@Suite("Saved key responses: unsigned.fetched_at and fetched_from")
struct SavedFetchTests {
    static let key = try! SigningKeyFile.parse("ed25519 a_1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1")[0]
    static let fetchedAt: Int64 = 1_764_655_200_000

    /// A signed response as a server would send it: pretty-printed, keys in the server's order.
    static func received() throws -> [UInt8] {
        let object = try ServerKeyResponse.publish(serverName: "example.org", keys: [key], validUntilTS: 1_800_000_000_000)
        let signature = try #require(object["signatures"]?.objectValue?["example.org"]?.objectValue?["ed25519:a_1"]?.stringValue)
        return Array("""
            {
              "server_name": "example.org",
              "valid_until_ts": 1800000000000,
              "verify_keys": {"ed25519:a_1": {"key": "\(key.publicKey.base64)"}},
              "old_verify_keys": {},
              "signatures": {"example.org": {"ed25519:a_1": "\(signature)"}}
            }

            """.utf8)
    }

    @Test("the member goes right after the opening brace; every other byte stays as received")
    func annotate() throws {
        let body = try Self.received()
        let saved = try KeyResponseFiles.SavedFetch(fetchedAt: Self.fetchedAt, fetchedFrom: "https://example.org:8448/_matrix/key/v2/server").annotate(body)
        let member = #""unsigned":{"fetched_at":1764655200000,"fetched_from":"https://example.org:8448/_matrix/key/v2/server"},"#
        #expect(saved == [UInt8(ascii: "{")] + Array(member.utf8) + Array(body.dropFirst()))
        // Still a valid, self-signed response, and the times read back.
        let value = try JSONParser.parse(saved, mode: .strict)
        let response = try #require(try ServerKeyResponse.parseAll(value).first)
        #expect(response.selfSignatureReport().isValid)
        let read = try KeyResponseFiles.SavedFetch(value)
        #expect(read == KeyResponseFiles.SavedFetch(fetchedAt: Self.fetchedAt, fetchedFrom: "https://example.org:8448/_matrix/key/v2/server"))
    }

    @Test("a response that already has unsigned gets the fields added, in canonical form")
    func existingUnsigned() throws {
        let body = Array(#"{"server_name":"x","unsigned":{"age":5}}"#.utf8)
        let saved = try KeyResponseFiles.SavedFetch(fetchedAt: 7, fetchedFrom: nil).annotate(body)
        #expect(String(decoding: saved, as: UTF8.self) == #"{"server_name":"x","unsigned":{"age":5,"fetched_at":7}}"#)
        #expect(String(decoding: try KeyResponseFiles.SavedFetch(fetchedAt: 7, fetchedFrom: nil).annotate(Array("{}".utf8)), as: UTF8.self)
                == #"{"unsigned":{"fetched_at":7}}"#)
        #expect(throws: ServerKeyError.self) { try KeyResponseFiles.SavedFetch(fetchedAt: 7, fetchedFrom: nil).annotate(Array("[1]".utf8)) }
    }

    @Test("a wrong type in unsigned is an error naming the field")
    func wrongTypes() throws {
        #expect(throws: ServerKeyError.invalidField(field: "$.unsigned.fetched_at", reason: "not an integer (milliseconds since the epoch)")) {
            try KeyResponseFiles.SavedFetch(try JSONParser.parse(#"{"unsigned":{"fetched_at":"now"}}"#))
        }
        #expect(throws: ServerKeyError.invalidField(field: "$.unsigned", reason: "not an object")) {
            try KeyResponseFiles.SavedFetch(try JSONParser.parse(#"{"unsigned":[]}"#))
        }
        #expect(try KeyResponseFiles.SavedFetch(try JSONParser.parse(#"{"a":1}"#)) == KeyResponseFiles.SavedFetch(fetchedAt: nil, fetchedFrom: nil))
    }

    @Test("loading uses each file's saved time; a given time overrides it; a file without one has none")
    func load() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-saved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let body = try Self.received()
        let saved = try KeyResponseFiles.SavedFetch(fetchedAt: Self.fetchedAt, fetchedFrom: "https://example.org:8448/_matrix/key/v2/server").annotate(body)
        try Data(saved).write(to: directory.appendingPathComponent("a.json"))
        try Data(body).write(to: directory.appendingPathComponent("b.json"))

        let loaded = try KeyResponseFiles.load([directory.path])
        #expect(loaded.map(\.fetchedAt) == [Self.fetchedAt, nil])
        #expect(loaded.map(\.fetchedFrom) == ["https://example.org:8448/_matrix/key/v2/server", nil])
        let overridden = try KeyResponseFiles.load([directory.path], fetchedAt: 5)
        #expect(overridden.map(\.fetchedAt) == [5, 5])

        // The ring counts the 7-day cap from the saved time, and from its default for the other.
        let ring = KeyRing(responses: [loaded[0]], fetchedAt: 42)
        let entry = try #require(ring.entries.first)
        #expect(entry.fetchedAt == Self.fetchedAt)
        let lines = KeyRing(responses: loaded, fetchedAt: 42).reportLines(fetchedAt: 42, assumed: true)
        #expect(lines[0] == "key ring: 2 keys of 1 server (fetched_at saved with 1 response; not given for 1, so now: \(Timestamp.describe(42)))")
        #expect(KeyRing(responses: [loaded[0]], fetchedAt: 42).reportLines(fetchedAt: 42, assumed: true)[0]
                == "key ring: 1 key of 1 server (fetched_at saved with each response)")
        #expect(KeyRing(responses: overridden, fetchedAt: 5).reportLines(fetchedAt: 5, assumed: false)[0]
                == "key ring: 2 keys of 1 server (fetched_at \(Timestamp.describe(5)))")
    }
}
