import MatrixKeys

/// A Synapse homeserver as mxkeys reads it: its config, when there is one, and its database, opened
/// read-only; the key ring its data verifies against.
public final class SynapseHomeserver {
    public let config: SynapseConfig?
    public let store: SynapseStore

    /// Opens the database the merged config files name, or `database` (`DatabaseTarget(parsing:)`) when
    /// there is no config. `lockTimeout`: seconds an SQLite read waits for a writer's lock; `snapshot`:
    /// one read-only transaction for the whole session (`SynapseStore.open`).
    public static func open(configs: [String], database: String?, lockTimeout: Double = 10, snapshot: Bool = false) throws -> SynapseHomeserver {
        if !configs.isEmpty {
            let config = try SynapseConfig.load(configs)
            return SynapseHomeserver(config: config, store: try SynapseStore.open(config.database, lockTimeout: lockTimeout, snapshot: snapshot))
        }
        guard let database else { throw SynapseConfigError.noFiles([]) }
        return SynapseHomeserver(config: nil, store: try SynapseStore.open(try DatabaseTarget(parsing: database), lockTimeout: lockTimeout, snapshot: snapshot))
    }

    init(config: SynapseConfig?, store: SynapseStore) {
        self.config = config
        self.store = store
    }

    /// `database: SQLite hs1.db, Synapse schema 94 (compat 84); server localhost:8481 (hs1.yaml)`.
    public var headerLine: String {
        var line = "database: \(store.description), Synapse schema \(store.schemaVersion) (compat \(store.compatVersion))"
        if let config { line += "; server \(config.serverName) (\(config.files.joined(separator: ", ")))" }
        return line
    }

    /// The key ring: `before` (notaries' own responses, say), every response the server stored (each
    /// with its own fetch time), the saved responses in `files`, the server's own keys from its config,
    /// and `explicitKeys`; `ring.responses` keeps that order. `fetchedAt` is for the files' responses that
    /// have no time of their own. Also the stored records that are not key responses, and whether the
    /// config's signing key file is readable by others or writable by anyone but its owner (its mode).
    public func keyRing(before: [KeyRing.Loaded] = [], files: [KeyRing.Loaded], explicitKeys: [KeyRing.ExplicitKey], fetchedAt: Int64?) throws
        -> (ring: KeyRing, unusable: [(record: String, reason: String)], exposedKeyFile: (path: String, mode: UInt32)?)
    {
        let stored = try store.keyResponses()
        var explicit: [KeyRing.ExplicitKey] = []
        var exposed: (String, UInt32)? = nil
        if let config {
            let local = try config.localKeys()
            explicit = local.keys
            // Only its public half is read here; the group Synapse runs as may read it (0640).
            if let mode = local.exposedMode, FileExposure.groupReadable(mode) != nil { exposed = (config.signingKeyPath, mode) }
        }
        let ring = KeyRing(responses: before + stored.responses + files, explicitKeys: explicit + explicitKeys, fetchedAt: fetchedAt)
        return (ring, stored.unusable, exposed)
    }

    /// What the JSON summary says of the database.
    public var summaryJSON: JSONObject {
        var object: JSONObject = [
            "database": .string(store.description),
            "schema_version": .integer(store.schemaVersion), "schema_compat_version": .integer(store.compatVersion),
        ]
        if let config { object["server_name"] = .string(config.serverName) }
        return object
    }

    public func close() { store.close() }
}
