import Testing
@testable import MatrixKeys
@testable import MatrixKeysCrypto

@Suite("AES-256-CTR, AES-256-CBC, XChaCha20-Poly1305")
struct CipherTests {
    @Test("AES-256-CTR: NIST SP 800-38A F.5.5 and a full 128-bit counter wrap")
    func ctr() throws {
        let cases = try Vectors.group("crypto_kat", "aes256_ctr")
        #expect(cases.count >= 2)
        for vector in cases {
            let key = SecretBytes(copying: try vector.hex("key_hex"))
            let iv = try vector.hex("counter_hex")
            let plaintext = try vector.hex("plaintext_hex")
            let ciphertext = try vector.hex("ciphertext_hex")
            #expect(try AES256.ctr(plaintext, key: key, iv: iv) == ciphertext, "\(vector.source)")
            #expect(try AES256.ctr(ciphertext, key: key, iv: iv) == plaintext, "\(vector.source)")
        }
    }

    @Test("AES-256-CBC: NIST SP 800-38A F.2.5 (unpadded blocks)")
    func cbcNist() throws {
        let cases = try Vectors.group("crypto_kat", "aes256_cbc")
        #expect(cases.count == 1)
        for vector in cases {
            let key = SecretBytes(copying: try vector.hex("key_hex"))
            let iv = try vector.hex("iv_hex")
            let plaintext = try vector.hex("plaintext_hex")
            let ciphertext = try vector.hex("ciphertext_hex")
            #expect(try AES256.cbcEncryptNoPadding(plaintext, key: key, iv: iv) == ciphertext)
            // With PKCS#7 the same blocks come first, then one full block of padding.
            let padded = try AES256.cbcEncrypt(plaintext, key: key, iv: iv)
            #expect(padded.count == ciphertext.count + 16)
            #expect(Array(padded.prefix(ciphertext.count)) == ciphertext)
            #expect(try AES256.cbcDecrypt(padded, key: key, iv: iv) == plaintext)
        }
    }

    @Test("AES-256-CBC with PKCS#7: round trips for every length 0…48")
    func cbcRoundTrip() throws {
        let key = SecretBytes.random(count: 32)
        let iv = SecureRandom.bytes(count: 16)
        for length in 0...48 {
            let plaintext = SecureRandom.bytes(count: length)
            let sealed = try AES256.cbcEncrypt(plaintext, key: key, iv: iv)
            #expect(sealed.count == (length / 16 + 1) * 16)
            #expect(try AES256.cbcDecrypt(sealed, key: key, iv: iv) == plaintext)
        }
    }

    @Test("AES-256-CBC: bad length and bad padding are errors, not crashes")
    func cbcErrors() throws {
        let key = SecretBytes(copying: [UInt8](repeating: 1, count: 32))
        let iv = [UInt8](repeating: 2, count: 16)
        #expect(throws: CryptoError.ciphertextNotBlockAligned(length: 15)) {
            try AES256.cbcDecrypt([UInt8](repeating: 0, count: 15), key: key, iv: iv)
        }
        #expect(throws: CryptoError.ciphertextNotBlockAligned(length: 0)) { try AES256.cbcDecrypt([], key: key, iv: iv) }
        // A block whose decryption ends in 0x00 can never be valid PKCS#7: find one deterministically.
        let raw = try AES256.cbcEncryptNoPadding([UInt8](repeating: 0, count: 16), key: key, iv: iv)
        #expect(throws: CryptoError.invalidPadding) { try AES256.cbcDecrypt(raw, key: key, iv: iv) }
        // Decrypting with the wrong key almost always breaks the padding; with these fixed inputs it does.
        let sealed = try AES256.cbcEncrypt(bytes("secret session"), key: key, iv: iv)
        let wrongKey = SecretBytes(copying: [UInt8](repeating: 3, count: 32))
        #expect(throws: CryptoError.invalidPadding) { try AES256.cbcDecrypt(sealed, key: wrongKey, iv: iv) }
        #expect(throws: CryptoError.invalidLength(what: "AES-CBC IV", expected: 16, actual: 12)) {
            try AES256.cbcDecrypt(sealed, key: key, iv: [UInt8](repeating: 0, count: 12))
        }
        #expect(throws: CryptoError.invalidLength(what: "AES-256 key", expected: 32, actual: 16)) {
            try AES256.ctr([1], key: SecretBytes(copying: [UInt8](repeating: 0, count: 16)), iv: iv)
        }
    }

    @Test("XChaCha20-Poly1305: draft-irtf-cfrg-xchacha §A.3.1")
    func xchacha() throws {
        let cases = try Vectors.group("crypto_kat", "xchacha20poly1305")
        #expect(cases.count == 1)
        for vector in cases {
            let key = SecretBytes(copying: try vector.hex("key_hex"))
            let nonce = try vector.hex("nonce_hex")
            let aad = try vector.hex("aad_hex")
            let plaintext = try vector.hex("plaintext_hex")
            let expected = try vector.hex("ciphertext_hex") + vector.hex("tag_hex")
            let sealed = try XChaCha20Poly1305.seal(SecretBytes(copying: plaintext), key: key, nonce: nonce, associatedData: aad)
            #expect(sealed == expected)
            #expect(try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, associatedData: aad).unsafeCopy() == plaintext)
            for index in [0, sealed.count / 2, sealed.count - 1] {
                var tampered = sealed
                tampered[index] ^= 0x01
                #expect(throws: CryptoError.authenticationFailed) {
                    try XChaCha20Poly1305.open(tampered, key: key, nonce: nonce, associatedData: aad)
                }
            }
            #expect(throws: CryptoError.authenticationFailed) {
                try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, associatedData: aad + [0])
            }
            #expect(throws: CryptoError.invalidLength(what: "XChaCha20-Poly1305 ciphertext", expected: 16, actual: 15)) {
                try XChaCha20Poly1305.open(Array(sealed.prefix(15)), key: key, nonce: nonce, associatedData: aad)
            }
            #expect(throws: CryptoError.invalidLength(what: "XChaCha20-Poly1305 nonce", expected: 24, actual: 12)) {
                try XChaCha20Poly1305.open(sealed, key: key, nonce: Array(nonce.prefix(12)), associatedData: aad)
            }
        }
    }
}

