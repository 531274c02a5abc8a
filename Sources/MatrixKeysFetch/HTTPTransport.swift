import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// Limits and trust for every request: timeouts, and the certificate authorities trusted.
public struct FetchSettings: Sendable {
    /// Seconds to get a connection (TCP and, for HTTPS, the TLS handshake).
    public var connectTimeout: Int64
    /// Seconds for a whole request, from the name lookup to the last byte of the answer and the
    /// connection's end (a well-known lookup's redirects included): the request fails then, whatever
    /// the server is doing.
    public var totalTimeout: Int64
    /// A PEM file of certificate authorities trusted besides the system's (a private CA, for tests).
    public var caFile: String?

    public init(connectTimeout: Int64 = 10, totalTimeout: Int64 = 60, caFile: String? = nil) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.caFile = caFile
    }
}

/// Where one request goes: the URL's scheme, host and port (the host is also the name the TLS certificate
/// must be valid for, and the SNI sent unless it is an IP address), an address to connect to instead of
/// the host (a hostname or IP, resolved with A/AAAA), and the `Host` header when it is not the URL's.
public struct HTTPTarget: Sendable, Equatable {
    public var scheme: String
    /// The URL host: the certificate name. IPv6 in brackets.
    public var host: String
    public var port: Int
    /// Where to connect instead of `host` (DNS override); nil: `host` itself.
    public var connectHost: String?
    /// The `Host` header; nil: what the URL gives.
    public var hostHeader: String?

    public init(scheme: String = "https", host: String, port: Int, connectHost: String? = nil, hostHeader: String? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.connectHost = connectHost
        self.hostHeader = hostHeader
    }

    /// `scheme://host:port`.
    public var origin: String { "\(scheme)://\(host):\(port)" }

    /// Where the connection goes, as messages name it.
    public var address: String {
        let connect = connectHost ?? host
        return connect.contains(":") && !connect.hasPrefix("[") ? "[\(connect)]:\(port)" : "\(connect):\(port)"
    }
}

/// The body of one answer as it arrives. The body is read by one task, chunk after chunk, never
/// concurrently: that is what makes the unchecked `Sendable` sound.
final class ByteCollector: @unchecked Sendable {
    var bytes: [UInt8] = []
}

/// An HTTP answer, its body read whole (within a limit).
public struct HTTPAnswer: Sendable {
    public let url: String
    public let status: Int
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}


