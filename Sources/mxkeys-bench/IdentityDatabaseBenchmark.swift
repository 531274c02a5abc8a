#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import MatrixKeys
import MatrixKeysSynapse

/// Issue targets for auditing identities from a homeserver's database: 100,000 devices, each with a
/// self-signature and an owner's signature, read from a Synapse database (SQLite) and audited, at a
/// rate compared with the raw libsodium verify rate of the same run (two signatures per device); and
/// the reader alone.
///
/// The database is the fixture database (Tests/Fixtures/synapse/hs1.db) with generated users in
/// Synapse's own layout: two devices per user in `devices` and `e2e_device_keys_json` (self-signed),
/// the three cross-signing keys in `e2e_cross_signing_keys` (with their hidden pseudo-devices), and the
/// self-signing key's signature on each device apart, in `e2e_cross_signing_signatures`, as Synapse
/// keeps signatures uploaded through /keys/signatures/upload.
enum IdentityDatabaseBenchmark {
    static let server = "bench.example.org"

    /// Writes the CSV files for `devices` devices (two per user): users, devices, device keys,
    /// cross-signing keys, signatures.
    static func writeData(_ directory: String, devices: Int) {
        let users = max(1, devices / 2)
        struct UserRows {
            var devices: [[String]] = []
            var keys: [[String]] = []
            var crossSigning: [[String]] = []
            var signatures: [[String]] = []
        }
        nonisolated(unsafe) let rows = UnsafeMutableBufferPointer<UserRows>.allocate(capacity: users)
        rows.initialize(repeating: UserRows())
        defer { rows.deallocate() }
        let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        DispatchQueue.concurrentPerform(iterations: cores) { part in
            for u in stride(from: part, to: users, by: cores) {
                let user = "@user\(u):\(server)"
                var out = UserRows()
                let master = Ed25519.PrivateKey(), selfSigning = Ed25519.PrivateKey(), userSigning = Ed25519.PrivateKey()
                func signed(_ object: JSONObject, by key: Ed25519.PrivateKey, keyID: String) -> JSONObject {
                    var object = object
                    let signature = key.signature(for: SignedJSON.signingBytes(object)).base64
                    object["signatures"] = [user: .object([keyID: .string(signature)])]
                    return object
                }
                let masterPub = master.publicKey.base64
                for (type, key) in [("master", master), ("self_signing", selfSigning), ("user_signing", userSigning)] {
                    let pub = key.publicKey.base64
                    var object: JSONObject = ["user_id": .string(user), "usage": [.string(type)], "keys": .object(["ed25519:" + pub: .string(pub)])]
                    if type != "master" { object = signed(object, by: master, keyID: "ed25519:" + masterPub) }
                    out.crossSigning.append([user, type, CanonicalJSON.encodeString(.object(object))])
                    out.devices.append([user, pub, "", "1"])
                }
                for d in 0..<2 {
                    let deviceID = "DEV\(u)X\(d)"
                    let device = Ed25519.PrivateKey()
                    let object: JSONObject = [
                        "user_id": .string(user), "device_id": .string(deviceID),
                        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
                        "keys": .object(["curve25519:" + deviceID: .string(X25519.PrivateKey().publicKey.base64),
                                         "ed25519:" + deviceID: .string(device.publicKey.base64)]),
                    ]
                    let selfSigned = signed(object, by: device, keyID: "ed25519:" + deviceID)
                    out.devices.append([user, deviceID, "Device \(d)", "0"])
                    out.keys.append([user, deviceID, CanonicalJSON.encodeString(.object(selfSigned))])
                    let ownerSignature = selfSigning.signature(for: SignedJSON.signingBytes(object)).base64
                    out.signatures.append([user, "ed25519:" + selfSigning.publicKey.base64, user, deviceID, ownerSignature])
                }
                rows[u] = out
            }
        }
        var userFile = SynapseBenchmark.CSVFile(directory + "/users.csv")
        var deviceFile = SynapseBenchmark.CSVFile(directory + "/devices.csv")
        var keyFile = SynapseBenchmark.CSVFile(directory + "/device_keys.csv")
        var crossFile = SynapseBenchmark.CSVFile(directory + "/cross_signing.csv")
        var signatureFile = SynapseBenchmark.CSVFile(directory + "/signatures.csv")
        for u in 0..<users {
            userFile.write(["@user\(u):\(server)"])
            for row in rows[u].devices { deviceFile.write(row) }
            for row in rows[u].keys { keyFile.write(row) }
            for row in rows[u].crossSigning { crossFile.write(row) }
            for row in rows[u].signatures { signatureFile.write(row) }
        }
        for file in [userFile, deviceFile, keyFile, crossFile, signatureFile] { file.close() }
    }

