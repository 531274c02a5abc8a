import Foundation
import MatrixKeys
import Testing
@testable import MatrixKeysSynapse

/// Synapse's config as mxkeys reads it: files merged key by key, relative paths, the database section
/// in both forms, the server's own keys, and each way a config can be unusable.
@Suite("Synapse config")
struct SynapseConfigTests {
    @Test("the fixture config: server name, database and signing key beside it, the rotated key as an old key")
    func fixture() throws {
        let config = try SynapseConfig.load([Fixtures.hs1.config])
        #expect(config.serverName == Fixtures.hs1.name)
        #expect(config.database == .sqlite(path: Fixtures.hs1.database))
        #expect(config.signingKeyPath == Fixtures.hs1.keyFile)
        #expect(config.oldSigningKeys.map(\.description) == [
            "\(Fixtures.string("hs1_key_rotation", "old_key_id"))=\(Fixtures.string("hs1_key_rotation", "old_public_key"))@\(Fixtures.int("hs1_key_rotation", "expired_ts"))",
        ])
        let (keys, _) = try config.localKeys()
        #expect(keys.map { "\($0.server):\($0.spec)" } == [
            "\(Fixtures.hs1.name):\(Fixtures.hs1.keyID)=\(Fixtures.hs1.publicKey)",
            "\(Fixtures.hs1.name):\(Fixtures.string("hs1_key_rotation", "old_key_id"))=\(Fixtures.string("hs1_key_rotation", "old_public_key"))",
        ])
        #expect(keys.map(\.kind) == [.explicit, .old(expiredTS: Int64(Fixtures.int("hs1_key_rotation", "expired_ts")))])
    }

    @Test("files merge top-level key by key, the later winning whole sections; a directory is its *.yaml files in name order")
    func merging() throws {
        let scratch = try Scratch()
        let base = try scratch.write("homeserver.yaml", """
            server_name: example.org
            signing_key_path: keys/example.org.signing.key
            database:
              name: sqlite3
              args:
                database: data/homeserver.db
                cp_min: 1
            """)
        try FileManager.default.createDirectory(atPath: scratch.file("conf.d"), withIntermediateDirectories: true)
        try scratch.write("conf.d/20-database.yaml", """
            database:
              name: psycopg2
              args:
                user: synapse_user
                password: "hunter2 but longer"
                database: synapse
                host: /run/postgresql
                port: 5433
                sslmode: prefer
                cp_min: 5
                cp_max: 10
                cp_reconnect: true
            """)
        try scratch.write("conf.d/10-name.yaml", "server_name: first.example\n")
        try scratch.write("conf.d/30-name.yaml", "server_name: matrix.example.org\n")
        try scratch.write("conf.d/notes.txt", "server_name: ignored.example\n")
        try scratch.write("conf.d/.hidden.yaml", "server_name: hidden.example\n")
        let config = try SynapseConfig.load([base, scratch.file("conf.d")])
        #expect(config.files == [base, scratch.file("conf.d/10-name.yaml"), scratch.file("conf.d/20-database.yaml"), scratch.file("conf.d/30-name.yaml")])
        #expect(config.serverName == "matrix.example.org")
        // The signing key comes from the first file, resolved against its directory.
        #expect(config.signingKeyPath == scratch.file("keys/example.org.signing.key"))
        #expect(config.databaseSource == scratch.file("conf.d/20-database.yaml"))
        guard case .postgres(let target) = config.database else {
            Issue.record("not PostgreSQL: \(config.database)")
            return
        }
        // psycopg2's database is libpq's dbname; the pool settings are left out; the port is text.
        #expect(target.parameters.map { "\($0.0)=\($0.1)" } == [
            "user=synapse_user", "password=hunter2 but longer", "dbname=synapse", "host=/run/postgresql", "port=5433", "sslmode=prefer",
        ])
        #expect(config.droppedDatabaseArguments == ["cp_min", "cp_max", "cp_reconnect"])
        #expect(target.description == "PostgreSQL user=synapse_user dbname=synapse host=/run/postgresql port=5433 sslmode=prefer")
        #expect(!"\(config.database)".contains("hunter2"))
    }

    @Test("without signing_key_path, Synapse's default <server_name>.signing.key beside the last file; databases: the main store")
    func defaults() throws {
        let scratch = try Scratch()
        let file = try scratch.write("hs.yaml", """
            server_name: "example.org:8448"
            databases:
              state_db:
                name: sqlite3
                args: {database: /var/lib/state.db}
                data_stores: [state]
              main_db:
                name: sqlite3
                args: {database: main.db}
                data_stores: [main]
            old_signing_keys: ~
            """)
        let config = try SynapseConfig.load([file])
        #expect(config.signingKeyPath == scratch.file("example.org:8448.signing.key"))
        #expect(config.signingKeySource == "default")
        #expect(config.database == .sqlite(path: scratch.file("main.db")))
        #expect(config.oldSigningKeys.isEmpty)
        #expect(throws: SynapseConfigError.signingKey(path: scratch.file("example.org:8448.signing.key"), source: "default", reason: "no such file or directory")) {
            try config.localKeys()
        }
    }

    @Test("unusable configs: each a one-sentence error naming the file and the setting")
    func errors() throws {
        let scratch = try Scratch()
        func error(_ text: String) throws -> String {
            let file = try scratch.write("c-\(UUID().uuidString).yaml", text)
            do {
                _ = try SynapseConfig.load([file])
                return "loaded"
            } catch {
                return error.description.replacingOccurrences(of: file, with: "FILE")
            }
        }
        #expect(try error("server_name: a\n") == "the Synapse config has no database section (FILE); give the database with --synapse-db")
        #expect(try error("database: {name: sqlite3, args: {database: x.db}}\n") == "the Synapse config has no server_name (FILE)")
        #expect(try error("server_name: a\ndatabase: {name: mysql, args: {}}\n") == "FILE: database.name: \"mysql\" is not a database engine Synapse uses (sqlite3 or psycopg2)")
        #expect(try error("server_name: a\ndatabase: {name: sqlite3, args: {database: ':memory:'}}\n") == "FILE: database.args.database: an in-memory database holds nothing to read")
        #expect(try error("server_name: a\ndatabase: {name: sqlite3}\n") == "FILE: database.args.database: an sqlite3 database needs the path of its file")
        #expect(try error("server_name: [a]\n") == "FILE: server_name: expected a server name")
        #expect(try error("- a\n- b\n") == "FILE: not a Synapse config: the document is not a mapping of settings")
        #expect(try error("server_name: a\nserver_name: b\n") == "FILE: not a Synapse config: 1:1: the key 'server_name' is set twice in one mapping (Synapse would take the last; mxkeys does not guess)")
        #expect(try error("server_name: a\n  bad: indent\n") == "FILE: not a Synapse config: 2:6: mapping values are not allowed in this context")
        #expect(try error("server_name: a\ndatabase: {name: sqlite3, args: {database: x}}\nold_signing_keys: {\"ed25519:old\": {key: AAAA, expired_ts: 5}}\n")
                == "FILE: old_signing_keys[ed25519:old]: key: ed25519 public key: decoded to 3 bytes, expected 32")
        #expect(try error("server_name: a\ndatabase: {name: sqlite3, args: {database: x}}\nold_signing_keys: {\"ed25519:old\": {key: AAAA}}\n")
                == "FILE: old_signing_keys[ed25519:old]: expected {key: BASE64, expired_ts: MILLISECONDS}")
        #expect(throws: SynapseConfigError.file(FileError(path: scratch.file("none.yaml"), reason: "no such file or directory"))) {
            try SynapseConfig.load([scratch.file("none.yaml")])
        }
        try FileManager.default.createDirectory(atPath: scratch.file("empty.d"), withIntermediateDirectories: true)
        #expect(throws: SynapseConfigError.noFiles([scratch.file("empty.d")])) { try SynapseConfig.load([scratch.file("empty.d")]) }
    }

    @Test("--synapse-db: a path is SQLite; a URI or conninfo is PostgreSQL, checked by libpq, its password never shown")
    func databaseTargets() throws {
        #expect(try DatabaseTarget(parsing: "/var/lib/synapse/homeserver.db") == .sqlite(path: "/var/lib/synapse/homeserver.db"))
        let uri = try DatabaseTarget(parsing: "postgresql://synapse:pa%24%24word@db.example:5433/synapse?sslmode=require")
        #expect(uri.description == "PostgreSQL dbname=postgresql://synapse:*****@db.example:5433/synapse?sslmode=require")
        let conninfo = try DatabaseTarget(parsing: "host=db user=synapse password='it s secret' dbname=synapse")
        #expect(conninfo.description == "PostgreSQL dbname=host=db user=synapse password='*****' dbname=synapse")
        #expect(try DatabaseTarget(parsing: "postgresql://").description == "PostgreSQL dbname=postgresql://")
        #expect(throws: StoreError.connectionString("invalid connection option \"nonsense\"")) { try DatabaseTarget(parsing: "nonsense=1 dbname=x") }
        // A URI libpq cannot parse: its message quotes the URI, password masked.
        do {
            _ = try DatabaseTarget(parsing: "postgresql://u:topsecretpw@[::1")
            Issue.record("parsed")
        } catch {
            #expect(!error.description.contains("topsecretpw"))
            #expect(error.description.hasPrefix("invalid PostgreSQL connection string: "))
        }
    }
}