/// HTTP over libcurl (TLS from the system's OpenSSL), with the checks every fetch needs: certificates
/// verified against the system's trust store (and `caFile`), a connect timeout and a total timeout, a
/// size limit on every body, no redirects unless asked (and then never to plain HTTP), and errors that
/// name the step that failed. HTTP/2 where the server offers it over TLS, HTTP/1.1 otherwise. libcurl
/// reads the proxy variables of the environment (`https_proxy`, `HTTPS_PROXY`, `NO_PROXY`, ...);
/// `SSL_CERT_FILE` replaces the system's trust store, as for OpenSSL's own tools.
/// Connections are kept for the next request to the same target; `shutdown()` closes them all.
public actor HTTPTransport {
    public let settings: FetchSettings
    /// Idle handles (each with its open connections), by connection target.
    private var idle: [String: [CurlRequest.Handle]] = [:]
    private var trust: CurlRequest.Trust?

    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
    }

    /// Closes every connection. Call it once, when done.
    public func shutdown() async {
        idle = [:]
    }

    /// Runs `body` with a new transport, which is shut down however `body` ends.
    public static func using<T>(_ settings: FetchSettings, _ body: (HTTPTransport) async throws -> T) async throws -> T {
        let transport = HTTPTransport(settings: settings)
        do {
            let result = try await body(transport)
            await transport.shutdown()
            return result
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    /// Sends a request and reads the whole body, at most `limit` bytes. `path` is the path and query, as
    /// sent (already percent-encoded). `redirects` > 0 follows that many redirects (the well-known
    /// lookups), to HTTPS only; otherwise a redirect is an answer like any other.
    public func send(
        _ target: HTTPTarget, method: String = "GET", path: String, headers: [(String, String)] = [],
        body: [UInt8]? = nil, limit: Int, redirects: Int = 0
    ) async throws(FetchError) -> HTTPAnswer {
        let collected = ByteCollector()
        let head = try await exchange(target, method: method, path: path, headers: headers, body: body, limit: limit, redirects: redirects) { chunk in
            collected.bytes.append(contentsOf: chunk)
        }
        return HTTPAnswer(url: head.url, status: head.status, headers: head.headers, body: collected.bytes)
    }

    /// Sends a request and hands the body to `sink` chunk by chunk (at most `limit` bytes in all), for
    /// answers that go straight to disk. Returns the status and headers. A `Content-Length` over the
    /// limit is refused before any of the body is read; a body without one is cut at the limit and its
    /// connection closed.
    public func exchange(
        _ target: HTTPTarget, method: String = "GET", path: String, headers: [(String, String)] = [],
        body: [UInt8]? = nil, limit: Int, redirects: Int = 0, sink: @escaping @Sendable (ArraySlice<UInt8>) throws -> Void
    ) async throws(FetchError) -> (url: String, status: Int, headers: [(name: String, value: String)]) {
        let firstURL = target.origin + path
        let deadline = Self.monotonicSeconds() + Double(settings.totalTimeout)
        var current = target, currentPath = path, currentMethod = method, currentBody = body
        var visited: Set<String> = [firstURL]
        var left = redirects
        let trust = try trustStore()
        while true {
            let url = current.origin + currentPath
            let request = CurlRequest(
                target: current, url: url, method: currentMethod, headers: headers, body: currentBody, limit: limit,
                followsRedirect: left > 0, sink: sink)
            let key = "\(current.scheme) \(current.host) \(current.port) \(current.connectHost ?? "")"
            let handle = idle[key]?.popLast() ?? CurlRequest.Handle()
            guard let handle else { throw .transport(url: url, reason: "libcurl could not be initialised") }
            let remaining = deadline - Self.monotonicSeconds()
            let outcome = await request.perform(on: handle, settings: settings, trust: trust, timeout: remaining)
            let answer: CurlRequest.Answer
            switch outcome {
            case .success(let value): answer = value
            case .failure(let error): throw error
            }
            // A handle that failed may hold a broken connection: it is dropped (which closes it).
            idle[key, default: []].append(handle)
            guard left > 0, let location = answer.location, [301, 302, 303, 307, 308].contains(answer.status) else {
                return (url, answer.status, answer.headers)
            }
            left -= 1
            guard let next = CurlRequest.resolve(location, against: url) else {
                throw .redirect(url: firstURL, reason: "to a location that is not an http(s) URL")
            }
            // HTTPS only: a redirect to plain HTTP would let anyone on the path choose the answer (and,
            // for the client API, where the access token goes next). Plain HTTP is followed only within
            // the same plain-HTTP origin, which only a test's loopback server is.
            let sameOrigin = next.target.scheme == current.scheme && next.target.host == current.host && next.target.port == current.port
            guard next.target.scheme == "https" || (current.scheme == "http" && sameOrigin) else {
                throw .redirect(url: firstURL, reason: "to plain HTTP refused (\(next.url))")
            }
            guard visited.insert(next.url).inserted else { throw .redirect(url: firstURL, reason: "a redirect loop") }
            current = next.target
            currentPath = next.path
            if answer.status == 303 || ((answer.status == 301 || answer.status == 302) && currentMethod == "POST") {
                currentMethod = "GET"
                currentBody = nil
            }
        }
    }

    /// The trust store, built once: the system's (or `SSL_CERT_FILE`'s) with `caFile` added.
    private func trustStore() throws(FetchError) -> CurlRequest.Trust {
        if let trust { return trust }
        let made = try CurlRequest.Trust.make(caFile: settings.caFile)
        trust = made
        return made
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func bare(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }
}
