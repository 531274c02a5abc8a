/// The public keys known for each server, built from saved key responses (direct or through a notary)
/// and keys given explicitly. Every key remembers where it came from. A response whose self-signature
/// fails, or whose notary signature fails, is not used, and the ring says so (`rejected`).
public struct KeyRing: Sendable {
    /// What a key is, which decides when it verifies (SPEC §4).
    public enum Kind: Sendable, Equatable {
        /// From `verify_keys`, with the response's `valid_until_ts` (nil when it had none).
        case current(validUntilTS: Int64?)
        /// From `old_verify_keys`.
        case old(expiredTS: Int64)
        /// Given explicitly: no validity period.
        case explicit
    }

    public struct Entry: Sendable, Equatable {
        public let server: String
        public let keyID: KeyID
        public let key: Ed25519.PublicKey
        public let kind: Kind
        /// Where the key came from: a file (and the response's place in it), or `--public-key`.
        public let source: String
        /// When its response was fetched (ms), for the 7-day cap.
        public let fetchedAt: Int64

        public func validity(at ts: Int64?, version: RoomVersion) -> KeyValidity {
            KeyValidity.decide(kind, fetchedAt: fetchedAt, ts: ts, version: version)
        }
    }

    /// A response that was not used, and why.
    public struct Rejection: Sendable, Equatable, CustomStringConvertible {
        public let source: String
        public let server: String
        public let reason: String
        public var description: String { "\(source): keys of \(server) not used: \(reason)" }
    }

    /// A saved response and where it came from.
    public struct Loaded: Sendable {
        public let response: ServerKeyResponse
        public let source: String
        public init(_ response: ServerKeyResponse, source: String) {
            self.response = response
            self.source = source
        }
    }

    /// A key given explicitly for a server.
    public struct ExplicitKey: Sendable {
        public let server: String
        public let spec: PublicKeySpec
        public let source: String
        public init(server: String, spec: PublicKeySpec, source: String) {
            self.server = server
            self.spec = spec
            self.source = source
        }
    }

    public private(set) var rejected: [Rejection] = []
    /// Notary signatures checked, or not checkable, one line each.
    public private(set) var notes: [String] = []
    /// Every key, in the order added.
    public private(set) var entries: [Entry] = []
    /// server → key ID text → entries (one key ID may come from several responses).
    private var table: [String: [String: [Entry]]] = [:]

    /// Builds the ring. Self-signatures are checked first; then notary signatures, with the keys of
    /// the notaries that are themselves in the ring (or given explicitly).
    public init(responses: [Loaded], explicitKeys: [ExplicitKey] = [], fetchedAt: Int64) {
        var accepted: [Loaded] = []
        for loaded in responses {
            let report = loaded.response.selfSignatureReport()
            if report.isValid {
                accepted.append(loaded)
            } else {
                rejected.append(Rejection(source: loaded.source, server: loaded.response.serverName, reason: "self-signature: " + report.summary))
            }
        }
        var trusted: [String: [KeyID: Ed25519.PublicKey]] = [:]
        for loaded in accepted {
            for (id, key) in loaded.response.allKeys { trusted[loaded.response.serverName, default: [:]][id] = key }
        }
        for key in explicitKeys { trusted[key.server, default: [:]][key.spec.keyID] = key.spec.publicKey }

        for loaded in accepted {
            var usable = true
            for notary in loaded.response.otherSigners {
                guard let keys = trusted[notary] else {
                    notes.append("\(loaded.source): signature of \(notary) on the keys of \(loaded.response.serverName) not checked (no keys of \(notary) known)")
                    continue
                }
                let report = SignedJSON.verify(loaded.response.object, entity: notary, keys: keys)
                if report.isValid {
                    notes.append("\(loaded.source): signature of \(notary) on the keys of \(loaded.response.serverName) verified")
                } else {
                    usable = false
                    rejected.append(Rejection(source: loaded.source, server: loaded.response.serverName, reason: "notary signature of \(notary): " + report.summary))
                }
            }
            guard usable else { continue }
            let response = loaded.response
            for (id, key) in response.verifyKeys.sorted(by: { $0.key < $1.key }) {
                add(Entry(server: response.serverName, keyID: id, key: key, kind: .current(validUntilTS: response.validUntilTS), source: loaded.source, fetchedAt: fetchedAt))
            }
            for (id, old) in response.oldVerifyKeys.sorted(by: { $0.key < $1.key }) {
                add(Entry(server: response.serverName, keyID: id, key: old.key, kind: .old(expiredTS: old.expiredTS), source: loaded.source, fetchedAt: fetchedAt))
            }
        }
        for key in explicitKeys {
            add(Entry(server: key.server, keyID: key.spec.keyID, key: key.spec.publicKey, kind: .explicit, source: key.source, fetchedAt: fetchedAt))
        }
    }

