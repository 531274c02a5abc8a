import Dispatch

/// The trust chain of cross-signing (SPEC §13, MSC1756), judged object by object, with one verdict and
/// every reason per object. Every signature goes through `SignatureChecker` with the user ID as the
/// signing entity (SPEC §3).
///
/// - A device signs itself under its `user_id` with `ed25519:<device_id>`, and the IDs inside must be the
///   ones it is filed under (a mismatch is the injected-device trick, a finding of its own).
/// - The master key has `usage` `master`, the user's `user_id`, one key named by itself.
/// - The self-signing and user-signing keys have their usage, the user's ID, and a valid signature by a
///   valid master key.
/// - A device's owner's signature is a valid signature by a valid self-signing key; without one it is
///   `unavailable`.
/// - "Signed by you": the user's valid master key signed by your valid user-signing key.
///
/// Unlike a client, which ignores a signature that does not verify, the audit reports it.

/// A signature's (or key's) state in the audit.
public enum IdentityStatus: String, Sendable, Equatable {
    case valid, invalid, missing
    /// A device's owner's signature when the user has no valid self-signing key.
    case unavailable
}

/// A device's verdict.
public enum DeviceVerdict: String, Sendable, Equatable, CaseIterable {
    /// Self-signed, IDs as filed, signed by its owner's valid self-signing key.
    case crossSigned = "cross-signed"
    /// Self-signed and IDs as filed, but without a valid owner's signature (none, or no valid self-signing key).
    case notCrossSigned = "not-cross-signed"
    /// The self-signature is not valid, an owner's signature does not verify, or an ID does not match.
    case invalid
}

/// One device, judged.
public struct DeviceAudit: Sendable {
    public let userID: String
    /// The ID the source files the device under.
    public let deviceID: String
    public let ed25519: String?
    public let curve25519: String?
    public let selfSignature: IdentityStatus
    public let ownerSignature: IdentityStatus
    public let verdict: DeviceVerdict
    public let reasons: [IdentityReason]

    /// A signature that does not verify, or an ID that does not match.
    public var hasFinding: Bool { reasons.contains(where: \.isFinding) }
}

/// One cross-signing key, judged.
public struct CrossSigningKeyAudit: Sendable {
    public let role: CrossSigningRole
    /// `valid`, `invalid` or `missing`.
    public let status: IdentityStatus
    /// Its public key (unpadded base64), when it has one well-formed key.
    public let publicKey: String?
    public let reasons: [IdentityReason]
}

/// One user, judged: the three cross-signing keys, whether you signed them, and their devices.
public struct UserAudit: Sendable {
    public let userID: String
    public let isLocal: Bool
    public let master: CrossSigningKeyAudit
    public let selfSigning: CrossSigningKeyAudit
    public let userSigning: CrossSigningKeyAudit
    /// Whether your valid user-signing key signed the user's valid master key: nil when either is
    /// missing or not valid, or when the user is you.
    public let signedByYou: Bool?
    /// Why `signedByYou` is what it is, when a signature by you does not verify.
    public let signedByYouReasons: [IdentityReason]
    public let devices: [DeviceAudit]

    public var crossSignedDevices: Int { devices.count { $0.verdict == .crossSigned } }

    /// Whether the audit of this user fails: a finding, or a device that is invalid (one with no
    /// self-signature at all is, though nothing in it fails to verify).
    public var fails: Bool { hasFinding || devices.contains { $0.verdict == .invalid } }

    /// Any signature that does not verify, or any ID that does not match, anywhere in the user's keys.
    public var hasFinding: Bool {
        master.reasons.contains(where: \.isFinding) || selfSigning.reasons.contains(where: \.isFinding)
            || userSigning.reasons.contains(where: \.isFinding) || signedByYouReasons.contains(where: \.isFinding)
            || devices.contains(where: \.hasFinding)
    }
}

/// The keys a signature checker may use for one user's signatures: a handful, looked up by key ID.
struct UserVerifyKeys: VerifyKeySource {
    let entity: String
    var keys: [(id: String, key: VerifyKey)] = []

    init(entity: String) { self.entity = entity }

    mutating func add(_ id: String, _ key: Ed25519.PublicKey) {
        guard let keyID = try? KeyID(parsing: id) else { return }
        keys.append((id, VerifyKey(server: entity, keyID: keyID, key: key, kind: .explicit)))
    }

