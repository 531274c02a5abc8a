import MatrixKeys

/// A key response as fetched: the body exactly as received, what it holds, and where and when it came
/// from. `saved` is what `server-keys fetch` writes.
public struct FetchedKeyResponse: Sendable {
    /// The server whose keys these are.
    public let serverName: String
    /// The notary that relayed them; nil for a direct fetch.
    public let notary: String?
    /// How the server (or the notary) was reached.
    public let resolved: ResolvedServer
    /// The URL of the request (its host is the certificate name).
    public let url: String
    /// When the answer arrived (ms since the epoch).
    public let fetchedAt: Int64
    /// The answer's body, byte for byte.
    public let body: [UInt8]
    /// The key responses in it, each checked: for `serverName`, self-signed, and (through a notary)
    /// signed by the notary.
    public let responses: [ServerKeyResponse]

    /// The file name it is saved under: `<server>.json`, or `<server>.via.<notary>.json`.
    public var fileName: String {
        notary.map { "\(serverName).via.\($0).json" } ?? "\(serverName).json"
    }

    /// The body with `unsigned.fetched_at` and `unsigned.fetched_from` recorded (see
    /// `KeyResponseFiles.SavedFetch`): every other byte as received.
    public func saved() throws(FetchError) -> [UInt8] {
        do { return try KeyResponseFiles.SavedFetch(fetchedAt: fetchedAt, fetchedFrom: url).annotate(body) } catch {
            throw .notJSON(url: url, reason: "\(error)")
        }
    }
}

/// Fetches server keys (Server-Server API, "Retrieving server keys"): directly from the server, or
/// through notaries, and checks them before anyone saves them.
///
/// ```swift
/// let fetcher = ServerKeyFetcher(transport: transport, resolver: resolver)
/// let direct = try await fetcher.fetchDirect("example.org")
/// let relayed = try await fetcher.fetchThroughNotary("example.org", notaryKeys: try await fetcher.fetchDirect("notary.org"))
/// try AtomicFile.write(try direct.saved(), to: "keys/" + direct.fileName, mode: 0o644, overwrite: true)
/// ```
public struct ServerKeyFetcher: Sendable {
    public let transport: HTTPTransport
    public let resolver: ServerResolver
    /// A key response is small: more than this is refused.
    public static let sizeLimit = 1 << 20

    public init(transport: HTTPTransport, resolver: ServerResolver) {
        self.transport = transport
        self.resolver = resolver
    }

    /// `GET /_matrix/key/v2/server`. Errors: the resolution's and the transport's (`FetchError.dns`,
    /// `.connect`, `.tls`, `.timeout`, `.tooLarge`), `.httpStatus` for an answer other than 200,
    /// `.notJSON` and `.invalidResponse` for a body that is not a key response, `.wrongServerName` when its
    /// `server_name` is not `serverName`, `.badSignature` when its self-signature does not verify.
    public func fetchDirect(_ serverName: String) async throws(FetchError) -> FetchedKeyResponse {
        let resolved = try await resolver.resolve(serverName)
        do { return try await fetchDirect(serverName, at: resolved) } catch { throw .resolved(resolved, error) }
    }

    private func fetchDirect(_ serverName: String, at resolved: ResolvedServer) async throws(FetchError) -> FetchedKeyResponse {
        let answer = try await transport.send(resolved.target, path: "/_matrix/key/v2/server", limit: Self.sizeLimit)
        let fetchedAt = WallClock.nowMilliseconds()
        try Self.requireSuccess(answer)
        let object = try Self.object(answer)
        let response: ServerKeyResponse
        do { response = try ServerKeyResponse(object) } catch { throw .invalidResponse(url: answer.url, reason: "not a key response: \(error)") }
        guard response.serverName == serverName else {
            throw .wrongServerName(url: answer.url, expected: serverName, actual: response.serverName)
        }
        let report = response.selfSignatureReport()
        guard report.isValid else { throw .badSignature(url: answer.url, reason: "self-signature of \(serverName): \(report.summary)") }
        return FetchedKeyResponse(
            serverName: serverName, notary: nil, resolved: resolved, url: answer.url, fetchedAt: fetchedAt,
            body: answer.body, responses: [response])
    }

