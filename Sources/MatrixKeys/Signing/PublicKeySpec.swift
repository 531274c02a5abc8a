// How keys are written on the command line, all parsed here, one syntax: `SERVER:ed25519:ID=BASE64`
// (a server's public key; `SERVER:` may be left out where the command knows the server), and
// `ed25519:ID=BASE64@EXPIRED_TS` (a retired key, for the server being published).

/// A public key written as `ed25519:ID=BASE64`, the way keys are given on the command line.
public struct PublicKeySpec: Sendable, Equatable, CustomStringConvertible {
    public let keyID: KeyID
    public let publicKey: Ed25519.PublicKey

    public init(keyID: KeyID, publicKey: Ed25519.PublicKey) {
        self.keyID = keyID
        self.publicKey = publicKey
    }

    /// `ed25519:ID=BASE64`, as it is written.
    public var description: String { "\(keyID)=\(publicKey.base64)" }

    public init(parsing text: String) throws(SigningError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidPublicKeySpec(text, reason: "expected ed25519:ID=BASE64")
        }
        let id = String(text[..<equals])
        let keyID: KeyID
        do { keyID = try KeyID(parsing: id) } catch { throw .invalidPublicKeySpec(text, reason: "invalid key ID \"\(id)\"") }
        guard keyID.isEd25519 else { throw .invalidPublicKeySpec(text, reason: "only ed25519 keys are supported") }
        do {
            publicKey = try Ed25519.PublicKey(base64: String(text[text.index(after: equals)...]))
        } catch {
            throw .invalidPublicKeySpec(text, reason: error.description)
        }
        self.keyID = keyID
    }
}

/// A server's public key written as `SERVER:ed25519:ID=BASE64` (the server name may hold a port). Where
/// the command knows the server (`verify --server`, `request verify --origin`), `ed25519:ID=BASE64`
/// alone names a key of that server, and a `SERVER:` given must be that server.
public struct ServerKeySpec: Sendable, Equatable, CustomStringConvertible {
    public let server: String
    public let spec: PublicKeySpec

    public init(server: String, spec: PublicKeySpec) {
        self.server = server
        self.spec = spec
    }

    /// Parses `SERVER:ed25519:ID=BASE64`, or `ed25519:ID=BASE64` when `server` says whose key it is.
    public init(parsing text: String, server known: String? = nil) throws(SigningError) {
        let bytes = Array(text.utf8)
        let marker = Array(":ed25519:".utf8)
        let at = bytes.count > marker.count
            ? (1...(bytes.count - marker.count)).first(where: { bytes[$0..<$0 + marker.count].elementsEqual(marker) }) : nil
        if let at {
            server = String(decoding: bytes[..<at], as: UTF8.self)
            spec = try PublicKeySpec(parsing: String(decoding: bytes[(at + 1)...], as: UTF8.self))
            if let known, known != server {
                throw .invalidPublicKeySpec(text, reason: "this is a key of \(server), and the keys here are \(known)'s")
            }
        } else if let known, text.hasPrefix("ed25519:") {
            server = known
            spec = try PublicKeySpec(parsing: text)
        } else {
            let reason = known == nil
                ? "expected SERVER:ed25519:ID=BASE64 (name the key's server: this command checks several)"
                : "expected SERVER:ed25519:ID=BASE64 or ed25519:ID=BASE64"
            throw .invalidPublicKeySpec(text, reason: reason)
        }
    }

    /// `SERVER:ed25519:ID=BASE64`.
    public var description: String { "\(server):\(spec)" }
}

/// A retired key to list in `old_verify_keys`: `ed25519:ID=BASE64@EXPIRED_TS` on the command line.
public struct OldKeySpec: Sendable, Equatable, CustomStringConvertible {
    public let keyID: KeyID
    public let key: Ed25519.PublicKey
    public let expiredTS: Int64

    public init(keyID: KeyID, key: Ed25519.PublicKey, expiredTS: Int64) {
        self.keyID = keyID
        self.key = key
        self.expiredTS = expiredTS
    }

    /// `ed25519:ID=BASE64@EXPIRED_TS`.
    public var description: String { "\(keyID)=\(key.base64)@\(expiredTS)" }

    /// Parses `ed25519:ID=BASE64@EXPIRED_TS`; the time is milliseconds, ISO 8601 or `now` (`Timestamp`).
    public init(parsing text: String, now: Int64) throws(ServerKeyError) {
        guard let at = text.lastIndex(of: "@") else {
            throw .invalidField(field: "old key \"\(text)\"", reason: "expected ed25519:ID=BASE64@EXPIRED_TS")
        }
        let expired: Int64
        do { expired = try Timestamp.parse(String(text[text.index(after: at)...]), now: now) } catch {
            throw .invalidField(field: "old key \"\(text)\"", reason: "EXPIRED_TS: \(error)")
        }
        let spec: PublicKeySpec
        do { spec = try PublicKeySpec(parsing: String(text[..<at])) } catch {
            throw .invalidField(field: "old key \"\(text)\"", reason: error.description)
        }
        self.init(keyID: spec.keyID, key: spec.publicKey, expiredTS: expired)
    }
}
