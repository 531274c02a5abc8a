/// Saved key query responses as a `UserKeysSource`: the client's `/keys/query`, the federation's
/// `/user/keys/query` (the same members but `user_signing_keys`), and the federation's
/// `/user/devices/{userId}` (one user: `user_id`, `devices` as a list, `master_key`,
/// `self_signing_key`); and a `/keys/device_signing/upload` body (one user's cross-signing keys). A file holds one response, a JSON array of them, or JSON lines of them (one
/// user's `/user/devices` response a line streams any number of users in bounded memory).

/// Why a response cannot be read as one: its shape, not its keys (which the audit judges).
public struct KeysQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// One response, read into user records.
public enum KeysQueryResponse {
    /// The response's users, in the order of their IDs' UTF-8 bytes, each with the devices it files under
    /// them (also in that order). `querier` is the user whose user-signing key it holds when it holds
    /// exactly one: the client's response gives only the querying user's.
    public static func records(_ value: JSONValue) throws(KeysQueryError) -> (records: [UserKeysRecord], querier: String?) {
        guard case .object(let response) = value else { throw KeysQueryError("a key query response is an object, not \(value.typeName)") }
        if response["devices"] != nil || response["user_id"] != nil { return (try [userDevices(response)], nil) }
        if case .object(let master)? = response["master_key"] {
            // A /keys/device_signing/upload body (what cross-signing new prints): one user, no devices.
            guard case .string(let user)? = master["user_id"] else { throw KeysQueryError("master_key.user_id is missing or not a string") }
            let record = UserKeysRecord(userID: user, masterKey: .object(master), selfSigningKey: response["self_signing_key"],
                                        userSigningKey: response["user_signing_key"])
            return ([record], response["user_signing_key"] == nil ? nil : user)
        }
        let members = ["device_keys", "master_keys", "self_signing_keys", "user_signing_keys"]
        guard members.contains(where: { response[$0] != nil }) else {
            throw KeysQueryError("not a key query response: it has none of device_keys, master_keys, self_signing_keys, user_signing_keys, nor user_id and devices, nor master_key")
        }
        var maps: [String: JSONObject] = [:]
        for member in members {
            guard let value = response[member] else { continue }
            guard case .object(let map) = value else { throw KeysQueryError("\(member) is \(value.typeName), not an object") }
            maps[member] = map
        }
        var users = Set<String>()
        for map in maps.values { users.formUnion(map.keys) }
        var records: [UserKeysRecord] = []
        records.reserveCapacity(users.count)
        for user in users.sorted(by: utf8Less) {
            var devices: [UserKeysRecord.FiledDevice] = []
            if let value = maps["device_keys"]?[user] {
                guard case .object(let byDevice) = value else {
                    throw KeysQueryError("device_keys.\(user) is \(value.typeName), not an object of devices")
                }
                devices = byDevice.map { UserKeysRecord.FiledDevice(deviceID: $0.key, keys: $0.value) }
                devices.sort { utf8Less($0.deviceID, $1.deviceID) }
            }
            records.append(UserKeysRecord(userID: user, masterKey: maps["master_keys"]?[user], selfSigningKey: maps["self_signing_keys"]?[user],
                                          userSigningKey: maps["user_signing_keys"]?[user], devices: devices))
        }
        let signers = maps["user_signing_keys"]?.keys ?? []
        return (records, signers.count == 1 ? signers[0] : nil)
    }

