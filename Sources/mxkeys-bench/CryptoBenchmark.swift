import MatrixKeys

/// Raw rates of the crypto primitives everything else is measured against.
enum CryptoBenchmark {
    static func run() {
        print("== crypto (one core) ==")
        let key = Ed25519.PrivateKey()
        let message = SecureRandom.bytes(count: 1024)
        let signature = key.signature(for: message)
        var valid = true
        let verify = rate { valid = valid && key.publicKey.isValidSignature(signature, for: message) }
        print("libsodium ed25519 verify, 1 KiB message: \(format(verify, "ops/s")) (all valid: \(valid))")
        let sign = rate { _ = key.signature(for: message) }
        print("libsodium ed25519 sign, 1 KiB message:   \(format(sign, "ops/s"))")

        let secret = X25519.PrivateKey()
        let peer = X25519.PrivateKey().publicKey
        let x25519 = rate { _ = try? secret.sharedSecret(with: peer) }
        print("libsodium X25519 shared secret:         \(format(x25519, "ops/s"))")

        let big = SecureRandom.bytes(count: 1 << 20)
        let sha = rate(batch: 4) { _ = SHA256.hash(big) }
        print("OpenSSL SHA-256, 1 MiB buffers:          \(format(sha, "MiB/s"))")
        let small = rate { _ = SHA256.hash(message) }
        print("OpenSSL SHA-256, 1 KiB messages:         \(format(small, "ops/s"))")
        let ikm = SecretBytes.random(count: 32)
        let hkdf = rate { _ = try? HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [], info: [], length: 80) }
        print("OpenSSL HKDF-SHA-256, 80 bytes:          \(format(hkdf, "ops/s"))")
        runMAC()
    }
}

extension CryptoBenchmark {
    static func runMAC() {
        let key = SecretBytes.random(count: 32)
        let message = SecureRandom.bytes(count: 256)
        let hmac = rate { _ = HMACSHA256.mac(key: key, message: message) }
        print("OpenSSL HMAC-SHA-256, 256 bytes:         \(format(hmac, "ops/s"))")
        let aesKey = SecretBytes.random(count: 32)
        let iv = SecureRandom.bytes(count: 16)
        let cbc = rate { _ = try? AES256.cbcEncrypt(message, key: aesKey, iv: iv) }
        print("OpenSSL AES-256-CBC, 256 bytes:          \(format(cbc, "ops/s"))")
    }
}
