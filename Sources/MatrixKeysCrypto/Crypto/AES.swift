internal import CSodium
internal import COpenSSL

/// AES-256 in CTR and CBC modes, from OpenSSL.
public enum AES256 {
    public static let keyLength = 32
    public static let blockLength = 16

    /// AES-256-CTR. The IV is the initial 128-bit counter block and the whole block counts up (big-endian),
    /// as Matrix's secret storage and session export files need. Encryption and decryption are the same.
    public static func ctr(_ input: [UInt8], key: SecretBytes, iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try CryptoError.checkLength("AES-256 key", key.count, keyLength)
        try CryptoError.checkLength("AES-CTR IV", iv.count, blockLength)
        return try run(OpenSSLNames.aes256CTR, encrypt: true, padding: false, input, key: key, iv: iv)
    }

    /// AES-256-CTR over secret input, keeping the output secret too.
    public static func ctr(_ input: SecretBytes, key: SecretBytes, iv: [UInt8]) throws(CryptoError) -> SecretBytes {
        var plain = input.unsafeCopy()
        defer { wipe(&plain) }
        var out = try ctr(plain, key: key, iv: iv)
        return SecretBytes(consuming: &out)
    }

    /// AES-256-CBC with PKCS#7 padding.
    public static func cbcEncrypt(_ plaintext: [UInt8], key: SecretBytes, iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try CryptoError.checkLength("AES-256 key", key.count, keyLength)
        try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
        return try run(OpenSSLNames.aes256CBC, encrypt: true, padding: true, plaintext, key: key, iv: iv)
    }

    /// AES-256-CBC decryption that removes PKCS#7 padding; bad padding or length is an error.
    public static func cbcDecrypt(_ ciphertext: [UInt8], key: SecretBytes, iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try CryptoError.checkLength("AES-256 key", key.count, keyLength)
        try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
        guard !ciphertext.isEmpty, ciphertext.count % blockLength == 0 else {
            throw .ciphertextNotBlockAligned(length: ciphertext.count)
        }
        return try run(OpenSSLNames.aes256CBC, encrypt: false, padding: true, ciphertext, key: key, iv: iv)
    }

    /// Raw AES-256-CBC without padding (block-aligned input only), for known-answer tests of the mode itself.
    public static func cbcEncryptNoPadding(_ plaintext: [UInt8], key: SecretBytes, iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try CryptoError.checkLength("AES-256 key", key.count, keyLength)
        try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
        guard plaintext.count % blockLength == 0 else { throw .ciphertextNotBlockAligned(length: plaintext.count) }
        return try run(OpenSSLNames.aes256CBC, encrypt: true, padding: false, plaintext, key: key, iv: iv)
    }

    private static func run(
        _ cipher: OpaquePointer?, encrypt: Bool, padding: Bool, _ input: [UInt8], key: SecretBytes, iv: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        guard let ctx = EVP_CIPHER_CTX_new() else { throw .libraryFailure(operation: "EVP_CIPHER_CTX_new") }
        defer { EVP_CIPHER_CTX_free(ctx) }
        let result = key.withUnsafeBytes { k in
            iv.withUnsafeBytes { v in
                Result { () throws(CryptoError) in try run(cipher, ctx: ctx, encrypt: encrypt, padding: padding, input, key: k, iv: v) }
            }
        }
        return try result.get()
    }

