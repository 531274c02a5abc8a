import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

/// A Synapse homeserver's database: through its config files, or named directly.
struct SynapseSourceOptions: ParsableArguments {
    @Option(name: .customLong("synapse-config"), help: ArgumentHelp(
        "Synapse's config file or directory (repeatable).",
        valueName: "file"), completion: .file())
    var configs: [String] = []

    @Option(name: .customLong("synapse-db"), help: ArgumentHelp(
        "A Synapse database: an SQLite file or PostgreSQL URI.",
        valueName: "db"), completion: .file())
    var database: String?

    @Option(name: .customLong("lock-timeout"), help: ArgumentHelp(
        "Seconds to wait for an SQLite lock (default: 10).",
        valueName: "seconds"))
    var lockTimeout: Double?

    var isGiven: Bool { !configs.isEmpty || database != nil }

    func validate() throws {
        if !configs.isEmpty && database != nil {
            throw ValidationError("give --synapse-config or --synapse-db, not both (the config names its database)")
        }
        if let lockTimeout, !(lockTimeout >= 0 && lockTimeout <= 3600) {
            throw ValidationError("--lock-timeout must be between 0 and 3600 seconds")
        }
        if lockTimeout != nil && !isGiven { throw ValidationError("--lock-timeout is for a database: give --synapse-config or --synapse-db") }
    }

    /// The homeserver, its database open read-only and its schema checked; with `snapshot`, as one
    /// read-only transaction for the whole run.
    func open(snapshot: Bool = false) throws -> SynapseHomeserver {
        let homeserver: SynapseHomeserver
        do { homeserver = try SynapseHomeserver.open(configs: configs, database: database, lockTimeout: lockTimeout ?? 10, snapshot: snapshot) } catch {
            throw Failure(error)
        }
        if let config = homeserver.config {
            let odd = config.droppedDatabaseArguments.filter { !$0.hasPrefix("cp_") }
            if !odd.isEmpty {
                Stderr.warning("\(config.databaseSource): database.args \(odd.joined(separator: ", ")) not a connection parameter libpq knows: left out")
            }
        }
        return homeserver
    }
}

/// `--room-version V` where a database may be given instead: the database knows each room's version.
struct StoredRoomVersionOption: ParsableArguments {
    @Option(name: .customLong("room-version"), help: ArgumentHelp(
        "Room version (1-12); a database knows each room's.",
        valueName: "version"),
        completion: .list(RoomVersion.all.map(\.identifier)))
    var identifier: String?

    func resolve() throws -> RoomVersion {
        guard let identifier else { throw Failure("--room-version is required", code: ExitStatus.usage) }
        do { return try RoomVersion(identifier: identifier) } catch { throw Failure.badValue(error, option: "--room-version") }
    }

    /// The rule shared by the commands that read a file or a stored event.
    func validate(database: Bool, input: InputFile) throws {
        if database {
            if identifier != nil { throw ValidationError("leave out --room-version with --synapse-config or --synapse-db: the database knows each room's version") }
            if input.file != nil { throw ValidationError("give an input file or a database (--synapse-config, --synapse-db), not both") }
        } else if identifier == nil {
            throw ValidationError("Missing expected argument '--room-version <version>' (or read stored events from a Synapse database: --synapse-config FILE or --synapse-db DB)")
        }
    }
}

/// Which stored events `event verify` reads, and the local server's keys when the database comes
/// without its config.
struct StoredEventSelectionOptions: ParsableArguments {
    @Option(name: .customLong("room"), help: ArgumentHelp("Only the events of this room (repeatable).", valueName: "room-id"))
    var rooms: [String] = []

    @Option(help: ArgumentHelp(
        "Only events from this time on (origin_server_ts).", valueName: "ts"),
        transform: TimeArgument.parse)
    var since: Int64?

    @Option(help: ArgumentHelp(
        "Only events before this time (origin_server_ts).", valueName: "ts"),
        transform: TimeArgument.parse)
    var until: Int64?