    /// The fixture database, its users and keys replaced by the CSV files' (Python's sqlite3 module).
    static func buildSQLite(_ directory: String) -> String {
        let database = directory + "/identities.db"
        precondition(SynapseBenchmark.shell("cp Tests/Fixtures/synapse/hs1.db '\(database)'"), "run the benchmark from the repository (it copies Tests/Fixtures/synapse/hs1.db)")
        let script = """
            import csv, sqlite3, sys
            csv.field_size_limit(1 << 26)
            d = sys.argv[1]
            db = sqlite3.connect(d + "/identities.db")
            db.execute("PRAGMA synchronous = OFF")
            for table in ["users", "devices", "e2e_device_keys_json", "e2e_cross_signing_keys", "e2e_cross_signing_signatures", "device_lists_remote_cache"]:
                db.execute("DELETE FROM " + table)
            def rows(name):
                with open(d + "/" + name, newline="") as f:
                    yield from csv.reader(f)
            db.executemany("INSERT INTO users (name, creation_ts) VALUES (?, 1700000000)", rows("users.csv"))
            db.executemany("INSERT INTO devices (user_id, device_id, display_name, hidden) VALUES (?, ?, NULLIF(?, ''), ?)",
                           ((u, dv, n, int(h)) for u, dv, n, h in rows("devices.csv")))
            db.executemany("INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES (?, ?, 1700000000000, ?)", rows("device_keys.csv"))
            db.executemany("INSERT INTO e2e_cross_signing_keys (user_id, keytype, keydata, stream_id) VALUES (?, ?, ?, ?)",
                           ((u, t, k, i) for i, (u, t, k) in enumerate(rows("cross_signing.csv"), 1)))
            db.executemany("INSERT INTO e2e_cross_signing_signatures (user_id, key_id, target_user_id, target_device_id, signature) VALUES (?, ?, ?, ?, ?)", rows("signatures.csv"))
            db.commit()
            db.execute("VACUUM")
            db.close()
            """
        precondition(SynapseBenchmark.shell("python3 -c '\(script.replacing(character: "'", with: "'\\''"))' '\(directory)'"), "loading the SQLite database failed")
        return database
    }

    /// Reads every record of the database (the reader alone): users and devices read.
    static func readAll(_ database: String) -> (users: Int, devices: Int) {
        let store = try! SynapseStore.open(.sqlite(path: database))
        defer { store.close() }
        let source = try! store.userKeys()
        var users = 0, devices = 0
        while let record = try! source.nextUser() {
            users += 1
            devices += record.devices.count
        }
        return (users, devices)
    }

    static func run() {
        let directory = SynapseBenchmark.scratch()
        defer { _ = SynapseBenchmark.shell("rm -rf '\(directory)'") }
        let count = 100_000
        writeData(directory, devices: count)
        let database = buildSQLite(directory)
        print("identities from a Synapse database (SQLite, \(count) devices, \(count / 2) users, each device self-signed and cross-signed, 6 signatures a user):")
        var read = (users: 0, devices: 0)
        let seconds = best { read = readAll(database) }
        precondition(read.devices == count, "read \(read.devices) devices, not \(count)")
        print("  read alone (SynapseStore.userKeys): \(format(Double(read.devices) / seconds, "devices/s"))")
        // The raw rate is timed on devices of the same shape, signed the same way.
        let samplePath = directory + "/sample.jsonl"
        let sample = IdentityBenchmark.writeFile(samplePath, devices: 2_000)
        // Each user's self-signing and user-signing keys carry the master key's signature.
        IdentityBenchmark.compare(sample, devices: count, keySignatures: 2 * (count / 2), label: "read and audited, 1 job") { audit(database, jobs: $0) }
    }

    /// Reads and audits every user of the database on `jobs` threads: (seconds, devices, cross-signed).
    static func audit(_ database: String, jobs: Int) -> (Double, Int, Int) {
        let store = try! SynapseStore.open(.sqlite(path: database))
        defer { store.close() }
        return IdentityBenchmark.audit(try! store.userKeys(), jobs: jobs)
    }
}
