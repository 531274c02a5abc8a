/// A dump of a user's account data, as a client sees it: the list of `{type, content}` events (or a sync
/// response's `{"account_data": {"events": [...]}}`), or a map from type to content. Secret storage
/// lives here: the default key ID, the key descriptions, and the encrypted secrets.
public struct AccountData: Sendable {
    /// Event type → content.
    public let events: [String: JSONObject]

    public init(_ value: JSONValue) throws(SecretStorageError) {
        var events: [String: JSONObject] = [:]
        var list: [JSONValue]? = nil
        switch value {
        case .array(let items):
            list = items
        case .object(let object):
            if case .object(let section)? = object["account_data"], case .array(let items)? = section["events"] {
                list = items
            } else if case .array(let items)? = object["events"] {
                list = items
            } else {
                for (type, content) in object {
                    guard case .object(let contentObject) = content else {
                        throw .invalidField("\(type)", reason: "the content is not an object")
                    }
                    events[type] = contentObject
                }
            }
        default:
            throw .invalidField("account data", reason: "expected a list of {type, content} events or a map from type to content")
        }
        for (index, item) in (list ?? []).enumerated() {
            guard case .object(let event) = item, case .string(let type)? = event["type"], case .object(let content)? = event["content"] else {
                throw .invalidField("account data event \(index)", reason: "not an object with a string type and an object content")
            }
            events[type] = content
        }
        self.events = events
    }

    public static let defaultKeyType = "m.secret_storage.default_key"
    public static let keyTypePrefix = "m.secret_storage.key."

    /// The key ID of `m.secret_storage.default_key`, if set.
    public var defaultKeyID: String? {
        if case .string(let id)? = events[Self.defaultKeyType]?["key"] { return id }
        return nil
    }

    /// The IDs of the key descriptions present.
    public var keyIDs: [String] {
        events.keys.filter { $0.hasPrefix(Self.keyTypePrefix) }.map { String($0.dropFirst(Self.keyTypePrefix.count)) }.sorted()
    }

    /// The description of key `id`.
    public func keyDescription(_ id: String) throws(SecretStorageError) -> SecretStorageKeyDescription {
        guard let content = events[Self.keyTypePrefix + id] else { throw .unknownKey(id) }
        return try SecretStorageKeyDescription(content)
    }

    /// The key ID to use: `requested`, or the default.
    public func keyID(_ requested: String?) throws(SecretStorageError) -> String {
        if let requested { return requested }
        guard let id = defaultKeyID else { throw .noDefaultKey }
        return id
    }

    /// The names of the secrets stored: events whose content has an `encrypted` object.
    public var secretNames: [String] {
        events.filter { if case .object? = $0.value["encrypted"] { return true } else { return false } }.keys.sorted()
    }

    /// The secret `name` as encrypted for `keyID`.
    public func encrypted(_ name: String, keyID: String) throws(SecretStorageError) -> EncryptedSecret {
        guard let content = events[name] else { throw .invalidField(name, reason: "no such account data") }
        return try SecretStorage.encrypted(in: content, name: name, keyID: keyID)
    }

    /// The secret `name` encrypted for `keyID`, decrypted with `key`. A MAC that does not match is
    /// `.macMismatch`: a wrong key, or altered data.
    public func open(_ name: String, key: SecretBytes, keyID: String) throws(SecretStorageError) -> SecretBytes {
        try SecretStorage.decrypt(try encrypted(name, keyID: keyID), name: name, key: key)
    }

    /// One secret and what the key did with it.
    public struct Opened: Sendable {
        public let name: String
        public let result: Result<SecretBytes, SecretStorageError>
    }

    /// Every secret encrypted for `keyID`, decrypted with `key` (each failure reported, none fatal).
    public func openAll(key: SecretBytes, keyID: String) -> [Opened] {
        secretNames.compactMap { name -> Opened? in
            guard case .object(let encrypted)? = events[name]?["encrypted"], encrypted[keyID] != nil else { return nil }
            do throws(SecretStorageError) {
                let secret = try SecretStorage.decrypt(try self.encrypted(name, keyID: keyID), name: name, key: key)
                return Opened(name: name, result: .success(secret))
            } catch {
                return Opened(name: name, result: .failure(error))
            }
        }
    }
}

extension SecretStorage {
    /// The 32-byte key a secret holds as base64 (padded or not), as cross-signing keys and the backup key
    /// are stored; `name` names it in errors.
    public static func keyBytes(_ name: String, _ secret: SecretBytes) throws(SecretStorageError) -> SecretBytes {
        var text = secret.unsafeCopy()
        defer { wipe(&text) }
        let decoded = text.withUnsafeBytes { raw in Result { () throws(EncodingError) in try Base64.decode(raw) } }
        guard case .success(var bytes) = decoded else {
            throw .invalidField(name, reason: "the secret is not base64")
        }
        guard bytes.count == 32 else {
            wipe(&bytes)
            throw .invalidField(name, reason: "the secret decodes to \(bytes.count) bytes, expected a 32-byte key")
        }
        return SecretBytes(consuming: &bytes)
    }

    /// The secret stored in `content` (`{"encrypted": {keyID: {...}}}`) for `keyID`.
    public static func encrypted(in content: JSONObject, name: String, keyID: String) throws(SecretStorageError) -> EncryptedSecret {
        guard case .object(let byKey)? = content["encrypted"] else {
            throw .invalidField("\(name).encrypted", reason: "missing or not an object")
        }
        guard case .object(let entry)? = byKey[keyID] else {
            throw .notEncryptedForKey(secret: name, keyID: keyID, available: byKey.keys)
        }
        return try EncryptedSecret(entry, path: "\(name).encrypted.\(keyID)")
    }
}

extension SecretStorageKeyDescription {
    /// A key description in any form a user has one: the content of `m.secret_storage.key.<id>`, that
    /// account data event (`{type, content}`), what `ssss new-key` prints (its `key_description`), or a
    /// whole account data dump (what `ssss fetch` writes), from which the key `keyID` is taken, else the
    /// default key. Returns the description and, from a dump, the key ID it was taken as.
    public static func find(in value: JSONValue, keyID: String?) throws(SecretStorageError) -> (description: SecretStorageKeyDescription, keyID: String?) {
        if case .object(var object) = value {
            if case .object(let content)? = object["content"], object["type"] != nil { object = content }
            if case .object(let description)? = object["key_description"] { object = description }
            // A description names its algorithm; a dump's members are event types.
            if object["algorithm"] != nil || object.keys.allSatisfy({ !$0.hasPrefix(AccountData.keyTypePrefix) }) && object["events"] == nil && object["account_data"] == nil {
                return (try SecretStorageKeyDescription(object), nil)
            }
        }
        let data = try AccountData(value)
        let id = try data.keyID(keyID)
        return (try data.keyDescription(id), id)
    }
}
