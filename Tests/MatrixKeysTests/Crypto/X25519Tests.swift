import Testing
@testable import MatrixKeys
@testable import MatrixKeysCrypto

@Suite("X25519")
struct X25519Tests {
    @Test("RFC 7748 §6.1: public keys and the shared secret")
    func rfc7748() throws {
        let cases = try Vectors.group("crypto_kat", "x25519")
        #expect(cases.count == 1)
        for vector in cases {
            let alice = try X25519.PrivateKey(rawRepresentation: vector.hex("alice_private_hex"))
            let bob = try X25519.PrivateKey(rawRepresentation: vector.hex("bob_private_hex"))
            #expect(alice.publicKey.rawRepresentation == (try vector.hex("alice_public_hex")))
            #expect(bob.publicKey.rawRepresentation == (try vector.hex("bob_public_hex")))
            let shared = try vector.hex("shared_hex")
            #expect(try alice.sharedSecret(with: bob.publicKey).unsafeCopy() == shared)
            #expect(try bob.sharedSecret(with: alice.publicKey).unsafeCopy() == shared)
        }
    }

    @Test("RFC 7748 §5.2 scalar multiplication vectors")
    func scalarMult() throws {
        let cases = try Vectors.group("crypto_kat", "x25519_scalarmult")
        #expect(cases.count == 2)
        for vector in cases {
            let scalar = try X25519.PrivateKey(rawRepresentation: vector.hex("scalar_hex"))
            let u = try X25519.PublicKey(rawRepresentation: vector.hex("u_hex"))
            #expect(try scalar.sharedSecret(with: u).unsafeCopy() == (try vector.hex("output_hex")), "\(vector.source)")
        }
    }

    @Test("a low-order public key gives the all-zero secret, which is an error")
    func allZero() throws {
        let key = X25519.PrivateKey()
        let zeroPoint = try X25519.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 32))
        #expect(throws: CryptoError.allZeroSharedSecret) { try key.sharedSecret(with: zeroPoint) }
        var one = [UInt8](repeating: 0, count: 32)
        one[0] = 1
        #expect(throws: CryptoError.allZeroSharedSecret) {
            try key.sharedSecret(with: X25519.PublicKey(rawRepresentation: one))
        }
    }

    @Test("wrong lengths are errors naming both lengths")
    func lengths() {
        #expect(throws: CryptoError.invalidLength(what: "curve25519 private key", expected: 32, actual: 16)) {
            try X25519.PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 16))
        }
        #expect(throws: CryptoError.invalidLength(what: "curve25519 public key", expected: 32, actual: 64)) {
            try X25519.PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 64))
        }
    }

    @Test("random key pairs agree on the shared secret")
    func agreement() throws {
        for _ in 0..<10 {
            let a = X25519.PrivateKey(), b = X25519.PrivateKey()
            #expect(try a.sharedSecret(with: b.publicKey) == b.sharedSecret(with: a.publicKey))
        }
    }
}
