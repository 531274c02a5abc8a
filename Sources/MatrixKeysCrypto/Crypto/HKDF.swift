internal import COpenSSL
internal import CSodium

/// HKDF with SHA-256 (RFC 5869), from OpenSSL's HKDF.
///
/// The HKDF implementation is fetched from OpenSSL once and reused: fetching it per call (as the
/// `EVP_PKEY_CTX` interface does) costs more than the derivation itself.
public enum HKDFSHA256 {
    /// HKDF-Extract: PRK = HMAC-SHA-256(salt, ikm). An empty salt means 32 zero bytes.
    public static func extract(inputKeyMaterial ikm: SecretBytes, salt: [UInt8]) throws(CryptoError) -> SecretBytes {
        try derive(mode: Int32(EVP_KDF_HKDF_MODE_EXTRACT_ONLY), key: ikm, salt: salt, info: [], length: 32)
    }

    /// HKDF-Expand: `length` bytes (at most 255 × 32) from a pseudorandom key of at least 32 bytes.
    public static func expand(pseudorandomKey prk: SecretBytes, info: [UInt8], length: Int) throws(CryptoError) -> SecretBytes {
        try checkOutputLength(length)
        if prk.count < 32 { throw .invalidLength(what: "HKDF pseudorandom key", expected: 32, actual: prk.count) }
        return try derive(mode: Int32(EVP_KDF_HKDF_MODE_EXPAND_ONLY), key: prk, salt: [], info: info, length: length)
    }

    /// Extract then expand.
    public static func deriveKey(
        inputKeyMaterial ikm: SecretBytes, salt: [UInt8], info: [UInt8], length: Int
    ) throws(CryptoError) -> SecretBytes {
        try checkOutputLength(length)
        return try derive(
            mode: Int32(EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND), key: ikm, salt: salt, info: info, length: length)
    }

    static func checkOutputLength(_ length: Int) throws(CryptoError) {
        guard length > 0, length <= 255 * 32 else {
            throw .invalidParameter("HKDF-SHA-256 output length must be 1…8160 bytes, got \(length)")
        }
    }

    private static func derive(
        mode: Int32, key: SecretBytes, salt: [UInt8], info: [UInt8], length: Int
    ) throws(CryptoError) -> SecretBytes {
        guard let kdf = OpenSSLNames.hkdf, let ctx = EVP_KDF_CTX_new(kdf) else {
            throw .libraryFailure(operation: "EVP_KDF_CTX_new(HKDF)")
        }
        defer { EVP_KDF_CTX_free(ctx) }
        var digestParams = [OSSL_PARAM_construct_utf8_string(OpenSSLNames.digestKey, OpenSSLNames.sha256, 0), OSSL_PARAM_construct_end()]
        guard EVP_KDF_CTX_set_params(ctx, &digestParams) == 1 else { throw .libraryFailure(operation: "EVP_KDF_CTX_set_params(HKDF)") }
        var mode = mode
        var salt = salt
        var info = info
        return try SecretBytes(count: length) { (out) throws(CryptoError) in
            let ok = key.withUnsafeBytes { k in
                salt.withUnsafeMutableBytes { s in
                    info.withUnsafeMutableBytes { i in
                        var params: [OSSL_PARAM] = [
                            OSSL_PARAM_construct_int(OpenSSLNames.modeKey, &mode),
                            OSSL_PARAM_construct_octet_string(
                                OpenSSLNames.keyKey, UnsafeMutableRawPointer(mutating: k.baseAddress), k.count),
                        ]
                        // An empty salt is HMAC with an empty key, which RFC 5869 defines as hash-length zeros.
                        if mode != EVP_KDF_HKDF_MODE_EXPAND_ONLY {
                            params.append(OSSL_PARAM_construct_octet_string(OpenSSLNames.saltKey, s.baseAddress, s.count))
                        }
                        if !i.isEmpty {
                            params.append(OSSL_PARAM_construct_octet_string(OpenSSLNames.infoKey, i.baseAddress, i.count))
                        }
                        params.append(OSSL_PARAM_construct_end())
                        return EVP_KDF_derive(
                            ctx, out.baseAddress!.assumingMemoryBound(to: UInt8.self), length, &params) == 1
                    }
                }
            }
            if !ok { throw .libraryFailure(operation: "EVP_KDF_derive(HKDF)") }
        }
    }
}

/// Algorithm and parameter names handed to OpenSSL. OSSL_PARAM keeps the pointers it is given, so the
/// names live for the whole process rather than as temporary bridged strings.
enum OpenSSLNames {
    private static func permanent(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = Array(text.utf8CString)
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        return pointer
    }

