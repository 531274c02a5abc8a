/// Problems reading server key responses.
public enum ServerKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A required field is missing or has the wrong type; `field` is its JSON path.
    case invalidField(field: String, reason: String)
    case notAResponse(String)

    public var description: String {
        switch self {
        case let .invalidField(field, reason): return "\(field): \(reason)"
        case let .notAResponse(reason): return reason
        }
    }
}

/// A `GET /_matrix/key/v2/server` response: a server's current and old signing keys (SPEC §4).
public struct ServerKeyResponse: Sendable {
    public struct OldKey: Sendable, Equatable {
        public let key: Ed25519.PublicKey
        /// The key stopped being used at this time (ms); it verifies only what was signed before it.
        public let expiredTS: Int64
    }

    public let serverName: String
    public let validUntilTS: Int64?
    public let verifyKeys: [KeyID: Ed25519.PublicKey]
    public let oldVerifyKeys: [KeyID: OldKey]
    /// The response as received, for checking its signatures.
    public let object: JSONObject

    /// Reads one response. Keys of algorithms other than ed25519 are skipped; a malformed ed25519 key is an error.
    public init(_ object: JSONObject, path: String = "$") throws(ServerKeyError) {
        guard case .string(let name)? = object["server_name"], !name.isEmpty else {
            throw .invalidField(field: "\(path).server_name", reason: "missing or not a non-empty string")
        }
        serverName = name
        switch object["valid_until_ts"] {
        case nil: validUntilTS = nil
        case .integer(let value)?: validUntilTS = value
        default: throw .invalidField(field: "\(path).valid_until_ts", reason: "not an integer")
        }
        var current: [KeyID: Ed25519.PublicKey] = [:]
        for (id, entry) in try Self.keyEntries(object, "verify_keys", path: path) {
            current[id] = try Self.publicKey(entry, path: "\(path).verify_keys[\"\(id)\"]")
        }
        var old: [KeyID: OldKey] = [:]
        for (id, entry) in try Self.keyEntries(object, "old_verify_keys", path: path) {
            let entryPath = "\(path).old_verify_keys[\"\(id)\"]"
            let key = try Self.publicKey(entry, path: entryPath)
            guard case .integer(let expired)? = entry["expired_ts"] else {
                throw .invalidField(field: "\(entryPath).expired_ts", reason: "missing or not an integer")
            }
            old[id] = OldKey(key: key, expiredTS: expired)
        }
        verifyKeys = current
        oldVerifyKeys = old
        self.object = object
    }

    /// Every key, current and old.
    public var allKeys: [KeyID: Ed25519.PublicKey] {
        var keys = verifyKeys
        for (id, old) in oldVerifyKeys where keys[id] == nil { keys[id] = old.key }
        return keys
    }

    /// The other entities that signed the response: notaries, for a response relayed by one.
    public var otherSigners: [String] {
        guard case .object(let signatures)? = object["signatures"] else { return [] }
        return signatures.keys.filter { $0 != serverName }
    }

    /// Builds and signs `serverName`'s response (SPEC §4): every key in `keys` is listed in
    /// `verify_keys` and signs the response; `oldKeys` go to `old_verify_keys` with their `expired_ts`.
    public static func publish(
        serverName: String, keys: [SigningKey], oldKeys: [OldKeySpec] = [], validUntilTS: Int64
    ) throws(ServerKeyError) -> JSONObject {
        guard !serverName.isEmpty else { throw .invalidField(field: "server name", reason: "empty") }
        // Canonical JSON (and so every verifier) accepts integers within ±(2^53-1) only.
        guard (-maximumTimestamp...maximumTimestamp).contains(validUntilTS) else { throw .invalidField(field: "valid_until_ts", reason: outOfRange(validUntilTS)) }
        for spec in oldKeys where !(-maximumTimestamp...maximumTimestamp).contains(spec.expiredTS) {
            throw .invalidField(field: "expired_ts of \(spec.keyID)", reason: outOfRange(spec.expiredTS))
        }
        guard !keys.isEmpty else { throw .invalidField(field: "keys", reason: "at least one signing key is needed") }
        var verify = JSONObject()
        for key in keys { verify[key.keyID.description] = ["key": .string(key.publicKey.base64)] }
        var old = JSONObject()
        for spec in oldKeys {
            guard verify[spec.keyID.description] == nil else {
                throw .invalidField(field: "old keys", reason: "\(spec.keyID) is also a current key")
            }
            old[spec.keyID.description] = ["key": .string(spec.key.base64), "expired_ts": .integer(spec.expiredTS)]
        }
        var response: JSONObject = [
            "server_name": .string(serverName),
            "valid_until_ts": .integer(validUntilTS),
            "verify_keys": .object(verify),
            "old_verify_keys": .object(old),
        ]
        for key in keys {
            do { response = try SignedJSON.sign(response, entity: serverName, key: key) } catch {
                throw .invalidField(field: "signatures", reason: error.description)
            }
        }
        return response
    }

