import ArgumentParser
import MatrixKeys
import MatrixKeysSynapse

struct ServerKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server-keys",
        abstract: "Publish, check and fetch servers' key responses.",
        subcommands: [ServerKeysPublish.self, ServerKeysVerify.self, ServerKeysFetch.self])
}

struct ServerKeysPublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Print a server's signed key response as canonical JSON.",
        discussion: Help.discussion("""
            Every key of the key file (or the one named with --key-id) is listed in verify_keys and signs \
            the response; retired keys go to old_verify_keys with --old-key. The response is valid for 7 \
            days unless --valid-for or --valid-until says otherwise.
            """, examples: [
                "mxkeys server-keys publish --server example.org --key signing.key",
                "mxkeys server-keys publish --server example.org --key keystore:srv \\\n    --old-key \"$(mxkeys pubkey --key old.key --old-key-at now)\"",
            ], more: ManualSection.see("Times, and what is refused", .signatures)))

    @Option(help: ArgumentHelp("The server name the keys belong to.", valueName: "name"))
    var server: String

    @OptionGroup var key: SigningKeyOptions

    @Option(name: .customLong("old-key"), help: ArgumentHelp(
        "A retired key, as ed25519:ID=BASE64@EXPIRED_TS (repeatable).", valueName: "key"))
    var oldKeys: [String] = []

    @Option(name: .customLong("valid-for"), help: ArgumentHelp(
        "How long the response is valid from now: a number with ms, s, m, h, d or w (default: 7d).", valueName: "duration"))
    var validFor: String?

    @Option(name: .customLong("valid-until"), help: ArgumentHelp(
        "When the response stops being valid: \(TimeArgument.help).", valueName: "ts"), transform: TimeArgument.parse)
    var validUntil: Int64?

    func validate() throws {
        if validFor != nil && validUntil != nil { throw ValidationError("give --valid-for or --valid-until, not both") }
        if let validFor, Self.milliseconds(validFor) == nil {
            throw ValidationError("--valid-for \"\(validFor)\": expected a number with ms, s, m, h, d or w (for example 7d)")
        }
        if let validFor, Self.milliseconds(validFor) == 0 {
            throw ValidationError("--valid-for \(validFor): the response would expire as it is made; give a period longer than 0")
        }
    }

    /// A duration such as `7d` or `90m`, in milliseconds.
    static func milliseconds(_ text: String) -> Int64? {
        let units: [(String, Int64)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000), ("w", 604_800_000)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let digits = text.dropLast(suffix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int64(digits) else { return nil }
            let (result, overflow) = value.multipliedReportingOverflow(by: scale)
            return overflow ? nil : result
        }
        return nil
    }

    func run() throws {
        let keys = key.keyID == nil ? try key.loadAll() : [try key.load()]
        var old: [OldKeySpec] = []
        for text in oldKeys {
            do { old.append(try OldKeySpec(parsing: text, now: Clock.nowMilliseconds())) } catch { throw Failure.badValue(error, option: "--old-key") }
        }
        let now = Clock.nowMilliseconds()
        let until: Int64
        if let validUntil {
            until = validUntil
        } else {
            let duration = Self.milliseconds(validFor ?? "7d") ?? KeyValidity.maximumValidity
            let (sum, overflow) = now.addingReportingOverflow(duration)
            guard !overflow, sum <= ServerKeyResponse.maximumTimestamp else {
                throw Failure("--valid-for \(validFor ?? ""): the response would be valid until after 2^53-1 ms since the epoch, which no verifier accepts", code: ExitStatus.usage)
            }
            until = sum
        }
        // The response is valid from now on: an end before that is a validity period that ends before it begins.
        if until < now && until >= -ServerKeyResponse.maximumTimestamp {
            throw Failure("--valid-until \(until) is before now (\(now)): the response would expire before it is made", code: ExitStatus.usage)
        }
        let response: JSONObject
        do { response = try ServerKeyResponse.publish(serverName: server, keys: keys, oldKeys: old, validUntilTS: until) } catch {
            throw Failure(error)
        }
        let out = Output()
        out.json(.object(response))
    }
}

