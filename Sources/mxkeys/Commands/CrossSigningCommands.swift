import ArgumentParser
import MatrixKeys

struct CrossSigningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cross-signing",
        abstract: "Make cross-signing keys; sign devices and users.",
        discussion: """
            Make a user's three cross-signing keys, sign devices with the self-signing key and other users \
            with the user-signing key, and upload keys and signatures.
            """,
        subcommands: [CrossSigningNew.self, CrossSigningSignDevice.self, CrossSigningSignUser.self, CrossSigningUpload.self])
}

/// The saved key query response that the signing commands read, and the user it is about.
struct KeysFileOption: ParsableArguments {
    @Option(name: .customLong("keys"), help: ArgumentHelp("A saved key query response holding the keys to sign.", valueName: "file"),
            completion: .file())
    var keys: String

    /// The record of `userID` (else of the user who made the query, else of the file's only user), and
    /// the querying user when the response says.
    func record(_ userID: String?) throws -> (record: UserKeysRecord, querier: String?) {
        let source: KeysQueryFile
        do {
            source = KeysQueryFile(reader: try JSONItemReader(path: keys))
            try source.readAhead()
        } catch {
            throw Failure(error, source: keys)
        }
        let querier = source.querier
        var found: UserKeysRecord?
        do {
            if let userID = userID ?? querier {
                found = try source.firstRecord(of: userID)
                guard found != nil else { throw Failure("the keys hold nothing of \(userID) (\(keys))") }
            } else {
                found = try source.nextUser()
                let another = found == nil ? nil : try source.nextUser()
                if another != nil { throw Failure("the keys hold several users: give --user-id (\(keys))") }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(error, source: keys)
        }
        guard let found else { throw Failure("no users in the keys (\(keys))") }
        return (found, querier)
    }

    /// The record of `userID`, or nil when the file holds nothing of it.
    func optionalRecord(_ userID: String) throws -> UserKeysRecord? {
        do { return try KeysQueryFile(reader: JSONItemReader(path: keys)).firstRecord(of: userID) } catch { throw Failure(error, source: keys) }
    }
}

struct CrossSigningNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a user's three cross-signing keys; print the /keys/device_signing/upload body.",
        discussion: Help.discussion("""
            Generates the master, self-signing and user-signing keys of --user-id and prints the \
            /keys/device_signing/upload body. The private keys go to the keystore (NAME-master, \
            NAME-self-signing, NAME-user-signing), or with --ssss FILE into secret storage.
            """, examples: [
                "mxkeys cross-signing new --user-id @bot:example.org --name bot \\\n    > device-signing.json",
                "mxkeys cross-signing new --user-id @alice:example.org \\\n    --ssss ssss-bodies.json --account-data account-data.json \\\n    > device-signing.json",
            ], more: ManualSection.see("Where the keys go", .identities)))

    @Option(name: .customLong("user-id"), help: ArgumentHelp("The user whose keys they are.", valueName: "user-id"))
    var userID: String

    @Option(name: .long, help: ArgumentHelp("The entries' name prefix.", valueName: "name"))
    var name = "cross-signing"

    @Option(name: .customLong("ssss"), help: ArgumentHelp(
        "Write the keys as secret storage account data bodies to this new file instead of the keystore (needs --account-data).",
        valueName: "file"), completion: .file())
    var ssss: String?

    @OptionGroup var secretStorage: SecretStorageUnlockOptions
    @OptionGroup var recoveryKey: RecoveryKeyInput
    @OptionGroup var passphrase: PassphraseInput
    @OptionGroup var lock: LockTimeoutOption

    func validate() throws {
        if (ssss == nil) != (secretStorage.accountData == nil) { throw ValidationError("--ssss FILE and --account-data FILE go together") }
        if ssss == nil && recoveryKey.file != nil { throw ValidationError("--recovery-key-file opens secret storage: it goes with --ssss") }
    }

    func run() throws {
        let keys = CrossSigningRole.allCases.map { CrossSigningPrivateKey.generate($0) }
        let body: JSONObject
        do { body = try CrossSigningBodies.deviceSigningUpload(userID: userID, master: keys[0], selfSigning: keys[1], userSigning: keys[2]) } catch {
            throw Failure(error)
        }
        if let ssss {
            do { try AtomicFile.checkTarget(ssss, overwrite: false) } catch { throw Failure(error.description) }
            let (_, keyID, storageKey) = try secretStorage.storageKey(recoveryKey: recoveryKey, standardInput: false)
            var bodies = JSONObject()
            for key in keys {
                var text = Array(Base64.encode(key.seed.unsafeCopy()).utf8)
                defer { wipe(&text) }
                do {
                    let encrypted = try SecretStorage.encrypt(SecretBytes(consuming: &text), name: key.role.secretName, key: storageKey)
                    bodies[key.role.secretName] = ["encrypted": .object([(keyID, encrypted.json)].reduce(into: JSONObject()) { $0[$1.0] = $1.1 })]
                } catch {
                    throw Failure(error)
                }
            }
            do { try AtomicFile.write(CanonicalJSON.encode(.object(bodies)) + [0x0A], to: ssss, mode: 0o600, overwrite: false) } catch {
                throw Failure(error.description)
            }
        } else {
            try saveToKeystore(keys)
        }
        let out = Output()
        out.json(.object(body))
        out.flush()
    }

    private func saveToKeystore(_ keys: [CrossSigningPrivateKey]) throws {
        let names = keys.map { "\(name)-\($0.role.shortName)" }
        for entry in names {
            do {
                _ = try KeystoreAccess.store.load(entry)
                throw Failure(KeystoreError.exists(entry).description)
            } catch let failure as Failure {
                throw failure
            } catch KeystoreError.notFound {
                continue
            } catch let error as KeystoreError {
                throw KeystoreAccess.failure(error)
            }
        }
        let secret = try passphrase.read(new: true, variable: "MXKEYS_KEYSTORE_PASSPHRASE")
        let store = KeystoreAccess.store(lock)
        var saved: [String] = []
        do {
            for (key, entry) in zip(keys, names) {
                let part: JSONObject = ["public_key": .string(key.publicKey.base64), "user_id": .string(userID)]
                try store.save(KeystoreEntry.seal(name: entry, kind: KeystoreKind(key.role), publicPart: part, secret: key.seed, passphrase: secret),
                               replace: false)
                saved.append(entry)
            }
        } catch {
            // All three or none: a user with a master key whose self-signing key was lost is worse off.
            for entry in saved { try? store.remove(entry) }
            throw KeystoreAccess.failure(error)
        }
        for (key, entry) in zip(keys, names) { Stderr.line("\(entry)  \(KeystoreKind(key.role).rawValue)  public key \(key.publicKey.base64)") }
    }
}

