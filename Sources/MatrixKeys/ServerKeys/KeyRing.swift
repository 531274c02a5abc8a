/// The public keys known for each server, built from saved key responses (direct or through a notary)
/// and keys given explicitly: the seam that key sources plug into (files, a homeserver's database), each
/// response with its own fetch time. Every key remembers where it came from. A response whose
/// self-signature fails, or whose notary signature fails, is not used, and the ring says so (`rejected`).
public struct KeyRing: VerifyKeySource {
    /// A saved response, where it came from, and when it was fetched (ms; nil when not known, and
    /// then the ring's default applies), and from where (the URL it was fetched from, when recorded).
    public struct Loaded: Sendable {
        public let response: ServerKeyResponse
        public let source: KeySource
        public let fetchedAt: Int64?
        public let fetchedFrom: String?
        public init(_ response: ServerKeyResponse, source: KeySource, fetchedAt: Int64? = nil, fetchedFrom: String? = nil) {
            self.response = response
            self.source = source
            self.fetchedAt = fetchedAt
            self.fetchedFrom = fetchedFrom
        }
    }

    /// A key given explicitly for a server: by an option, or by a homeserver's config (its own signing
    /// key, and the keys it retired with the time each stopped being used).
    public struct ExplicitKey: Sendable {
        public let server: String
        public let spec: PublicKeySpec
        /// Who gave it: an option (`--public-key`) or a caller's name.
        public let source: String
        /// `.explicit` (no validity period) or `.old(expiredTS:)` (a retired key: valid for signatures
        /// made before `expired_ts`, where the room version checks validity).
        public let kind: VerifyKey.Kind
        public init(server: String, spec: PublicKeySpec, source: String, kind: VerifyKey.Kind = .explicit) {
            self.server = server
            self.spec = spec
            self.source = source
            self.kind = kind
        }
    }

    /// What the ring made of one response: its self-signature, each notary's signature (nil when the
    /// notary's keys are not known), and whether its keys are used.
    public struct ResponseCheck: Sendable {
        public let loaded: Loaded
        public let selfSignature: SignatureReport
        public let notaries: [(notary: String, report: SignatureReport?)]
        public var isUsed: Bool { selfSignature.isValid && notaries.allSatisfy { $0.report?.isValid ?? true } }
    }

    /// A response that was not used, and why.
    public struct Rejection: Sendable, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable, CustomStringConvertible {
            case selfSignature(SignatureReport)
            case notarySignature(notary: String, SignatureReport)

            public var description: String {
                switch self {
                case .selfSignature(let report): return "self-signature: " + report.summary
                case let .notarySignature(notary, report): return "notary signature of \(notary): " + report.summary
                }
            }
        }

