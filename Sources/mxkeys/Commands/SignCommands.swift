import ArgumentParser
import MatrixKeys

struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a JSON object as a server (signed JSON).",
        discussion: Help.discussion("""
            Merges the signature with those the object has and prints it as canonical JSON; "unsigned" is \
            kept as it was.
            """, examples: [
                "mxkeys sign --server example.org --key signing.key object.json > signed.json",
                "mxkeys sign --server example.org --key keystore:srv < object.json",
            ]))

    @Option(help: ArgumentHelp("The signing entity: a server name (or user ID).", valueName: "name"))
    var server: String

    @OptionGroup var key: SigningKeyOptions

    @Flag(help: "Lax number mode (room versions 1-5 data).")
    var lax = false

    @OptionGroup var input: InputFile

    func run() throws {
        let object = try input.readObject(mode: lax ? .lax : .strict)
        let signingKey = try key.load()
        do {
            let out = Output()
            out.json(.object(try SignedJSON.sign(object, entity: server, key: signingKey)))
        } catch { throw Failure(error, source: input.sourceName) }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a server's signatures on a JSON object.",
        discussion: Help.discussion("""
            Reports each signature of the server: verified, does not verify, malformed, unknown key, \
            unsupported algorithm, or invalid key ID. Exit 0 when at least one signature verifies and none \
            by a known key fails; 1 otherwise.
            """, examples: [
                "mxkeys verify --server example.org --server-keys keys/ signed.json",
                "mxkeys verify --server example.org \\\n    --public-key \"$(mxkeys pubkey --key signing.key)\" signed.json",
            ], more: ManualSection.see("The rule for a server's signatures", .signatures)))

    @Option(help: ArgumentHelp("The signing entity whose signatures to check.", valueName: "name"))
    var server: String

    @OptionGroup var keys: PublicKeyOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "Lax number mode (room versions 1-5 data).")
    var lax = false

    @OptionGroup var input: InputFile

    func run() throws {
        let object = try input.readObject(mode: lax ? .lax : .strict)
        let report = SignedJSON.verify(object, entity: server, keys: try keys.ring(for: server, fetchedAt: nil))
        let out = Output()
        if json {
            out.json(report.json)
        } else {
            if let problem = report.problem { out.line("\(server): \(problem)") }
            for check in report.checks { out.line("\(server) \(check)") }
            out.line(report.isValid ? "valid" : "not valid")
        }
        if !report.isValid { throw NegativeVerdict() }
    }
}
