import Foundation
import MatrixKeys
import Testing
@testable import MatrixKeysSynapse

/// Users' identity keys read from a Synapse database (the identity fixtures: keys made by python-olm,
/// stored and served by a real Synapse), on SQLite and PostgreSQL: what the reader hands out must be
/// what Synapse itself answered to /keys/query, object for object.
@Suite("Synapse database: users' identity keys")
struct SynapseUserKeysTests {
    enum Engine: String, CaseIterable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
    }

    static func open(_ engine: Engine, database: String? = nil) throws -> SynapseStore {
        switch engine {
        case .sqlite: return try SynapseStore.open(.sqlite(path: database ?? Fixtures.Identities.database))
        case .postgres: return try SynapseStore.open(try DatabaseTarget(parsing: PostgresCluster.get().conninfo(database ?? "identities")))
        }
    }

    static func records(_ store: SynapseStore, _ selection: UserKeysSelection = UserKeysSelection(), batchSize: Int = 200) throws -> [UserKeysRecord] {
        let source = try store.userKeys(selection, batchSize: batchSize)
        var records: [UserKeysRecord] = []
        while let record = try source.nextUser() { records.append(record) }
        #expect(source.usersRead == records.count)
        #expect(source.unreadable.isEmpty)
        return records
    }

    /// The records in the shape of a /keys/query answer made by `viewer` (user-signing keys: the
    /// viewer's own only, as Synapse gives them).
    static func asQueryAnswer(_ records: [UserKeysRecord], viewer: String) -> JSONObject {
        var devices = JSONObject(), masters = JSONObject(), selfSigning = JSONObject(), userSigning = JSONObject()
        for record in records {
            devices[record.userID] = .object(JSONObject(record.devices.map { ($0.deviceID, $0.keys) }))
            if let key = record.masterKey { masters[record.userID] = key }
            if let key = record.selfSigningKey { selfSigning[record.userID] = key }
            if record.userID == viewer, let key = record.userSigningKey { userSigning[record.userID] = key }
        }
        return ["device_keys": .object(devices), "master_keys": .object(masters),
                "self_signing_keys": .object(selfSigning), "user_signing_keys": .object(userSigning)]
    }

    static func savedAnswer(_ name: String) throws -> JSONObject {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.Identities.path("keys-query.\(name).json"))))
        guard case .object(var answer) = try JSONParser.parse(bytes) else { throw Run.Failed(description: "not an object") }
        #expect(answer.removeValue(forKey: "failures") == .object(JSONObject()))
        return answer
    }

    @Test("each user's view: the database read as alice and as bob equals what hs1 answered to their /keys/query",
          arguments: Engine.allCases, ["alice", "bob"])
    func sameAsKeysQuery(engine: Engine, viewer name: String) throws {
        let viewer = Fixtures.Identities.user(name)
        let store = try Self.open(engine)
        defer { store.close() }
        let records = try Self.records(store, UserKeysSelection(viewer: viewer))
        #expect(records.map(\.userID) == [Fixtures.Identities.user("alice"), Fixtures.Identities.user("bob"), Fixtures.Identities.user("carol")])
        #expect(records.map(\.isLocal) == [true, true, false])
        let answer = Self.asQueryAnswer(records, viewer: viewer)
        let saved = try Self.savedAnswer(name)
        for section in ["device_keys", "master_keys", "self_signing_keys", "user_signing_keys"] {
            #expect(answer[section] == saved[section], "\(section) as \(name) sees it")
        }
    }

    @Test("the devices, keys and signatures the scenario made: the registration devices without keys and the hidden cross-signing devices are left out",
          arguments: Engine.allCases)
    func scenarioFacts(engine: Engine) throws {
        let store = try Self.open(engine)
        defer { store.close() }
        for record in try Self.records(store) {
            let facts = try #require(Fixtures.Identities.users[record.userID])
            let devices = facts["devices"] as? [String: [String: Any]] ?? [:]
            #expect(record.devices.map(\.deviceID) == devices.keys.sorted())
            for device in record.devices {
                #expect(device.keys["keys"]?["ed25519:\(device.deviceID)"]?.stringValue == devices[device.deviceID]?["ed25519"] as? String)
                // The owner's self-signing key signed exactly the devices the scenario cross-signed.
                let selfSigning = facts["self_signing"] as? String ?? ""
                let signed = device.keys["signatures"]?[record.userID]?["ed25519:\(selfSigning)"] != nil
                #expect(signed == (devices[device.deviceID]?["cross_signed"] as? Bool), "\(device.deviceID)")
            }
            #expect(record.masterKey?["keys"]?["ed25519:\(facts["master"] as? String ?? "")"] != nil)
            #expect(record.selfSigningKey?["usage"] == ["self_signing"])
            // A user's own view: alice's master key carries ALICE1's signature, and no one else's.
            if record.userID == Fixtures.Identities.user("alice") {
                #expect(record.masterKey?["signatures"]?[record.userID]?["ed25519:ALICE1"] != nil)
                #expect(record.masterKey?["signatures"]?.objectValue?.keys == [record.userID])
            }
            // Without a viewer, bob's master key shows bob's own signatures only, not alice's.
            if record.userID == Fixtures.Identities.user("bob") {
                #expect(record.masterKey?["signatures"]?.objectValue?.keys == [record.userID])
            }
            // Other servers do not send user-signing keys.
            #expect((record.userSigningKey == nil) == !record.isLocal)
        }
    }

    @Test("--user-id, --shard and the batch size select users without changing what each user's record holds",
          arguments: Engine.allCases)
    func selectionShardBatches(engine: Engine) throws {
        let store = try Self.open(engine)
        defer { store.close() }
        let all = try Self.records(store)
        #expect(try Self.records(store, batchSize: 1) == all)
        #expect(try Self.records(store, batchSize: 2) == all)
        let bob = Fixtures.Identities.user("bob"), carol = Fixtures.Identities.user("carol")
        #expect(try Self.records(store, UserKeysSelection(users: [carol, bob, carol])) == [all[2], all[1]])
        // A user the server knows nothing of comes back empty, not local.
        let nobody = try Self.records(store, UserKeysSelection(users: ["@nobody:localhost:8741"]))
        #expect(nobody == [UserKeysRecord(userID: "@nobody:localhost:8741", isLocal: false)])
        #expect(try Self.records(store, UserKeysSelection(includeRemote: false)).map(\.userID) == all.filter(\.isLocal).map(\.userID))
        for count in [1, 2, 3, 7] {
            var union: [UserKeysRecord] = []
            for index in 1...count {
                let shard = try UserShard(parsing: "\(index)/\(count)")
                union += try Self.records(store, UserKeysSelection(shard: shard), batchSize: 1)
            }
            #expect(union.sorted { $0.userID < $1.userID } == all, "\(count) shards")
        }
    }

    @Test("rows a real server would not hold: an injected device, one altered, one hidden, keys without a device, JSON that is not valid",
          arguments: Engine.allCases)
    func alteredRows(engine: Engine) throws {
        let scratch = try Scratch()
        let alice = Fixtures.Identities.user("alice")
        let copy: Alter.Copy
        switch engine {
        case .sqlite: copy = .sqlite(try scratch.copy(Fixtures.Identities.database, as: "identities.db"))
        case .postgres: copy = .postgres(try PostgresCluster.get().copy(of: "identities"))
        }
        let injected = #"{"user_id":"\#(alice)","device_id":"EVIL","algorithms":[],"keys":{"ed25519:EVIL":"AAAA"},"signatures":{}}"#
        for (device, hidden, json) in [("EVIL", false, injected), ("SHADOW", true, injected), ("BROKEN", false, "{not json")] {
            try Alter.execute(copy,
                sqlite: "INSERT INTO devices (user_id, device_id, hidden) VALUES (?1, ?2, ?3)",
                postgres: "INSERT INTO devices (user_id, device_id, hidden) VALUES ('\(alice)', '\(device)', \(hidden))",
                parameters: [alice, device, hidden ? "1" : "0"])
            try Alter.execute(copy,
                sqlite: "INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES (?1, ?2, 0, ?3)",
                postgres: "INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES ('\(alice)', '\(device)', 0, $j$\(json)$j$)",
                parameters: [alice, device, json])
        }
        try Alter.execute(copy,
            sqlite: "INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES (?1, 'NODEVICE', 0, '{}')",
            postgres: "INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES ('\(alice)', 'NODEVICE', 0, '{}')",
            parameters: [alice])
        try Alter.execute(copy,
            sqlite: "UPDATE e2e_device_keys_json SET key_json = replace(key_json, '\"m.megolm.v1.aes-sha2\"', '\"m.megolm.v2\"') WHERE device_id = 'ALICE1'",
            postgres: "UPDATE e2e_device_keys_json SET key_json = replace(key_json, '\"m.megolm.v1.aes-sha2\"', '\"m.megolm.v2\"') WHERE device_id = 'ALICE1'")
        let store: SynapseStore
        switch copy {
        case .sqlite(let path): store = try Self.open(.sqlite, database: path)
        case .postgres(let database): store = try Self.open(.postgres, database: database)
        }
        defer { store.close() }
        let source = try store.userKeys(UserKeysSelection(users: [alice]))
        let record = try #require(try source.nextUser())
        #expect(try source.nextUser() == nil)
        #expect(record.devices.map(\.deviceID) == ["ALICE1", "ALICE2", "EVIL"])
        #expect(record.devices[2].keys["device_id"] == "EVIL")
        #expect(record.devices[2].keys["unsigned"] == .object(JSONObject()))
        #expect(record.devices[0].keys["algorithms"] == ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v2"])
        #expect(source.unreadable.count == 1)
        #expect(source.unreadable.first?.record == "e2e_device_keys_json BROKEN")
        #expect(source.unreadable.first?.reason.hasPrefix("the JSON is not valid: ") == true)
    }

    @Test("a database without the key tables is refused with the table it lacks")
    func missingTable() throws {
        let scratch = try Scratch()
        let path = try scratch.copy(Fixtures.Identities.database, as: "no-signatures.db")
        try SQLiteTool.execute(path, "DROP TABLE e2e_cross_signing_signatures")
        let store = try SynapseStore.open(.sqlite(path: path))
        defer { store.close() }
        #expect(throws: StoreError.unknownSchema(path, reason: "Synapse schema version \(store.schemaVersion), but it has no table e2e_cross_signing_signatures: not a layout mxkeys knows")) {
            _ = try store.userKeys()
        }
    }

    @Test("shards by a hash of the user ID: the same user always lands in the same part, the parts are disjoint")
    func userShard() throws {
        let users = (0..<1000).map { "@user\($0):example.org" }
        var seen = Set<String>()
        for index in 1...4 {
            let shard = try UserShard(parsing: "\(index)/4")
            let mine = users.filter { shard.takes($0) }
            #expect(mine.count > 150 && mine.count < 350)
            #expect(seen.isDisjoint(with: mine))
            seen.formUnion(mine)
        }
        #expect(seen.count == users.count)
        #expect(throws: StreamShard.ParseError.invalid("0/4")) { try UserShard(parsing: "0/4") }
    }
}