    /// `POST /_matrix/key/v2/query` to the notary whose own keys are `notaryKeys` (fetched directly
    /// first), for `serverName`'s keys: `keyIDs` with `minimum_valid_until_ts`, or all the keys the notary
    /// has (a notary may answer that from its cache only). Every response in the answer must be for
    /// `serverName`, self-signed, and signed by the notary with one of its keys. Errors: as
    /// `fetchDirect`, and `.invalidResponse` when the notary returns no response for the server.
    public func fetchThroughNotary(
        _ serverName: String, notaryKeys: FetchedKeyResponse, keyIDs: [String] = [], minimumValidUntil: Int64? = nil
    ) async throws(FetchError) -> FetchedKeyResponse {
        do { return try await queryNotary(serverName, notaryKeys: notaryKeys, keyIDs: keyIDs, minimumValidUntil: minimumValidUntil) } catch {
            throw .resolved(notaryKeys.resolved, error)
        }
    }

    private func queryNotary(
        _ serverName: String, notaryKeys: FetchedKeyResponse, keyIDs: [String], minimumValidUntil: Int64?
    ) async throws(FetchError) -> FetchedKeyResponse {
        let notary = notaryKeys.serverName
        guard let notaryResponse = notaryKeys.responses.first else {
            throw .invalidResponse(url: notaryKeys.url, reason: "no key response of the notary \(notary)")
        }
        var criteria = JSONObject()
        for id in keyIDs {
            var criterion = JSONObject()
            if let minimumValidUntil { criterion["minimum_valid_until_ts"] = .integer(minimumValidUntil) }
            criteria[id] = .object(criterion)
        }
        let request: JSONValue = ["server_keys": .object([serverName: .object(criteria)])]
        let answer = try await transport.send(
            notaryKeys.resolved.target, method: "POST", path: "/_matrix/key/v2/query", body: CanonicalJSON.encode(request), limit: Self.sizeLimit)
        let fetchedAt = WallClock.nowMilliseconds()
        try Self.requireSuccess(answer)
        let object = try Self.object(answer)
        guard case .array(let list)? = object["server_keys"] else {
            throw .invalidResponse(url: answer.url, reason: "no server_keys array")
        }
        var responses: [ServerKeyResponse] = []
        for (index, item) in list.enumerated() {
            guard case .object(let entry) = item else { throw .invalidResponse(url: answer.url, reason: "server_keys[\(index)] is not an object") }
            let response: ServerKeyResponse
            do { response = try ServerKeyResponse(entry, path: "$.server_keys[\(index)]") } catch {
                throw .invalidResponse(url: answer.url, reason: "not a key response: \(error)")
            }
            guard response.serverName == serverName else {
                throw .wrongServerName(url: answer.url, expected: serverName, actual: response.serverName)
            }
            let selfReport = response.selfSignatureReport()
            guard selfReport.isValid else {
                throw .badSignature(url: answer.url, reason: "self-signature of \(serverName) in server_keys[\(index)]: \(selfReport.summary)")
            }
            let notaryReport = SignedJSON.verify(entry, entity: notary, keys: FixedVerifyKeys(entity: notary, keys: notaryResponse.verifyKeys))
            guard notaryReport.isValid else {
                throw .badSignature(url: answer.url, reason: "signature of the notary \(notary) on server_keys[\(index)]: \(notaryReport.summary)")
            }
            responses.append(response)
        }
        guard !responses.isEmpty else {
            let hint = keyIDs.isEmpty ? " (a notary may answer only from its cache: name a key ID to make it fetch)" : ""
            throw .invalidResponse(url: answer.url, reason: "the notary \(notary) returned no key response for \(serverName)\(hint)")
        }
        return FetchedKeyResponse(
            serverName: serverName, notary: notary, resolved: notaryKeys.resolved, url: answer.url, fetchedAt: fetchedAt,
            body: answer.body, responses: responses)
    }

    static func requireSuccess(_ answer: HTTPAnswer) throws(FetchError) {
        guard (200..<300).contains(answer.status) else {
            let (errcode, message) = matrixError(answer.body)
            throw .httpStatus(url: answer.url, status: answer.status, errcode: errcode, message: message)
        }
    }

