import ArgumentParser
import MatrixKeys

/// A signing key taken from a Synapse-format key file.
struct SigningKeyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The signing key file (Synapse format: ed25519 <version> <base64 seed> per line).",
        valueName: "file"), completion: .file())
    var key: String

    @Option(name: .long, help: ArgumentHelp(
        "Which key of the file to use, e.g. ed25519:a_AbCd (default: the first).", valueName: "key-id"))
    var keyID: String?

    /// All keys of the file.
    func loadAll() throws -> [SigningKey] {
        var bytes: [UInt8]
        do { bytes = try AtomicFile.read(key) } catch { throw Failure(error.description) }
        defer { wipe(&bytes) }
        do {
            return try SigningKeyFile.parse(bytes: bytes)
        } catch {
            throw Failure(error, source: key)
        }
    }

    /// The key selected with --key-id, or the first.
    func load() throws -> SigningKey {
        do { return try SigningKeyFile.select(loadAll(), keyID: keyID) } catch { throw Failure(error, source: key) }
    }
}

/// Public keys to verify with: explicit `ed25519:ID=BASE64` values and saved server key responses.
struct PublicKeyOptions: ParsableArguments {
    @Option(name: .customLong("public-key"), help: ArgumentHelp(
        "A public key of the server, as ed25519:ID=BASE64 (repeatable).", valueName: "key"))
    var publicKeys: [String] = []

    @Option(name: .customLong("server-keys"), help: ArgumentHelp(
        "A saved /_matrix/key/v2/server response (or notary response) to take the server's keys from (repeatable).",
        valueName: "file"),
        completion: .file())
    var serverKeys: [String] = []

    func validate() throws {
        if publicKeys.isEmpty && serverKeys.isEmpty {
            throw ValidationError("give the keys to verify with: --public-key ed25519:ID=BASE64 or --server-keys FILE")
        }
    }

    /// The keys of `server`, from every source given.
    func keys(for server: String) throws -> [KeyID: Ed25519.PublicKey] {
        var keys: [KeyID: Ed25519.PublicKey] = [:]
        for spec in publicKeys {
            do {
                let parsed = try PublicKeySpec(parsing: spec)
                keys[parsed.keyID] = parsed.publicKey
            } catch {
                throw Failure(error, source: "--public-key")
            }
        }
        for path in serverKeys {
            let bytes: [UInt8]
            do { bytes = try AtomicFile.read(path) } catch { throw Failure(error.description) }
            do {
                for response in try ServerKeyResponse.parseAll(bytes) where response.serverName == server {
                    for (id, key) in response.allKeys { keys[id] = key }
                }
            } catch {
                throw Failure(error, source: path)
            }
        }
        return keys
    }
}
