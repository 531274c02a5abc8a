import MatrixKeys

/// An access token. It is only ever put in an `Authorization` header: its description hides it, and
/// `ClientSession` scrubs it from anything a server says back before it becomes an error.
public struct AccessToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let value: String

    /// A token with surrounding whitespace (a file's line end) removed. Nil when nothing is left, or
    /// when it holds characters a header cannot carry.
    public init?(_ text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        value = trimmed
    }

    public var description: String { "<access token>" }
    public var debugDescription: String { "<access token>" }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

/// A homeserver's client-server API base URL: `https://host[:port][/prefix]` (plain `http://` only for a
/// loopback host, since the access token would otherwise cross the network in the clear).
public struct HomeserverURL: Sendable, Equatable, CustomStringConvertible {
    public let scheme: String
    public let host: String
    public let port: Int
    /// A path the API lives under (a reverse proxy's), without the trailing slash; usually empty.
    public let prefix: String

    public init(parsing text: String) throws(FetchError) {
        var rest = Substring(text)
        let scheme: String
        if rest.hasPrefix("https://") {
            scheme = "https"
            rest = rest.dropFirst(8)
        } else if rest.hasPrefix("http://") {
            scheme = "http"
            rest = rest.dropFirst(7)
        } else {
            throw .invalidURL(text, reason: "expected https://HOST[:PORT]")
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var path = String(rest.dropFirst(authority.count))
        guard !path.contains("?"), !path.contains("#") else { throw .invalidURL(text, reason: "a query or fragment has no place in a base URL") }
        while path.hasSuffix("/") { path.removeLast() }
        guard !authority.contains("@") else { throw .invalidURL(text, reason: "credentials have no place in the URL") }
        let name: ServerName
        do { name = try ServerName(parsing: String(authority)) } catch { throw .invalidURL(text, reason: "\(error)") }
        self.scheme = scheme
        host = name.hostText
        port = name.port ?? (scheme == "https" ? 443 : 80)
        prefix = path
        if scheme == "http" && !Self.isLoopback(name) {
            throw .invalidURL(text, reason: "plain HTTP would send the access token in the clear: use https (http is allowed on loopback only)")
        }
    }

    static func isLoopback(_ name: ServerName) -> Bool {
        switch name.host {
        case .dns(let host): return host.lowercased() == "localhost"
        case .ipv4(let address): return address.hasPrefix("127.")
        case .ipv6(let address): return address == "::1"
        }
    }

    public var target: HTTPTarget { HTTPTarget(scheme: scheme, host: host, port: port) }
    public var description: String { "\(scheme)://\(host):\(port)\(prefix)" }
}

/// Finds a user's homeserver: `https://<hostname>/.well-known/matrix/client`, its `m.homeserver.base_url`,
/// checked with `GET /_matrix/client/versions` (Client-Server API, "Server Discovery").
public enum HomeserverDiscovery {
    /// Errors: `FetchError.invalidResponse` naming what failed ("no /.well-known/matrix/client": give
    /// the URL), `.invalidURL` for a base URL that cannot be used, and the transport's errors.
    public static func discover(userID: String, transport: HTTPTransport) async throws(FetchError) -> HomeserverURL {
        try await discover(userID: userID, transport: transport, scheme: "https", port: 443)
    }