    private mutating func add(_ entry: Entry) {
        entries.append(entry)
        table[entry.server, default: [:]][entry.keyID.description, default: []].append(entry)
    }

    /// The keys known as `keyID` (its text as in a `signatures` object) for `server`.
    public func entries(server: String, keyID: String) -> [Entry] {
        table[server]?[keyID] ?? []
    }

    /// Every key of `server` by key ID (the first source wins when one ID comes from several), for
    /// checks that do not judge validity (signed objects, notary signatures).
    public func keys(of server: String) -> [KeyID: Ed25519.PublicKey] {
        var keys: [KeyID: Ed25519.PublicKey] = [:]
        for entry in entries where entry.server == server && keys[entry.keyID] == nil { keys[entry.keyID] = entry.key }
        return keys
    }

    /// The servers with at least one key.
    public var servers: [String] { table.keys.sorted() }

    public var isEmpty: Bool { entries.isEmpty }

    /// Checks the signatures `server` put in `signatures` (an event's or object's `signatures` value)
    /// over `message`, each key judged for a signature made at `ts` under `version`'s rules.
    public func check(
        signatures: JSONValue?, server: String, message: UnsafeRawBufferPointer, ts: Int64?, version: RoomVersion
    ) -> ServerSignatureCheck {
        guard case .object(let all)? = signatures else {
            return ServerSignatureCheck(server: server, keys: [], problem: signatures == nil ? "the event has no signatures" : "\"signatures\" is not an object")
        }
        guard let value = all[server] else {
            return ServerSignatureCheck(server: server, keys: [], problem: "no signature by \(server)")
        }
        guard case .object(let byKey) = value else {
            return ServerSignatureCheck(server: server, keys: [], problem: "the signatures of \(server) are not an object")
        }
        var checks: [KeyCheck] = []
        for (id, value) in byKey {
            checks.append(checkOne(id: id, value: value, server: server, message: message, ts: ts, version: version))
        }
        return ServerSignatureCheck(server: server, keys: checks, problem: checks.isEmpty ? "no signature by \(server)" : nil)
    }

    private func checkOne(
        id: String, value: JSONValue, server: String, message: UnsafeRawBufferPointer, ts: Int64?, version: RoomVersion
    ) -> KeyCheck {
        guard id.hasPrefix("ed25519:"), id.utf8.count > 8 else {
            return KeyCheck(keyID: id, outcome: id.contains(":") ? .unsupportedAlgorithm : .malformed("invalid key ID"))
        }
        guard case .string(let text) = value else { return KeyCheck(keyID: id, outcome: .malformed("the signature is not a string")) }
        let signature: Ed25519.Signature
        do { signature = try Ed25519.Signature(base64: text) } catch { return KeyCheck(keyID: id, outcome: .malformed(error.description)) }
        let known = entries(server: server, keyID: id)
        guard !known.isEmpty else { return KeyCheck(keyID: id, outcome: .unknownKey) }
        var firstInvalid: (Entry, KeyValidity)? = nil
        var bad: (Entry, KeyValidity)? = nil
        for entry in known {
            let validity = entry.validity(at: ts, version: version)
            guard validity.isValid else {
                if firstInvalid == nil { firstInvalid = (entry, validity) }
                continue
            }
            if entry.key.isValidSignature(signature, for: message) {
                return KeyCheck(keyID: id, outcome: .verified(validity), source: entry.source)
            }
            if bad == nil { bad = (entry, validity) }
        }
        if let (entry, validity) = bad { return KeyCheck(keyID: id, outcome: .badSignature(validity), source: entry.source) }
        let (entry, validity) = firstInvalid!
        return KeyCheck(keyID: id, outcome: .outsideValidity(validity), source: entry.source)
    }
}

