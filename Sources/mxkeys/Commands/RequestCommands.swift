import ArgumentParser
import MatrixKeys

struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Sign and verify federation requests (X-Matrix).",
        subcommands: [RequestSign.self, RequestVerify.self])
}

/// The request that is signed: method, URI, origin, destination and optional JSON content.
struct RequestOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The requesting server.", valueName: "server"))
    var origin: String

    @Option(help: ArgumentHelp("The server the request is sent to.", valueName: "server"))
    var destination: String

    @Option(help: ArgumentHelp("The HTTP method, such as GET or PUT (upper-cased, as it is sent).", valueName: "method"))
    var method: String

    @Option(help: ArgumentHelp("The request path and query, such as /_matrix/federation/v1/version.", valueName: "uri"))
    var uri: String

    @Option(help: ArgumentHelp("A file with the request's JSON body.", valueName: "file"), completion: .file())
    var content: String?

    func request() throws -> FederationRequest {
        let body = try content.map { try JSONFile.read($0, option: "--content", mode: .strict) }
        return FederationRequest(method: method, uri: uri, origin: origin, destination: destination, content: body)
    }
}

struct RequestSign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Print the Authorization header value (X-Matrix ...) for a request.",
        discussion: Help.discussion(examples: [
            "mxkeys request sign --origin example.org --destination matrix.org \\\n    --method GET --uri /_matrix/federation/v1/version --key signing.key",
        ]))

    @OptionGroup var request: RequestOptions
    @OptionGroup var key: SigningKeyOptions

    func run() throws {
        let authorization = try request.request().authorization(signedWith: key.load())
        let out = Output()
        out.line(authorization.headerValue)
    }
}

struct RequestVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a request's X-Matrix Authorization header with the origin's keys.",
        discussion: Help.discussion("""
            Exit 0 when the signature verifies with a key of the origin that is valid at the time of the \
            request (--at); 1 when it does not verify, or its key is unknown or not valid then.
            """, examples: [
                "mxkeys request verify --origin example.org --destination matrix.org \\\n    --method GET --uri /_matrix/federation/v1/version \\\n    --authorization \"$HEADER\" --server-keys keys/",
            ], more: ManualSection.see("How the key is judged", .signatures)))

    @OptionGroup var request: RequestOptions

    @Option(help: ArgumentHelp("The Authorization header value, X-Matrix origin=...,key=...,sig=...", valueName: "header"))
    var authorization: String

    @OptionGroup var keys: PublicKeyOptions

    @Option(help: ArgumentHelp("When the request was made: \(TimeArgument.help) (default: now).", valueName: "ts"),
            transform: TimeArgument.parse)
    var at: Int64?

    @Option(name: .customLong("fetched-at"), help: ArgumentHelp(
        "When the key responses were fetched, for the 7-day cap on valid_until_ts: \(TimeArgument.help) (default: now).",
        valueName: "ts"), transform: TimeArgument.parse)
    var fetchedAt: Int64?

    func run() throws {
        let header: XMatrixAuthorization
        do { header = try XMatrixAuthorization(parsing: authorization) } catch { throw Failure.badValue(error, option: "--authorization") }
        let request = try request.request()
        let now = Clock.nowMilliseconds()
        let ring = try keys.ring(for: request.origin, fetchedAt: fetchedAt ?? now)
        let check = request.verify(header, keys: ring, rule: .at(at ?? now))
        let out = Output()
        out.line("\(request.origin) \(check)")
        guard case .verified = check.outcome else { throw NegativeVerdict() }
    }
}