    /// `scheme` and `port` of the well-known lookup: https and 443 but in tests.
    static func discover(userID: String, transport: HTTPTransport, scheme: String, port: Int) async throws(FetchError) -> HomeserverURL {
        guard userID.hasPrefix("@"), let colon = userID.firstIndex(of: ":") else {
            throw .invalidResponse(url: userID, reason: "a user ID looks like @localpart:server.name")
        }
        let server = try ServerName(parsing: String(userID[userID.index(after: colon)...]))
        let answer = try await transport.send(
            HTTPTarget(scheme: scheme, host: server.hostText, port: port), path: "/.well-known/matrix/client", limit: HTTPWellKnownFetcher.sizeLimit,
            redirects: HTTPWellKnownFetcher.redirectLimit)
        guard answer.status == 200 else {
            throw .invalidResponse(url: answer.url, reason: "no /.well-known/matrix/client (HTTP status \(answer.status)): give --homeserver URL")
        }
        guard case .object(let object)? = try? JSONParser.parse(answer.body, mode: .lax),
              case .object(let homeserver)? = object["m.homeserver"], case .string(let base)? = homeserver["base_url"] else {
            throw .invalidResponse(url: answer.url, reason: "no m.homeserver.base_url: give --homeserver URL")
        }
        let url = try HomeserverURL(parsing: base)
        // What a well-known names decides where the access token goes: plain HTTP is for a loopback
        // --homeserver typed on the command line only, never for an answer from the network.
        guard url.scheme == "https" else {
            throw .invalidURL(base, reason: "the base_url of \(answer.url) is plain HTTP, which would send the access token in the clear: refused")
        }
        let versions = try await transport.send(url.target, path: url.prefix + "/_matrix/client/versions", limit: 1 << 20)
        guard versions.status == 200, case .object(let info)? = try? JSONParser.parse(versions.body, mode: .lax), info["versions"] != nil else {
            throw .invalidResponse(url: versions.url, reason: "\(base) (from \(answer.url)) does not answer as a homeserver")
        }
        return url
    }
}

/// Client-server API calls as one user: key backup versions and keys, account data.
public struct ClientSession: Sendable {
    public let transport: HTTPTransport
    public let homeserver: HomeserverURL
    public let userID: String
    private let token: AccessToken

    /// JSON answers (a backup version, account data) are small: more is refused.
    public static let answerLimit = 1 << 20
    /// A whole backup streams to disk, up to what the offline commands read.
    public static let backupLimit = AtomicFile.maxDocumentLength

    public init(transport: HTTPTransport, homeserver: HomeserverURL, userID: String, token: AccessToken) {
        self.transport = transport
        self.homeserver = homeserver
        self.userID = userID
        self.token = token
    }

    private var authorization: [(String, String)] { [("Authorization", "Bearer " + token.value)] }

    /// Any error, with the token replaced wherever a server echoed it.
    func scrub(_ error: FetchError) -> FetchError { error.replacing(token.value, with: "<access token>") }

    /// A request with the token, its answer whatever its status (and its text scrubbed of the token in
    /// errors; the answer's body is the server's as received).
    func send(_ method: String, _ path: String, body: [UInt8]? = nil, limit: Int = answerLimit) async throws(FetchError) -> HTTPAnswer {
        do {
            return try await transport.send(
                homeserver.target, method: method, path: homeserver.prefix + path, headers: authorization, body: body, limit: limit)
        } catch {
            throw scrub(error)
        }
    }

    /// A request with the token; the answer must be 2xx unless `allowNotFound` (then nil for a 404).
    func call(_ method: String, _ path: String, body: [UInt8]? = nil, allowNotFound: Bool = false) async throws(FetchError) -> JSONObject? {
        do {
            let answer = try await send(method, path, body: body)
            if allowNotFound && answer.status == 404 { return nil }
            try ServerKeyFetcher.requireSuccess(answer)
            let object = try ServerKeyFetcher.object(answer)
            return object
        } catch {
            throw scrub(error)
        }
    }

    /// `GET /room_keys/version[/V]`: the latest backup version, or `version`. Its `version` must be a
    /// string, and `count` and `etag`, when present, an integer and a string, as the spec has them.
    public func backupVersion(_ version: String?) async throws(FetchError) -> JSONObject {
        let path = "/_matrix/client/v3/room_keys/version" + (version.map { "/" + PercentEncoding.encode($0) } ?? "")
        guard let object = try await call("GET", path) else { throw .invalidResponse(url: path, reason: "no answer") }
        guard case .string? = object["version"] else { throw .invalidResponse(url: path, reason: "the backup version has no version string") }
        switch object["count"] {
        case nil, .integer?: break
        default: throw .invalidResponse(url: path, reason: "the backup version's count is not an integer")
        }
        switch object["etag"] {
        case nil, .string?: break
        default: throw .invalidResponse(url: path, reason: "the backup version's etag is not a string")
        }
        return object
    }

