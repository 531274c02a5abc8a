/// Where a server name's federation API is, and how to talk to it: the result of the Matrix spec's
/// "Resolving server names" (Server-Server API).
public struct ResolvedServer: Sendable, Equatable {
    /// The step of the resolution that decided.
    public enum Step: String, Sendable, Equatable, CaseIterable {
        /// 1. The server name is an IP literal (with or without a port).
        case ipLiteral = "ip-literal"
        /// 2. A hostname with an explicit port.
        case explicitPort = "explicit-port"
        /// 3.1. `/.well-known/matrix/server` delegates to an IP literal.
        case wellKnownIPLiteral = "well-known-ip-literal"
        /// 3.2. ... to a hostname with a port.
        case wellKnownExplicitPort = "well-known-explicit-port"
        /// 3.3. ... to a hostname whose `_matrix-fed._tcp` SRV record answers.
        case wellKnownSRV = "well-known-srv"
        /// 3.4. ... whose deprecated `_matrix._tcp` SRV record answers.
        case wellKnownLegacySRV = "well-known-legacy-srv"
        /// 3.5. ... to a hostname without SRV records: port 8448.
        case wellKnownDefaultPort = "well-known-default-port"
        /// 4. No well-known; the server name's `_matrix-fed._tcp` SRV record.
        case srv = "srv"
        /// 5. The deprecated `_matrix._tcp` SRV record.
        case legacySRV = "legacy-srv"
        /// 6. Nothing else: the hostname, port 8448.
        case defaultPort = "default-port"

        /// The step in words, for reports.
        public var explanation: String {
            switch self {
            case .ipLiteral: return "the server name is an IP literal"
            case .explicitPort: return "the server name is a hostname with an explicit port"
            case .wellKnownIPLiteral: return "/.well-known/matrix/server delegates to an IP literal"
            case .wellKnownExplicitPort: return "/.well-known/matrix/server delegates to a hostname with a port"
            case .wellKnownSRV: return "/.well-known/matrix/server delegates to a hostname with a _matrix-fed._tcp SRV record"
            case .wellKnownLegacySRV: return "/.well-known/matrix/server delegates to a hostname with a (deprecated) _matrix._tcp SRV record"
            case .wellKnownDefaultPort: return "/.well-known/matrix/server delegates to a hostname without SRV records: port 8448"
            case .srv: return "no well-known delegation; the _matrix-fed._tcp SRV record"
            case .legacySRV: return "no well-known delegation; the (deprecated) _matrix._tcp SRV record"
            case .defaultPort: return "no well-known delegation and no SRV record: port 8448"
            }
        }
    }

    public let serverName: String
    public let step: Step
    /// The host to connect to (resolved with AAAA/A unless it is an IP address) and its port.
    public let connectHost: String
    public let port: Int
    /// The `Host` header of every request.
    public let hostHeader: String
    /// The name (or IP address) the TLS certificate must be valid for.
    public let certificateName: String
    /// The well-known `m.server` value, when there was one.
    public let delegatedTo: String?
    /// The SRV name that answered, when one did.
    public let srvName: String?
    /// Why the well-known lookup did not delegate, when it was tried and did not.
    public let wellKnownFailure: String?

    public init(
        serverName: String, step: Step, connectHost: String, port: Int, hostHeader: String, certificateName: String,
        delegatedTo: String? = nil, srvName: String? = nil, wellKnownFailure: String? = nil
    ) {
        self.serverName = serverName
        self.step = step
        self.connectHost = connectHost
        self.port = port
        self.hostHeader = hostHeader
        self.certificateName = certificateName
        self.delegatedTo = delegatedTo
        self.srvName = srvName
        self.wellKnownFailure = wellKnownFailure
    }

    /// The HTTPS target: the URL host is the certificate name; the connection goes to `connectHost`.
    public var target: HTTPTarget {
        let urlHost = certificateName.contains(":") ? "[\(certificateName)]" : certificateName
        let connect = connectHost == certificateName ? nil : connectHost
        return HTTPTarget(scheme: "https", host: urlHost, port: port, connectHost: connect, hostHeader: hostHeader)
    }

    /// `host:port` of the connection, IPv6 in brackets.
    public var address: String {
        connectHost.contains(":") ? "[\(connectHost)]:\(port)" : "\(connectHost):\(port)"
    }

    /// The decision as one JSON object (what `--json` prints).
    public var summary: [(String, String)] {
        var fields: [(String, String)] = [
            ("step", step.rawValue), ("connect", address), ("host_header", hostHeader), ("certificate_name", certificateName),
        ]
        if let delegatedTo { fields.append(("delegated_to", delegatedTo)) }
        if let srvName { fields.append(("srv", srvName)) }
        if let wellKnownFailure { fields.append(("well_known", wellKnownFailure)) }
        return fields
    }
}

/// The answer of `https://<hostname>/.well-known/matrix/server`.
public enum WellKnownAnswer: Sendable, Equatable {
    /// A valid answer: its `m.server`.
    case delegated(String)
    /// No valid answer (an error status, not JSON, no `m.server`, a network error): why.
    case failed(String)
}

/// Fetches `/.well-known/matrix/server`: over HTTPS, or answers a test gives.
public protocol WellKnownFetching: Sendable {
    func serverWellKnown(hostname: String) async -> WellKnownAnswer
}