struct ServerKeysVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check saved key responses' signatures and print each key with its validity window.",
        discussion: Help.discussion("""
            Each response (or each entry of a notary response) must be signed by its own server, and by \
            the notary when the notary's own response is given (--notary-keys, or among those checked); \
            with --at, each key is also judged at that time. With --synapse-config or --synapse-db, every \
            key response the homeserver stored is listed. Exit 1 when any signature fails.
            """, examples: [
                "mxkeys server-keys verify --at now keys/",
                "mxkeys server-keys verify --json \\\n    --synapse-config /etc/matrix-synapse/homeserver.yaml",
            ], more: ManualSection.see("Key validity, and the responses a homeserver stored", .signatures, .databases)))

    @Option(name: .customLong("notary-keys"), help: ArgumentHelp(
        "A notary's own key response, to check its signatures with (repeatable).", valueName: "file"),
        completion: .file())
    var notaryKeys: [String] = []

    @Option(help: ArgumentHelp("Also say whether each key is valid at this time: \(TimeArgument.help).", valueName: "ts"),
            transform: TimeArgument.parse)
    var at: Int64?

    @Option(name: .customLong("fetched-at"), help: ArgumentHelp(
        "When the responses were fetched, for the 7-day cap: \(TimeArgument.help) (default: the time server-keys fetch saved with each response, else now; this overrides it).", valueName: "ts"),
        transform: TimeArgument.parse)
    var fetchedAt: Int64?

    @Flag(help: "Print one JSON object per response.")
    var json = false

    @OptionGroup var synapse: SynapseSourceOptions

    @Argument(help: "Saved responses (or directories of them).", completion: .file())
    var files: [String] = []

    func validate() throws {
        if files.isEmpty && !synapse.isGiven {
            throw ValidationError("give at least one key response file (or a homeserver's database: --synapse-config FILE or --synapse-db DB)")
        }
    }

    func run() throws {
        if synapse.isGiven { return try runOnDatabase() }
        let notaries = try KeyResponseFiles.loadForCLI(notaryKeys, option: "--notary-keys", fetchedAt: fetchedAt)
        let fetched = fetchedAt ?? Clock.nowMilliseconds()
        let ring = KeyRing(responses: notaries + (try KeyResponseFiles.loadForCLI(files, option: "the input", fetchedAt: fetchedAt)), fetchedAt: fetched)
        if let rejection = ring.rejected.first(where: { rejection in notaries.contains { $0.source == rejection.source } }) {
            throw Failure("--notary-keys: \(rejection)")
        }
        let out = Output()
        let unsaved = ring.responses.dropFirst(notaries.count).filter { $0.loaded.fetchedAt == nil }.count
        if !json, unsaved > 0 {
            out.line(unsaved == ring.responses.count - notaries.count
                ? "fetched_at not given, so now: \(Timestamp.describe(fetched))"
                : "fetched_at not given or saved for \(Plural.count(unsaved, "response")), so now: \(Timestamp.describe(fetched))")
        }
        var failed = false
        let checked = Array(ring.responses.dropFirst(notaries.count))
        for check in checked {
            if !check.isUsed { failed = true }
            if json {
                out.json(check.json(at: at, fetchedAt: fetched, fetchedAtAssumed: fetchedAt == nil))
            } else {
                for line in check.reportLines(at: at, fetchedAt: fetched) { out.line(line) }
            }
        }
        if json { out.json(KeyRing.responsesSummaryJSON(checked: checked)) } else { out.line(KeyRing.responsesSummary(checked: checked)) }
        out.flush()
        if failed { throw NegativeVerdict() }
    }
}

extension ServerKeysVerify {
    /// Every stored response of the homeserver (then any files given), each checked, with its keys.
    func runOnDatabase() throws {
        let homeserver = try synapse.open()
        defer { homeserver.close() }
        let notaries = try KeyResponseFiles.loadForCLI(notaryKeys)
        let fetched = fetchedAt ?? Clock.nowMilliseconds()
        let built: (ring: KeyRing, unusable: [(record: String, reason: String)], exposedKeyFile: (path: String, mode: UInt32)?)
        // The notaries' own responses go in first; they check the others, and are not listed.
        do { built = try homeserver.keyRing(before: notaries, files: try KeyResponseFiles.loadForCLI(files), explicitKeys: [], fetchedAt: fetched) } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(error)
        }
        let ring = built.ring
        if let rejection = ring.rejected.first(where: { rejection in notaries.contains { $0.source == rejection.source } }) {
            throw Failure("--notary-keys: \(rejection)")
        }
        let out = Output()
        if !json {
            out.line(homeserver.headerLine)
            if fetchedAt == nil, !files.isEmpty { out.line("fetched_at of the files not given, so now: \(Timestamp.describe(fetched))") }
        }
        var failed = !built.unusable.isEmpty
        for check in ring.responses.dropFirst(notaries.count) {
            if !check.isUsed { failed = true }
            if json {
                out.write(CanonicalJSON.encode(check.json(at: at, fetchedAt: fetched, fetchedAtAssumed: fetchedAt == nil)))
                out.write([0x0A])
            } else {
                for line in check.reportLines(at: at, fetchedAt: fetched) { out.line(line) }
            }
        }
        for (record, reason) in built.unusable {
            if json {
                out.write(CanonicalJSON.encode(["source": .string(record), "error": .string("not a key response: \(reason)")]))
                out.write([0x0A])
            } else {
                out.line("\(record): not a key response: \(reason)")
            }
        }
        if ring.responses.count == notaries.count && built.unusable.isEmpty && !json {
            out.line("no key responses stored (\(homeserver.store.description))")
        } else {
            let checked = Array(ring.responses.dropFirst(notaries.count))
            if json {
                out.json(KeyRing.responsesSummaryJSON(checked: checked, unusable: built.unusable.count))
            } else {
                out.line(KeyRing.responsesSummary(checked: checked, unusable: built.unusable.count))
            }
        }
        out.flush()
        if failed { throw NegativeVerdict() }
    }
}
