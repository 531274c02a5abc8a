internal import CSodium

/// XChaCha20-Poly1305 (IETF variant) authenticated encryption, from libsodium. Used by the keystore.
public enum XChaCha20Poly1305 {
    public static let keyLength = 32
    public static let nonceLength = 24
    public static let tagLength = 16

    /// Returns ciphertext ‖ tag.
    public static func seal(
        _ plaintext: SecretBytes, key: SecretBytes, nonce: [UInt8], associatedData: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        try CryptoError.checkLength("XChaCha20-Poly1305 key", key.count, keyLength)
        try CryptoError.checkLength("XChaCha20-Poly1305 nonce", nonce.count, nonceLength)
        Sodium.ready()
        var out = [UInt8](repeating: 0, count: plaintext.count + tagLength)
        var outLength: UInt64 = 0
        let rc = plaintext.withUnsafeBytes { m in
            key.withUnsafeBytes { k in
                withBytes(associatedData) { ad, adCount in
                    withBytes(m) { mp, mCount in
                        crypto_aead_xchacha20poly1305_ietf_encrypt(
                            &out, &outLength, mp, UInt64(mCount), ad, UInt64(adCount), nil, nonce,
                            k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                    }
                }
            }
        }
        if rc != 0 { throw .libraryFailure(operation: "crypto_aead_xchacha20poly1305_ietf_encrypt") }
        return out
    }

    /// Opens ciphertext ‖ tag; a wrong key or any modified byte gives `.authenticationFailed`.
    public static func open(
        _ sealed: [UInt8], key: SecretBytes, nonce: [UInt8], associatedData: [UInt8]
    ) throws(CryptoError) -> SecretBytes {
        try CryptoError.checkLength("XChaCha20-Poly1305 key", key.count, keyLength)
        try CryptoError.checkLength("XChaCha20-Poly1305 nonce", nonce.count, nonceLength)
        guard sealed.count >= tagLength else {
            throw .invalidLength(what: "XChaCha20-Poly1305 ciphertext", expected: tagLength, actual: sealed.count)
        }
        Sodium.ready()
        return try SecretBytes(count: sealed.count - tagLength) { (out) throws(CryptoError) in
            var outLength: UInt64 = 0
            let rc = key.withUnsafeBytes { k in
                withBytes(associatedData) { ad, adCount in
                    crypto_aead_xchacha20poly1305_ietf_decrypt(
                        out.baseAddress?.assumingMemoryBound(to: UInt8.self), &outLength, nil, sealed,
                        UInt64(sealed.count), ad, UInt64(adCount), nonce,
                        k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
            if rc != 0 { throw .authenticationFailed }
        }
    }
}