    nonisolated(unsafe) static let digestKey = UnsafePointer(permanent("digest"))
    nonisolated(unsafe) static let modeKey = UnsafePointer(permanent("mode"))
    nonisolated(unsafe) static let keyKey = UnsafePointer(permanent("key"))
    nonisolated(unsafe) static let saltKey = UnsafePointer(permanent("salt"))
    nonisolated(unsafe) static let infoKey = UnsafePointer(permanent("info"))
    nonisolated(unsafe) static let sha256 = permanent("SHA256")
    /// Fetched once; fetched implementations may be shared between threads.
    nonisolated(unsafe) static let hkdf: OpaquePointer? = EVP_KDF_fetch(nil, "HKDF", nil)
    nonisolated(unsafe) static let sha256Digest: OpaquePointer? = EVP_MD_fetch(nil, "SHA256", nil)
    nonisolated(unsafe) static let hmac: OpaquePointer? = EVP_MAC_fetch(nil, "HMAC", nil)
    nonisolated(unsafe) static let aes256CBC: OpaquePointer? = EVP_CIPHER_fetch(nil, "AES-256-CBC", nil)
    nonisolated(unsafe) static let aes256CTR: OpaquePointer? = EVP_CIPHER_fetch(nil, "AES-256-CTR", nil)

    /// An HMAC context with SHA-256 already chosen, only ever copied (`_dup`), never used: naming the
    /// digest on a fresh context looks it up again, which costs more than the work itself.
    nonisolated(unsafe) static let hmacTemplate: OpaquePointer? = {
        guard let hmac, let ctx = EVP_MAC_CTX_new(hmac) else { return nil }
        var params = [OSSL_PARAM_construct_utf8_string(digestKey, sha256, 0), OSSL_PARAM_construct_end()]
        return EVP_MAC_CTX_set_params(ctx, &params) == 1 ? ctx : nil
    }()
}

extension HKDFSHA256 {
    /// HKDF-SHA-256 for many derivations on one thread with the same salt and info (a key backup's
    /// sessions). RFC 5869's two steps are written out over OpenSSL's HMAC so that the contexts can be
    /// kept: the salt-keyed HMAC is set up once, and each output block re-uses the pseudorandom key's
    /// context instead of building one. (OpenSSL's HKDF builds all of that on every call, which costs
    /// several times the hashing.) Tests hold it to OpenSSL's HKDF. Not for use from several threads at once.
    package final class Deriver {
        private let extract: HMACSHA256.Context
        private let expand = HMACSHA256.Context()
        private let info: [UInt8]
        private let length: Int
        /// The pseudorandom key (0..<32) and the block being made (32..<64); wiped after each use.
        private let scratch = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)

        package init(salt: [UInt8], info: [UInt8], length: Int) throws(CryptoError) {
            try HKDFSHA256.checkOutputLength(length)
            // An empty salt is hash-length zeros (RFC 5869 §2.2).
            let key = salt.isEmpty ? [UInt8](repeating: 0, count: 32) : salt
            let extract = HMACSHA256.Context()
            key.withUnsafeBytes { extract.setKey($0) }
            self.extract = extract
            self.info = info
            self.length = length
        }

        deinit {
            sodium_memzero(scratch, 64)
            scratch.deallocate()
        }

        /// The `length` bytes derived from `key`.
        package func derive(_ key: SecretBytes) throws(CryptoError) -> SecretBytes {
            SecretBytes(count: length) { out in key.withUnsafeBytes { derive($0, into: out.baseAddress!) } }
        }

        /// The `length` bytes derived from `key`, written to `out`. Each block T(i) = HMAC(PRK,
        /// T(i-1) ‖ info ‖ i) is made in place, without allocating.
        package func derive(_ key: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
            let none = UnsafeRawBufferPointer(start: nil, count: 0)
            let prk = scratch, block = scratch + 32
            defer { sodium_memzero(scratch, 64) }
            extract.macWithSameKey(key, none, none, into: prk)
            expand.setKey(UnsafeRawBufferPointer(start: prk, count: 32))
            info.withUnsafeBytes { info in
                var counter: UInt8 = 1
                var written = 0
                var previous = none
                while written < length {
                    withUnsafeBytes(of: &counter) { expand.macWithSameKey(previous, info, $0, into: block) }
                    let take = min(32, length - written)
                    (out + written).copyMemory(from: block, byteCount: take)
                    // A full block in the output is T(i-1) for the next one.
                    previous = UnsafeRawBufferPointer(start: out + written, count: take)
                    written += take
                    counter += 1
                }
            }
        }
    }
}
