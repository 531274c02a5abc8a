import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct SecretStorageFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the account data secret storage needs, as the dump ssss decrypt --account-data reads.",
        discussion: """
            Reads, with GET /_matrix/client/v3/user/ID/account_data/TYPE: m.secret_storage.default_key; \
            m.cross_signing.master, m.cross_signing.self_signing, m.cross_signing.user_signing and \
            m.megolm_backup.v1; and m.secret_storage.key.KEY_ID for the default key and every key those \
            secrets are encrypted with (the client API cannot list account data, so a key description that \
            nothing refers to is not found). Types the account does not have are left out. Writes one JSON \
            object from type to content, to --output (mode 0600, atomic) or standard output with --output -. \
            The homeserver and the access token are found as for backup fetch.
            """)

    @OptionGroup var account: AccountOptions

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (a new one, mode 0600, atomically); - is standard output.", valueName: "file"),
            completion: .file())
    var output: String

    @Flag(help: "Replace an existing --output file (a regular file only).")
    var force = false

    @OptionGroup var network: NetworkOptions

    func run() throws {
        let token = try account.token.read()
        let account = self.account
        let data = try network.run { transport -> JSONObject in
            try await account.session(transport, token: token).secretStorageAccountData()
        }
        guard !data.isEmpty else { throw Failure("\(self.account.userID) has no secret storage account data", code: ExitStatus.negative) }
        var text = CanonicalJSON.encode(.object(data))
        defer { wipe(&text) }
        if output == "-" {
            let out = Output()
            out.write(text)
            out.write([0x0A])
            out.flush()
        } else {
            do { try AtomicFile.write(text, to: output, mode: 0o600, overwrite: force) } catch { throw Failure(error.description) }
        }
        FetchSummary.say("\(data.count) account data types: " + data.keys.sorted().joined(separator: ", "), dataOnStandardOutput: output == "-")
    }
}
