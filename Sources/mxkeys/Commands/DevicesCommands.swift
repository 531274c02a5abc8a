import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

#if canImport(Glibc)
import Glibc
#endif

struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "Audit users' device keys and cross-signing keys.",
        subcommands: [DevicesVerify.self])
}

struct DevicesVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Audit device keys and cross-signing keys from a saved key query response or a Synapse database.",
        discussion: Help.discussion("""
            Reads saved key query responses (/keys/query, /user/keys/query, /user/devices: one, an array, \
            or JSON lines) or a Synapse database, and judges every object of each user's cross-signing \
            trust chain; a device is cross-signed, not-cross-signed or invalid. Exit 0 when every signature \
            present verifies, every ID matches and no device is invalid; 1 when not, or with \
            --require-cross-signed when any device is not cross-signed. With --html FILE, also one self-contained HTML page of the audit.
            """, examples: [
                "mxkeys devices verify --require-cross-signed keys.json --html audit.html",
                "mxkeys devices verify --synapse-config /etc/matrix-synapse/homeserver.yaml \\\n    --json > audit.jsonl",
            ], more: ManualSection.see("The trust chain, the output and what a database holds", .identities, .databases)))

    @Option(name: .customLong("user-id"), help: ArgumentHelp("Audit only this user (repeatable).", valueName: "user-id"))
    var userIDs: [String] = []

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Whose user-signing key counts as yours (signed_by_you).",
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
        "With a database: the K-th of N parts of the users.",
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
