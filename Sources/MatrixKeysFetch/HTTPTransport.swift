import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#endif

/// Limits and trust for every request: timeouts, and the certificate authorities trusted.
public struct FetchSettings: Sendable {
    /// Seconds to get a connection (TCP and, for HTTPS, the TLS handshake).
    public var connectTimeout: Int64
    /// Seconds for a whole request, from the connection to the last byte of the answer.
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

/// HTTP/1.1 over async-http-client, with the checks every fetch needs: TLS verified against the system's
/// trust store (and `caFile`), a connect timeout and a total timeout, a size limit on every body, no
/// redirects unless asked, and errors that name the step that failed. One client per connection target
/// (its DNS override is part of the client's configuration); `shutdown()` closes them all.
public actor HTTPTransport {
    public let settings: FetchSettings
    private var clients: [String: HTTPClient] = [:]

    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
    }

    /// Closes every connection. Call it once, when done.
    public func shutdown() async {
        for client in clients.values { try? await client.shutdown() }
        clients = [:]
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

    private func client(for target: HTTPTarget, redirects: Int) throws(FetchError) -> HTTPClient {
        let key = "\(target.scheme) \(target.host) \(target.port) \(target.connectHost ?? "") \(redirects)"
        if let existing = clients[key] { return existing }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caFile = settings.caFile {
            guard access(caFile, R_OK) == 0 else {
                throw .file("--ca-file \(caFile): \(String(cString: strerror(errno)).lowercased())")
            }
            tls.additionalTrustRoots = [.file(caFile)]
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: redirects > 0 ? .follow(max: redirects, allowCycles: false) : .disallow,
            timeout: .init(connect: .seconds(settings.connectTimeout), read: .seconds(settings.totalTimeout)),
            decompression: .disabled)
        configuration.httpVersion = .http1Only
        // A failed connection or handshake is reported at once, not retried until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        if let connectHost = target.connectHost {
            configuration.dnsOverride = [Self.bare(target.host): Self.bare(connectHost)]
        }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        clients[key] = client
        return client
    }

    private static func bare(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// Sends a request and reads the whole body, at most `limit` bytes. `path` is the path and query, as
    /// sent (already percent-encoded). `redirects` > 0 follows that many redirects (the well-known
    /// lookups); otherwise a redirect is an answer like any other.
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
    /// answers that go straight to disk. Returns the status and headers.
    public func exchange(
        _ target: HTTPTarget, method: String = "GET", path: String, headers: [(String, String)] = [],
        body: [UInt8]? = nil, limit: Int, redirects: Int = 0, sink: @escaping @Sendable (ArraySlice<UInt8>) throws -> Void
    ) async throws(FetchError) -> (url: String, status: Int, headers: [(name: String, value: String)]) {
        let url = target.origin + path
        let client = try client(for: target, redirects: redirects)
        var request = HTTPClientRequest(url: url)
        request.method = HTTPMethod(rawValue: method)
        if let hostHeader = target.hostHeader { request.headers.replaceOrAdd(name: "Host", value: hostHeader) }
        request.headers.add(name: "User-Agent", value: "mxkeys")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.body = .bytes(body)
            if !request.headers.contains(name: "Content-Type") { request.headers.add(name: "Content-Type", value: "application/json") }
        }
        let prepared = request
        let started = Self.monotonicSeconds()
        let deadline = NIODeadline.now() + .seconds(settings.totalTimeout)
        do {
            // The total timeout covers the body too: async-http-client's deadline ends with the head.
            return try await withTotalTimeout(seconds: settings.totalTimeout) {
                let response = try await client.execute(prepared, deadline: deadline)
                let status = Int(response.status.code)
                let responseHeaders = response.headers.map { (name: $0.name, value: $0.value) }
                if let length = response.headers.first(name: "Content-Length").flatMap({ Int($0) }), length > limit {
                    throw FetchError.tooLarge(url: url, limit: limit)
                }
                var total = 0
                for try await buffer in response.body {
                    total += buffer.readableBytes
                    if total > limit { throw FetchError.tooLarge(url: url, limit: limit) }
                    try sink(ArraySlice(buffer.readableBytesView))
                }
                return (url, status, responseHeaders)
            }
        } catch let error as FetchError {
            throw error
        } catch is TotalTimeout {
            throw .timeout(url: url, what: "no complete answer", seconds: settings.totalTimeout)
        } catch {
            throw Self.classify(error, target: target, url: url, settings: settings, elapsed: Self.monotonicSeconds() - started)
        }
    }