struct CrossSigningSignDevice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-device",
        abstract: "Sign a user's devices with the self-signing key; print the /keys/signatures/upload body.",
        discussion: Help.discussion("""
            Audits the user's keys in --keys as devices verify does, and signs with the self-signing key \
            the devices --device-id names, or every device that is not cross-signed. Refused (exit 1): a key \
            that is not the user's valid self-signing key, and a device whose own signature or IDs are not \
            valid.
            """, examples: [
                "mxkeys cross-signing sign-device --keys keys.json \\\n    --account-data account-data.json > signatures.json",
                "mxkeys cross-signing sign-device --keys keys.json \\\n    --key keystore:alice-self-signing --device-id NEWPHONE > signatures.json",
            ], more: ManualSection.see("Which key, and which devices", .identities)))

    @OptionGroup var keysFile: KeysFileOption

    @Option(name: .customLong("user-id"), help: ArgumentHelp("Whose devices (default: the user who made the query).", valueName: "user-id"))
    var userID: String?

    @Option(name: .customLong("device-id"), help: ArgumentHelp("Sign this device (repeatable; default: every device not cross-signed).",
                                                               valueName: "device-id"))
    var deviceIDs: [String] = []

    @OptionGroup var key: CrossSigningKeyOptions

    func run() throws {
        let (record, _) = try keysFile.record(userID)
        let audit = IdentityAuditor().audit(record)
        guard audit.selfSigning.status == .valid, let published = audit.selfSigning.publicKey else {
            throw Failure("\(record.userID) has no valid self-signing key in the keys (\(audit.selfSigning.status.rawValue)): upload cross-signing keys first",
                          code: ExitStatus.negative)
        }
        var chosen: [DeviceAudit]
        if deviceIDs.isEmpty {
            chosen = audit.devices.filter { $0.verdict == .notCrossSigned }
        } else {
            chosen = []
            for id in deviceIDs {
                guard let device = audit.devices.first(where: { $0.deviceID == id }) else {
                    throw Failure("\(record.userID) has no device \(id) in the keys (\(keysFile.keys))")
                }
                chosen.append(device)
            }
        }
        for device in chosen where device.verdict == .invalid {
            throw Failure("device \(device.deviceID) is not signed: it is invalid (\(device.reasons.map(\.description).joined(separator: "; ")))",
                          code: ExitStatus.negative)
        }
        guard !chosen.isEmpty else {
            Stderr.line("every device of \(record.userID) is cross-signed: nothing to sign")
            return
        }
        let signer = try key.load(.selfSigning)
        guard signer.publicKey.base64 == published else {
            throw Failure("the key given is not \(record.userID)'s self-signing key (\(published)), but \(signer.publicKey.base64)", code: ExitStatus.negative)
        }
        var entries: [(userID: String, id: String, object: JSONObject)] = []
        for device in chosen {
            Stderr.line("signing device \(device.deviceID) of \(record.userID) (ed25519 \(device.ed25519 ?? "?"))")
            guard case .object(let object)? = record.devices.first(where: { $0.deviceID == device.deviceID })?.keys else { continue }
            do { entries.append((record.userID, device.deviceID, try CrossSigningBodies.signedForUpload(object, key: signer, userID: record.userID))) } catch {
                throw Failure(error)
            }
        }
        let out = Output()
        out.json(.object(CrossSigningBodies.signaturesUpload(entries)))
        out.flush()
    }
}