    func verifyKeys(server: String, keyID: String) -> [VerifyKey] {
        guard server == entity else { return [] }
        var found: [VerifyKey] = []
        for entry in keys where entry.id == keyID { found.append(entry.key) }
        return found
    }
}

/// Audits users' keys: the one place that judges the chain. Make one per audit (with your own keys when
/// "signed by you" is wanted) and call `audit` for each user, from any thread.
public struct IdentityAuditor: Sendable {
    /// The auditing user ("you"), when there is one.
    public let you: String?
    /// Your user-signing key, when it is valid (nil otherwise: then `signedByYou` is nil for everyone).
    public let yourUserSigningKey: Ed25519.PublicKey?

    /// An auditor for `you`, whose own keys are `yours` (nil when the input does not hold them).
    public init(you: String? = nil, yours: UserKeysRecord? = nil) {
        self.you = you
        guard let you, let yours, yours.userID == you else {
            yourUserSigningKey = nil
            return
        }
        let own = IdentityAuditor().audit(yours)
        if own.userSigning.status == .valid, let text = own.userSigning.publicKey {
            yourUserSigningKey = try? Ed25519.PublicKey(base64: text)
        } else {
            yourUserSigningKey = nil
        }
    }

    /// The user's keys, judged.
    public func audit(_ record: UserKeysRecord) -> UserAudit {
        let user = record.userID
        let devices = record.devices.map { DeviceKeys($0.keys, filedDeviceID: $0.deviceID, userID: user) }

        // Every key the user's own objects may carry a signature by: the cross-signing keys' IDs (as the
        // objects write them) are not "unknown" even when the key is not valid.
        var crossSigningIDs: Set<String> = []
        for value in [record.masterKey, record.selfSigningKey, record.userSigningKey] {
            if case .object(let keys)? = value?["keys"] { for id in keys.keys { crossSigningIDs.insert(id) } }
        }
        var deviceKeys = UserVerifyKeys(entity: user)
        for device in devices {
            if let key = device.ed25519 { deviceKeys.add("ed25519:" + device.filedDeviceID, key) }
        }

        // The master key: well formed; signatures on it by the user's devices must verify when present;
        // a signature by you is judged as "signed by you".
        let master: CrossSigningKeyAudit
        var masterKey: CrossSigningKey? = nil
        var signedByYou: Bool? = nil
        var signedByYouReasons: [IdentityReason] = []
        if let value = record.masterKey {
            let key = CrossSigningKey(value, role: .master, userID: user)
            var reasons = key.problems
            let yourEntity = you != user ? you : nil
            let checked = Self.check(key.object, owner: user, keys: deviceKeys, signerNames: Self.deviceNames(devices),
                                     required: nil, expectedIDs: crossSigningIDs, alsoChecked: yourEntity)
            reasons += checked.reasons
            if key.publicKey != nil {
                masterKey = key
                if let you, you != user, let yourKey = yourUserSigningKey {
                    var yours = UserVerifyKeys(entity: you)
                    let id = "ed25519:" + yourKey.base64
                    yours.add(id, yourKey)
                    let report = SignedJSON.verify(key.object, entity: you, keys: yours)
                    if let check = report.checks.first(where: { $0.keyID == id }) {
                        if case .verified = check.outcome {
                            signedByYou = true
                        } else {
                            signedByYou = false
                            if check.spoils { signedByYouReasons.append(.invalidSignature(signer: "your user-signing key", check)) }
                        }
                    } else {
                        signedByYou = false
                    }
                }
            }
            master = CrossSigningKeyAudit(role: .master, status: key.publicKey == nil ? .invalid : .valid,
                                          publicKey: Self.publicKeyText(key), reasons: reasons)
        } else {
            master = CrossSigningKeyAudit(role: .master, status: .missing, publicKey: nil, reasons: [.noMasterKey])
        }

        var subkeyVerifiers = deviceKeys
        if let masterKey, let id = masterKey.keyID, let key = masterKey.publicKey { subkeyVerifiers.add(id, key) }
        var names = Self.deviceNames(devices)
        if let id = masterKey?.keyID { names[id] = "the master key \(id)" }
        func subkey(_ value: JSONValue?, _ role: CrossSigningRole) -> (CrossSigningKeyAudit, CrossSigningKey?) {
            guard let value else { return (CrossSigningKeyAudit(role: role, status: .missing, publicKey: nil, reasons: []), nil) }
            let key = CrossSigningKey(value, role: role, userID: user)
            var reasons = key.problems
            let checked = Self.check(key.object, owner: user, keys: subkeyVerifiers, signerNames: names,
                                     required: masterKey?.keyID, expectedIDs: crossSigningIDs, alsoChecked: nil)
            reasons += checked.reasons
            var status: IdentityStatus = key.publicKey == nil ? .invalid : .valid
            if let masterKey, let masterID = masterKey.keyID {
                switch checked.required?.outcome {
                case .verified?: break
                case nil:
                    status = .invalid
                    reasons.append(.notSignedBy("the master key \(masterID)"))
                default:
                    // A bad signature is already among the reasons.
                    status = .invalid
                }
            } else {
                status = .invalid
                reasons.append(.masterNotValid(role.name))
            }
            return (CrossSigningKeyAudit(role: role, status: status, publicKey: Self.publicKeyText(key), reasons: reasons),
                    status == .valid ? key : nil)
        }
        let (selfSigning, selfSigningKey) = subkey(record.selfSigningKey, .selfSigning)
        let (userSigning, _) = subkey(record.userSigningKey, .userSigning)

        let audits = devices.map { device in
            Self.audit(device, user: user, selfSigningKey: selfSigningKey, expectedIDs: crossSigningIDs)
        }
        return UserAudit(userID: user, isLocal: record.isLocal, master: master, selfSigning: selfSigning, userSigning: userSigning,
                         signedByYou: signedByYou, signedByYouReasons: signedByYouReasons, devices: audits)
    }

