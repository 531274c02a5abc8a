import MatrixKeys
import Yams

#if canImport(Glibc)
import Glibc
#endif

/// What mxkeys takes from a Synapse homeserver's config: the server's name, its database, and its own
/// keys (the signing key file's public part, and `old_signing_keys`).
///
/// The files are read as Synapse reads them (`-c FILE -c DIR ...`): each is one YAML document whose
/// top-level mapping is merged into the ones before it key by key, the later file winning a key whole
/// (its `database` section replaces an earlier one; sections are not merged inside); a directory stands
/// for its `*.yaml` files in name order. Unlike Synapse, which resolves relative paths against its
/// working directory (which mxkeys cannot know), a relative `database.args.database` or
/// `signing_key_path` is resolved against the directory of the file that set it; without a
/// `signing_key_path`, Synapse's default `<server_name>.signing.key` is looked for beside the last file.
/// A key set twice in one mapping is an error (Synapse would take the last; mxkeys does not guess).
public struct SynapseConfig: Sendable {
    /// The config files read, in order.
    public let files: [String]
    public let serverName: String
    public let database: DatabaseTarget
    /// The file `database` came from.
    public let databaseSource: String
    public let signingKeyPath: String
    /// Where `signingKeyPath` came from: the file that set it, or "default".
    public let signingKeySource: String
    /// `old_signing_keys`: retired keys with the time each stopped being used.
    public let oldSigningKeys: [OldKeySpec]
    /// The file `old_signing_keys` came from.
    public let oldSigningKeysSource: String?
    /// What was read but left out: database arguments libpq does not take (Synapse's pool settings).
    public let droppedDatabaseArguments: [String]

    /// Reads and merges `paths` (files, or directories of `*.yaml` files).
    public static func load(_ paths: [String]) throws(SynapseConfigError) -> SynapseConfig {
        var files: [String] = []
        for path in paths { files += try configFiles(path) }
        guard !files.isEmpty else { throw .noFiles(paths) }
        // Top-level key → its value and the file that set it; later files win.
        var merged: [String: (node: Node, file: String)] = [:]
        for file in files {
            for (key, value) in try topLevel(file) { merged[key] = (value, file) }
        }
        guard let (nameNode, nameFile) = merged["server_name"] else { throw .missing("server_name", files: files) }
        guard let serverName = scalarText(nameNode), !serverName.isEmpty else {
            throw .invalid("server_name", file: nameFile, reason: "expected a server name")
        }
        let (database, databaseFile, dropped) = try readDatabase(merged, files: files)

        let signingKeyPath: String, signingKeySource: String
        if let (node, file) = merged["signing_key_path"], let path = scalarText(node), !path.isEmpty {
            signingKeyPath = resolve(path, against: file)
            signingKeySource = file
        } else {
            signingKeyPath = resolve(serverName + ".signing.key", against: files[files.count - 1])
            signingKeySource = "default"
        }

        var old: [OldKeySpec] = []
        var oldSource: String? = nil
        if let (node, file) = merged["old_signing_keys"], !isNull(node) {
            oldSource = file
            guard case .mapping(let keys) = node else { throw .invalid("old_signing_keys", file: file, reason: "expected a mapping of key ID to {key, expired_ts}") }
            for (idNode, value) in keys {
                let id = scalarText(idNode) ?? ""
                let field = "old_signing_keys[\(id)]"
                let keyID: KeyID
                do { keyID = try KeyID(parsing: id) } catch { throw .invalid(field, file: file, reason: "invalid key ID") }
                guard keyID.isEd25519 else { throw .invalid(field, file: file, reason: "only ed25519 keys are supported") }
                guard case .mapping(let entry) = value,
                      let keyText = entry.value(for: "key").flatMap(scalarText),
                      let expiredText = entry.value(for: "expired_ts").flatMap(scalarText)
                else { throw .invalid(field, file: file, reason: "expected {key: BASE64, expired_ts: MILLISECONDS}") }
                guard let expired = Int64(expiredText) else { throw .invalid(field, file: file, reason: "expired_ts \"\(expiredText)\" is not an integer (milliseconds)") }
                let key: Ed25519.PublicKey
                do { key = try Ed25519.PublicKey(base64: keyText) } catch { throw .invalid(field, file: file, reason: "key: \(error.description)") }
                old.append(OldKeySpec(keyID: keyID, key: key, expiredTS: expired))
            }
        }
        return SynapseConfig(
            files: files, serverName: serverName, database: database, databaseSource: databaseFile,
            signingKeyPath: signingKeyPath, signingKeySource: signingKeySource, oldSigningKeys: old,
            oldSigningKeysSource: oldSource, droppedDatabaseArguments: dropped)
    }

