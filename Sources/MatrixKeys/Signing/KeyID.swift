/// A signing key identifier, `algorithm:version` (`ed25519:a_AbCd`).
///
/// When verifying, any non-empty version is accepted, because real events carry versions with characters
/// outside the spec's `[a-zA-Z0-9_]`. Generated versions always stay within it.
public struct KeyID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let algorithm: String
    public let version: String

    public init(algorithm: String, version: String) throws(SigningError) {
        guard !algorithm.isEmpty, !version.isEmpty, !algorithm.contains(":") else {
            throw .invalidKeyID("\(algorithm):\(version)")
        }
        self.algorithm = algorithm
        self.version = version
    }

    /// Parses `algorithm:version`; the version is everything after the first colon.
    public init(parsing text: String) throws(SigningError) {
        guard let colon = text.firstIndex(of: ":") else { throw .invalidKeyID(text) }
        try self.init(algorithm: String(text[..<colon]), version: String(text[text.index(after: colon)...]))
    }

    /// An ed25519 key ID.
    public static func ed25519(_ version: String) throws(SigningError) -> KeyID {
        try KeyID(algorithm: "ed25519", version: version)
    }

    public var isEd25519: Bool { algorithm == "ed25519" }

    /// Whether the version keeps to the spec's `[a-zA-Z0-9_]`.
    public var hasSpecCleanVersion: Bool { KeyID.isSpecClean(version) }

    static func isSpecClean(_ version: String) -> Bool {
        !version.isEmpty && version.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
        }
    }

    /// A new version in Synapse's style: `a_` and four random letters.
    public static func randomVersion() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return "a_" + String((0..<4).map { _ in letters[Int(SecureRandom.uniform(UInt32(letters.count)))] })
    }

    public var description: String { "\(algorithm):\(version)" }

    public static func < (lhs: KeyID, rhs: KeyID) -> Bool {
        lhs.description.utf8.lexicographicallyPrecedes(rhs.description.utf8)
    }
}
