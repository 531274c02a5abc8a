import Testing
@testable import MatrixKeys
@testable import MatrixKeysCrypto

@Suite("SHA-256, HMAC-SHA-256, HKDF-SHA-256")
struct HashTests {
    @Test("SHA-256 FIPS 180-2 examples, one-shot and incremental")
    func sha256() throws {
        let cases = try Vectors.group("crypto_kat", "sha256")
        #expect(cases.count == 4)
        for vector in cases {
            let message: [UInt8]
            if let repeated = vector["message_ascii_repeat"] as? String {
                message = Array(repeating: Array(repeated.utf8), count: try vector.int("repeat")).flatMap { $0 }
            } else {
                message = Array(try vector.string("message_ascii").utf8)
            }
            let expected = try vector.hex("digest_hex")
            #expect(SHA256.hash(message) == expected, "\(vector.source)")
            var hasher = SHA256()
            var offset = 0
            var step = 1
            while offset < message.count {
                let end = min(message.count, offset + step)
                hasher.update(Array(message[offset..<end]))
                offset = end
                step = step * 3 + 1
            }
            #expect(hasher.finalize() == expected, "incremental \(vector.source)")
        }
        // One context for a stream of messages, each hashed on its own (after a partial update too).
        var reused = SHA256()
        reused.update(Array("left over".utf8))
        for vector in cases.reversed() {
            guard let text = vector["message_ascii"] as? String else { continue }
            var digest = [UInt8](repeating: 0, count: 32)
            Array(text.utf8).withUnsafeBytes { input in digest.withUnsafeMutableBytes { reused.hash(input, into: $0) } }
            #expect(digest == (try vector.hex("digest_hex")), "reused context \(vector.source)")
        }
    }

    @Test("HMAC-SHA-256 RFC 4231 test cases")
    func hmac() throws {
        let cases = try Vectors.group("crypto_kat", "hmac_sha256")
        #expect(cases.count == 6)
        for vector in cases {
            let key = try vector.hex("key_hex")
            let data = try vector.hex("data_hex")
            let expected = try vector.hex("mac_hex")
            #expect(HMACSHA256.mac(key: key, message: data) == expected, "\(vector.source)")
            #expect(HMACSHA256.Context().mac(key: SecretBytes(copying: key), message: data) == expected, "context: \(vector.source)")
            #expect(HMACSHA256.isValid(expected, key: SecretBytes(copying: key), message: data))
            var wrong = expected
            wrong[31] ^= 0x80
            #expect(!HMACSHA256.isValid(wrong, key: SecretBytes(copying: key), message: data))
            #expect(!HMACSHA256.isValid(Array(expected.prefix(16)), key: SecretBytes(copying: key), message: data))
        }
    }

    @Test("HKDF-SHA-256 RFC 5869 test cases 1–3: PRK and OKM")
    func hkdf() throws {
        let cases = try Vectors.group("crypto_kat", "hkdf_sha256")
        #expect(cases.count == 3)
        for vector in cases {
            let ikm = SecretBytes(copying: try vector.hex("ikm_hex"))
            let salt = try vector.hex("salt_hex")
            let info = try vector.hex("info_hex")
            let length = try vector.int("length")
            let prk = try HKDFSHA256.extract(inputKeyMaterial: ikm, salt: salt)
            #expect(prk.unsafeCopy() == (try vector.hex("prk_hex")), "\(vector.source)")
            let okm = try vector.hex("okm_hex")
            #expect(try HKDFSHA256.expand(pseudorandomKey: prk, info: info, length: length).unsafeCopy() == okm)
            #expect(try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: salt, info: info, length: length).unsafeCopy() == okm)
        }
    }

    @Test("HKDF: an empty salt equals 32 zero bytes (RFC 5869 §2.2), as Matrix's SSSS and backup use it")
    func hkdfEmptySalt() throws {
        let ikm = SecretBytes(copying: bytes("some key material"))
        let empty = try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [], info: bytes("m.cross_signing.master"), length: 64)
        let zeros = try HKDFSHA256.deriveKey(
            inputKeyMaterial: ikm, salt: [UInt8](repeating: 0, count: 32), info: bytes("m.cross_signing.master"), length: 64)
        #expect(empty == zeros)
        #expect(empty.count == 64)
    }

    @Test("the reusable HKDF deriver and HMAC context give what the one-shot functions give, call after call")
    func reusable() throws {
        // Lengths that end on a block boundary and inside a block, with and without salt and info.
        for (salt, info) in [([UInt8](), [UInt8]()), (Array("salt".utf8), Array("info".utf8))] {
            for length in [1, 31, 32, 33, 64, 80, 100] {
                let deriver = try HKDFSHA256.Deriver(salt: salt, info: info, length: length)
                for _ in 0..<5 {
                    let key = SecretBytes.random(count: 32)
                    #expect(try deriver.derive(key) == (try HKDFSHA256.deriveKey(inputKeyMaterial: key, salt: salt, info: info, length: length)))
                }
            }
        }
    }

    @Test("the HMAC context (RFC 2104 over SHA-256 states) gives OpenSSL's HMAC for keys and messages of every length around a block")
    func hmacContext() throws {
        let context = HMACSHA256.Context()
        let lengths = Array(0...3) + Array(30...34) + Array(54...57) + Array(62...66) + Array(118...130) + [200, 1000]
        for keyLength in lengths {
            for messageLength in lengths {
                let key = SecretBytes.random(count: keyLength)
                let message = SecureRandom.bytes(count: messageLength)
                #expect(context.mac(key: key, message: message) == HMACSHA256.mac(key: key, message: message), "key \(keyLength), message \(messageLength)")
            }
        }
        // One key, many MACs: the kept states are not changed by use. A message in three parts is the MAC
        // of the three joined.
        let key = SecretBytes.random(count: 32)
        let parts = [SecureRandom.bytes(count: 33), [], SecureRandom.bytes(count: 70)]
        var out = [UInt8](repeating: 0, count: 32)
        key.withUnsafeBytes { context.setKey($0) }
        for _ in 0..<3 {
            parts[0].withUnsafeBytes { a in parts[1].withUnsafeBytes { b in parts[2].withUnsafeBytes { c in
                out.withUnsafeMutableBytes { context.macWithSameKey(a, b, c, into: $0.baseAddress!) }
            } } }
            #expect(out == HMACSHA256.mac(key: key, message: parts.flatMap { $0 }))
        }
    }

    @Test("HKDF length limits")
    func hkdfLimits() throws {
        let ikm = SecretBytes(copying: [1, 2, 3])
        #expect(throws: CryptoError.invalidParameter("HKDF-SHA-256 output length must be 1…8160 bytes, got 8161")) {
            try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [], info: [], length: 8161)
        }
        #expect(throws: CryptoError.invalidParameter("HKDF-SHA-256 output length must be 1…8160 bytes, got 0")) {
            try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [], info: [], length: 0)
        }
        #expect(throws: CryptoError.invalidLength(what: "HKDF pseudorandom key", expected: 32, actual: 3)) {
            try HKDFSHA256.expand(pseudorandomKey: ikm, info: [], length: 32)
        }
        #expect(try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [], info: [], length: 8160).count == 8160)
    }
}