    static func object(_ answer: HTTPAnswer) throws(FetchError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONParser.parse(answer.body, mode: .strict) } catch { throw .notJSON(url: answer.url, reason: error.description) }
        guard case .object(let object) = value else { throw .notJSON(url: answer.url, reason: "not a JSON object") }
        return object
    }

    /// What `server-keys fetch` does: each server directly when there is no notary; else, for each
    /// notary, its own keys directly, then each server through it (asking for `keyIDs`, valid now,
    /// when given). One result per fetch, in that order; a failure names what was being fetched, and
    /// a notary whose own keys cannot be fetched is not asked.
    public func fetchAll(_ servers: [String], notaries: [String], keyIDs: [String] = []) async -> [Result<FetchedKeyResponse, FetchError>] {
        var results: [Result<FetchedKeyResponse, FetchError>] = []
        if notaries.isEmpty {
            for server in servers {
                do { results.append(.success(try await fetchDirect(server))) } catch { results.append(.failure(.fetching(server, error))) }
            }
            return results
        }
        for notary in notaries {
            let notaryKeys: FetchedKeyResponse
            do { notaryKeys = try await fetchDirect(notary) } catch {
                results.append(.failure(.fetching("notary \(notary)", error)))
                continue
            }
            results.append(.success(notaryKeys))
            for server in servers {
                do {
                    results.append(.success(try await fetchThroughNotary(
                        server, notaryKeys: notaryKeys, keyIDs: keyIDs, minimumValidUntil: keyIDs.isEmpty ? nil : WallClock.nowMilliseconds())))
                } catch {
                    results.append(.failure(.fetching("\(server) through \(notary)", error)))
                }
            }
        }
        return results
    }

}

extension FetchedKeyResponse {
    /// The fetch in words: how the server was reached, where the request went, where it was saved
    /// (`path`), and the keys with their validity.
    public func reportLines(savedAs path: String) -> [String] {
        var lines = [notary.map { "\(serverName) through the notary \($0)" } ?? serverName]
        let via = notary ?? serverName
        lines.append("  \(via): \(resolved.step.rawValue): \(resolved.step.explanation)")
        lines.append("  request: \(url) to \(resolved.address), Host \(resolved.hostHeader), certificate for \(resolved.certificateName)")
        if let delegated = resolved.delegatedTo { lines.append("  well-known m.server: \(delegated)") }
        if let srv = resolved.srvName { lines.append("  SRV: \(srv)") }
        if let failure = resolved.wellKnownFailure { lines.append("  well-known: none (\(failure))") }
        lines.append("  saved: \(path) (fetched \(Timestamp.describe(fetchedAt)))")
        for response in responses {
            let signers = notary.map { "self-signature and \($0)'s signature verified" } ?? "self-signature verified"
            lines.append("  \(response.serverName): \(signers); valid until " + (response.validUntilTS.map { Timestamp.describe($0) } ?? "(none)"))
            for (id, key) in response.verifyKeys.sorted(by: { $0.key < $1.key }) { lines.append("    \(id) current: \(key.base64)") }
            for (id, old) in response.oldVerifyKeys.sorted(by: { $0.key < $1.key }) {
                lines.append("    \(id) old, expired at \(Timestamp.describe(old.expiredTS)): \(old.key.base64)")
            }
        }
        return lines
    }

    /// The same as JSON.
    public func json(savedAs path: String) -> JSONValue {
        var resolution = JSONObject()
        for (key, value) in resolved.summary { resolution[key] = .string(value) }
        return .object([
            "server_name": .string(serverName),
            "notary": notary.map { .string($0) } ?? .null,
            "file": .string(path),
            "url": .string(url),
            "fetched_at": .integer(fetchedAt),
            "resolution": .object(resolution),
            "responses": .array(responses.map { response in
                var current = JSONObject()
                for (id, key) in response.verifyKeys { current[id.description] = ["key": .string(key.base64)] }
                var old = JSONObject()
                for (id, key) in response.oldVerifyKeys { old[id.description] = ["key": .string(key.key.base64), "expired_ts": .integer(key.expiredTS)] }
                return .object([
                    "server_name": .string(response.serverName),
                    "valid_until_ts": response.validUntilTS.map { .integer($0) } ?? .null,
                    "verify_keys": .object(current),
                    "old_verify_keys": .object(old),
                ])
            }),
        ])
    }
}

extension FetchError {
    /// A failed fetch as JSON (what `--json` prints for it): the error's line, what was being fetched,
    /// and every step of the server name resolution when it got that far, as a success records them.
    public var json: JSONValue {
        var object: JSONObject = ["error": .string(description)]
        if case .fetching(let what, _) = self { object["fetching"] = .string(what) }
        if let server = resolution {
            var steps = JSONObject()
            for (key, value) in server.summary { steps[key] = .string(value) }
            object["resolution"] = .object(steps)
        }
        return .object(object)
    }
}