/// `devices verify` on the identity fixtures: the database and the /keys/query answer that hs1 gave
/// are judged alike, device for device; injected and altered rows are found.
@Suite("devices verify on a Synapse database")
struct DevicesVerifyDatabaseTests {
    static func deviceLines(_ result: Run.Result) throws -> [String: String] {
        var lines: [String: String] = [:]
        for line in result.out.split(separator: "\n") {
            guard case .object(let object) = try JSONParser.parse(String(line)), let device = object["device_id"]?.stringValue,
                  let user = object["user_id"]?.stringValue else { continue }
            lines[user + " " + device] = String(line)
        }
        return lines
    }

    @Test("the database and the saved /keys/query answer get the same verdicts, device for device", arguments: SynapseUserKeysTests.Engine.allCases)
    func agree(engine: SynapseUserKeysTests.Engine) throws {
        let alice = Fixtures.Identities.user("alice")
        let file = try Run.mxkeys(["devices", "verify", "--json", Fixtures.Identities.path("keys-query.alice.json")])
        let db = engine == .sqlite ? Fixtures.Identities.database : try PostgresCluster.get().conninfo("identities")
        let stored = try Run.mxkeys(["devices", "verify", "--json", "--synapse-db", db, "--as", alice])
        #expect(file.status == 0 && stored.status == 0, "\(file) \(stored)")
        let fromFile = try Self.deviceLines(file), fromDatabase = try Self.deviceLines(stored)
        #expect(fromFile.count == 6)
        #expect(fromDatabase == fromFile)
    }