/// One signature by one key ID, checked against a key ring.
public struct KeyCheck: Sendable, Equatable, CustomStringConvertible {
    public enum Outcome: Sendable, Equatable {
        /// The key is valid for the signature's time and the signature verifies.
        case verified(KeyValidity)
        /// The key is valid for the time, but the signature does not verify.
        case badSignature(KeyValidity)
        /// The key is known but outside its validity period for the time: not used.
        case outsideValidity(KeyValidity)
        /// No key with this ID is known for the server: skipped.
        case unknownKey
        /// Not ed25519: skipped.
        case unsupportedAlgorithm
        /// Undecodable: not a string, bad base64, wrong length, a bad key ID.
        case malformed(String)
    }

    /// The key ID as the JSON has it.
    public let keyID: String
    public let outcome: Outcome
    /// Where the key used came from.
    public let source: String?

    public init(keyID: String, outcome: Outcome, source: String? = nil) {
        self.keyID = keyID
        self.outcome = outcome
        self.source = source
    }

    /// The short name of the outcome, as in JSON output.
    public var result: String {
        switch outcome {
        case .verified: return "verified"
        case .badSignature: return "bad_signature"
        case .outsideValidity: return "outside_validity"
        case .unknownKey: return "unknown_key"
        case .unsupportedAlgorithm: return "unsupported_algorithm"
        case .malformed: return "malformed"
        }
    }

    /// The key's validity decision, when one was made.
    public var validity: KeyValidity? {
        switch outcome {
        case .verified(let v), .badSignature(let v), .outsideValidity(let v): return v
        default: return nil
        }
    }

    public var description: String {
        switch outcome {
        case .verified: return "\(keyID): verified"
        case .badSignature: return "\(keyID): signature does not verify"
        case .outsideValidity(let validity): return "\(keyID): outside its validity period (\(validity))"
        case .unknownKey: return "\(keyID): unknown key"
        case .unsupportedAlgorithm: return "\(keyID): unsupported algorithm"
        case .malformed(let reason): return "\(keyID): malformed signature (\(reason))"
        }
    }
}

/// Every signature one server put on an object, checked against a key ring.
public struct ServerSignatureCheck: Sendable, Equatable {
    public let server: String
    public let keys: [KeyCheck]
    /// Why there was nothing to check, when that is so.
    public let problem: String?

    /// At least one signature verified with a valid key, and none by a valid key failed.
    public var isSatisfied: Bool {
        var verified = false
        for check in keys {
            switch check.outcome {
            case .verified: verified = true
            case .badSignature, .malformed: return false
            default: break
            }
        }
        return verified
    }

    /// Why the server's signatures are not enough, in words; nil when they are.
    public var failure: String? {
        if isSatisfied { return nil }
        if let problem { return problem }
        let failed = keys.filter {
            if case .badSignature = $0.outcome { return true }
            if case .malformed = $0.outcome { return true }
            return false
        }
        if !failed.isEmpty { return failed.map(\.description).joined(separator: "; ") }
        return "no valid signature (" + keys.map(\.description).joined(separator: "; ") + ")"
    }
}