    /// `GET /room_keys/keys?version=V`, written to `file` as one object: `prefix` (the version's fields,
    /// canonical, without braces) first, then the members of the answer (`rooms`), every byte of them as
    /// received. The body streams to disk (in bounded memory); it must be a JSON object, opening and
    /// closing with braces, and a transfer cut short fails, so nothing half-written gets the name. The
    /// answer must be a whole backup (`KeyBackup.census(ofWholeBackup:)`): rooms, each with its sessions;
    /// any other shape is an error, and the file is abandoned.
    public func downloadBackup(version: String, versionInfo: JSONObject, to file: AtomicFileStreamTarget) async throws(FetchError) -> DownloadedBackup {
        let path = "/_matrix/client/v3/room_keys/keys?version=" + PercentEncoding.encode(version)
        var members = CanonicalJSON.encode(.object(versionInfo))
        members.removeFirst()
        members.removeLast()
        let writer = BackupFileWriter(prefix: members, stream: file.stream)
        let head: (url: String, status: Int, headers: [(name: String, value: String)])
        do {
            head = try await transport.exchange(
                homeserver.target, path: homeserver.prefix + path, headers: authorization, limit: Self.backupLimit) { chunk throws in
                    try writer.feed(chunk)
                }
        } catch {
            file.stream.abandon()
            throw scrub(error)
        }
        guard (200..<300).contains(head.status) else {
            file.stream.abandon()
            let said = writer.errorParts()
            throw scrub(.httpStatus(url: head.url, status: head.status, errcode: said.errcode, message: said.message))
        }
        do { try writer.finish() } catch let error as FileError {
            file.stream.abandon()
            throw .file(error.description)
        } catch {
            file.stream.abandon()
            throw .notJSON(url: head.url, reason: "\(error)")
        }
        do {
            let (rooms, sessions) = try KeyBackup.census(ofWholeBackup: writer.body)
            return DownloadedBackup(bytes: writer.written, rooms: rooms, sessions: sessions)
        } catch let error as JSONParseError {
            file.stream.abandon()
            throw .notJSON(url: head.url, reason: error.description)
        } catch {
            file.stream.abandon()
            throw .invalidResponse(url: head.url, reason: "not a key backup: \(error)")
        }
    }

    /// `GET /user/{userId}/account_data/{type}`: the content, or nil when the account has none of that type.
    public func accountData(_ type: String) async throws(FetchError) -> JSONObject? {
        let path = "/_matrix/client/v3/user/\(PercentEncoding.encode(userID))/account_data/\(PercentEncoding.encode(type))"
        return try await call("GET", path, allowNotFound: true)
    }

    /// `POST /room_keys/version`: a new backup version; its version string.
    public func createBackupVersion(algorithm: String, authData: JSONObject) async throws(FetchError) -> String {
        let body = CanonicalJSON.encode(["algorithm": .string(algorithm), "auth_data": .object(authData)])
        guard let object = try await call("POST", "/_matrix/client/v3/room_keys/version", body: body),
              case .string(let version)? = object["version"] else {
            throw .invalidResponse(url: "/_matrix/client/v3/room_keys/version", reason: "no version in the answer")
        }
        return version
    }

    /// Where `uploadBackup` puts the sessions.
    public enum BackupDestination: Sendable {
        /// An existing version; when `publicKey` is given, the version's must be it.
        case existing(version: String, publicKey: X25519.PublicKey?)
        /// A new version, created first with this `auth_data`.
        case new(authData: JSONObject)
    }

