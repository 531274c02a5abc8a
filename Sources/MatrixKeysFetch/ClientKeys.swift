import MatrixKeys

/// The Client-Server key management API: `/keys/query`, `/keys/signatures/upload` and
/// `/keys/device_signing/upload`. Both `/keys/query` and `/keys/signatures/upload` report what failed
/// inside a 200 answer (`failures`), so every answer here hands its failures back to be reported.
extension ClientSession {
    /// One entry of an answer's `failures`: the user ID or server name it is filed under, the object
    /// (a device ID or key) where the answer names one, and what the server said.
    public struct KeyFailure: Sendable, Equatable, CustomStringConvertible {
        public let subject: String
        public let object: String?
        public let errcode: String?
        public let message: String

        public var description: String {
            var line = subject
            if let object { line += " " + object }
            line += ": "
            if let errcode { line += errcode + (message.isEmpty ? "" : " ") }
            return line + message
        }
    }

    /// `POST /keys/query` for `users` (each: every device): the answer's bytes as received (a JSON
    /// object), and its failures (servers that could not be reached, by server name).
    public func queryKeys(users: [String], timeout: Int64 = 10_000) async throws(FetchError) -> (body: [UInt8], failures: [KeyFailure]) {
        let path = "/_matrix/client/v3/keys/query"
        var devices = JSONObject()
        for user in users { devices[user] = .array([]) }
        let request = CanonicalJSON.encode(["device_keys": .object(devices), "timeout": .integer(timeout)])
        let answer = try await send("POST", path, body: request)
        try ServerKeyFetcher.requireSuccess(answer)
        let object = try ServerKeyFetcher.object(answer)
        guard case .object? = object["device_keys"] else {
            throw .invalidResponse(url: answer.url, reason: "no device_keys object in the answer")
        }
        return (answer.body, Self.failures(in: object, perObject: false))
    }

    /// `POST /keys/signatures/upload` with `body` (`{user: {device ID or key: signed object}}`): the
    /// objects the server refused, each with its reason.
    public func uploadSignatures(_ body: [UInt8]) async throws(FetchError) -> [KeyFailure] {
        let answer = try await send("POST", "/_matrix/client/v3/keys/signatures/upload", body: body)
        try ServerKeyFetcher.requireSuccess(answer)
        return Self.failures(in: try ServerKeyFetcher.object(answer), perObject: true)
    }

    /// How `uploadDeviceSigningKeys` ended.
    public enum DeviceSigningUpload: Sendable, Equatable {
        /// The server took the keys without asking for user-interactive auth.
        case uploaded
        /// The server asked for auth, and took the keys with the password.
        case uploadedWithPassword
    }

