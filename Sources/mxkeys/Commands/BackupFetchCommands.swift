import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct BackupFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a key backup (version info and sessions) into one file that backup check-key, decrypt and export read.",
        discussion: Help.discussion("""
            Writes one JSON object, the version's fields followed by the sessions, as received: what backup \
            check-key --auth-data, backup decrypt and backup export read as it is.
            """, examples: [
                "mxkeys backup fetch --user-id @alice:example.org --output backup.json",
                "mxkeys backup decrypt --output sessions.json backup.json < security-key.txt",
            ], more: ManualSection.see("The requests, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @Option(name: .customLong("backup-version"), help: ArgumentHelp("The backup version (default: the latest).", valueName: "version"))
    var backupVersion: String?

    /// The option's earlier name, still taken; the help shows --backup-version alone, so that --version
    /// means one thing there.
    @Option(name: .customLong("version"), help: .hidden)
    var legacyVersion: String?

    var version: String? { backupVersion ?? legacyVersion }

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (mode 0600).", valueName: "file"),
            completion: .file())
    var output: String

    @Flag(help: "Replace an existing regular --output file.")
    var force = false

    @OptionGroup var network: NetworkOptions

    func validate() throws {
        if backupVersion != nil && legacyVersion != nil { throw ValidationError("give --backup-version once (--version is its earlier name)") }
        if output == "-" { throw ValidationError("--output must be a file: the backup streams to disk") }
    }

    func run() throws {
        let token = try account.token.read()
        let account = self.account, version = self.version, path = output, force = self.force
        let file: AtomicFileStreamTarget
        do { file = try AtomicFileStreamTarget(path: path, overwrite: force) } catch { throw Failure(error.description) }
        let (info, saved, after) = try network.run { transport -> (JSONObject, DownloadedBackup, JSONObject) in
            let session = try await account.session(transport, token: token)
            let info = try await session.backupVersion(version)
            let number = info["version"]?.stringValue ?? ""
            let saved = try await session.downloadBackup(version: number, versionInfo: info, to: file)
            // The version again: a backup that changed during the download is said to have.
            let after = try await session.backupVersion(number)
            try file.commit()
            return (info, saved, after)
        }
        FetchSummary.say(BackupFetchSummary(before: info, after: after, saved: saved).text(savedAs: path), dataOnStandardOutput: false)
    }
}

struct BackupUpload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload a PUT /room_keys/keys body (what backup encrypt makes) to an existing or a new backup version.",
        discussion: Help.discussion("""
            With --backup-version, the sessions go to that version (whose key must be that of --auth-data, \
            when given); with --new-version, a version is first made with --auth-data. A version is never \
            deleted or replaced. The body is FILE, or standard input.
            """, examples: [
                "mxkeys backup upload --user-id @alice:example.org --new-version \\\n    --auth-data auth-data.json body.json",
                "mxkeys backup upload --user-id @alice:example.org \\\n    --backup-version 3 body.json",
            ], more: ManualSection.see("The requests, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @Option(name: .customLong("backup-version"), help: ArgumentHelp("Upload to this existing backup version.", valueName: "version"))
    var backupVersion: String?

    /// The option's earlier name, still taken (hidden from the help).
    @Option(name: .customLong("version"), help: .hidden)
    var legacyVersion: String?

    var version: String? { backupVersion ?? legacyVersion }

    @Flag(name: .customLong("new-version"), help: "Create a new backup version with --auth-data, and upload to it.")
    var newVersion = false

    @Option(name: .customLong("auth-data"), help: ArgumentHelp(
        "The backup key's auth_data (needed by --new-version).", valueName: "file"),
        completion: .file())
    var authData: String?

    @OptionGroup var input: InputFile
    @OptionGroup var network: NetworkOptions

    func validate() throws {
        if backupVersion != nil && legacyVersion != nil { throw ValidationError("give --backup-version once (--version is its earlier name)") }
        if (version == nil) == !newVersion { throw ValidationError("give --backup-version V or --new-version") }
        if newVersion && authData == nil { throw ValidationError("--new-version needs --auth-data FILE (what backup new-key prints)") }
    }

    func run() throws {
        let body = try input.readObject(mode: .lax, what: "a PUT /room_keys/keys body")
        guard case .object(let rooms)? = body["rooms"] else { throw Failure("expected {\"rooms\": ...}, as backup encrypt makes it (\(input.sourceName))") }
        let sessions: Int
        do { sessions = try KeyBackup.sessions(in: .object(body)).count } catch { throw Failure(error, source: input.sourceName) }
        var authFile: (object: JSONObject, key: X25519.PublicKey)? = nil
        if let authData {
            var object = try JSONFile.readObject(authData, option: "--auth-data", mode: .lax, what: "auth_data")
            if case .object(let inner)? = object["auth_data"] { object = inner }
            do { authFile = (object, try BackupKey.publicKey(in: object)) } catch { throw Failure(error, source: authData) }
        }
        let token = try account.token.read()
        let account = self.account, upload = CanonicalJSON.encode(.object(body))
        let destination: ClientSession.BackupDestination
        if newVersion, let authObject = authFile?.object {
            destination = .new(authData: authObject)
        } else {
            destination = .existing(version: version ?? "", publicKey: authFile?.key)
        }
        let (target, created, count, etag) = try network.run { transport in
            try await account.session(transport, token: token).uploadBackup(upload, to: destination)
        }
        var text = "uploaded \(sessions) sessions of \(rooms.count) rooms to " + (created ? "the new backup version \(target)" : "backup version \(target)")
        if let count { text += "; the server now counts \(count) sessions" }
        if let etag { text += " (etag \(etag))" }
        FetchSummary.say(text, dataOnStandardOutput: false)
    }
}
