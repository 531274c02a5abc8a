/// Where users' identity keys come from: the seam that every input of `devices verify` plugs into. A
/// saved `/keys/query` response (the client's, or the federation's `/user/keys/query` and
/// `/user/devices/{userId}`) is one source; a homeserver's database is another. The audit sees, user by
/// user, the JSON objects exactly as the source files them, so that a device filed under one ID whose
/// object names another is visible to it.
public protocol UserKeysSource: AnyObject {
    /// The next user, or nil at the end. Throws for read errors that end the stream.
    func nextUser() throws -> UserKeysRecord?
}

/// One user's keys as a source hands them out: the master, self-signing and user-signing key objects
/// (each as the source holds it, signatures merged in), and the device key objects, each under the
/// device ID the source files it under.
public struct UserKeysRecord: Sendable, Equatable {
    /// One device, as filed: the ID it is filed under, and its device keys object.
    public struct FiledDevice: Sendable, Equatable {
        public let deviceID: String
        public let keys: JSONValue

        public init(deviceID: String, keys: JSONValue) {
            self.deviceID = deviceID
            self.keys = keys
        }
    }

    /// The user ID the source files these keys under.
    public let userID: String
    public let masterKey: JSONValue?
    public let selfSigningKey: JSONValue?
    public let userSigningKey: JSONValue?
    /// The devices in the order of their IDs' UTF-8 bytes.
    public let devices: [FiledDevice]
    /// False for a user of another server whose keys a homeserver cached; true otherwise.
    public let isLocal: Bool

    public init(userID: String, masterKey: JSONValue? = nil, selfSigningKey: JSONValue? = nil,
                userSigningKey: JSONValue? = nil, devices: [FiledDevice] = [], isLocal: Bool = true) {
        self.userID = userID
        self.masterKey = masterKey
        self.selfSigningKey = selfSigningKey
        self.userSigningKey = userSigningKey
        self.devices = devices
        self.isLocal = isLocal
    }
}
