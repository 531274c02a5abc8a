import ArgumentParser
import MatrixKeys

struct ServerKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server-keys",
        abstract: "Publish and check /_matrix/key/v2/server responses.",
        subcommands: [ServerKeysPublish.self, ServerKeysVerify.self, ServerKeysFetch.self])
}

struct ServerKeysPublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Print a server's signed key response as canonical JSON.",
        discussion: """
            Every key of the key file (or the one named with --key-id) is listed in verify_keys and signs \
            the response. Retired keys go to old_verify_keys with --old-key ed25519:ID=BASE64@EXPIRED_TS. \
            The response is valid for 7 days unless --valid-for (a number with ms, s, m, h, d or w: 30d) \
            or --valid-until says otherwise. Times are milliseconds since the epoch, ISO 8601 dates \
            (2026-11-22T10:00:00Z) or now; a number below 10^11 is taken for seconds and refused. A validity that ends before the response is \
            made, and any timestamp beyond 2^53-1 (which canonical JSON, and so every verifier, refuses), \
            are errors.
            """)

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
            do { old.append(try OldKeySpec(parsing: text, now: Clock.nowMilliseconds())) } catch { throw Failure(error, source: "--old-key") }
        }
        let now = Clock.nowMilliseconds()
        let until: Int64
        if let validUntil {
            until = validUntil
        } else {
            let duration = Self.milliseconds(validFor ?? "7d") ?? KeyValidity.maximumValidity
            let (sum, overflow) = now.addingReportingOverflow(duration)
            guard !overflow, sum <= ServerKeyResponse.maximumTimestamp else {
                throw Failure("--valid-for \(validFor ?? ""): the response would be valid until after 2^53-1 ms since the epoch, which no verifier accepts")
            }
            until = sum
        }
        // The response is valid from now on: an end before that is a validity period that ends before it begins.
        if until < now && until >= -ServerKeyResponse.maximumTimestamp {
            throw Failure("--valid-until \(until) is before now (\(now)): the response would expire before it is made")
        }
        let response: JSONObject
        do { response = try ServerKeyResponse.publish(serverName: server, keys: keys, oldKeys: old, validUntilTS: until) } catch {
            throw Failure(error)
        }
        let out = Output()
        out.write(CanonicalJSON.encode(.object(response)))
        out.write([0x0A])
    }
}

struct ServerKeysVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check saved key responses' signatures and print each key with its validity window.",
        discussion: """
            Each response (or each entry of a notary response) must be signed by its own server with one \
            of its verify_keys. A notary's signature is checked when the notary's own key response is \
            given, with --notary-keys or among the responses checked. With --at, each key is also judged at that time by the rules of \
            room version 5 and later, with the 7-day cap counted from --fetched-at (or, without it, from now, as
            everywhere: the output says so). Exit 1 when any \
            self-signature or notary signature fails.
            """)

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

    @Argument(help: "Saved responses (or directories of them).", completion: .file())
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one key response file") }
    }

    func run() throws {
        let notaries = try KeyResponseFiles.loadForCLI(notaryKeys, fetchedAt: fetchedAt)
        let fetched = fetchedAt ?? Clock.nowMilliseconds()
        let ring = KeyRing(responses: notaries + (try KeyResponseFiles.loadForCLI(files, fetchedAt: fetchedAt)), fetchedAt: fetched)
        if let rejection = ring.rejected.first(where: { rejection in notaries.contains { $0.source == rejection.source } }) {
            throw Failure("--notary-keys: \(rejection)")
        }
        let out = Output()
        let unsaved = ring.responses.dropFirst(notaries.count).filter { $0.loaded.fetchedAt == nil }.count
        if !json, unsaved > 0 {
            out.line(unsaved == ring.responses.count - notaries.count
                ? "fetched_at not given, so now: \(Timestamp.describe(fetched))"
                : "fetched_at not given or saved for \(unsaved) responses, so now: \(Timestamp.describe(fetched))")
        }
        var failed = false
        for check in ring.responses.dropFirst(notaries.count) {
            if !check.isUsed { failed = true }
            if json {
                out.write(CanonicalJSON.encode(check.json(at: at, fetchedAt: fetched, fetchedAtAssumed: fetchedAt == nil)))
                out.write([0x0A])
            } else {
                for line in check.reportLines(at: at, fetchedAt: fetched) { out.line(line) }
            }
        }
        out.flush()
        if failed { throw NegativeVerdict() }
    }
}