    private struct TotalTimeout: Error {}

    /// Runs `body`, or throws `TotalTimeout` after `seconds`.
    private func withTotalTimeout<T: Sendable>(seconds: Int64, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(max(seconds, 0)) * 1_000_000_000)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw TotalTimeout() }
            return value
        }
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The error of async-http-client, SwiftNIO or NIOSSL as the step that failed.
    static func classify(_ error: any Error, target: HTTPTarget, url: String, settings: FetchSettings, elapsed: Double) -> FetchError {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
                return .timeout(url: url, what: "no connection to \(target.address)", seconds: settings.connectTimeout)
            case .deadlineExceeded, .readTimeout:
                return .timeout(url: url, what: "no complete answer", seconds: settings.totalTimeout)
            case .redirectLimitReached: return .redirect(url: url, reason: "more redirects than allowed")
            case .redirectCycleDetected: return .redirect(url: url, reason: "a redirect loop")
            case .remoteConnectionClosed: return .transport(url: url, reason: "the server closed the connection before answering")
            case .invalidURL, .emptyHost, .emptyScheme: return .invalidURL(url, reason: "not a usable URL")
            default: return .transport(url: url, reason: "\(error)")
            }
        }
        if let error = error as? NIOConnectionError {
            let host = error.host
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return .dns(host: host, reason: "no address found (no A or AAAA record)")
            }
            if let first = error.connectionErrors.first {
                let address = first.target.ipAddress.map { $0.contains(":") ? "[\($0)]" : $0 } ?? "\(first.target)"
                let connected = "\(address):\(first.target.port ?? target.port)"
                return .connect(target: connected == target.address ? connected : "\(target.address) (\(connected))", reason: describe(first.error))
            }
            return .dns(host: host, reason: "no address found")
        }
        if let error = error as? NIOSSLError {
            return .tls(target: target.address, reason: tlsReason(error, target: target))
        }
        if let error = error as? NIOSSLExtraError {
            return .tls(target: target.address, reason: tlsExtraReason(error, target: target))
        }
        if let error = error as? IOError {
            return .connect(target: target.address, reason: describe(error))
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return .timeout(url: url, what: "no connection to \(target.address)", seconds: settings.connectTimeout)
        }
        if error is CancellationError {
            return .timeout(url: url, what: "no complete answer", seconds: settings.totalTimeout)
        }
        return .transport(url: url, reason: "\(error)")
    }

    static func describe(_ error: any Error) -> String {
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ENETUNREACH: return "network unreachable"
            case EHOSTUNREACH: return "host unreachable"
            case ETIMEDOUT: return "timed out"
            case ECONNRESET: return "connection reset"
            default: return String(cString: strerror(io.errnoCode)).lowercased()
            }
        }
        return "\(error)"
    }

    static func tlsReason(_ error: NIOSSLError, target: HTTPTarget) -> String {
        let text = "\(error)"
        // BoringSSL's reason codes, such as CERTIFICATE_VERIFY_FAILED, without the source paths around them.
        var codes: [String] = []
        for part in text.split(separator: "OPENSSL_internal:").dropFirst() {
            let code = part.prefix { $0.isUppercase || $0.isNumber || $0 == "_" }
            if !code.isEmpty && !codes.contains(String(code)) { codes.append(String(code)) }
        }
        let code = codes.isEmpty ? text : codes.joined(separator: ", ")
        if codes.contains("CERTIFICATE_VERIFY_FAILED") {
            return "the certificate could not be verified: it is not signed by a certificate authority of the system's trust store"
                + " or --ca-file, or it has expired or is not valid yet (\(code))"
        }
        if codes.contains("WRONG_VERSION_NUMBER") || codes.contains("PACKET_LENGTH_TOO_LONG") || codes.contains("HTTP_REQUEST") {
            return "the server does not speak TLS on this port (\(code))"
        }
        return "handshake failed (\(code))"
    }

    static func tlsExtraReason(_ error: NIOSSLExtraError, target: HTTPTarget) -> String {
        let text = "\(error)"
        if text.lowercased().contains("hostname") {
            return "the certificate is not valid for \(bare(target.host)) (\(text))"
        }
        return "handshake failed (\(text))"
    }
}