    /// One device: its self-signature, its owner's signature, its IDs.
    static func audit(_ device: DeviceKeys, user: String, selfSigningKey: CrossSigningKey?, expectedIDs: Set<String>) -> DeviceAudit {
        var reasons = device.problems
        let ownID = "ed25519:" + (device.deviceID ?? device.filedDeviceID)
        var keys = UserVerifyKeys(entity: user)
        var names = [ownID: "the device's own key \(ownID)"]
        if let key = device.ed25519 { keys.add(ownID, key) }
        if let key = selfSigningKey?.publicKey, let id = selfSigningKey?.keyID {
            keys.add(id, key)
            names[id] = "the self-signing key \(id)"
        }
        let checked = check(device.object, owner: user, keys: keys, signerNames: names, required: ownID,
                            expectedIDs: expectedIDs, alsoChecked: nil, second: selfSigningKey?.keyID)
        reasons += checked.reasons

        let selfStatus: IdentityStatus
        switch checked.required?.outcome {
        case .verified?: selfStatus = .valid
        case nil:
            if device.ed25519 == nil {
                selfStatus = .invalid
            } else {
                selfStatus = .missing
                reasons.append(.noSelfSignature(ownID))
            }
        default: selfStatus = .invalid
        }
        let ownerStatus: IdentityStatus
        if let id = selfSigningKey?.keyID {
            switch checked.second?.outcome {
            case .verified?: ownerStatus = .valid
            case nil:
                ownerStatus = .missing
                reasons.append(.notSignedBy("the self-signing key \(id)"))
            default: ownerStatus = .invalid
            }
        } else {
            ownerStatus = .unavailable
            reasons.append(.noValidSelfSigningKey)
        }
        let verdict: DeviceVerdict
        if selfStatus != .valid || ownerStatus == .invalid || device.idMismatch || reasons.contains(where: \.isFinding) {
            verdict = .invalid
        } else {
            verdict = ownerStatus == .valid ? .crossSigned : .notCrossSigned
        }
        return DeviceAudit(userID: user, deviceID: device.filedDeviceID, ed25519: device.ed25519Text, curve25519: device.curve25519Text,
                           selfSignature: selfStatus, ownerSignature: ownerStatus, verdict: verdict, reasons: reasons)
    }

    struct Checked {
        var required: KeyCheck?
        var second: KeyCheck?
        var reasons: [IdentityReason] = []
    }