    /// `POST /keys/device_signing/upload` with `body` (master, self-signing and user-signing keys). When
    /// the server asks for user-interactive auth (a 401 with `flows` and a `session`), a flow of
    /// `m.login.password` alone is answered with the account's password, which `password` gives only
    /// then; any other flow is an error that names the flows offered. The password is never logged, and
    /// the request holding it is wiped once sent.
    public func uploadDeviceSigningKeys(
        _ body: JSONObject, password: @Sendable () throws -> SecretBytes
    ) async throws -> DeviceSigningUpload {
        let path = "/_matrix/client/v3/keys/device_signing/upload"
        var withoutAuth = body
        _ = withoutAuth.removeValue(forKey: "auth")
        let first = try await send("POST", path, body: CanonicalJSON.encode(.object(withoutAuth)))
        if (200..<300).contains(first.status) { return .uploaded }
        guard first.status == 401, let challenge = try? ServerKeyFetcher.object(first), case .string(let session)? = challenge["session"],
              case .array(let flows)? = challenge["flows"]
        else {
            try ServerKeyFetcher.requireSuccess(first)
            return .uploaded
        }
        let offered = flows.map { flow -> [String] in flow["stages"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        guard offered.contains(["m.login.password"]) else {
            let names = offered.map { $0.isEmpty ? "(none)" : $0.joined(separator: " + ") }.joined(separator: "; ")
            throw FetchError.invalidResponse(
                url: first.url, reason: "the server asks for user-interactive auth with no password flow (it offers: \(names)); upload the keys with a client that can answer it")
        }
        let secret = try password()
        var request = Self.passwordAuthBody(withoutAuth, session: session, user: userID, password: secret)
        defer { wipe(&request) }
        let second = try await send("POST", path, body: request)
        if (200..<300).contains(second.status) { return .uploadedWithPassword }
        if second.status == 401 {
            let (errcode, message) = (try? ServerKeyFetcher.object(second)).map { ($0["errcode"]?.stringValue, $0["error"]?.stringValue) } ?? (nil, nil)
            throw FetchError.httpStatus(url: second.url, status: 401, errcode: errcode ?? "M_FORBIDDEN", message: message ?? "the server refused the password")
        }
        try ServerKeyFetcher.requireSuccess(second)
        return .uploadedWithPassword
    }

    /// The upload body with `auth` set to an `m.login.password` answer: the canonical body, its closing
    /// brace replaced by the auth member, whose password is written straight from its bytes as a JSON
    /// string, so that it is never a `String` that cannot be wiped.
    static func passwordAuthBody(_ body: JSONObject, session: String, user: String, password: SecretBytes) -> [UInt8] {
        var bytes = CanonicalJSON.encode(.object(body))
        bytes.removeLast()
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes += Array(#""auth":{"identifier":"#.utf8)
        bytes += CanonicalJSON.encode(["type": "m.id.user", "user": .string(user)])
        bytes += Array(#","password":""#.utf8)
        password.withUnsafeBytes { raw in
            let hex = Array("0123456789abcdef".utf8)
            for byte in raw {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case 0..<0x20:
                    bytes += Array("\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default:
                    bytes.append(byte)
                }
            }
        }
        bytes += Array(#"","session":"#.utf8)
        bytes += CanonicalJSON.encode(.string(session))
        bytes += Array(#","type":"m.login.password"}}"#.utf8)
        return bytes
    }

    /// An answer's `failures`, in the order of the subjects' and objects' bytes. `/keys/query` files one
    /// error per server (`perObject` false); `/keys/signatures/upload` a map of objects to errors per
    /// user (`perObject` true). An error is the spec's `{"errcode", "error"}` or Synapse's `{"status",
    /// "errcode"?, "message"}`.
    static func failures(in answer: JSONObject, perObject: Bool) -> [KeyFailure] {
        guard case .object(let failures)? = answer["failures"] else { return [] }
        var result: [KeyFailure] = []
        for (subject, value) in failures {
            guard perObject, case .object(let inner) = value, !inner.isEmpty, !isError(inner) else {
                result.append(failure(subject, object: nil, value))
                continue
            }
            for (object, error) in inner { result.append(failure(subject, object: object, error)) }
        }
        return result
    }

    private static func isError(_ object: JSONObject) -> Bool {
        ["errcode", "error", "message", "status"].contains { object[$0] != nil }
    }

    /// One failure as the server words it: its errcode, its message (`error`, or Synapse's `message`),
    /// and Synapse's `status` when there is no errcode; anything else as the JSON it is.
    private static func failure(_ subject: String, object: String?, _ value: JSONValue) -> KeyFailure {
        guard case .object(let error) = value, isError(error) else {
            return KeyFailure(subject: subject, object: object, errcode: nil, message: value.description)
        }
        let errcode = error["errcode"]?.stringValue
        var message = error["error"]?.stringValue ?? error["message"]?.stringValue ?? ""
        if errcode == nil, let status = error["status"]?.integerValue {
            message += message.isEmpty ? "status \(status)" : " (status \(status))"
        }
        return KeyFailure(subject: subject, object: object, errcode: errcode, message: message)
    }
}
