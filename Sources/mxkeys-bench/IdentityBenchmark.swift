#if canImport(Glibc)
import Glibc
#endif
import MatrixKeys

/// `devices verify` from a file: users' /user/devices responses as JSON lines (50 devices a user, each
/// with its self-signature and its owner's signature), audited as the command audits them, beside
/// libsodium's raw verify rate over the devices' own signed bytes, measured in the same run.
enum IdentityBenchmark {
    static let devicesPerUser = 50

    /// Writes `devices` devices (rounded to whole users) to `path`; returns a sample of signatures to
    /// time the raw verify on.
    @discardableResult
    static func writeFile(_ path: String, devices: Int) -> [(Ed25519.PublicKey, Ed25519.Signature, [UInt8])] {
        let file = fopen(path, "w")!
        defer { fclose(file) }
        var sample: [(Ed25519.PublicKey, Ed25519.Signature, [UInt8])] = []
        for userIndex in 0..<(devices / devicesPerUser) {
            let user = "@user\(userIndex):bench.example"
            let master = CrossSigningPrivateKey.generate(.master), selfSigning = CrossSigningPrivateKey.generate(.selfSigning)
            var list: [JSONValue] = []
            for deviceIndex in 0..<devicesPerUser {
                let id = "DEVICE\(deviceIndex)"
                let device = SigningKey.fromSeed(id)
                var object: JSONObject = [
                    "user_id": .string(user), "device_id": .string(id),
                    "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
                    "keys": .object(["ed25519:" + id: .string(device.publicKey.base64), "curve25519:" + id: .string(Base64.encode([UInt8](repeating: 7, count: 32)))].reduce(into: JSONObject()) { $0[$1.key] = $1.value }),
                ]
                object = try! SignedJSON.sign(object, entity: user, key: device)
                object = try! selfSigning.sign(object, userID: user)
                if sample.count < 2000 {
                    let message = SignedJSON.signingBytes(object)
                    let signature = try! Ed25519.Signature(base64: object["signatures"]![user]!["ed25519:" + id]!.stringValue!)
                    sample.append((device.publicKey, signature, message))
                }
                list.append(["device_id": .string(id), "keys": .object(object)])
            }
            let response: JSONObject = [
                "user_id": .string(user), "stream_id": 1, "devices": .array(list),
                "master_key": .object(master.publicObject(userID: user)),
                "self_signing_key": .object(try! master.sign(selfSigning.publicObject(userID: user), userID: user)),
            ]
            let bytes = CanonicalJSON.encode(.object(response)) + [0x0A]
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        }
        return sample
    }

    /// Audits the file on `jobs` threads; returns (seconds, devices, cross-signed devices).
    static func audit(_ path: String, jobs: Int) -> (Double, Int, Int) {
        audit(KeysQueryFile(reader: try! JSONItemReader(path: path)), jobs: jobs)
    }

    /// Audits every user of `source` on `jobs` threads; returns (seconds, devices, cross-signed devices).
    static func audit(_ source: any UserKeysSource, jobs: Int) -> (Double, Int, Int) {
        var devices = 0, crossSigned = 0
        let start = now()
        try! IdentityAuditor().run(source, jobs: jobs, transform: { user in (user.devices.count, user.crossSignedDevices, user.jsonLines.count) }) { results in
            for (count, signed, _) in results {
                devices += count
                crossSigned += signed
            }
        }
        return (now() - start, devices, crossSigned)
    }

    static func rawRate(_ sample: [(Ed25519.PublicKey, Ed25519.Signature, [UInt8])]) -> Double {
        var index = 0
        return rate(seconds: 1.0, batch: 200) {
            let (key, signature, message) = sample[index % sample.count]
            index += 1
            if !key.isValidSignature(signature, for: message) { fatalError("a sample signature does not verify") }
        }
    }

    static func run() {
        let path = "/tmp/mxkeys-bench-devices-\(getpid()).jsonl"
        defer { unlink(path) }
        let total = 100_000
        let sample = writeFile(path, devices: total)
        print("devices verify: \(total) devices (\(total / devicesPerUser) users of \(devicesPerUser)), 2 signatures each and 1 a user, JSON lines (json report rendered)")
        // Each user's self-signing key carries the master key's signature.
        compare(sample, devices: total, keySignatures: total / devicesPerUser, label: "1 job") { audit(path, jobs: $0) }
    }

    /// Three rounds of the raw verify rate beside `audit` on 1 and 2 jobs, with their medians. The audit's
    /// rate counts every signature it checks: two a device (its self-signature and its owner's), and the
    /// master key's signature on each of the user's other cross-signing keys (`keySignatures` in all).
    static func compare(_ sample: [(Ed25519.PublicKey, Ed25519.Signature, [UInt8])], devices total: Int, keySignatures: Int,
                        label: String, audit: (Int) -> (Double, Int, Int)) {
        var ratios: [Double] = [], scaling: [Double] = []
        for round in 1...3 {
            let raw = rawRate(sample)
            let (one, devices, signed) = audit(1)
            let (two, _, _) = audit(2)
            precondition(devices == total && signed == total, "the audit did not find every device cross-signed")
            let signatures = Double(2 * devices + keySignatures)
            let oneRate = signatures / one, twoRate = signatures / two
            ratios.append(oneRate / raw)
            scaling.append(twoRate / oneRate)
            print("  round \(round): raw verify \(format(raw, "/s")); \(label) \(format(oneRate, "signatures/s")) (\(format(Double(devices) / one, "devices/s")), \(format(100 * oneRate / raw, "%")) of raw); 2 jobs \(format(twoRate, "signatures/s")), \(format(twoRate / oneRate, "x", digits: 2)) one job")
        }
        print("  median: 1 job \(format(100 * ratios.sorted()[1], "%")) of the raw verify rate; 2 jobs \(format(scaling.sorted()[1], "x", digits: 2)) one job")
    }

    static func runMemory() {
        for total in [10_000, 100_000] {
            let path = "/tmp/mxkeys-bench-devices-\(getpid())-\(total).jsonl"
            writeFile(path, devices: total)
            let (seconds, devices, _) = audit(path, jobs: 2)
            unlink(path)
            print("devices verify of \(devices) devices, 2 jobs: \(format(seconds, "s")), peak RSS so far \(format(peakRSSMiB(), "MiB"))")
        }
    }
}

extension SigningKey {
    /// A key whose seed is the SHA-256 of `text`: the same devices in every run.
    static func fromSeed(_ text: String) -> SigningKey {
        try! SigningKey(keyID: KeyID.ed25519(text), privateKey: Ed25519.PrivateKey(seed: SHA256.hash(Array(text.utf8))))
    }
}
