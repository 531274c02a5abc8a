import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

#if canImport(Glibc)
import Glibc
#endif

struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "End-to-end encryption identities: users' device keys and cross-signing keys.",
        subcommands: [DevicesVerify.self])
}

struct DevicesVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Audit device keys and cross-signing keys from a saved key query response or a Synapse database.",
        discussion: """
            Reads a saved /keys/query response (the client's), a federation /user/keys/query or \
            /user/devices/{userId} response, a JSON array of them, or JSON lines of them (one user's \
            /user/devices response a line streams any number of users in bounded memory), and judges every \
            object of the cross-signing trust chain. A device's self-signature is by ed25519:DEVICE_ID under \
            its user ID, and its user_id and device_id must be the ones it is filed under (a mismatch is the \
            injected-device trick). A master key has usage master, the user's user_id, and exactly one key, \
            whose ID is its own public key. The self-signing and user-signing keys have their usage and a \
            valid signature by a valid master key. A device's owner's signature is a valid signature by a \
            valid self-signing key; it is unavailable when the user has none. Signed by you: the user's \
            valid master key signed by the user-signing key of --as (by default the user whose \
            user-signing key the response holds, which a client's response gives for the querying user \
            alone); null when either is missing or not valid. A signature that does not verify is a finding, \
            never ignored.

            With --synapse-config or --synapse-db it reads a Synapse homeserver's database instead \
            (read-only, SQLite or PostgreSQL, as event verify does; Synapse 1.100 and later): every user \
            with keys, user by user in bounded memory, each as Synapse answers /keys/query: the devices of \
            e2e_device_keys_json that are not hidden in devices, the latest cross-signing keys of \
            e2e_cross_signing_keys, and the signatures kept apart in e2e_cross_signing_signatures merged in \
            (a device's owner's signatures always; signatures on cross-signing keys as --as sees them, else \
            as each user sees their own). Users of other servers whose keys the server cached \
            (device_lists_remote_cache) are marked remote and counted apart. --shard K/N takes one of N \
            parts of the users. A stored row that cannot be read is reported and is a finding (exit 1).

            Output: a line per user and per device, then a summary table; with --json, one object per \
            user ({"user_id", "master_key", "master", "self_signing", "user_signing", "signed_by_you", \
            "devices", "cross_signed_devices", "reasons"}) followed by one per device ({"user_id", \
            "device_id", "ed25519", "curve25519", "self_signature", "owner_signature", "verdict", \
            "reasons"}), and a summary object last. A device is cross-signed, not-cross-signed, or invalid \
            (its self-signature is not valid, its owner's signature does not verify, or an ID does not \
            match). The summary also says what was audited: the source (the file, or the database and \
            server), when the run started (started_at), as whom (as: the user whose user-signing key \
            signed_by_you is judged against, or null), mxkeys' version, the users asked for and the shard.

            With --html FILE, the audit is also written as one self-contained HTML page, the page report \
            html makes from the --json output: what was audited, the totals, a row per user and every \
            device that is not cross-signed or is invalid, with its reasons. Exit 0 when every signature \
            present verifies, every ID matches and no device is invalid; 1 when not, or with \
            --require-cross-signed when any device is not cross-signed; 2 for unusable input or a page \
            that cannot be written.
            """)

    @Option(name: .customLong("user-id"), help: ArgumentHelp("Audit only this user (repeatable).", valueName: "user-id"))
    var userIDs: [String] = []

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Whose user-signing key counts as yours for signed_by_you (default: the user whose user-signing key the response holds).",
        valueName: "user-id"))
    var asUser: String?

    @Flag(name: .customLong("require-cross-signed"), help: "Exit 1 when any device lacks a valid owner's signature.")
    var requireCrossSigned = false

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "One JSON object per user and per device, then a summary object.")
    var json = false

    @Option(help: ArgumentHelp(
        "Also write the audit as one self-contained HTML page (as report html makes it) to this file.",
        valueName: "file"), completion: .file())
    var html: String?

    @Flag(help: "With --html: replace the file if it exists.")
    var force = false

    @OptionGroup var input: InputFile

    @OptionGroup var database: SynapseSourceOptions

    @Option(help: ArgumentHelp(
        "With --synapse-config or --synapse-db: only the K-th of N parts of the users (1 <= K <= N), split by a hash of the user ID, to share a server among machines.",
        valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        if force && html == nil { throw ValidationError("--force goes with --html") }
        if database.isGiven && input.file != nil { throw ValidationError("give an input file or a database (--synapse-config, --synapse-db), not both") }
        if let shard {
            guard database.isGiven else { throw ValidationError("--shard splits a database's users: give --synapse-config or --synapse-db") }
            do { _ = try UserShard(parsing: shard) } catch { throw ValidationError("--shard: \(error)") }
        }
    }

    func run() throws {
        // The page is written at the end; a target it may not replace is refused before the run.
        if let html { do { try AtomicFile.checkTarget(html, overwrite: force) } catch { throw Failure(error.description) } }
        let startedAt = Clock.nowMilliseconds()
        if database.isGiven {
            let homeserver = try database.open()
            defer { homeserver.close() }
            let store = homeserver.store
            var yours: UserKeysRecord? = nil
            let reader: SynapseUserKeys
            do {
                if let asUser {
                    yours = try store.userKeys(UserKeysSelection(users: [asUser], viewer: asUser)).nextUser()
                    if yours?.userSigningKey == nil && yours?.masterKey == nil {
                        Stderr.warning("\(store.description) holds no cross-signing keys of \(asUser): signed_by_you is null for everyone")
                    }
                }
                reader = try store.userKeys(UserKeysSelection(users: userIDs, shard: try shard.map { try UserShard(parsing: $0) }, viewer: asUser))
            } catch {
                throw Failure(error)
            }
            if !json { Output().line(homeserver.headerLine) }
            let part = try shard.map { try UserShard(parsing: $0) }
            let run = IdentityAuditRun(
                source: store.description, database: homeserver.summaryJSON, viewer: asUser, startedAt: startedAt, userIDs: userIDs,
                shard: part.map { ($0.index, $0.count) })
            try audit(reader, run: run, yours: yours) {
                for row in reader.unreadable { Stderr.warning("\(store.description): \(row)") }
                return !reader.unreadable.isEmpty
            }
            return
        }
        let source = try open()
        do { try source.readAhead() } catch { throw Failure(error, source: source.name) }
        let you = asUser ?? source.querier
        var yours: UserKeysRecord? = nil
        if let you {
            yours = source.bufferedRecord(you)
            if yours == nil, !source.isExhausted, let file = input.file, file != "-" {
                // The keys of --as are further on in the file: read it once more to find them.
                do { yours = try KeysQueryFile(reader: JSONItemReader(path: file)).firstRecord(of: you) } catch { throw Failure(error, source: file) }
            }
            if yours == nil { Stderr.warning("the input holds no keys of \(you): signed_by_you is null for everyone") }
        }
        let run = IdentityAuditRun(source: input.sourceName, viewer: you, startedAt: startedAt, userIDs: userIDs)
        try audit(userIDs.isEmpty ? source : SelectedUsers(source, userIDs: Set(userIDs)), run: run, yours: yours) { false }
    }

    /// Audits `selected` and prints the report (and writes the page); `after` reports what the source
    /// could not read and says whether that is a finding.
    private func audit(_ selected: any UserKeysSource, run: IdentityAuditRun, yours: UserKeysRecord?, after: () -> Bool) throws {
        let name = run.source, you = run.viewer
        let auditor = IdentityAuditor(you: you, yours: yours)
        if let you, yours != nil, auditor.yourUserSigningKey == nil {
            Stderr.warning("\(you) has no valid user-signing key in the input: signed_by_you is null for everyone")
        }
        let out = Output()
        var summary = IdentityAuditSummary()
        var findings = false, allCrossSigned = true
        var page: HTMLDeviceAudit? = html == nil ? nil : HTMLDeviceAudit()
        let asJSON = json
        do {
            try auditor.run(selected, jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), transform: { user in
                (user, asJSON ? user.jsonLines : user.reportText)
            }, consume: { results in
                for (user, text) in results {
                    summary.add(user)
                    page?.add(user)
                    if user.fails { findings = true }
                    if user.devices.contains(where: { $0.verdict != .crossSigned }) { allCrossSigned = false }
                    out.write(text)
                }
            })
        } catch let failure as Failure {
            throw failure
        } catch {
            out.flush()
            throw Failure(error, source: name)
        }
        if after() { findings = true }
        guard summary.total.users > 0 else {
            out.flush()
            throw Failure(userIDs.isEmpty ? "no users in the input (\(name))" : "none of the users asked for is in the input (\(name))")
        }
        if let html, var page {
            page.add(run: summary.summaryObject(run: run), counts: summary)
            do { try AtomicFile.write(HTMLReport.render(devices: page), to: html, mode: 0o644, overwrite: force) } catch {
                out.flush()
                throw Failure(error.description)
            }
        }
        if json {
            out.json(summary.json(run: run))
        } else {
            out.line("")
            let table = summary.table
            for line in Table.render(header: table.header, rows: table.rows) { out.line(line) }
        }
        out.flush()
        if findings || (requireCrossSigned && !allCrossSigned) { throw NegativeVerdict() }
    }

    private func open() throws -> KeysQueryFile {
        let descriptor = try input.openDescriptor()
        do {
            return KeysQueryFile(reader: try JSONItemReader(fd: descriptor.fd, name: descriptor.name, closeWhenDone: descriptor.closeWhenDone))
        } catch {
            throw Failure(error.description)
        }
    }
}
