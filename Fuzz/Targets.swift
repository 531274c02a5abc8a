#if canImport(Glibc)
import Glibc
#endif

// libFuzzer targets, built into one binary with the library's sources (scripts/fuzz.sh). The target is
// chosen by MXKEYS_FUZZ_TARGET. Each must never crash, hang or leak on any input; the invariants below
// turn wrong answers into crashes too.

/// The target named in the environment, read once.
private let target: String = getenv("MXKEYS_FUZZ_TARGET").map { String(cString: $0) } ?? "json"

/// Fixed keys, so that decryption paths are reached (inputs made from the seed corpus decrypt).
private enum Fixed {
    static let key = SecretBytes(copying: [UInt8](repeating: 7, count: 32))
    static let backupKey = try! BackupKey(SecretBytes(copying: [UInt8](repeating: 9, count: 32)))
    static let passphrase = SecretBytes(copying: Array("fuzz".utf8))
    static let signingKey = try! SigningKey(keyID: KeyID.ed25519("fuzz"), privateKey: Ed25519.PrivateKey(seed: [UInt8](repeating: 5, count: 32)))
    static let verifier: EventVerifier = {
        let ring = KeyRing(responses: [], explicitKeys: [.init(server: "example.org", spec: PublicKeySpec(keyID: signingKey.keyID, publicKey: signingKey.publicKey), source: "fuzz")], fetchedAt: 0)
        return EventVerifier(keyRing: ring, version: .v11)
    }()
    static let hasher = EventHasher()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    let bytes = Array(input)
    switch target {
    case "json": fuzzJSON(input)
    case "encodings": fuzzEncodings(bytes)
    case "recovery-key": _ = try? RecoveryKey.decode(bytes)
    case "secrets": fuzzSecrets(input)
    case "export-file":
        // The rounds a file asks for are bounded by design (SessionExportFile.maximumRounds), but even
        // the bound is seconds of work: the fuzzer skips costly files to keep its pace.
        if let payload = try? SessionExportFile.payload(bytes), SessionExportFile.rounds(payload) > 10_000 { return 0 }
        _ = try? SessionExportFile.decrypt(bytes, passphrase: Fixed.passphrase)
    case "server-keys":
        if let responses = try? ServerKeyResponse.parseAll(bytes) {
            for response in responses { _ = response.selfSignatureReport() }
            _ = KeyRing(responses: responses.map { KeyRing.Loaded($0, source: .explicit("fuzz")) }, fetchedAt: 0)
        }
    case "events":
        let fast = Fixed.verifier.verify(input, version: Fixed.verifier.version, hasher: Fixed.hasher)
        if case .object(let event)? = try? JSONParser.parse(input, mode: .strict) {
            let tree = Fixed.verifier.verify(event)
            precondition(fast.verdict == tree.verdict && fast.eventID == tree.eventID, "the fast and tree verification paths disagree")
        }
    default:
        fatalError("unknown MXKEYS_FUZZ_TARGET \(target)")
    }
    return 0
}

/// Whatever parses canonicalises the same way through both paths and parses back to an equal value.
private func fuzzJSON(_ input: UnsafeRawBufferPointer) {
    for mode in [NumberMode.strict, .lax] {
        let tree = try? JSONParser.parse(input, mode: mode)
        let direct = try? CanonicalJSON.canonicalize(input, mode: mode)
        _ = try? JSONLint.violations(input, mode: mode)
        guard let tree else {
            precondition(direct == nil, "the canonicaliser accepted what the parser rejected")
            continue
        }
        let encoded = CanonicalJSON.encode(tree)
        precondition(direct == encoded, "the two canonical paths disagree")
        precondition((try? JSONParser.parse(encoded, mode: mode)) == tree, "the canonical form does not parse back to the same value")
    }
}

/// Decoders never crash, and what decodes re-encodes to something that decodes to the same bytes.
private func fuzzEncodings(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for alphabet in [Base64.Alphabet.standard, .urlSafe] {
        if let decoded = try? Base64.decode(text, alphabet: alphabet) {
            precondition((try? Base64.decode(Base64.encode(decoded, alphabet: alphabet), alphabet: alphabet)) == decoded, "base64 round trip")
        }
    }
    if let decoded = try? Base58.decode(bytes: bytes) {
        precondition((try? Base58.decode(Base58.encode(decoded))) == decoded, "base58 round trip")
    }
    if let decoded = try? Hex.decode(text) {
        precondition((try? Hex.decode(Hex.encode(decoded))) == decoded, "hex round trip")
    }
}

/// Secret storage and backup data read from JSON, then decrypted with fixed keys.
private func fuzzSecrets(_ input: UnsafeRawBufferPointer) {
    guard case .object(let object)? = try? JSONParser.parse(input, mode: .lax) else { return }
    if let description = try? SecretStorageKeyDescription(object) { _ = description.check(Fixed.key) }
    if let encrypted = try? EncryptedSecret(object) { _ = try? SecretStorage.decrypt(encrypted, name: "m.fuzz", key: Fixed.key) }
    _ = try? AccountData(.object(object)).openAll(key: Fixed.key, keyID: "fuzz")
    if let data = try? SessionData(object) { _ = try? BackupCipher.decrypt(data, with: Fixed.backupKey) }
    if let sessions = try? KeyBackup.sessions(in: .object(object)) {
        for session in sessions { _ = try? KeyBackup.decrypt(session, key: Fixed.backupKey) }
    }
}
