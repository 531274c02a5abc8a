internal import CArgon2

/// Argon2id (RFC 9106, version 0x13), from libargon2. Used to turn keystore passphrases into keys.
public enum Argon2id {
    public struct Parameters: Sendable, Equatable, Codable {
        /// Passes over memory (t).
        public var timeCost: UInt32
        /// Memory in KiB (m).
        public var memoryKiB: UInt32
        /// Lanes (p).
        public var parallelism: UInt32

        public init(timeCost: UInt32, memoryKiB: UInt32, parallelism: UInt32) {
            self.timeCost = timeCost
            self.memoryKiB = memoryKiB
            self.parallelism = parallelism
        }

        /// The keystore default: t=3, m=64 MiB, p=1.
        public static let keystoreDefault = Parameters(timeCost: 3, memoryKiB: 64 * 1024, parallelism: 1)
    }

    /// The raw Argon2id tag of `length` bytes.
    public static func deriveKey(
        password: SecretBytes, salt: [UInt8], secret: [UInt8] = [], associatedData: [UInt8] = [],
        parameters: Parameters, length: Int
    ) throws(CryptoError) -> SecretBytes {
        guard salt.count >= 8 else {
            throw .invalidParameter("Argon2id salt must be at least 8 bytes, got \(salt.count)")
        }
        guard length >= 4, length <= 1024 else {
            throw .invalidParameter("Argon2id output length must be 4…1024 bytes, got \(length)")
        }
        guard parameters.timeCost >= 1, parameters.parallelism >= 1, parameters.parallelism <= 255,
              parameters.memoryKiB >= 8 * parameters.parallelism, parameters.memoryKiB <= 4 * 1024 * 1024
        else {
            throw .invalidParameter(
                "Argon2id parameters out of range (t=\(parameters.timeCost), m=\(parameters.memoryKiB) KiB, p=\(parameters.parallelism))")
        }
        var salt = salt
        var secret = secret
        var ad = associatedData
        defer { wipe(&secret) }
        return try SecretBytes(count: length) { (out) throws(CryptoError) in
            let rc: Int32 = password.withUnsafeBytes { pw in
                var pwCopy = Array(pw)
                defer { wipe(&pwCopy) }
                return pwCopy.withUnsafeMutableBufferPointer { pwBuf in
                    salt.withUnsafeMutableBufferPointer { saltBuf in
                        secret.withUnsafeMutableBufferPointer { secretBuf in
                            ad.withUnsafeMutableBufferPointer { adBuf in
                                var context = argon2_context(
                                    out: out.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                    outlen: UInt32(length),
                                    pwd: pwBuf.baseAddress, pwdlen: UInt32(pwBuf.count),
                                    salt: saltBuf.baseAddress, saltlen: UInt32(saltBuf.count),
                                    secret: secretBuf.baseAddress, secretlen: UInt32(secretBuf.count),
                                    ad: adBuf.baseAddress, adlen: UInt32(adBuf.count),
                                    t_cost: parameters.timeCost, m_cost: parameters.memoryKiB,
                                    lanes: parameters.parallelism, threads: parameters.parallelism,
                                    version: UInt32(ARGON2_VERSION_13.rawValue),
                                    allocate_cbk: nil, free_cbk: nil, flags: 0)  // ARGON2_DEFAULT_FLAGS
                                return argon2_ctx(&context, Argon2_id)
                            }
                        }
                    }
                }
            }
            if rc != ARGON2_OK.rawValue {
                let message = String(cString: argon2_error_message(rc))
                throw .invalidParameter("Argon2id failed: \(message)")
            }
        }
    }
}
