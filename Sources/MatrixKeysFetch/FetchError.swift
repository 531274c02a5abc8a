/// Why a fetch failed. Each case names the step that failed (DNS, connect, TLS, HTTP status, not JSON,
/// wrong `server_name`, bad signature, ...), and its description reads as one line that starts with it.
/// No case ever carries an access token: the client API scrubs it from anything a server says.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A server name that the grammar of the Matrix spec does not allow.
    case invalidServerName(String, reason: String)
    /// A URL that cannot be used (`--homeserver`, a well-known `base_url`).
    case invalidURL(String, reason: String)
    /// No address, or no SRV answer that could be used.
    case dns(host: String, reason: String)
    /// The TCP connection failed (refused, unreachable).
    case connect(target: String, reason: String)
    /// The TLS handshake failed; `reason` says what was wrong with the certificate where the TLS library
    /// says so.
    case tls(target: String, reason: String)
    /// No connection within the connect timeout, or no complete answer within the total timeout.
    case timeout(url: String, what: String, seconds: Int64)
    /// An HTTP status other than success; `errcode` and `message` are the Matrix error body, if any.
    case httpStatus(url: String, status: Int, errcode: String?, message: String?)
    /// A body larger than the limit for its kind of response.
    case tooLarge(url: String, limit: Int)
    /// A body that is not JSON, or not the JSON expected.
    case notJSON(url: String, reason: String)
    case invalidResponse(url: String, reason: String)
    /// A key response for another server than the one asked for.
    case wrongServerName(url: String, expected: String, actual: String)
    /// A key response whose self-signature, or a notary's signature, does not verify.
    case badSignature(url: String, reason: String)
    /// Redirects: too many, a loop, or one the request must not follow.
    case redirect(url: String, reason: String)
    /// The connection broke, or another transport problem.
    case transport(url: String, reason: String)
    /// A backup version whose public key is not the key the upload was made for: nothing was uploaded.
    case otherBackupKey(version: String)
    /// Writing what was fetched failed.
    case file(String)
    /// Another error, with what was being fetched: "example.org through notary.org: DNS: ...".
    indirect case fetching(String, FetchError)
    /// A request to a resolved server failed: the error, with the resolution (which `--json` records).
    /// When the resolution fell back because `/.well-known/matrix/server` gave no delegation, the line
    /// says why: "well-known: not a JSON object (URL); fell back to host:8448 (default-port): connect: ...".
    indirect case resolved(ResolvedServer, FetchError)

    public var description: String {
        switch self {
        case let .invalidServerName(name, reason): return "server name \"\(name)\": \(reason)"
        case let .invalidURL(url, reason): return "URL \(url): \(reason)"
        case let .dns(host, reason): return "DNS: \(host): \(reason)"
        case let .connect(target, reason): return "connect: \(target): \(reason)"
        case let .tls(target, reason): return "TLS: \(target): \(reason)"
        case let .timeout(url, what, seconds): return "timeout: \(what) within \(seconds) s (\(url))"
        case let .httpStatus(url, status, errcode, message):
            var text = "HTTP status \(status)"
            if let errcode { text += " \(errcode)" }
            if let message, !message.isEmpty { text += ": \(message)" }
            return text + " (\(url))"
        case let .tooLarge(url, limit): return "response too large: over \(Self.size(limit)) (\(url))"
        case let .notJSON(url, reason): return "not JSON: \(reason) (\(url))"
        case let .invalidResponse(url, reason): return "unexpected response: \(reason) (\(url))"
        case let .wrongServerName(url, expected, actual):
            return "wrong server_name: asked for \(expected), the response is for \(actual) (\(url))"
        case let .badSignature(url, reason): return "bad signature: \(reason) (\(url))"
        case let .redirect(url, reason): return "redirect: \(reason) (\(url))"
        case let .transport(url, reason): return "connection: \(reason) (\(url))"
        case let .otherBackupKey(version): return "backup version \(version) has another public key than --auth-data: nothing uploaded"
        case let .file(reason): return reason
        case let .fetching(what, error): return "\(what): \(error)"
        case let .resolved(server, error):
            guard let failure = server.wellKnownFailure else { return error.description }
            return "well-known: \(failure); fell back to \(server.address) (\(server.step.rawValue)): \(error)"
        }
    }

    /// The resolution the failure came after, when there was one.
    public var resolution: ResolvedServer? {
        switch self {
        case .resolved(let server, _): return server
        case .fetching(_, let error): return error.resolution
        default: return nil
        }
    }

    /// The error without the resolution around it (what a test or a caller matches on).
    public var underlying: FetchError {
        switch self {
        case .resolved(_, let error): return error.underlying
        default: return self
        }
    }

    static func size(_ bytes: Int) -> String { bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB" }
}
