import ArgumentParser
import MatrixKeys

struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Sign and verify federation requests (Authorization: X-Matrix).",
        subcommands: [RequestSign.self, RequestVerify.self])
}

/// The request that is signed: method, URI, origin, destination and optional JSON content.
struct RequestOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The requesting server.", valueName: "server"))
    var origin: String

    @Option(help: ArgumentHelp("The server the request is sent to.", valueName: "server"))
    var destination: String

    @Option(help: ArgumentHelp("The HTTP method, e.g. GET or PUT.", valueName: "method"))
    var method: String

    @Option(help: ArgumentHelp("The request path and query, e.g. /_matrix/federation/v1/version.", valueName: "uri"))
    var uri: String

    @Option(help: ArgumentHelp("A file with the request's JSON body.", valueName: "file"), completion: .file())
    var content: String?

    func request() throws -> FederationRequest {
        var body: JSONValue? = nil
        if let content {
            let bytes: [UInt8]
            do { bytes = try AtomicFile.read(content) } catch { throw Failure(error.description) }
            do { body = try JSONParser.parse(bytes) } catch { throw Failure(error, source: content) }
        }
        return FederationRequest(method: method, uri: uri, origin: origin, destination: destination, content: body)
    }
}

struct RequestSign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Print the Authorization header value (X-Matrix ...) for a request.")

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
        discussion: "Exit 0 when the signature verifies; 1 when it does not or its key is unknown.")

    @OptionGroup var request: RequestOptions

    @Option(help: ArgumentHelp("The Authorization header value, X-Matrix origin=...,key=...,sig=...", valueName: "header"))
    var authorization: String

    @OptionGroup var keys: PublicKeyOptions

    func run() throws {
        let header: XMatrixAuthorization
        do { header = try XMatrixAuthorization(parsing: authorization) } catch { throw Failure(error, source: "--authorization") }
        let request = try request.request()
        let known = try keys.keys(for: request.origin)
        let check = request.verify(header) { known[$0] }
        let out = Output()
        out.line("\(request.origin) \(check)")
        if check.outcome != .verified { throw NegativeVerdict() }
    }
}