    /// The largest timestamp a response may carry: 2^53-1, canonical JSON's largest integer.
    public static let maximumTimestamp: Int64 = (1 << 53) - 1

    static func outOfRange(_ value: Int64) -> String {
        "\(value) is outside -(2^53-1) to 2^53-1, the integers canonical JSON allows, so no verifier would accept it"
    }

    /// Checks the server's own signatures on the response with its own `verify_keys`.
    public func selfSignatureReport() -> SignatureReport {
        SignedJSON.verify(object, entity: serverName, keys: FixedVerifyKeys(entity: serverName, keys: verifyKeys))
    }

    /// Reads a saved response, a notary response (`{"server_keys": [...]}`) or a JSON array of responses.
    public static func parseAll(_ bytes: [UInt8]) throws -> [ServerKeyResponse] {
        let value = try JSONParser.parse(bytes, mode: .strict)
        return try parseAll(value)
    }

    public static func parseAll(_ value: JSONValue) throws(ServerKeyError) -> [ServerKeyResponse] {
        switch value {
        case .object(let object):
            if case .array(let list)? = object["server_keys"] {
                return try responses(list, path: "$.server_keys")
            }
            return [try ServerKeyResponse(object)]
        case .array(let list):
            return try responses(list, path: "$")
        default:
            throw .notAResponse("expected a key response object, {\"server_keys\": [...]}, or an array of responses")
        }
    }

    private static func responses(_ list: [JSONValue], path: String) throws(ServerKeyError) -> [ServerKeyResponse] {
        var result: [ServerKeyResponse] = []
        for (index, item) in list.enumerated() {
            guard case .object(let object) = item else {
                throw .invalidField(field: "\(path)[\(index)]", reason: "not an object")
            }
            result.append(try ServerKeyResponse(object, path: "\(path)[\(index)]"))
        }
        return result
    }

    private static func keyEntries(_ object: JSONObject, _ field: String, path: String) throws(ServerKeyError) -> [(KeyID, JSONObject)] {
        guard let value = object[field] else { return [] }
        guard case .object(let entries) = value else {
            throw .invalidField(field: "\(path).\(field)", reason: "not an object")
        }
        var result: [(KeyID, JSONObject)] = []
        for (id, entry) in entries {
            guard let keyID = try? KeyID(parsing: id) else {
                throw .invalidField(field: "\(path).\(field)", reason: "invalid key ID \"\(id)\"")
            }
            guard keyID.isEd25519 else { continue }
            guard case .object(let entryObject) = entry else {
                throw .invalidField(field: "\(path).\(field)[\"\(id)\"]", reason: "not an object")
            }
            result.append((keyID, entryObject))
        }
        return result
    }

    private static func publicKey(_ entry: JSONObject, path: String) throws(ServerKeyError) -> Ed25519.PublicKey {
        guard case .string(let text)? = entry["key"] else {
            throw .invalidField(field: "\(path).key", reason: "missing or not a string")
        }
        do { return try Ed25519.PublicKey(base64: text) } catch {
            throw .invalidField(field: "\(path).key", reason: error.description)
        }
    }
}
