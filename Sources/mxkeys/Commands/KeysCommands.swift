import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Save /keys/query answers; upload signatures.",
        subcommands: [KeysQuery.self, KeysUploadSignatures.self])
}

struct KeysQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Save a /keys/query answer: users' device keys and cross-signing keys, as devices verify reads them.",
        discussion: Help.discussion("""
            Asks the homeserver of --user-id for every device of each --query-user and writes the answer as \
            received. Servers that could not be asked are reported on standard error; the file is still \
            written, and the exit status is 1.
            """, examples: [
                "mxkeys keys query --user-id @alice:example.org --output keys.json",
                "mxkeys keys query --user-id @alice:example.org \\\n    --query-user @bob:example.org --output bob.json",
            ], more: ManualSection.see("The request, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @Option(name: .customLong("query-user"), help: ArgumentHelp(
        "A user whose keys to ask for (repeatable; default: the account's own user).", valueName: "user-id"))
    var queryUsers: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the answer to this file; - is standard output.", valueName: "file"),
            completion: .file())
    var output: String

    @Flag(help: "Replace an existing regular --output file.")
    var force = false

    @OptionGroup var network: NetworkOptions

    func validate() throws {
        for user in queryUsers where !(user.hasPrefix("@") && user.contains(":")) {
            throw ValidationError("--query-user \(user): expected @localpart:server.name")
        }
    }

    func run() throws {
        let token = try account.token.read()
        let account = self.account
        var users: [String] = []
        for user in queryUsers.isEmpty ? [account.userID] : queryUsers where !users.contains(user) { users.append(user) }
        let query = users
        let (body, failures) = try network.run { transport in
            try await account.session(transport, token: token).queryKeys(users: query)
        }
        if output == "-" {
            let out = Output()
            out.write(body)
            if body.last != 0x0A { out.write([0x0A]) }
            out.flush()
        } else {
            do { try AtomicFile.write(body, to: output, mode: 0o644, overwrite: force) } catch { throw Failure(error.description) }
        }
        FetchSummary.say("the keys of \(users.count) user\(users.count == 1 ? "" : "s") (\(users.joined(separator: ", "))): \(body.count) bytes\(output == "-" ? "" : " to \(output)")",
                         dataOnStandardOutput: output == "-")
        for failure in failures { Stderr.line("mxkeys: the server could not ask \(failure)") }
        if !failures.isEmpty { throw NegativeVerdict() }
    }
}

struct KeysUploadSignatures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload-signatures",
        abstract: "Upload a /keys/signatures/upload body (as cross-signing sign-device and sign-user print) and report what the server refused.",
        discussion: Help.discussion("""
            Posts FILE (or standard input), a JSON object {user ID: {device ID or public key: signed \
            object}}. Each object the server refuses is printed with its reason, and the exit status is \
            then 1.
            """, examples: [
                "mxkeys keys upload-signatures --user-id @alice:example.org signatures.json",
            ], more: ManualSection.see("The request, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @OptionGroup var input: InputFile

    @OptionGroup var network: NetworkOptions

    func run() throws {
        let body = try input.readObject(mode: .strict, what: "the signatures body")
        var objects = 0
        for (user, value) in body {
            guard case .object(let signed) = value, !signed.isEmpty else {
                throw Failure("the signatures body files \(user) under something that is not an object of signed objects (\(input.sourceName))")
            }
            for (key, object) in signed {
                guard case .object = object else {
                    throw Failure("the signatures body's \(user) \(key) is not an object (\(input.sourceName))")
                }
                objects += 1
            }
        }
        guard objects > 0 else { throw Failure("the signatures body holds no objects (\(input.sourceName))") }
        let token = try account.token.read()
        let account = self.account
        let bytes = CanonicalJSON.encode(.object(body))
        let failures = try network.run { transport in
            try await account.session(transport, token: token).uploadSignatures(bytes)
        }
        let out = Output()
        out.line("uploaded: \(objects - min(objects, failures.count)) of \(objects) signed object\(objects == 1 ? "" : "s") taken")
        for failure in failures { out.line("refused: \(failure)") }
        out.flush()
        if !failures.isEmpty { throw NegativeVerdict() }
    }
}

struct CrossSigningUpload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload cross-signing keys (what cross-signing new prints).",
        discussion: Help.discussion("""
            Posts FILE (or standard input), a /keys/device_signing/upload body: master_key, \
            self_signing_key and user_signing_key (any of them). When the server asks for the account's \
            password, it comes from --password-file, MXKEYS_PASSWORD or a prompt.
            """, examples: [
                "mxkeys cross-signing upload --user-id @bot:example.org \\\n    --password-file bot-password.txt device-signing.json",
            ], more: ManualSection.see("The request, the password, the homeserver and the access token", .fetching)))

    @OptionGroup var account: AccountOptions

    @Option(name: .customLong("password-file"), help: ArgumentHelp(
        "The account's password file, if the server asks for it.",
        valueName: "file"), completion: .file())
    var passwordFile: String?

    @OptionGroup var input: InputFile

    @OptionGroup var network: NetworkOptions

    func run() throws {
        let body = try input.readObject(mode: .strict, what: "the cross-signing keys body")
        let names = ["master_key", "self_signing_key", "user_signing_key"]
        let present = names.filter { body[$0] != nil }
        guard !present.isEmpty else {
            throw Failure("the body holds none of master_key, self_signing_key, user_signing_key (\(input.sourceName))")
        }
        for name in present {
            guard case .object(let key)? = body[name] else { throw Failure("\(name) is not an object (\(input.sourceName))") }
            guard key["user_id"]?.stringValue == account.userID else {
                throw Failure("\(name) is for \(key["user_id"]?.stringValue ?? "no user_id"), not --user-id \(account.userID) (\(input.sourceName))")
            }
        }
        if let extra = body.keys.first(where: { !names.contains($0) && $0 != "auth" }) {
            throw Failure("the body has a member \(extra) that is not a cross-signing key (\(input.sourceName))")
        }
        let token = try account.token.read()
        let account = self.account
        let passwordFile = self.passwordFile
        let outcome = try network.run { transport in
            try await account.session(transport, token: token).uploadDeviceSigningKeys(body, password: {
                try CrossSigningUpload.password(file: passwordFile)
            })
        }
        let keys = present.map { $0.replacingOccurrences(of: "_key", with: "").replacingOccurrences(of: "_", with: "-") }.joined(separator: ", ")
        switch outcome {
        case .uploaded: Output().line("uploaded: \(keys) for \(account.userID)")
        case .uploadedWithPassword: Output().line("uploaded: \(keys) for \(account.userID) (the server asked for the password)")
        }
    }

    /// The account's password: `--password-file`, `MXKEYS_PASSWORD`, or a no-echo prompt.
    static func password(file: String?) throws -> SecretBytes {
        var bytes: [UInt8]
        if let file {
            bytes = try SecretSource.file(file, option: "--password-file")
            // A file's one trailing newline is not part of the password.
            if bytes.last == 0x0A { bytes.removeLast() }
            if bytes.last == 0x0D { bytes.removeLast() }
        } else if let value = SecretSource.environment("MXKEYS_PASSWORD") {
            bytes = value
        } else {
            guard let typed = SecretSource.prompt("Password: ") else {
                throw Failure("the server asks for the account's password: give --password-file FILE or MXKEYS_PASSWORD (there is no terminal to ask on)")
            }
            bytes = typed
        }
        defer { wipe(&bytes) }
        guard !bytes.isEmpty else { throw Failure("the password is empty (\(file ?? "MXKEYS_PASSWORD"))") }
        return SecretBytes(copying: bytes)
    }
}