/// Resolves server names exactly as the Matrix spec says (Server-Server API, "Resolving server names",
/// v1.8 and later: `_matrix-fed._tcp` first, then the deprecated `_matrix._tcp`).
///
/// ```swift
/// let resolver = ServerResolver(srv: SystemSRVResolver(), wellKnown: transport.wellKnownFetcher())
/// let server = try await resolver.resolve("matrix.org")
/// // server.step == .wellKnownExplicitPort, server.hostHeader == "matrix-federation.matrix.org:443", ...
/// ```
///
/// Errors: `FetchError.invalidServerName` for a name (or an `m.server` used for the connection) that
/// the grammar does not allow; `FetchError.dns` when an SRV lookup fails for another reason than "no
/// such record" (a missing record moves on to the next step), or when an SRV record says the service is
/// not available (target ".").
public struct ServerResolver: Sendable {
    public let srv: any SRVResolving
    public let wellKnown: any WellKnownFetching

    /// The port when nothing gives one.
    public static let defaultPort = 8448

    public init(srv: any SRVResolving, wellKnown: any WellKnownFetching) {
        self.srv = srv
        self.wellKnown = wellKnown
    }

    public func resolve(_ serverName: String) async throws(FetchError) -> ResolvedServer {
        let name = try ServerName(parsing: serverName)
        // 1. An IP literal: that address, the port or 8448; the certificate must be for the address; the
        //    Host header is the server name.
        if name.isIPLiteral {
            return ResolvedServer(
                serverName: serverName, step: .ipLiteral, connectHost: name.bareHost, port: name.port ?? Self.defaultPort,
                hostHeader: name.description, certificateName: name.bareHost)
        }
        // 2. A hostname with a port: AAAA/A of the hostname; Host is the server name; certificate for the hostname.
        if let port = name.port {
            return ResolvedServer(
                serverName: serverName, step: .explicitPort, connectHost: name.bareHost, port: port,
                hostHeader: name.description, certificateName: name.bareHost)
        }
        let hostname = name.bareHost
        // 3. /.well-known/matrix/server.
        var wellKnownFailure: String
        switch await wellKnown.serverWellKnown(hostname: hostname) {
        case .delegated(let value):
            if let delegated = try? ServerName(parsing: value) {
                return try await resolveDelegated(serverName: serverName, delegated: delegated, text: value)
            }
            wellKnownFailure = "m.server \"\(value)\" is not a valid server name"
        case .failed(let reason):
            wellKnownFailure = reason
        }
        // 4. SRV _matrix-fed._tcp.<hostname>; 5. the deprecated _matrix._tcp.<hostname>. Host and
        //    certificate are the hostname.
        for (prefix, step) in [("_matrix-fed._tcp.", ResolvedServer.Step.srv), ("_matrix._tcp.", .legacySRV)] {
            if let record = try await firstRecord(prefix + hostname) {
                return ResolvedServer(
                    serverName: serverName, step: step, connectHost: record.target, port: Int(record.port),
                    hostHeader: hostname, certificateName: hostname, srvName: prefix + hostname, wellKnownFailure: wellKnownFailure)
            }
        }
        // 6. AAAA/A of the hostname, port 8448.
        return ResolvedServer(
            serverName: serverName, step: .defaultPort, connectHost: hostname, port: Self.defaultPort,
            hostHeader: hostname, certificateName: hostname, wellKnownFailure: wellKnownFailure)
    }

    private func resolveDelegated(serverName: String, delegated: ServerName, text: String) async throws(FetchError) -> ResolvedServer {
        // 3.1. An IP literal: the address and the port or 8448; certificate for the address; Host is the
        //      address, with the port if one was given.
        if delegated.isIPLiteral {
            return ResolvedServer(
                serverName: serverName, step: .wellKnownIPLiteral, connectHost: delegated.bareHost,
                port: delegated.port ?? Self.defaultPort, hostHeader: delegated.description,
                certificateName: delegated.bareHost, delegatedTo: text)
        }
        let host = delegated.bareHost
        // 3.2. A hostname with a port: Host is hostname:port, certificate for the hostname.
        if let port = delegated.port {
            return ResolvedServer(
                serverName: serverName, step: .wellKnownExplicitPort, connectHost: host, port: port,
                hostHeader: delegated.description, certificateName: host, delegatedTo: text)
        }
        // 3.3. SRV _matrix-fed._tcp.<delegated>; 3.4. the deprecated _matrix._tcp.<delegated>: Host and
        //      certificate are the delegated hostname.
        for (prefix, step) in [("_matrix-fed._tcp.", ResolvedServer.Step.wellKnownSRV), ("_matrix._tcp.", .wellKnownLegacySRV)] {
            if let record = try await firstRecord(prefix + host) {
                return ResolvedServer(
                    serverName: serverName, step: step, connectHost: record.target, port: Int(record.port),
                    hostHeader: host, certificateName: host, delegatedTo: text, srvName: prefix + host)
            }
        }
        // 3.5. AAAA/A of the delegated hostname, port 8448.
        return ResolvedServer(
            serverName: serverName, step: .wellKnownDefaultPort, connectHost: host, port: Self.defaultPort,
            hostHeader: host, certificateName: host, delegatedTo: text)
    }

    /// The record to use: the lowest priority, and among those the highest weight (then the target's
    /// name, so that the choice is the same every time). Nil when the name has no records.
    private func firstRecord(_ name: String) async throws(FetchError) -> SRVRecord? {
        let records = try await srv.lookup(name)
        guard let best = records.sorted(by: { a, b in
            (a.priority, UInt16.max - a.weight, a.target) < (b.priority, UInt16.max - b.weight, b.target)
        }).first else { return nil }
        if best.target == "." || best.target.isEmpty {
            throw .dns(host: name, reason: "the SRV record says there is no such service (target \".\")")
        }
        return best
    }
}