    @Test("an injected device is not cross-signed and a device altered after signing is invalid (exit 1); --shard and --user-id")
    func injectedAndAltered() throws {
        let scratch = try Scratch()
        let path = try scratch.copy(Fixtures.Identities.database, as: "altered.db")
        let bob = Fixtures.Identities.user("bob")
        let key = try SigningKey.generate(version: "EVIL")
        let device: JSONObject = ["user_id": .string(bob), "device_id": "EVIL", "algorithms": ["m.olm.v1.curve25519-aes-sha2"],
                                  "keys": ["ed25519:EVIL": .string(key.publicKey.base64), "curve25519:EVIL": "Y3VydmU"]]
        let signed = CanonicalJSON.encodeString(.object(try SignedJSON.sign(device, entity: bob, key: key)))
        try SQLiteTool.execute(path, """
            INSERT INTO devices (user_id, device_id, hidden) VALUES ('\(bob)', 'EVIL', 0);
            INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES ('\(bob)', 'EVIL', 0, '\(signed)');
            UPDATE e2e_device_keys_json SET key_json = replace(key_json, '"m.megolm.v1.aes-sha2"', '"m.megolm.v9"') WHERE device_id = 'BOB1';
            """)
        let result = try Run.mxkeys(["devices", "verify", "--json", "--synapse-db", path, "--user-id", bob])
        #expect(result.status == 1)
        let lines = try Self.deviceLines(result)
        #expect(lines.count == 3)
        #expect(lines[bob + " EVIL"]?.contains(#""verdict":"not-cross-signed""#) == true)
        #expect(lines[bob + " BOB1"]?.contains(#""verdict":"invalid""#) == true)
        #expect(lines[bob + " BOB1"]?.contains(#""self_signature":"invalid""#) == true)
        #expect(lines[bob + " BOB2"]?.contains(#""verdict":"not-cross-signed""#) == true)
        var union = 0
        for k in 1...2 {
            let part = try Run.mxkeys(["devices", "verify", "--json", "--synapse-db", Fixtures.Identities.database, "--shard", "\(k)/2"])
            union += try Self.deviceLines(part).count
        }
        #expect(union == 6)
        let both = try Run.mxkeys(["devices", "verify", "--synapse-db", path, Fixtures.Identities.path("keys-query.alice.json")])
        #expect(both.status == 64)
        #expect(both.err.contains("give an input file or a database (--synapse-config, --synapse-db), not both"))
        let shardAlone = try Run.mxkeys(["devices", "verify", "--shard", "1/2", Fixtures.Identities.path("keys-query.alice.json")])
        #expect(shardAlone.status == 64)
        #expect(shardAlone.err.contains("--shard splits a database's users: give --synapse-config or --synapse-db"))
    }
}
