/// An ed25519 signing key with its key ID, as a homeserver holds it.
public struct SigningKey: Sendable, CustomStringConvertible {
    public let keyID: KeyID
    public let privateKey: Ed25519.PrivateKey

    public init(keyID: KeyID, privateKey: Ed25519.PrivateKey) throws(SigningError) {
        guard keyID.isEd25519 else { throw .unsupportedAlgorithm(keyID.description) }
        self.keyID = keyID
        self.privateKey = privateKey
    }

    /// A new random key. `version` defaults to a Synapse-style `a_XXXX`; a given one must be spec-clean.
    public static func generate(version: String? = nil) throws(SigningError) -> SigningKey {
        let version = version ?? KeyID.randomVersion()
        guard KeyID.isSpecClean(version) else { throw .invalidKeyVersion(version) }
        return try SigningKey(keyID: .ed25519(version), privateKey: Ed25519.PrivateKey())
    }

    public var publicKey: Ed25519.PublicKey { privateKey.publicKey }
    public var description: String { "\(keyID) \(publicKey.base64)" }
}

/// Synapse's signing key file: one key per line, `ed25519 <version> <unpadded base64 seed>`.
///
/// Blank lines and surrounding whitespace are tolerated on reading; each bad line is an error naming its
/// line number and never echoing the line (it may hold a seed).
public enum SigningKeyFile {
    public static func parse(_ text: String) throws(SigningError) -> [SigningKey] {
        var bytes = Array(text.utf8)
        defer { wipe(&bytes) }
        return try parse(bytes: bytes)
    }

    /// Parses the file's bytes without making a `String` of them (a String cannot be wiped).
    public static func parse(bytes: [UInt8]) throws(SigningError) -> [SigningKey] {
        var keys: [SigningKey] = []
        var seen = Set<KeyID>()
        var line = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            line += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            // Fields are separated by spaces, tabs or a carriage return (CRLF files).
            let fields = bytes[lineStart..<lineEnd].split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            if fields.isEmpty { continue }
            guard fields.count == 3 else {
                throw .invalidKeyFileLine(line: line, reason: "expected 3 fields (ed25519 <version> <base64 seed>), found \(fields.count)")
            }
            guard fields[0].elementsEqual("ed25519".utf8) else {
                let shown = String(decoding: fields[0].prefix(32), as: UTF8.self)
                throw .invalidKeyFileLine(line: line, reason: "unsupported algorithm \"\(shown)\" (only ed25519)")
            }
            let keyID: KeyID
            do { keyID = try .ed25519(String(decoding: fields[1], as: UTF8.self)) } catch {
                throw .invalidKeyFileLine(line: line, reason: "invalid key version")
            }
            guard !seen.contains(keyID) else {
                throw .invalidKeyFileLine(line: line, reason: "duplicate key \(keyID)")
            }
            var seed: [UInt8]
            switch fields[2].withUnsafeBytes({ raw in Result { () throws(EncodingError) in try Base64.decode(raw) } }) {
            case .success(let decoded): seed = decoded
            case .failure(let error): throw .invalidKeyFileLine(line: line, reason: error.named("seed").description)
            }
            defer { wipe(&seed) }
            guard seed.count == Ed25519.seedLength else {
                throw .invalidKeyFileLine(line: line, reason: "seed: decoded to \(seed.count) bytes, expected \(Ed25519.seedLength)")
            }
            do {
                keys.append(try SigningKey(keyID: keyID, privateKey: Ed25519.PrivateKey(seed: seed)))
            } catch {
                throw .invalidKeyFileLine(line: line, reason: "\(error)")
            }
            seen.insert(keyID)
        }
        guard !keys.isEmpty else { throw .emptyKeyFile }
        return keys
    }

    /// The file's bytes. They hold the seeds: wipe them after writing.
    public static func serialize(_ keys: [SigningKey]) -> [UInt8] {
        var out: [UInt8] = []
        for key in keys {
            out.append(contentsOf: "ed25519 \(key.keyID.version) ".utf8)
            var seed = key.privateKey.seed.unsafeCopy()
            Base64.encode(seed, into: &out)
            wipe(&seed)
            out.append(0x0A)
        }
        return out
    }

    /// Picks the key named `keyID` (or the only/first key when nil).
    public static func select(_ keys: [SigningKey], keyID: String?) throws(SigningError) -> SigningKey {
        guard let first = keys.first else { throw .emptyKeyFile }
        guard let keyID else { return first }
        let wanted = try KeyID(parsing: keyID)
        guard let key = keys.first(where: { $0.keyID == wanted }) else {
            throw .keyNotInFile(keyID, available: keys.map(\.keyID.description))
        }
        return key
    }
}