    /// `/user/devices/{userId}`: `{"user_id", "stream_id", "devices": [{"device_id", "keys",
    /// "device_display_name"}], "master_key", "self_signing_key"}`.
    static func userDevices(_ response: JSONObject) throws(KeysQueryError) -> UserKeysRecord {
        guard case .string(let user)? = response["user_id"] else {
            throw KeysQueryError(response["user_id"] == nil ? "a /user/devices response without user_id"
                                                           : "user_id of the /user/devices response is \(response["user_id"]!.typeName), not a string")
        }
        var devices: [UserKeysRecord.FiledDevice] = []
        if let value = response["devices"] {
            guard case .array(let list) = value else { throw KeysQueryError("devices is \(value.typeName), not an array") }
            var seen = Set<String>()
            for (index, entry) in list.enumerated() {
                guard case .object(let device) = entry else { throw KeysQueryError("devices[\(index)] is \(entry.typeName), not an object") }
                guard case .string(let id)? = device["device_id"] else {
                    throw KeysQueryError("devices[\(index)].device_id is " + (device["device_id"].map { "\($0.typeName), not a string" } ?? "missing"))
                }
                guard seen.insert(id).inserted else { throw KeysQueryError("devices lists device \(id) twice") }
                devices.append(UserKeysRecord.FiledDevice(deviceID: id, keys: device["keys"] ?? .null))
            }
        }
        devices.sort { utf8Less($0.deviceID, $1.deviceID) }
        return UserKeysRecord(userID: user, masterKey: response["master_key"], selfSigningKey: response["self_signing_key"], devices: devices)
    }

    static func utf8Less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// A file (or standard input) of saved responses, user by user.
public final class KeysQueryFile: UserKeysSource {
    private let reader: JSONItemReader
    private var pending: [UserKeysRecord] = []
    private var pendingIndex = 0
    /// The querying user, from the first response that names one (see `KeysQueryResponse.records`).
    public private(set) var querier: String?
    /// Responses read so far.
    public private(set) var responses = 0

    public init(reader: JSONItemReader) {
        self.reader = reader
    }

    /// The input's name, as errors give it.
    public var name: String { reader.name }

    /// Reads the first response ahead, so that `querier` and `bufferedRecord(_:)` can see it before any
    /// user is handed out.
    public func readAhead() throws {
        if pendingIndex >= pending.count { try fill() }
    }

    /// A user's record among those read ahead and not yet handed out.
    public func bufferedRecord(_ userID: String) -> UserKeysRecord? {
        pending[pendingIndex...].first { $0.userID == userID }
    }

    /// Whether the whole input has been read into memory (then `bufferedRecord` saw every user).
    public private(set) var isExhausted = false

    public func nextUser() throws -> UserKeysRecord? {
        while pendingIndex >= pending.count {
            if isExhausted { return nil }
            try fill()
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    private func fill() throws {
        pending = []
        pendingIndex = 0
        guard let item = try reader.next() else {
            isExhausted = true
            return
        }
        let at = reader.format == .single ? "" : " (line \(item.line))"
        if let problem = item.problem { throw KeysQueryError(problem + at) }
        let value: JSONValue
        do { value = try JSONParser.parse(item.bytes, mode: .lax) } catch { throw KeysQueryError(error.description + at) }
        let read: (records: [UserKeysRecord], querier: String?)
        do { read = try KeysQueryResponse.records(value) } catch { throw KeysQueryError(error.message + at) }
        responses += 1
        if querier == nil { querier = read.querier }
        pending = read.records
        if reader.format == .single { isExhausted = true }
    }
}

extension UserKeysSource {
    /// The first record of `userID` that the source hands out, reading on to the end if need be.
    public func firstRecord(of userID: String) throws -> UserKeysRecord? {
        while let record = try nextUser() {
            if record.userID == userID { return record }
        }
        return nil
    }
}

/// The users of another source whose IDs are in a set, in the source's order.
public final class SelectedUsers: UserKeysSource {
    private let source: any UserKeysSource
    private let userIDs: Set<String>

    public init(_ source: any UserKeysSource, userIDs: Set<String>) {
        self.source = source
        self.userIDs = userIDs
    }

    public func nextUser() throws -> UserKeysRecord? {
        while let record = try source.nextUser() {
            if userIDs.contains(record.userID) { return record }
        }
        return nil
    }
}