    /// Uploads a `PUT /room_keys/keys` body (`{"rooms": ...}`) to `destination`, never deleting or
    /// replacing a version: the version, whether it was created, and the server's count and etag after.
    /// A version with another public key is `.otherBackupKey`, and nothing is uploaded.
    public func uploadBackup(
        _ body: [UInt8], to destination: BackupDestination
    ) async throws(FetchError) -> (version: String, created: Bool, count: Int64?, etag: String?) {
        let version: String, created: Bool
        switch destination {
        case .new(let authData):
            version = try await createBackupVersion(algorithm: BackupKey.algorithm, authData: authData)
            created = true
        case let .existing(existing, publicKey):
            // The version must exist (its info is fetched first), and be for this key when one is given.
            let info = try await backupVersion(existing)
            if let publicKey {
                let theirs: X25519.PublicKey
                do { theirs = try BackupKey.publicKey(in: info) } catch {
                    throw .invalidResponse(url: "/_matrix/client/v3/room_keys/version/\(existing)", reason: "\(error)")
                }
                guard theirs == publicKey else { throw .otherBackupKey(version: existing) }
            }
            version = existing
            created = false
        }
        let (count, etag) = try await uploadKeys(version: version, body: body)
        return (version, created, count, etag)
    }

    /// `PUT /room_keys/keys?version=V` with `body` (`{"rooms": ...}`): the server's session count and etag after it.
    public func uploadKeys(version: String, body: [UInt8]) async throws(FetchError) -> (count: Int64?, etag: String?) {
        let path = "/_matrix/client/v3/room_keys/keys?version=" + PercentEncoding.encode(version)
        guard let object = try await call("PUT", path, body: body) else { throw .invalidResponse(url: path, reason: "no answer") }
        var count: Int64? = nil, etag: String? = nil
        if case .integer(let value)? = object["count"] { count = value }
        if case .string(let value)? = object["etag"] { etag = value }
        return (count, etag)
    }
}

/// Where a downloaded backup goes.
public struct AtomicFileStreamTarget: @unchecked Sendable {
    let stream: AtomicFileStream
    /// The file `path`, mode 0600, replaced only with `overwrite` (and only if it is a regular file).
    public init(path: String, overwrite: Bool) throws(FetchError) {
        do { stream = try AtomicFileStream(path: path, mode: 0o600, overwrite: overwrite) } catch { throw .file(error.description) }
    }

    public func commit() throws(FetchError) {
        do { try stream.commit() } catch { throw .file(error.description) }
    }

    public func abandon() { stream.abandon() }
}

/// Splices the version's members into the answer's object as it streams: `{` + prefix + `,` + the rest
/// of the answer after its opening brace (no comma when the answer is `{}`). Fed by one task at a time.
final class BackupFileWriter: @unchecked Sendable {
    enum State { case start, afterBrace, rest }
    let prefix: [UInt8]
    let stream: AtomicFileStream
    var state = State.start
    var written = 0
    /// The first bytes of an answer that was not a success, for its error message.
    var head: [UInt8] = []
    /// The whole answer, for the check of its shape at the end (bounded by the transfer's limit).
    var body: [UInt8] = []

    init(prefix: [UInt8], stream: AtomicFileStream) {
        self.prefix = prefix
        self.stream = stream
    }

    struct NotAnObject: Error, CustomStringConvertible {
        let description: String
    }

    var last: UInt8 = 0
    /// Whitespace after the answer's opening brace, kept for after the comma.
    var space: [UInt8] = []

    /// The first problem: the answer is not an object, or the disk said no. Kept, not thrown, so that
    /// an error status is reported as such whatever its body.
    var failure: (any Error)?

    func feed(_ chunk: ArraySlice<UInt8>) throws {
        guard failure == nil else { return }
        do { try feedChecked(chunk) } catch { failure = error }
    }

    private func feedChecked(_ chunk: ArraySlice<UInt8>) throws {
        if head.count < 1024 { head += chunk.prefix(1024 - head.count) }
        body += chunk
        if let end = chunk.last(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) { last = end }
        var out: [UInt8] = []
        for (offset, byte) in zip(chunk.indices, chunk) {
            switch state {
            case .start:
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                guard byte == UInt8(ascii: "{") else { throw NotAnObject(description: "the backup is not a JSON object") }
                out.append(byte)
                out += prefix
                state = .afterBrace
            case .afterBrace:
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    space.append(byte)
                    continue
                }
                if byte != UInt8(ascii: "}") { out.append(UInt8(ascii: ",")) }
                out += space
                out += chunk[offset...]
                state = .rest
            case .rest:
                out += chunk[offset...]
            }
            if state == .rest { break }
        }
        if !out.isEmpty {
            try stream.append(out)
            written += out.count
        }
    }