    /// Checks every signature the owner put on `object` with `keys`, through the one signature checker.
    /// The checks of `required` (and `second`) are handed back; every other signature that does not
    /// verify is a finding, and signatures by keys the user has not got, or under other user IDs (but
    /// `alsoChecked`, judged by the caller), are reasons.
    static func check(
        _ object: JSONObject, owner: String, keys: UserVerifyKeys, signerNames: [String: String], required: String?,
        expectedIDs: Set<String>, alsoChecked: String?, second: String? = nil
    ) -> Checked {
        var result = Checked()
        guard let signatures = object["signatures"] else { return result }
        guard case .object(let all) = signatures else {
            result.reasons.append(.malformedSignatures(.signaturesNotAnObject))
            return result
        }
        for (entity, _) in all where entity != owner && entity != alsoChecked {
            result.reasons.append(.signaturesUnderOtherUser(entity))
        }
        guard all[owner] != nil else { return result }
        let report = SignedJSON.signingBytes(object).withUnsafeBytes { message in
            SignatureChecker.check(signatures: signatures, entity: owner, message: message, keys: keys, rule: .ignored)
        }
        if let problem = report.problem {
            result.reasons.append(.malformedSignatures(problem))
            return result
        }
        for check in report.checks {
            if check.keyID == required { result.required = check } else if check.keyID == second { result.second = check }
            if check.spoils {
                result.reasons.append(.invalidSignature(signer: signerNames[check.keyID] ?? check.keyID, check))
            } else if case .verified = check.outcome {
                continue
            } else if check.keyID != required, check.keyID != second, !expectedIDs.contains(check.keyID) {
                result.reasons.append(.unknownSigner(entity: owner, keyID: check.keyID))
            }
        }
        return result
    }

    static func deviceNames(_ devices: [DeviceKeys]) -> [String: String] {
        var names: [String: String] = [:]
        for device in devices { names["ed25519:" + device.filedDeviceID] = "device \(device.filedDeviceID)" }
        return names
    }

    /// The public key a cross-signing key object names, valid or not, as long as it is a single string.
    static func publicKeyText(_ key: CrossSigningKey) -> String? {
        if let key = key.publicKey { return key.base64 }
        guard case .object(let keys)? = key.object["keys"], keys.count == 1, case .string(let text)? = keys.values.first else { return nil }
        return text
    }
}

extension IdentityAuditor {
    /// Audits every user `source` hands out, on `jobs` threads, in batches of users (up to about 4,096
    /// devices or 256 users each), so that memory stays bounded however many users there are. The next
    /// batch is read on a thread of its own while this one is audited, so that with one job the reading
    /// (a database's page walks and row parsing, a file's JSON) does not take turns with the verifying.
    /// `transform` runs on the worker threads (render a report there); `consume` gets each batch's
    /// results in the source's order.
    public func run<R: Sendable>(
        _ source: some UserKeysSource, jobs: Int, transform: @escaping @Sendable (UserAudit) -> R, consume: ([R]) throws -> Void
    ) throws {
        let reader = UserBatchReadAhead(source)
        while let batch = try reader.next() {
            try consume(parallelMap(batch, jobs: jobs) { transform(self.audit($0)) })
        }
    }
}

/// A source's users in batches, the next batch read on a thread of its own while the caller works on
/// this one. At most two batches are held, and the source is only ever used by one thread at a time.
final class UserBatchReadAhead: @unchecked Sendable {
    private let source: any UserKeysSource
    private let queue = DispatchQueue(label: "mxkeys.identities.read-ahead")
    private let ready = DispatchSemaphore(value: 0)
    /// A read has been started and not yet waited for.
    private var pending = false
    /// What the last read gave; written by the reading thread before it signals `ready`.
    private var outcome: Result<(batch: [UserKeysRecord], ended: Bool), any Error> = .success(([], false))
    private var exhausted = false

    init(_ source: any UserKeysSource) {
        self.source = source
    }

    deinit {
        // The reading thread must be done with the source before the caller may use it again.
        if pending { ready.wait() }
    }

    /// The next batch: users until about 4,096 devices (a user's cross-signing keys count as one) or
    /// 256 users; nil at the end. A read error is thrown after every batch before it was handed out.
    func next() throws -> [UserKeysRecord]? {
        if exhausted { return nil }
        if !pending { startRead() }
        ready.wait()
        pending = false
        let read: (batch: [UserKeysRecord], ended: Bool)
        do { read = try outcome.get() } catch {
            exhausted = true
            throw error
        }
        // The source is not asked again once it has said it is done.
        if read.ended { exhausted = true } else { startRead() }
        return read.batch.isEmpty ? nil : read.batch
    }

    private func startRead() {
        pending = true
        queue.async { [self] in
            outcome = Result {
                var batch: [UserKeysRecord] = []
                var devices = 0
                while devices < 4096, batch.count < 256 {
                    guard let record = try source.nextUser() else { return (batch, true) }
                    batch.append(record)
                    devices += record.devices.count + 1
                }
                return (batch, false)
            }
            ready.signal()
        }
    }
}