@Suite("PBKDF2-HMAC-SHA-512, Argon2id")
struct KDFTests {
    @Test("PBKDF2-HMAC-SHA-512 published vectors")
    func pbkdf2() throws {
        let cases = try Vectors.group("crypto_kat", "pbkdf2_sha512")
        #expect(cases.count >= 3)
        for vector in cases {
            let derived = try PBKDF2SHA512.deriveKey(
                password: SecretBytes(copying: try vector.hex("password_hex")), salt: try vector.hex("salt_hex"),
                iterations: try vector.int("iterations"), length: try vector.int("length"))
            #expect(derived.unsafeCopy() == (try vector.hex("derived_hex")), "\(vector.source)")
        }
    }

    @Test("PBKDF2 parameter errors")
    func pbkdf2Errors() {
        let password = SecretBytes(copying: bytes("pw"))
        #expect(throws: CryptoError.invalidParameter("PBKDF2 iterations must be 1…2147483647, got 0")) {
            try PBKDF2SHA512.deriveKey(password: password, salt: [], iterations: 0, length: 32)
        }
        #expect(throws: CryptoError.invalidParameter("PBKDF2 output length must be 1…1048576 bytes, got 0")) {
            try PBKDF2SHA512.deriveKey(password: password, salt: [], iterations: 1, length: 0)
        }
    }

    @Test("Argon2id: RFC 9106 §5.3 and the reference implementation's vector")
    func argon2id() throws {
        let cases = try Vectors.group("crypto_kat", "argon2id")
        #expect(cases.count >= 1)
        for vector in cases {
            let parameters = Argon2id.Parameters(
                timeCost: UInt32(try vector.int("t_cost")), memoryKiB: UInt32(try vector.int("m_cost_kib")),
                parallelism: UInt32(try vector.int("parallelism")))
            let tag = try Argon2id.deriveKey(
                password: SecretBytes(copying: try vector.hex("password_hex")), salt: try vector.hex("salt_hex"),
                secret: try vector.hex("secret_hex"), associatedData: try vector.hex("ad_hex"),
                parameters: parameters, length: try vector.int("tag_length"))
            #expect(tag.unsafeCopy() == (try vector.hex("tag_hex")), "\(vector.source)")
        }
    }

    @Test("Argon2id parameter errors")
    func argon2Errors() {
        let password = SecretBytes(copying: bytes("pw"))
        let small = Argon2id.Parameters(timeCost: 1, memoryKiB: 64, parallelism: 1)
        #expect(throws: CryptoError.invalidParameter("Argon2id salt must be at least 8 bytes, got 4")) {
            try Argon2id.deriveKey(password: password, salt: [1, 2, 3, 4], parameters: small, length: 32)
        }
        #expect(throws: CryptoError.invalidParameter("Argon2id output length must be 4…1024 bytes, got 2")) {
            try Argon2id.deriveKey(password: password, salt: [UInt8](repeating: 1, count: 16), parameters: small, length: 2)
        }
        #expect(throws: CryptoError.invalidParameter("Argon2id parameters out of range (t=0, m=64 KiB, p=1)")) {
            try Argon2id.deriveKey(
                password: password, salt: [UInt8](repeating: 1, count: 16),
                parameters: .init(timeCost: 0, memoryKiB: 64, parallelism: 1), length: 32)
        }
    }
}

@Suite("Secret bytes and random")
struct SecretBytesTests {
    @Test("equality is by content; description hides it")
    func equality() {
        let a = SecretBytes(copying: [1, 2, 3])
        #expect(a == SecretBytes(copying: [1, 2, 3]))
        #expect(a != SecretBytes(copying: [1, 2, 4]))
        #expect(a != SecretBytes(copying: [1, 2]))
        #expect(a.description == "SecretBytes(3 bytes, hidden)")
        #expect(a.slice(1..<3).unsafeCopy() == [2, 3])
    }

    @Test("consuming an array wipes it")
    func consuming() {
        var source: [UInt8] = [9, 9, 9, 9]
        let secret = SecretBytes(consuming: &source)
        #expect(source == [0, 0, 0, 0])
        #expect(secret.unsafeCopy() == [9, 9, 9, 9])
    }

    @Test("random bytes differ between calls and cover the byte range")
    func random() {
        let a = SecureRandom.bytes(count: 4096)
        #expect(a != SecureRandom.bytes(count: 4096))
        #expect(Set(a).count > 200)
        #expect((0..<1000).allSatisfy { _ in SecureRandom.uniform(10) < 10 })
    }

    @Test("constant-time comparison")
    func constantTime() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(ConstantTime.equal([], []))
    }
}