    func finish() throws {
        if let failure { throw failure }
        guard state == .rest, last == UInt8(ascii: "}") else { throw NotAnObject(description: "the backup is not a JSON object") }
    }

    /// What a failed answer said (`errcode`, `error`), for its error.
    func errorParts() -> (errcode: String?, message: String?) { matrixError(head) }
}

extension FetchError {
    /// This error with `secret` replaced by `replacement` in every text it carries.
    public func replacing(_ secret: String, with replacement: String) -> FetchError {
        guard !secret.isEmpty else { return self }
        func r(_ text: String) -> String {
            guard text.contains(secret) else { return text }
            return text.split(separator: secret, omittingEmptySubsequences: false).joined(separator: replacement)
        }
        switch self {
        case let .invalidServerName(a, b): return .invalidServerName(r(a), reason: r(b))
        case let .invalidURL(a, b): return .invalidURL(r(a), reason: r(b))
        case let .dns(a, b): return .dns(host: r(a), reason: r(b))
        case let .connect(a, b): return .connect(target: r(a), reason: r(b))
        case let .tls(a, b): return .tls(target: r(a), reason: r(b))
        case let .timeout(a, b, c): return .timeout(url: r(a), what: r(b), seconds: c)
        case let .httpStatus(a, b, c, d): return .httpStatus(url: r(a), status: b, errcode: c.map(r), message: d.map(r))
        case let .tooLarge(a, b): return .tooLarge(url: r(a), limit: b)
        case let .notJSON(a, b): return .notJSON(url: r(a), reason: r(b))
        case let .invalidResponse(a, b): return .invalidResponse(url: r(a), reason: r(b))
        case let .wrongServerName(a, b, c): return .wrongServerName(url: r(a), expected: r(b), actual: r(c))
        case let .badSignature(a, b): return .badSignature(url: r(a), reason: r(b))
        case let .redirect(a, b): return .redirect(url: r(a), reason: r(b))
        case let .transport(a, b): return .transport(url: r(a), reason: r(b))
        case let .otherBackupKey(a): return .otherBackupKey(version: r(a))
        case let .file(a): return .file(r(a))
        case let .fetching(a, error): return .fetching(r(a), error.replacing(secret, with: replacement))
        case let .resolved(server, error): return .resolved(server, error.replacing(secret, with: replacement))
        }
    }
}

extension ClientSession {
    /// The secrets secret storage holds for an account, by default: cross-signing keys and the backup key.
    public static let secretTypes = ["m.cross_signing.master", "m.cross_signing.self_signing", "m.cross_signing.user_signing", "m.megolm_backup.v1"]

    /// The account data secret storage needs, as a map from type to content (the account-data dump
    /// `ssss decrypt --account-data` reads): `m.secret_storage.default_key`, the secrets of
    /// `secretTypes`, and the key description `m.secret_storage.key.<id>` of the default key and of every
    /// key a secret is encrypted with. The client API cannot list account data, so the key descriptions
    /// found are those that something refers to. Types the account does not have are left out.
    public func secretStorageAccountData() async throws(FetchError) -> JSONObject {
        var result = JSONObject()
        var keyIDs: [String] = []
        if let defaultKey = try await accountData("m.secret_storage.default_key") {
            result["m.secret_storage.default_key"] = .object(defaultKey)
            if case .string(let id)? = defaultKey["key"] { keyIDs.append(id) }
        }
        for type in Self.secretTypes {
            guard let content = try await accountData(type) else { continue }
            result[type] = .object(content)
            if case .object(let encrypted)? = content["encrypted"] {
                for id in encrypted.keys.sorted() where !keyIDs.contains(id) { keyIDs.append(id) }
            }
        }
        for id in keyIDs {
            let type = "m.secret_storage.key." + id
            if let description = try await accountData(type) { result[type] = .object(description) }
        }
        return result
    }
}
