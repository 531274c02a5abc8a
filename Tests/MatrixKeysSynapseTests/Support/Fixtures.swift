import Foundation
import Testing

/// The committed Synapse fixtures (Tests/Fixtures/synapse, made by `make fixtures`) and the facts their
/// manifest records, which the tests assert.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("Tests/Fixtures/synapse")
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// manifest.json, parsed.
    nonisolated(unsafe) static let manifest: [String: Any] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }()

    static func dictionary(_ path: String...) -> [String: Any] {
        var value: Any = manifest
        for key in path { value = (value as? [String: Any])?[key] ?? [:] }
        return value as? [String: Any] ?? [:]
    }

    static func string(_ path: String...) -> String {
        var value: Any = manifest
        for key in path { value = (value as? [String: Any])?[key] ?? "" }
        return value as? String ?? ""
    }

    static func int(_ path: String...) -> Int {
        var value: Any = manifest
        for key in path { value = (value as? [String: Any])?[key] ?? 0 }
        return (value as? NSNumber)?.intValue ?? -1
    }

    /// A server of the manifest: hs1 or hs2.
    struct Server {
        let label: String
        var name: String { Fixtures.string("servers", label, "server_name") }
        var events: Int { Fixtures.int("servers", label, "rows", "events") }
        var outliers: Int { Fixtures.int("servers", label, "rows", "outlier_events") }
        var rejections: Int { Fixtures.int("servers", label, "rows", "rejections") }
        var config: String { Fixtures.path("\(label).yaml") }
        var database: String { Fixtures.path("\(label).db") }
        var dump: String { Fixtures.path("\(label).pg.sql") }
        var keyFile: String { Fixtures.path("\(label).signing.key") }
        var publicKey: String { Fixtures.string("servers", label, "public_key") }
        var keyID: String { Fixtures.string("servers", label, "key_id") }
        /// Room label → this server's row count in `events`.
        var roomEvents: [String: Int] {
            var counts: [String: Int] = [:]
            for (room, value) in Fixtures.dictionary("rooms") {
                counts[room] = ((value as? [String: Any])?["events"] as? [String: Any])?[label].flatMap { ($0 as? NSNumber)?.intValue }
            }
            return counts
        }
    }

    static let hs1 = Server(label: "hs1")
    static let hs2 = Server(label: "hs2")

    /// Room label → (room ID, room version).
    static var rooms: [String: (id: String, version: String)] {
        var result: [String: (String, String)] = [:]
        for (label, value) in dictionary("rooms") {
            let room = value as? [String: Any] ?? [:]
            result[label] = (room["room_id"] as? String ?? "", room["room_version"] as? String ?? "")
        }
        return result
    }

    /// An event of note (`manifest.events`): its ID, and its room's ID.
    static func event(_ label: String) -> (id: String, room: String) {
        (string("events", label, "event_id"), string("events", label, "room_id"))
    }

    /// The identity fixtures (Tests/Fixtures/synapse-identities, made by
    /// scripts/synapse/make-identity-fixtures.sh): hs1's database after a real client library set up
    /// device keys and cross-signing, the /keys/query answers hs1 gave, and the scenario's facts.
    enum Identities {
        static var directory: URL {
            if let other = ProcessInfo.processInfo.environment["MXKEYS_IDENTITY_FIXTURES"], !other.isEmpty {
                return URL(fileURLWithPath: other)
            }
            return Fixtures.repository.appendingPathComponent("Tests/Fixtures/synapse-identities")
        }
        static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        static var database: String { path("hs1.db") }

        nonisolated(unsafe) static let scenario: [String: Any] = {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent("scenario.json")),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [:] }
            return object
        }()

        /// User ID → the user's facts (server, keys, devices).
        static var users: [String: [String: Any]] { scenario["users"] as? [String: [String: Any]] ?? [:] }

        /// The user ID whose name (localpart) is `name`.
        static func user(_ name: String) -> String {
            users.keys.first { $0.hasPrefix("@\(name):") } ?? "@\(name):missing"
        }
    }
}