    @Option(help: ArgumentHelp(
        "Only the K-th of N equal parts, by stream position.",
        valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("server-name"), help: ArgumentHelp(
        "With --synapse-db: the server's name.", valueName: "name"))
    var serverName: String?

    @Option(name: .customLong("signing-key"), help: ArgumentHelp(
        "With --synapse-db: its signing key file (repeatable).",
        valueName: "file"), completion: .file())
    var signingKeys: [String] = []

    @Option(name: .customLong("old-signing-key"), help: ArgumentHelp(
        "With --synapse-db: a key it retired (repeatable).",
        valueName: "key"))
    var oldSigningKeys: [String] = []

    var isGiven: Bool {
        !rooms.isEmpty || since != nil || until != nil || shard != nil || serverName != nil || !signingKeys.isEmpty || !oldSigningKeys.isEmpty
    }

    func validate() throws {
        if let shard {
            do { _ = try StreamShard(parsing: shard) } catch { throw ValidationError("--shard: \(error)") }
        }
        if let since, let until, since >= until { throw ValidationError("--since must be before --until") }
        if !signingKeys.isEmpty && serverName == nil { throw ValidationError("--signing-key needs --server-name: the key file does not say whose it is") }
        if !oldSigningKeys.isEmpty && serverName == nil { throw ValidationError("--old-signing-key needs --server-name: the key does not say whose it is") }
        if serverName != nil && signingKeys.isEmpty && oldSigningKeys.isEmpty { throw ValidationError("--server-name is for --signing-key and --old-signing-key") }
    }

    /// The server's keys from `--signing-key` files (public parts only).
    func localKeys() throws -> [KeyRing.ExplicitKey] {
        guard let serverName else { return [] }
        var keys: [KeyRing.ExplicitKey] = []
        for path in signingKeys {
            var bytes = try SecretSource.file(path, option: "--signing-key")
            defer { wipe(&bytes) }
            let parsed: [SigningKey]
            do { parsed = try SigningKeyFile.parse(bytes: bytes) } catch { throw Failure(error, source: path) }
            for key in parsed {
                keys.append(KeyRing.ExplicitKey(
                    server: serverName, spec: PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey), source: "--signing-key \(path)"))
            }
        }
        for text in oldSigningKeys {
            let old: OldKeySpec
            do { old = try OldKeySpec(parsing: text, now: Clock.nowMilliseconds()) } catch { throw Failure.badValue(error, option: "--old-signing-key") }
            keys.append(KeyRing.ExplicitKey(
                server: serverName, spec: PublicKeySpec(keyID: old.keyID, publicKey: old.key), source: "--old-signing-key", kind: .old(expiredTS: old.expiredTS)))
        }
        return keys
    }

    /// The selection, with the shard's range cut from the store's stream positions.
    func selection(in store: SynapseStore) throws -> (selection: EventSelection, shard: StreamShard?, span: ClosedRange<Int64>?) {
        var selection = EventSelection(rooms: rooms, since: since, until: until)
        guard let shard else { return (selection, nil, nil) }
        let parsed: StreamShard
        do { parsed = try StreamShard(parsing: shard) } catch { throw Failure.badValue(error, option: "--shard") }
        let span: ClosedRange<Int64>?
        do { span = try store.streamSpan() } catch { throw Failure(error) }
        if let span {
            let range = parsed.range(of: span)
            selection.streamFrom = range.from
            selection.streamTo = range.to
        }
        return (selection, parsed, span)
    }
}

/// `--event EVENT_ID`: one stored event, for `event inspect` and `event id`.
struct StoredEventOption: ParsableArguments {
    @Option(name: .customLong("event"), help: ArgumentHelp(
        "With --synapse-config or --synapse-db: the stored event to read, by the ID it is stored under.", valueName: "event-id"))
    var eventID: String?

    func validate(database: Bool) throws {
        if database && eventID == nil { throw ValidationError("give the stored event with --event EVENT_ID") }
        if !database && eventID != nil { throw ValidationError("--event reads a stored event: give --synapse-config or --synapse-db") }
    }

    /// The stored event: its record, with its JSON parsed under its room's version.
    func load(from source: SynapseSourceOptions) throws -> (record: StoredEventRecord, event: JSONObject, version: RoomVersion) {
        let homeserver = try source.open()
        defer { homeserver.close() }
        return try load(from: homeserver)
    }

    /// The stored event, from a homeserver already open.
    func load(from homeserver: SynapseHomeserver) throws -> (record: StoredEventRecord, event: JSONObject, version: RoomVersion) {
        let id = eventID ?? ""
        let found: StoredEventRecord?
        do { found = try homeserver.store.event(id: id) } catch { throw Failure(error) }
        guard let record = found else { throw Failure("no event \(id) in \(homeserver.store.description)") }
        if let problem = record.problem { throw Failure("\(id): \(problem) (\(homeserver.store.description))") }
        guard let version = record.version, let json = record.json else { throw Failure("\(id): no room version or JSON (\(homeserver.store.description))") }
        let value: JSONValue
        do { value = try JSONParser.parse(json, mode: version.numberMode) } catch {
            throw Failure("\(id): the stored JSON is not valid: \(error) (\(homeserver.store.description))")
        }
        guard case .object(let event) = value else { throw Failure("\(id): the stored JSON is not an object (\(homeserver.store.description))") }
        return (record, event, version)
    }
}
