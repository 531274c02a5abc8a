import Testing
@testable import MatrixKeys
@testable import MatrixKeysCrypto

@Suite("Ed25519")
struct Ed25519Tests {
    @Test("RFC 8032 §7.1 tests 1–3: public key and signature")
    func rfc8032() throws {
        let cases = try Vectors.group("crypto_kat", "ed25519")
        #expect(cases.count == 3)
        for vector in cases {
            let key = try Ed25519.PrivateKey(seed: vector.hex("secret_key_hex"))
            #expect(key.publicKey.rawRepresentation == (try vector.hex("public_key_hex")), "\(vector.source)")
            let message = try vector.hex("message_hex")
            let signature = key.signature(for: message)
            #expect(signature.rawRepresentation == (try vector.hex("signature_hex")), "\(vector.source)")
            #expect(key.publicKey.isValidSignature(signature, for: message))
        }
    }

    @Test("the spec's signing seed, whose base64 has non-zero trailing bits, gives the published public key")
    func specSeed() throws {
        let vector = try #require(
            try Vectors.cases("signing_json").first { ($0["expected"] as? [String: Any])?["ed25519_public_key_unpadded_base64"] != nil })
        let input = try #require(vector["input"] as? [String: Any])
        let expected = try #require(vector["expected"] as? [String: Any])
        let seedText = try input.string("ed25519_seed_unpadded_base64")
        let seed = try Base64.decode(seedText, expectedLength: 32, field: "seed")
        let key = try Ed25519.PrivateKey(seed: seed)
        #expect(key.publicKey.base64 == (try expected.string("ed25519_public_key_unpadded_base64")))
        #expect(key.seed.unsafeCopy() == seed)
        // "…XA1" (spec) and "…XA0" (ruma) differ only in the discarded trailing bits.
        #expect(try Base64.decode("YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1") == Base64.decode("YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA0"))
    }

    @Test("a modified message, key or signature does not verify")
    func tampering() throws {
        let key = try Ed25519.PrivateKey(seed: [UInt8](repeating: 7, count: 32))
        let message = bytes("hello matrix")
        let signature = key.signature(for: message)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(!key.publicKey.isValidSignature(signature, for: bytes("hello matrix!")))
        var flipped = signature.rawRepresentation
        flipped[10] ^= 0x01
        #expect(!key.publicKey.isValidSignature(try Ed25519.Signature(rawRepresentation: flipped), for: message))
        let other = try Ed25519.PrivateKey(seed: [UInt8](repeating: 8, count: 32))
        #expect(!other.publicKey.isValidSignature(signature, for: message))
    }

    @Test("a signature whose S is not reduced mod L is rejected")
    func nonCanonicalS() throws {
        let key = try Ed25519.PrivateKey(seed: [UInt8](repeating: 1, count: 32))
        let message = bytes("m")
        let signature = key.signature(for: message).rawRepresentation
        // S + L, where L = 2^252 + 27742317777372353535851937790883648493 (little-endian): same point, non-canonical S.
        let order: [UInt8] = [
            0xED, 0xD3, 0xF5, 0x5C, 0x1A, 0x63, 0x12, 0x58, 0xD6, 0x9C, 0xF7, 0xA2, 0xDE, 0xF9, 0xDE, 0x14,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ]
        var s = Array(signature[32...])
        var carry = 0
        for i in 0..<32 {
            let sum = Int(s[i]) + Int(order[i]) + carry
            s[i] = UInt8(sum & 0xFF)
            carry = sum >> 8
        }
        // S < L < 2^253, so S + L < 2^254: no carry out of the top byte.
        #expect(carry == 0)
        let malleated = try Ed25519.Signature(rawRepresentation: Array(signature[0..<32]) + s)
        #expect(!key.publicKey.isValidSignature(malleated, for: message))
    }

    @Test("wrong lengths are errors naming both lengths")
    func lengths() {
        #expect(throws: CryptoError.invalidLength(what: "ed25519 seed", expected: 32, actual: 31)) {
            try Ed25519.PrivateKey(seed: [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: CryptoError.invalidLength(what: "ed25519 public key", expected: 32, actual: 33)) {
            try Ed25519.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 33))
        }
        #expect(throws: CryptoError.invalidLength(what: "ed25519 signature", expected: 64, actual: 0)) {
            try Ed25519.Signature(rawRepresentation: [])
        }
        #expect(throws: EncodingError(encoding: "base64", kind: .wrongLength(expected: 32, actual: 3), field: "ed25519 public key")) {
            try Ed25519.PublicKey(base64: "AAAA")
        }
        #expect(
            CryptoError.invalidLength(what: "ed25519 seed", expected: 32, actual: 31).description
                == "ed25519 seed must be 32 bytes, got 31")
    }

    @Test("descriptions never show the private key")
    func secretsHidden() throws {
        let seed = [UInt8](repeating: 0xAB, count: 32)
        let key = try Ed25519.PrivateKey(seed: seed)
        let shown = "\(key) \(String(reflecting: key.seed)) \(key.seed)"
        #expect(!shown.contains(Hex.encode(seed)))
        #expect(!shown.contains(Base64.encode(seed)))
        #expect(String(describing: key.seed) == "SecretBytes(32 bytes, hidden)")
    }

    @Test("random keys sign and verify")
    func randomKeys() {
        for _ in 0..<20 {
            let key = Ed25519.PrivateKey()
            let message = SecureRandom.bytes(count: Int(SecureRandom.uniform(300)))
            #expect(key.publicKey.isValidSignature(key.signature(for: message), for: message))
        }
    }
}