    /// One operation on `ctx` (fresh or reused); `key` and `iv` have been length-checked.
    fileprivate static func run(
        _ cipher: OpaquePointer?, ctx: OpaquePointer, encrypt: Bool, padding: Bool, _ input: [UInt8],
        key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer
    ) throws(CryptoError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: input.count + blockLength)
        defer { wipe(&out) }
        let total = input.withUnsafeBytes { source in
            out.withUnsafeMutableBytes { target in
                Result { () throws(CryptoError) in
                    try run(cipher, ctx: ctx, encrypt: encrypt, padding: padding, source, key: key, iv: iv, into: target.baseAddress!)
                }
            }
        }
        return Array(out[0..<(try total.get())])
    }

    /// One operation on `ctx` writing to `out` (room for `input.count + blockLength` bytes); returns the
    /// length written. On failure what was written is wiped.
    fileprivate static func run(
        _ cipher: OpaquePointer?, ctx: OpaquePointer, encrypt: Bool, padding: Bool, _ input: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer
    ) throws(CryptoError) -> Int {
        // A cipher fetched once (`OpenSSLNames`): the legacy EVP_aes_256_*() look it up on every init.
        // A context that already has it is given none, so that OpenSSL keeps the context's state
        // instead of freeing and allocating it again.
        let same = EVP_CIPHER_CTX_get0_cipher(ctx) == cipher
        let initOK = EVP_CipherInit_ex2(
            ctx, same ? nil : cipher, key.baseAddress!.assumingMemoryBound(to: UInt8.self), iv.baseAddress!.assumingMemoryBound(to: UInt8.self),
            encrypt ? 1 : 0, nil) == 1
        guard initOK else { throw .libraryFailure(operation: "EVP_CipherInit_ex2") }
        // Padding is on in a new context and stays as set. Only fresh contexts (the unpadded known-answer
        // functions) turn it off, so a kept `Context` skips the call, which goes through OSSL_PARAM
        // look-ups.
        if !padding { EVP_CIPHER_CTX_set_padding(ctx, 0) }
        let target = out.assumingMemoryBound(to: UInt8.self)
        var written: Int32 = 0
        var finalWritten: Int32 = 0
        let updateOK = withBytes(input) { p, n in EVP_CipherUpdate(ctx, target, &written, p, Int32(n)) == 1 }
        guard updateOK else { throw .libraryFailure(operation: "EVP_CipherUpdate") }
        guard EVP_CipherFinal_ex(ctx, target + Int(written), &finalWritten) == 1 else {
            sodium_memzero(out, input.count + blockLength)
            if !encrypt && padding { throw .invalidPadding }
            throw .libraryFailure(operation: "EVP_CipherFinal_ex")
        }
        return Int(written + finalWritten)
    }

    /// AES-256-CBC for many messages on one thread, reusing one OpenSSL context. Not for use from several
    /// threads at once.
    package final class Context {
        private let ctx: OpaquePointer

        package init() {
            guard let ctx = EVP_CIPHER_CTX_new() else { preconditionFailure("OpenSSL could not create a cipher context (out of memory)") }
            self.ctx = ctx
        }

        deinit { EVP_CIPHER_CTX_free(ctx) }

        /// AES-256-CBC with PKCS#7 padding, as `AES256.cbcDecrypt`, with the key and IV given as bytes.
        package func cbcDecrypt(_ ciphertext: [UInt8], key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer) throws(CryptoError) -> [UInt8] {
            try CryptoError.checkLength("AES-256 key", key.count, keyLength)
            try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
            guard !ciphertext.isEmpty, ciphertext.count % blockLength == 0 else { throw .ciphertextNotBlockAligned(length: ciphertext.count) }
            return try AES256.run(OpenSSLNames.aes256CBC, ctx: ctx, encrypt: false, padding: true, ciphertext, key: key, iv: iv)
        }

        /// The same, written to `out` (room for `ciphertext.count + 16` bytes); returns the plaintext's
        /// length. On failure what was written is wiped.
        package func cbcDecrypt(
            _ ciphertext: UnsafeRawBufferPointer, key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer
        ) throws(CryptoError) -> Int {
            try CryptoError.checkLength("AES-256 key", key.count, keyLength)
            try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
            guard !ciphertext.isEmpty, ciphertext.count % blockLength == 0 else { throw .ciphertextNotBlockAligned(length: ciphertext.count) }
            return try AES256.run(OpenSSLNames.aes256CBC, ctx: ctx, encrypt: false, padding: true, ciphertext, key: key, iv: iv, into: out)
        }

        package func cbcEncrypt(_ plaintext: [UInt8], key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer) throws(CryptoError) -> [UInt8] {
            try CryptoError.checkLength("AES-256 key", key.count, keyLength)
            try CryptoError.checkLength("AES-CBC IV", iv.count, blockLength)
            return try AES256.run(OpenSSLNames.aes256CBC, ctx: ctx, encrypt: true, padding: true, plaintext, key: key, iv: iv)
        }
    }
}
