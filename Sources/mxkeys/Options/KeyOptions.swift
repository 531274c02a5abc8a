import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// A signing key taken from a Synapse-format key file.
struct SigningKeyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The signing key file, or keystore:NAME.",
        valueName: "file"), completion: Completions.keyFileOrEntry)
    var key: String

    @Option(name: .long, help: ArgumentHelp(
        "Which key of the file (default: the first).", valueName: "key-id"))
    var keyID: String?

    @Option(name: .customLong("keystore-passphrase-file"), help: ArgumentHelp(
        "With keystore:NAME: the entry's passphrase file.",
        valueName: "file"), completion: .file())
    var keystorePassphraseFile: String?

    /// All keys of the file, or the key of a `keystore:NAME` entry.
    func loadAll() throws -> [SigningKey] {
        if let name = KeystoreAccess.name(in: key) {
            let (entry, seed) = try KeystoreAccess.open(name, kinds: [.signingKey], passphraseFile: keystorePassphraseFile)
            do { return [try SigningKey(keyID: try KeyID(parsing: entry.publicPart["key_id"]?.stringValue ?? ""), privateKey: Ed25519.PrivateKey(seed: seed))] } catch {
                throw Failure(KeystoreError.malformed(name, reason: "its signing key ID is missing or invalid"))
            }
        }
        var bytes = try SecretSource.file(key, option: "--key")
        defer { wipe(&bytes) }
        do {
            return try SigningKeyFile.parse(bytes: bytes)
        } catch {
            throw Failure(error, source: key)
        }
    }

    /// The public keys alone: a keystore entry's are in the clear, so no passphrase is asked for.
    func loadPublic() throws -> [PublicKeySpec] {
        if let name = KeystoreAccess.name(in: key) {
            let entry: KeystoreEntry
            do { entry = try KeystoreAccess.store.load(name) } catch { throw KeystoreAccess.failure(error) }
            guard entry.kind == .signingKey, let id = entry.publicPart["key_id"]?.stringValue, let keyID = try? KeyID(parsing: id),
                  let text = entry.publicPart["public_key"]?.stringValue, let key = try? Ed25519.PublicKey(base64: text)
            else {
                throw Failure("keystore entry \(name) is not a signing key with a key ID and public key")
            }
            return [PublicKeySpec(keyID: keyID, publicKey: key)]
        }
        return try loadAll().map { PublicKeySpec(keyID: $0.keyID, publicKey: $0.publicKey) }
    }

    /// The key selected with --key-id, or the first.
    func load() throws -> SigningKey {
        do { return try SigningKeyFile.select(loadAll(), keyID: keyID) } catch { throw Failure(error, source: key) }
    }
}

/// Public keys to verify a signed object with: explicit `ed25519:ID=BASE64` values and saved server key
/// responses (used only when their self-signature verifies).
struct PublicKeyOptions: ParsableArguments {
    @Option(name: .customLong("public-key"), help: ArgumentHelp(
        "A public key of the server, as SERVER:ed25519:ID=BASE64 or ed25519:ID=BASE64 (repeatable; what pubkey prints).",
        valueName: "key"))
    var publicKeys: [String] = []

    @Option(name: .customLong("server-keys"), help: ArgumentHelp(
        "A saved /_matrix/key/v2/server response, notary response, or a directory of them (repeatable).",
        valueName: "path"),
        completion: .file())
    var serverKeys: [String] = []

    func validate() throws {
        if publicKeys.isEmpty && serverKeys.isEmpty {
            throw ValidationError("give the keys to verify with: --public-key SERVER:ed25519:ID=BASE64 or --server-keys FILE")
        }
    }

    /// A key ring of every source given: the `--public-key` values as keys of `server`, and the saved
    /// responses, fetched at `fetchedAt` (nil: unknown).
    func ring(for server: String, fetchedAt: Int64?) throws -> KeyRing {
        var explicit: [KeyRing.ExplicitKey] = []
        for text in publicKeys {
            do {
                explicit.append(KeyRing.ExplicitKey(server: server, spec: try ServerKeySpec(parsing: text, server: server).spec, source: "--public-key"))
            } catch {
                throw Failure.badValue(error, option: "--public-key")
            }
        }
        return KeyRing(responses: try KeyResponseFiles.loadForCLI(serverKeys), explicitKeys: explicit, fetchedAt: fetchedAt)
    }
}

/// A key ring for verifying events: saved key responses (files or directories), explicit keys, and
/// when the responses were fetched.
struct KeyRingOptions: ParsableArguments {
    @Option(name: .customLong("server-keys"), help: ArgumentHelp(
        "Saved key responses: a file or directory (repeatable).",
        valueName: "path"),
        completion: .file())
    var serverKeys: [String] = []

    @Option(name: .customLong("public-key"), help: ArgumentHelp(
        "A key, SERVER:ed25519:ID=BASE64 (repeatable).",
        valueName: "key"))
    var publicKeys: [String] = []

    @Option(name: .customLong("fetched-at"), help: ArgumentHelp(
        "When the key responses were fetched (7-day cap).",
        valueName: "ts"), transform: TimeArgument.parse)
    var fetchedAt: Int64?

    /// Verifying a file needs keys; a homeserver's database brings its own (its command checks that).
    func requireKeys() throws {
        if publicKeys.isEmpty && serverKeys.isEmpty {
            throw ValidationError("give the keys to verify with: --server-keys PATH or --public-key SERVER:ed25519:ID=BASE64")
        }
    }

    /// The `--public-key` values.
    func explicitKeys() throws -> [KeyRing.ExplicitKey] {
        var explicit: [KeyRing.ExplicitKey] = []
        for text in publicKeys {
            do {
                let key = try ServerKeySpec(parsing: text)
                explicit.append(KeyRing.ExplicitKey(server: key.server, spec: key.spec, source: "--public-key"))
            } catch {
                throw Failure.badValue(error, option: "--public-key")
            }
        }
        return explicit
    }

    /// The ring, the fetched_at it used for responses without their own, and whether that was assumed
    /// (now) rather than given.
    func build() throws -> (ring: KeyRing, fetchedAt: Int64, assumed: Bool) {
        let explicit = try explicitKeys()
        let time = fetchedAt ?? Clock.nowMilliseconds()
        // --fetched-at overrides the fetch time saved with each response; without it, a response's own
        // time counts, and now only for responses that have none.
        let ring = KeyRing(responses: try KeyResponseFiles.loadForCLI(serverKeys, fetchedAt: fetchedAt), explicitKeys: explicit, fetchedAt: time)
        if ring.isEmpty {
            let why = ring.rejected.isEmpty ? "" : ": " + ring.rejected.map(\.description).joined(separator: "; ")
            throw Failure("the key ring has no usable key\(why)")
        }
        return (ring, time, fetchedAt == nil)
    }
}

extension KeyResponseFiles {
    /// The saved responses of `paths`; a problem is one `mxkeys:` line.
    static func loadForCLI(_ paths: [String], option: String = "--server-keys", fetchedAt: Int64? = nil) throws -> [KeyRing.Loaded] {
        var result: [KeyRing.Loaded] = []
        for path in paths {
            do {
                if path == "-" {
                    result += try parse(try StandardInput.read(for: option, limit: AtomicFile.maxDocumentLength), name: "stdin", fetchedAt: fetchedAt)
                } else {
                    result += try load([path], fetchedAt: fetchedAt)
                }
            } catch let failure as Failure { throw failure } catch { throw Failure("\(error)") }
        }
        return result
    }
}

/// Wall-clock time.
enum Clock {
    static func nowMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    /// Seconds on a monotonic clock, for rates.
    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
