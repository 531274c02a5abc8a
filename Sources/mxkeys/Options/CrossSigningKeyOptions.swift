import ArgumentParser
import MatrixKeys

/// A cross-signing private key: `--key FILE` (the base64 seed, as secret storage holds it),
/// `--key keystore:NAME` (an entry of the key's kind), or `--account-data FILE` (secret storage, opened
/// with the recovery key or passphrase, as `keystore import --from-ssss` opens it).
struct CrossSigningKeyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The cross-signing key: a file holding its base64 seed, or keystore:NAME (else --account-data).", valueName: "file"),
        completion: Completions.keyFileOrEntry)
    var key: String?

    @OptionGroup var secretStorage: SecretStorageUnlockOptions
    @OptionGroup var recoveryKey: RecoveryKeyInput

    func validate() throws {
        if (key == nil) == (secretStorage.accountData == nil) {
            throw ValidationError("give the key: --key FILE, --key keystore:NAME, or --account-data FILE (secret storage)")
        }
        if key != nil && recoveryKey.file.map({ KeystoreAccess.name(in: $0) == nil }) == true {
            throw ValidationError("--recovery-key-file opens secret storage: it goes with --account-data")
        }
    }

    /// The key of `role`.
    func load(_ role: CrossSigningRole) throws -> CrossSigningPrivateKey {
        if let key, let name = KeystoreAccess.name(in: key) {
            let (_, seed) = try KeystoreAccess.open(name, kinds: [KeystoreKind(role)], passphraseFile: recoveryKey.keystorePassphraseFile)
            do { return try CrossSigningPrivateKey(role: role, seed: seed) } catch { throw Failure(error) }
        }
        if let key {
            var bytes = try SecretSource.file(key, option: "--key")
            defer { wipe(&bytes) }
            do { return try CrossSigningPrivateKey(role: role, text: bytes, source: key) } catch { throw Failure(error) }
        }
        let stored = try secretStorage.open(role.secretName, recoveryKey: recoveryKey, standardInput: false)
        var text = stored.unsafeCopy()
        defer { wipe(&text) }
        do { return try CrossSigningPrivateKey(role: role, text: text, source: role.secretName) } catch {
            throw Failure(error, source: secretStorage.accountData)
        }
    }
}