struct CrossSigningSignUser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-user",
        abstract: "Sign another user's master key with your user-signing key; print the /keys/signatures/upload body.",
        discussion: Help.discussion("""
            Reads the other user's master key from --keys (a saved key query response) and signs it as --as \
            (default: the user who made the query) with the user-signing key (--key FILE, --key \
            keystore:NAME, or --account-data FILE). Refused (exit 1): a master key that is not valid, and a \
            key that is not the published valid user-signing key of --as when the response holds it.
            """, examples: [
                "mxkeys cross-signing sign-user --keys bob.json --user-id @bob:example.org \\\n    --key keystore:alice-user-signing > signatures.json",
            ]))

    @OptionGroup var keysFile: KeysFileOption

    @Option(name: .customLong("user-id"), help: ArgumentHelp("The user whose master key to sign.", valueName: "user-id"))
    var userID: String

    @Option(name: .customLong("as"), help: ArgumentHelp("You, the signer (default: the user who made the query).", valueName: "user-id"))
    var asUser: String?

    @OptionGroup var key: CrossSigningKeyOptions

    func run() throws {
        let (record, querier) = try keysFile.record(userID)
        guard let me = asUser ?? querier else {
            throw Failure("the keys do not say who made the query: give --as USER_ID")
        }
        guard me != userID else { throw Failure("--user-id is you: a user-signing key signs other users' master keys") }
        let audit = IdentityAuditor().audit(record)
        guard audit.master.status == .valid, let masterKey = audit.master.publicKey, case .object(let master)? = record.masterKey else {
            throw Failure("\(userID)'s master key is \(audit.master.status.rawValue): not signed (\(audit.master.reasons.map(\.description).joined(separator: "; ")))",
                          code: ExitStatus.negative)
        }
        let signer = try key.load(.userSigning)
        if let mine = try keysFile.optionalRecord(me) {
            let own = IdentityAuditor().audit(mine)
            guard own.userSigning.status == .valid, let published = own.userSigning.publicKey else {
                throw Failure("\(me) has no valid user-signing key in the keys (\(own.userSigning.status.rawValue))", code: ExitStatus.negative)
            }
            guard published == signer.publicKey.base64 else {
                throw Failure("the key given is not \(me)'s user-signing key (\(published)), but \(signer.publicKey.base64)", code: ExitStatus.negative)
            }
        } else {
            Stderr.warning("the keys hold nothing of \(me): the key given cannot be checked against \(me)'s published user-signing key")
        }
        Stderr.line("signing the master key \(masterKey) of \(userID) as \(me)")
        let signed: JSONObject
        do { signed = try CrossSigningBodies.signedForUpload(master, key: signer, userID: me) } catch { throw Failure(error) }
        let out = Output()
        out.json(.object(CrossSigningBodies.signaturesUpload([(userID, masterKey, signed)])))
        out.flush()
    }
}
