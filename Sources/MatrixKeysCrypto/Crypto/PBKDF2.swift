internal import COpenSSL

/// PBKDF2 with HMAC-SHA-512, from OpenSSL. Matrix uses it for `m.pbkdf2` passphrase keys and for megolm
/// session export files (both SHA-512, not SHA-256: SPEC §9, §11).
public enum PBKDF2SHA512 {
    public static func deriveKey(
        password: SecretBytes, salt: [UInt8], iterations: Int, length: Int
    ) throws(CryptoError) -> SecretBytes {
        guard iterations >= 1, iterations <= Int(Int32.max) else {
            throw .invalidParameter("PBKDF2 iterations must be 1…\(Int32.max), got \(iterations)")
        }
        guard length >= 1, length <= 1 << 20 else {
            throw .invalidParameter("PBKDF2 output length must be 1…1048576 bytes, got \(length)")
        }
        return try SecretBytes(count: length) { (out) throws(CryptoError) in
            let ok = password.withUnsafeBytes { p in
                withBytes(p) { pp, pn in
                    withBytes(salt) { s, sn in
                        pp.withMemoryRebound(to: CChar.self, capacity: max(pn, 1)) { chars in
                            PKCS5_PBKDF2_HMAC(
                                chars, Int32(pn), s, Int32(sn), Int32(iterations), EVP_sha512(), Int32(length),
                                out.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 1
                        }
                    }
                }
            }
            if !ok { throw .libraryFailure(operation: "PKCS5_PBKDF2_HMAC") }
        }
    }
}
