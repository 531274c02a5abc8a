import ArgumentParser
import MatrixKeys

/// A secret taken straight from secret storage, for commands whose own input is something else (a
/// backup, a keystore entry): `--account-data FILE` (the dump `ssss decrypt --account-data` reads), the
/// storage key as a recovery key (`--recovery-key-file`, `MXKEYS_RECOVERY_KEY`, a prompt) or a passphrase
/// (`--ssss-passphrase-file`, `MXKEYS_PASSPHRASE`, or `--ssss-passphrase` to be asked), the default key
/// unless `--ssss-key-id`. This is how Element opens a backup with a Security Key or Phrase.
struct SecretStorageUnlockOptions: ParsableArguments {
    @Option(name: .customLong("account-data"), help: ArgumentHelp(
        "Take the key from secret storage: an account data dump.",
        valueName: "file"), completion: .file())
    var accountData: String?

    @Option(name: .customLong("ssss-key-id"), help: ArgumentHelp(
        "With --account-data: which key (default: the default).", valueName: "id"))
    var keyID: String?

    @Option(name: .customLong("ssss-passphrase-file"), help: ArgumentHelp(
        "With --account-data: the passphrase's file.", valueName: "file"),
        completion: .file())
    var passphraseFile: String?

    @Flag(name: .customLong("ssss-passphrase"), help: "With --account-data: ask for the passphrase.")
    var usePassphrase = false

    func validate() throws {
        if accountData == nil && (keyID != nil || passphraseFile != nil || usePassphrase) {
            throw ValidationError("--ssss-key-id, --ssss-passphrase-file and --ssss-passphrase go with --account-data")
        }
    }

    /// The account data dump, its secret storage key (the default unless `--ssss-key-id`) and that key's
    /// ID, from the recovery key or the passphrase. A wrong key (the description's check) is exit 1.
    func storageKey(recoveryKey: RecoveryKeyInput, standardInput: Bool) throws -> (data: AccountData, keyID: String, key: SecretBytes) {
        guard let path = accountData else { throw Failure("no --account-data FILE to open secret storage with") }
        let data: AccountData
        do { data = try AccountData(try JSONFile.read(path, option: "--account-data", mode: .lax)) } catch let failure as Failure { throw failure } catch {
            throw Failure(error, source: path)
        }
        let id: String
        do { id = try data.keyID(keyID) } catch { throw Failure(error, source: path) }
        let description: SecretStorageKeyDescription?
        do { description = data.keyIDs.contains(id) ? try data.keyDescription(id) : nil } catch { throw Failure(error, source: path) }
        let byPassphrase = usePassphrase || passphraseFile != nil
            || (!recoveryKey.isGiven && SecretSource.environment("MXKEYS_PASSPHRASE") != nil && description?.passphrase != nil)
        let storageKey: SecretBytes
        if byPassphrase {
            guard let info = description?.passphrase else {
                throw Failure("key \(id) of the account data has no m.pbkdf2 parameters: it is opened with its recovery key (\(path))")
            }
            let reader = PassphraseReader(file: passphraseFile, option: "--ssss-passphrase-file", subject: "secret storage")
            do { storageKey = try info.deriveKey(try reader.read(new: false, variable: "MXKEYS_PASSPHRASE")) } catch let failure as Failure { throw failure } catch {
                throw Failure(error)
            }
        } else {
            storageKey = try recoveryKey.read(standardInput: standardInput)
        }
        if let description, description.check(storageKey) == .wrong {
            throw Failure("the key is not key \(id) of the account data (its key check MAC does not match)", code: ExitStatus.negative)
        }
        return (data, id, storageKey)
    }

    /// The secret `name` of the account data, opened with the storage key from `recoveryKey` or the
    /// passphrase. A wrong key (the description's check, or the secret's MAC) is exit 1.
    func open(_ name: String, recoveryKey: RecoveryKeyInput, standardInput: Bool) throws -> SecretBytes {
        let (data, id, storageKey) = try storageKey(recoveryKey: recoveryKey, standardInput: standardInput)
        do { return try data.open(name, key: storageKey, keyID: id) } catch {
            if case .macMismatch = error { throw Failure(error.description, code: ExitStatus.negative) }
            throw Failure(error, source: accountData)
        }
    }
}
