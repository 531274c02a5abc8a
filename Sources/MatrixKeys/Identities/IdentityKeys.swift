/// The public objects of the identity layer (SPEC §13), read from the JSON a `/keys/query` response or a
/// homeserver holds. Reading never throws: what is wrong with an object is a reason, kept for the audit,
/// and the object is read as far as it can be.

/// The three roles of a cross-signing key, each with the `usage` it must carry and the secret storage
/// name its private key has.
public enum CrossSigningRole: String, Sendable, CaseIterable {
    case master
    case selfSigning = "self_signing"
    case userSigning = "user_signing"

    /// The `usage` entry a key of this role must have.
    public var usage: String { rawValue }

    /// The secret storage name of its private key (`m.cross_signing.master`, …).
    public var secretName: String { "m.cross_signing." + rawValue }

    /// The role in words ("master key", "self-signing key", "user-signing key").
    public var name: String {
        switch self {
        case .master: return "master key"
        case .selfSigning: return "self-signing key"
        case .userSigning: return "user-signing key"
        }
    }

    /// The role's short name ("master", "self-signing", "user-signing").
    public var shortName: String {
        switch self {
        case .master: return "master"
        case .selfSigning: return "self-signing"
        case .userSigning: return "user-signing"
        }
    }

    /// The `/keys/device_signing/upload` member that carries a key of this role.
    public var uploadMember: String { rawValue + "_key" }
}

/// A cross-signing public key (`{"user_id", "usage", "keys": {"ed25519:<pub>": "<pub>"}, "signatures"}`)
/// as read: its public key when it has exactly one ed25519 key whose ID names it, and every problem.
public struct CrossSigningKey: Sendable {
    public let role: CrossSigningRole
    /// The object as the source holds it.
    public let object: JSONObject
    /// The public key, when the object has exactly one key named by its own public key.
    public let publicKey: Ed25519.PublicKey?
    /// What is wrong with the object itself (its signatures are judged by the audit).
    public let problems: [IdentityReason]

    /// The key ID signatures by this key are filed under: `ed25519:<unpadded base64 public key>`.
    public var keyID: String? { publicKey.map { "ed25519:" + $0.base64 } }

    /// Reads `value` as a key of `role` belonging to `userID` (the user the source files it under).
    public init(_ value: JSONValue, role: CrossSigningRole, userID: String) {
        self.role = role
        var problems: [IdentityReason] = []
        guard case .object(let object) = value else {
            self.object = [:]
            self.publicKey = nil
            self.problems = [.notAnObject(role.name, value.typeName)]
            return
        }
        self.object = object
        switch object["user_id"] {
        case .string(let id)?:
            if id != userID { problems.append(.userIDMismatch(role.name, found: id, filedUnder: userID)) }
        case let other?: problems.append(.fieldNotString(role.name, "user_id", other.typeName))
        case nil: problems.append(.fieldMissing(role.name, "user_id"))
        }
        if case .array(let usage)? = object["usage"] {
            let names = usage.compactMap(\.stringValue)
            if names.count != usage.count { problems.append(.usageNotStrings(role.name)) }
            if !names.contains(role.usage) { problems.append(.wrongUsage(role.name, expected: role.usage, found: names)) }
        } else {
            problems.append(object["usage"] == nil ? .fieldMissing(role.name, "usage") : .fieldNotArray(role.name, "usage"))
        }
        var key: Ed25519.PublicKey? = nil
        if case .object(let keys)? = object["keys"] {
            if keys.count != 1 {
                problems.append(.keyCount(role.name, keys.count))
            } else if let (id, text) = keys.first(where: { _ in true }) {
                if case .string(let text) = text {
                    if let parsed = try? Ed25519.PublicKey(base64: text) {
                        // The key ID names the key in canonical unpadded base64, the form clients look up.
                        if id != "ed25519:" + parsed.base64 || text != parsed.base64 {
                            problems.append(.keyIDNotPublicKey(role.name, id))
                        } else {
                            key = parsed
                        }
                    } else {
                        problems.append(.badPublicKey(role.name, id))
                    }
                } else {
                    problems.append(.fieldNotString(role.name, "keys.\(id)", text.typeName))
                }
            }
        } else {
            problems.append(object["keys"] == nil ? .fieldMissing(role.name, "keys") : .fieldNotObject(role.name, "keys"))
        }
        // A key with any problem verifies nothing: a client would refuse the object whole.
        self.publicKey = problems.isEmpty ? key : nil
        self.problems = problems
    }
}

