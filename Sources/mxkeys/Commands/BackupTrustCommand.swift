import ArgumentParser
import MatrixKeys

struct BackupTrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Judge whether a backup version can be trusted, from the signatures on its auth_data.",
        discussion: Help.discussion("""
            Lists each signature under the user's ID on the backup version's auth_data, with its signer and \
            whether it verifies: trusted when a signature by the user's valid master key, or by a \
            cross-signed device, verifies. Exit 0 when trusted and every signature verifies; 1 otherwise.
            """, examples: [
                "mxkeys backup trust --auth-data version.json --keys keys.json",
                "mxkeys backup trust --auth-data backup.json --keys keys.json --json",
            ], more: ManualSection.see("The verdict", .identities)))

    @Option(name: .customLong("auth-data"), help: ArgumentHelp(
        "The backup version's auth_data, the whole version object, or backup fetch output.", valueName: "file"), completion: .file())
    var authData: String

    @Option(name: .customLong("keys"), help: ArgumentHelp("The user's keys: a saved key query response.", valueName: "file"),
            completion: .file())
    var keys: String

    @Option(name: .customLong("user-id"), help: ArgumentHelp("Whose backup it is (default: the only user who signed it).", valueName: "user-id"))
    var userID: String?

    @Flag(help: "One JSON object: each signature, the verdict, and whether it is trusted.")
    var json = false

    func run() throws {
        let object = try JSONFile.readObject(authData, option: "--auth-data", mode: .lax, what: "auth_data")
        let user = try owner(of: object)
        let record: UserKeysRecord?
        do { record = try KeysQueryFile(reader: JSONItemReader(path: keys)).firstRecord(of: user) } catch { throw Failure(error, source: keys) }
        guard let record else { throw Failure("the keys hold nothing of \(user) (\(keys))") }
        let trust = BackupTrust.judge(authData: object, record: record, audit: IdentityAuditor().audit(record))
        let out = Output()
        if json { out.json(trust.json) } else { for line in trust.reportLines { out.line(line) } }
        out.flush()
        if !trust.isTrusted || trust.hasInvalidSignature { throw NegativeVerdict() }
    }

    private func owner(of object: JSONObject) throws -> String {
        if let userID { return userID }
        let inner = object["auth_data"]?.objectValue ?? object
        let signers = inner["signatures"]?.objectValue?.keys ?? []
        guard signers.count == 1 else {
            throw Failure(signers.isEmpty ? "auth_data carries no signatures (\(authData))"
                                          : "auth_data is signed by several users (\(signers.joined(separator: ", "))): give --user-id")
        }
        return signers[0]
    }
}