        public let source: KeySource
        public let server: String
        public let reason: Reason
        public var description: String { "\(source): keys of \(server) not used: \(reason)" }
    }

    /// A notary's signature on a response that is used: checked, or not checkable.
    public enum Note: Sendable, Equatable, CustomStringConvertible {
        case notaryVerified(source: KeySource, notary: String, server: String)
        case notaryNotChecked(source: KeySource, notary: String, server: String)

        public var description: String {
            switch self {
            case let .notaryVerified(source, notary, server):
                return "\(source): signature of \(notary) on the keys of \(server) verified"
            case let .notaryNotChecked(source, notary, server):
                return "\(source): signature of \(notary) on the keys of \(server) not checked (no keys of \(notary) known)"
            }
        }
    }

    /// Every response given, checked, in the order given.
    public private(set) var responses: [ResponseCheck] = []
    public private(set) var rejected: [Rejection] = []
    public private(set) var notes: [Note] = []
    /// Every key, in the order added.
    public private(set) var entries: [VerifyKey] = []
    /// server → key ID text → entries (one key ID may come from several responses).
    private var table: [String: [String: [VerifyKey]]] = [:]

    /// Builds the ring. Self-signatures are checked first; then notary signatures, with the keys of
    /// the notaries that are themselves in the ring (or given explicitly). A response without its own
    /// fetch time gets `fetchedAt`.
    public init(responses loadedResponses: [Loaded], explicitKeys: [ExplicitKey] = [], fetchedAt: Int64?) {
        let selfReports = loadedResponses.map { $0.response.selfSignatureReport() }
        var trusted: [String: [KeyID: Ed25519.PublicKey]] = [:]
        for (loaded, report) in zip(loadedResponses, selfReports) where report.isValid {
            for (id, key) in loaded.response.allKeys { trusted[loaded.response.serverName, default: [:]][id] = key }
        }
        for key in explicitKeys { trusted[key.server, default: [:]][key.spec.keyID] = key.spec.publicKey }

        // Self-signature failures are listed first, then notary signature failures.
        for (loaded, selfReport) in zip(loadedResponses, selfReports) where !selfReport.isValid {
            rejected.append(Rejection(source: loaded.source, server: loaded.response.serverName, reason: .selfSignature(selfReport)))
        }
        for (loaded, selfReport) in zip(loadedResponses, selfReports) {
            let response = loaded.response
            guard selfReport.isValid else {
                responses.append(ResponseCheck(loaded: loaded, selfSignature: selfReport, notaries: []))
                continue
            }
            var notaries: [(notary: String, report: SignatureReport?)] = []
            for notary in response.otherSigners {
                guard let keys = trusted[notary] else {
                    notaries.append((notary, nil))
                    notes.append(.notaryNotChecked(source: loaded.source, notary: notary, server: response.serverName))
                    continue
                }
                let report = SignedJSON.verify(response.object, entity: notary, keys: FixedVerifyKeys(entity: notary, keys: keys))
                notaries.append((notary, report))
                if report.isValid {
                    notes.append(.notaryVerified(source: loaded.source, notary: notary, server: response.serverName))
                } else {
                    rejected.append(Rejection(source: loaded.source, server: response.serverName, reason: .notarySignature(notary: notary, report)))
                }
            }
            let check = ResponseCheck(loaded: loaded, selfSignature: selfReport, notaries: notaries)
            responses.append(check)
            guard check.isUsed else { continue }
            let fetched = loaded.fetchedAt ?? fetchedAt
            for (id, key) in response.verifyKeys.sorted(by: { $0.key < $1.key }) {
                add(VerifyKey(server: response.serverName, keyID: id, key: key, kind: .current(validUntilTS: response.validUntilTS), source: loaded.source, fetchedAt: fetched))
            }
            for (id, old) in response.oldVerifyKeys.sorted(by: { $0.key < $1.key }) {
                add(VerifyKey(server: response.serverName, keyID: id, key: old.key, kind: .old(expiredTS: old.expiredTS), source: loaded.source, fetchedAt: fetched))
            }
        }
        for key in explicitKeys {
            add(VerifyKey(server: key.server, keyID: key.spec.keyID, key: key.spec.publicKey, kind: key.kind, source: .explicit(key.source)))
        }
    }

    private mutating func add(_ entry: VerifyKey) {
        entries.append(entry)
        table[entry.server, default: [:]][entry.keyID.description, default: []].append(entry)
    }

    /// Why the keys of `server` are not known, when a response for it was refused: "the key response
    /// for S (file F) was refused: its self-signature does not verify".
    public func refusal(server: String, keyID: String) -> String? {
        guard let rejection = rejected.first(where: { $0.server == server }) else { return nil }
        let why: String
        switch rejection.reason {
        case .selfSignature: why = "its self-signature does not verify"
        case .notarySignature(let notary, _): why = "the signature of \(notary) on it does not verify"
        }
        let source: String
        switch rejection.source {
        case .file: source = "file \(rejection.source)"
        default: source = rejection.source.description
        }
        return "the key response for \(server) (\(source)) was refused: \(why)"
    }

    /// The keys known as `keyID` (its text as in a `signatures` object) for `server`.
    public func verifyKeys(server: String, keyID: String) -> [VerifyKey] {
        table[server]?[keyID] ?? []
    }

    /// The servers with at least one key.
    public var servers: [String] { table.keys.sorted() }

    public var isEmpty: Bool { entries.isEmpty }
}

/// Where a key came from, as reports name it.
public enum KeySource: Sendable, Equatable, CustomStringConvertible {
    /// A saved key response: its file, and its place in the file when the file holds several.
    case file(String, index: Int? = nil)
    /// Given explicitly: who gave it (`--public-key`).
    case explicit(String)
    /// A key response a homeserver stored in its database: the database (as reports name it, never with
    /// a password) and the record (Synapse: the `server_keys_json` rows holding it).
    case database(String, record: String)

    public var description: String {
        switch self {
        case let .file(path, index): return index.map { "\(path) [\($0)]" } ?? path
        case .explicit(let origin): return origin
        case let .database(name, record): return "\(name): \(record)"
        }
    }
}
