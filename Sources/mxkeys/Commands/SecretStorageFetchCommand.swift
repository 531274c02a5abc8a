import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct SecretStorageFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the account data secret storage needs, as the dump ssss decrypt --account-data reads.",
        discussion: Help.discussion("""
            Reads the default key's ID, the cross-signing and key backup secrets, and the descriptions of \
            the keys they are encrypted with, and writes one JSON object from type to content.
            """, examples: [
                "mxkeys ssss fetch --user-id @alice:example.org --output account-data.json",
                "mxkeys ssss decrypt --account-data account-data.json --names-only",
            ], more: ManualSection.see("What is read, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (a new one, mode 0600, atomically); - is standard output.", valueName: "file"),
            completion: .file())
    var output: String

    @Flag(help: "Replace an existing regular --output file.")
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
