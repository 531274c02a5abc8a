/// The public keys known for each server, built from saved key responses (direct or through a notary)
/// and keys given explicitly. Every key remembers where it came from. A response whose self-signature
/// fails, or whose notary signature fails, is not used, and the ring says so (`rejected`).
public struct KeyRing: VerifyKeySource {
    /// A response that was not used, and why.
    public struct Rejection: Sendable, Equatable, CustomStringConvertible {
        public let source: String
        public let server: String
        public let reason: String
        public var description: String { "\(source): keys of \(server) not used: \(reason)" }
    }

    /// A saved response, where it came from, and when it was fetched (ms; nil when not known, and
    /// then the ring's default applies).
    public struct Loaded: Sendable {
        public let response: ServerKeyResponse
        public let source: String
        public let fetchedAt: Int64?
        public init(_ response: ServerKeyResponse, source: String, fetchedAt: Int64? = nil) {
            self.response = response
            self.source = source
            self.fetchedAt = fetchedAt
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
    public private(set) var entries: [VerifyKey] = []
    /// server → key ID text → entries (one key ID may come from several responses).
    private var table: [String: [String: [VerifyKey]]] = [:]

    /// Builds the ring. Self-signatures are checked first; then notary signatures, with the keys of
    /// the notaries that are themselves in the ring (or given explicitly). A response without its own
    /// fetch time gets `fetchedAt`.
    public init(responses: [Loaded], explicitKeys: [ExplicitKey] = [], fetchedAt: Int64?) {
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
                let report = SignedJSON.verify(loaded.response.object, entity: notary, keys: FixedVerifyKeys(entity: notary, keys: keys))
                if report.isValid {
                    notes.append("\(loaded.source): signature of \(notary) on the keys of \(loaded.response.serverName) verified")
                } else {
                    usable = false
                    rejected.append(Rejection(source: loaded.source, server: loaded.response.serverName, reason: "notary signature of \(notary): " + report.summary))
                }
            }
            guard usable else { continue }
            let response = loaded.response
            let fetched = loaded.fetchedAt ?? fetchedAt
            for (id, key) in response.verifyKeys.sorted(by: { $0.key < $1.key }) {
                add(VerifyKey(server: response.serverName, keyID: id, key: key, kind: .current(validUntilTS: response.validUntilTS), source: loaded.source, fetchedAt: fetched))
            }
            for (id, old) in response.oldVerifyKeys.sorted(by: { $0.key < $1.key }) {
                add(VerifyKey(server: response.serverName, keyID: id, key: old.key, kind: .old(expiredTS: old.expiredTS), source: loaded.source, fetchedAt: fetched))
            }
        }
        for key in explicitKeys {
            add(VerifyKey(server: key.server, keyID: key.spec.keyID, key: key.spec.publicKey, kind: .explicit, source: key.source))
        }
    }

    private mutating func add(_ entry: VerifyKey) {
        entries.append(entry)
        table[entry.server, default: [:]][entry.keyID.description, default: []].append(entry)
    }

    /// The keys known as `keyID` (its text as in a `signatures` object) for `server`.
    public func verifyKeys(server: String, keyID: String) -> [VerifyKey] {
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
}