/// A device's keys (`/keys/upload`'s `device_keys`) as read: the IDs it names, its ed25519 and
/// curve25519 keys, and every problem with the object.
public struct DeviceKeys: Sendable {
    /// The device ID the source files the object under.
    public let filedDeviceID: String
    public let object: JSONObject
    /// `user_id` and `device_id` inside the object, when they are strings.
    public let userID: String?
    public let deviceID: String?
    /// `keys["ed25519:<device_id>"]` and `keys["curve25519:<device_id>"]`, as given (nil when absent or
    /// not strings).
    public let ed25519Text: String?
    public let curve25519Text: String?
    /// The ed25519 key, when it decodes.
    public let ed25519: Ed25519.PublicKey?
    public let problems: [IdentityReason]
    /// Whether the object names another user or device than the one it is filed under (the injected-device
    /// trick): a finding of its own.
    public let idMismatch: Bool

    public init(_ value: JSONValue, filedDeviceID: String, userID filedUserID: String) {
        self.filedDeviceID = filedDeviceID
        var problems: [IdentityReason] = []
        var mismatch = false
        let subject = "device keys"
        guard case .object(let object) = value else {
            self.object = [:]
            userID = nil
            deviceID = nil
            ed25519Text = nil
            curve25519Text = nil
            ed25519 = nil
            self.problems = [.notAnObject(subject, value.typeName)]
            idMismatch = false
            return
        }
        self.object = object
        switch object["user_id"] {
        case .string(let id)?:
            userID = id
            if id != filedUserID {
                problems.append(.userIDMismatch(subject, found: id, filedUnder: filedUserID))
                mismatch = true
            }
        case let other?:
            userID = nil
            problems.append(.fieldNotString(subject, "user_id", other.typeName))
            mismatch = true
        case nil:
            userID = nil
            problems.append(.fieldMissing(subject, "user_id"))
            mismatch = true
        }
        switch object["device_id"] {
        case .string(let id)?:
            deviceID = id
            if id != filedDeviceID {
                problems.append(.deviceIDMismatch(found: id, filedUnder: filedDeviceID))
                mismatch = true
            }
        case let other?:
            deviceID = nil
            problems.append(.fieldNotString(subject, "device_id", other.typeName))
            mismatch = true
        case nil:
            deviceID = nil
            problems.append(.fieldMissing(subject, "device_id"))
            mismatch = true
        }
        // The keys are named by the device ID the object itself carries: that is what its signature covers.
        let ownID = deviceID ?? filedDeviceID
        var edText: String? = nil, curveText: String? = nil, edKey: Ed25519.PublicKey? = nil
        if case .object(let keys)? = object["keys"] {
            switch keys["ed25519:" + ownID] {
            case .string(let text)?:
                edText = text
                if let key = try? Ed25519.PublicKey(base64: text) { edKey = key } else { problems.append(.badPublicKey(subject, "ed25519:" + ownID)) }
            case let other?: problems.append(.fieldNotString(subject, "keys.ed25519:" + ownID, other.typeName))
            case nil: problems.append(.fieldMissing(subject, "keys.ed25519:" + ownID))
            }
            switch keys["curve25519:" + ownID] {
            case .string(let text)?: curveText = text
            case let other?: problems.append(.fieldNotString(subject, "keys.curve25519:" + ownID, other.typeName))
            case nil: problems.append(.fieldMissing(subject, "keys.curve25519:" + ownID))
            }
        } else {
            problems.append(object["keys"] == nil ? .fieldMissing(subject, "keys") : .fieldNotObject(subject, "keys"))
        }
        if let algorithms = object["algorithms"], algorithms.arrayValue == nil {
            problems.append(.fieldNotArray(subject, "algorithms"))
        }
        ed25519Text = edText
        curve25519Text = curveText
        ed25519 = edKey
        self.problems = problems
        idMismatch = mismatch
    }
}