    /// The server's own keys, as key ring entries of `serverName`: each key of the signing key file
    /// (only its public part is kept; the seeds are wiped) with no validity period, as Synapse treats
    /// its current key, and each `old_signing_keys` entry as an old key valid before its `expired_ts`.
    /// Also says whether the key file is open to group or others (its mode), for a warning.
    public func localKeys() throws(SynapseConfigError) -> (keys: [KeyRing.ExplicitKey], exposedMode: UInt32?) {
        var (bytes, exposed) = (bytes: [UInt8](), exposedMode: UInt32?.none)
        do { (bytes, exposed) = try AtomicFile.readSecret(signingKeyPath) } catch {
            throw .signingKey(path: signingKeyPath, source: signingKeySource, reason: error.reason)
        }
        defer { wipe(&bytes) }
        let signing: [SigningKey]
        do { signing = try SigningKeyFile.parse(bytes: bytes) } catch {
            throw .signingKey(path: signingKeyPath, source: signingKeySource, reason: error.description)
        }
        var keys: [KeyRing.ExplicitKey] = signing.map { key in
            KeyRing.ExplicitKey(
                server: serverName, spec: PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey),
                source: "signing_key_path \(signingKeyPath)")
        }
        for old in oldSigningKeys {
            keys.append(KeyRing.ExplicitKey(
                server: serverName, spec: PublicKeySpec(keyID: old.keyID, publicKey: old.key),
                source: "old_signing_keys of \(oldSigningKeysSource ?? "the config")", kind: .old(expiredTS: old.expiredTS)))
        }
        return (keys, exposed)
    }

    // MARK: reading

    /// A path's config files: itself, or a directory's `*.yaml` files in name order (hidden ones left out).
    static func configFiles(_ path: String) throws(SynapseConfigError) -> [String] {
        do { return try DirectoryFiles.expand(path, suffix: ".yaml") } catch { throw .file(error) }
    }

    /// The top-level keys of one file, in order.
    static func topLevel(_ file: String) throws(SynapseConfigError) -> [(String, Node)] {
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(file) } catch { throw .file(error) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notYAML(file, reason: "not UTF-8 text") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw .notYAML(file, reason: yamlProblem(error))
        }
        // An empty file adds nothing, as in Synapse.
        guard let root, !isNull(root) else { return [] }
        guard case .mapping(let mapping) = root else { throw .notYAML(file, reason: "the document is not a mapping of settings") }
        var keys: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = scalarText(key) else { throw .notYAML(file, reason: "a top-level key is not text") }
            keys.append((name, value))
        }
        return keys
    }

    /// Yams' message on one line: the position and the problem (and what was being read, where), without
    /// the quoted source.
    static func yamlProblem(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .duplicatedKeysInMapping(duplicates, context):
                return "\(context.mark): the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) is set twice in one mapping (Synapse would take the last; mxkeys does not guess)"
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
                return "\(mark): \(problem)" + (context.map { " (\($0.text) at \($0.mark))" } ?? "")
            default:
                break
            }
        }
        let text = String(describing: error)
        var first = text.split(separator: "\n").first.map(String.init) ?? text
        if first.hasSuffix(":") { first.removeLast() }
        return first.replacingAll(": error: ", with: ": ")
    }

    static func readDatabase(_ merged: [String: (node: Node, file: String)], files: [String]) throws(SynapseConfigError) -> (DatabaseTarget, String, [String]) {
        var section: (node: Node, file: String)
        if let database = merged["database"], !isNull(database.node) {
            section = database
        } else if let databases = merged["databases"], case .mapping(let all) = databases.node {
            // Several databases: the one holding the main data store.
            guard let main = all.first(where: { _, value in
                guard case .mapping(let entry) = value, case .sequence(let stores)? = entry.value(for: "data_stores") else { return false }
                return stores.contains { scalarText($0) == "main" }
            }) else { throw .invalid("databases", file: databases.file, reason: "no database holds the main data store (data_stores: [main])") }
            section = (main.value, databases.file)
        } else {
            throw .noDatabase(files: files)
        }
        guard case .mapping(let database) = section.node else { throw .invalid("database", file: section.file, reason: "expected a mapping with name and args") }
        let engine = database.value(for: "name").flatMap(scalarText) ?? ""
        var arguments: [(String, String)] = []
        if let args = database.value(for: "args"), !isNull(args) {
            guard case .mapping(let mapping) = args else { throw .invalid("database.args", file: section.file, reason: "expected a mapping") }
            for (key, value) in mapping {
                guard let name = scalarText(key) else { continue }
                if isNull(value) { continue }
                guard let text = scalarText(value) else { throw .invalid("database.args.\(name)", file: section.file, reason: "expected a single value") }
                arguments.append((name, text))
            }
        }
        switch engine {
        case "sqlite3":
            guard let path = arguments.first(where: { $0.0 == "database" })?.1, !path.isEmpty else {
                throw .invalid("database.args.database", file: section.file, reason: "an sqlite3 database needs the path of its file")
            }
            guard path != ":memory:" else { throw .invalid("database.args.database", file: section.file, reason: "an in-memory database holds nothing to read") }
            return (.sqlite(path: resolve(path, against: section.file)), section.file, [])
        case "psycopg2":
            let (target, dropped) = PostgresTarget.fromArguments(arguments)
            return (.postgres(target), section.file, dropped)
        default:
            throw .invalid("database.name", file: section.file, reason: "\"\(engine)\" is not a database engine Synapse uses (sqlite3 or psycopg2)")
        }
    }

    /// A scalar's text: integers in decimal, as Synapse (Python) would pass them on; nil for a mapping or
    /// a sequence.
    static func scalarText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        if node.tag.rawValue == Tag.Name.int.rawValue, let value = node.int { return String(value) }
        return scalar.string
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar = node else { return false }
        return node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// `path`, or, when relative, `path` in the directory of `file`.
    static func resolve(_ path: String, against file: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        guard let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}

/// Why a Synapse config cannot be used. Each names the file (and the setting).
public enum SynapseConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    case file(FileError)
    case noFiles([String])
    case notYAML(String, reason: String)
    case missing(String, files: [String])
    case invalid(String, file: String, reason: String)
    case noDatabase(files: [String])
    case signingKey(path: String, source: String, reason: String)

    public var description: String {
        switch self {
        case .file(let error): return error.description
        case .noFiles(let paths): return "no config files (*.yaml) in \(paths.joined(separator: ", "))"
        case let .notYAML(file, reason): return "\(file): not a Synapse config: \(reason)"
        case let .missing(setting, files): return "the Synapse config has no \(setting) (\(files.joined(separator: ", ")))"
        case let .invalid(setting, file, reason): return "\(file): \(setting): \(reason)"
        case .noDatabase(let files):
            return "the Synapse config has no database section (\(files.joined(separator: ", "))); give the database with --synapse-db"
        case let .signingKey(path, source, reason):
            let from = source == "default" ? "Synapse's default signing_key_path" : "signing_key_path in \(source)"
            return "\(path) (\(from)): \(reason)"
        }
    }
}

extension SynapseConfigError: MatrixKeysError {}

extension Node.Mapping {
    /// The value of the last key whose text is `key` (PyYAML's rule, should one appear twice).
    func value(for key: String) -> Node? {
        var found: Node? = nil
        for (name, value) in self where SynapseConfig.scalarText(name) == key { found = value }
        return found
    }
}
