internal import CSodium
internal import COpenSSL

/// SHA-256 from OpenSSL libcrypto, which uses the CPU's SHA instructions where it has them.
public struct SHA256: ~Copyable {
    public static let digestLength = 32

    /// The digest of `bytes` in one call.
    ///
    /// Uses the SHA-256 implementation fetched once: OpenSSL 3's `SHA256()` looks it up on every call,
    /// which costs about a microsecond, as much as hashing a whole event.
    package static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: digestLength) { out, count in
            var length: UInt32 = 0
            let ok = withBytes(bytes) { p, n in
                EVP_Digest(p, n, out.baseAddress!, &length, OpenSSLNames.sha256Digest, nil) == 1
            }
            if !ok { withBytes(bytes) { p, n in _ = COpenSSL.SHA256(p, n, out.baseAddress!) } }
            count = digestLength
        }
    }

    /// The digest of `data`, read where it is.
    public static func hash(_ data: Span<UInt8>) -> [UInt8] {
        data.bytes.withUnsafeBytes { hash($0) }
    }

    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    // Incremental hashing.
    private let context: OpaquePointer

    public init() {
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, OpenSSLNames.sha256Digest, nil) == 1 else {
            preconditionFailure("OpenSSL could not start a SHA-256 digest (out of memory)")
        }
        self.context = context
    }

    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        _ = EVP_DigestUpdate(context, base, bytes.count)
    }

    /// Hashes `data` on from what `update` was given before, reading it where it is.
    public mutating func update(_ data: Span<UInt8>) {
        data.bytes.withUnsafeBytes { update($0) }
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest of everything passed to `update`. Consumes the hasher.
    public consuming func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: SHA256.digestLength)
        var length: UInt32 = 0
        _ = EVP_DigestFinal_ex(context, &out, &length)
        return out
    }

    /// Starts over, forgetting everything passed to `update`, and hashes `bytes` as one message into
    /// `out` (32 bytes), keeping the context for the next one: a stream of messages without an allocation
    /// each.
    package mutating func hash(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= SHA256.digestLength, "SHA-256 needs 32 bytes of output")
        var length: UInt32 = 0
        _ = EVP_DigestInit_ex2(context, OpenSSLNames.sha256Digest, nil)
        if let base = bytes.baseAddress, bytes.count > 0 { _ = EVP_DigestUpdate(context, base, bytes.count) }
        _ = EVP_DigestFinal_ex(context, out.baseAddress!.assumingMemoryBound(to: UInt8.self), &length)
    }

    deinit { EVP_MD_CTX_free(context) }
}

/// HMAC-SHA-256 from OpenSSL.
public enum HMACSHA256 {
    public static let macLength = 32

    /// One MAC, from OpenSSL's HMAC (see `Context` for many). The context is copied from one with
    /// SHA-256 already set (`OpenSSLNames.hmacTemplate`): one-shot `HMAC()` looks the digest up on
    /// every call.
    package static func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
        guard let template = OpenSSLNames.hmacTemplate, let ctx = EVP_MAC_CTX_dup(template) else {
            preconditionFailure("OpenSSL could not create an HMAC context (out of memory)")
        }
        defer { EVP_MAC_CTX_free(ctx) }
        var out = [UInt8](repeating: 0, count: macLength)
        var length = 0
        let ok = withBytes(key) { k, kn in
            withBytes(message) { m, mn in
                // `withBytes` gives a valid pointer even for empty input, as EVP_MAC_init needs.
                EVP_MAC_init(ctx, k, kn, nil) == 1 && EVP_MAC_update(ctx, m, mn) == 1 && EVP_MAC_final(ctx, &out, &length, macLength) == 1
            }
        }
        precondition(ok && length == macLength, "OpenSSL HMAC-SHA-256 failed")
        return out
    }

    /// The MAC of `message`, read where it is, under `key`.
    public static func mac(key: SecretBytes, message: Span<UInt8>) -> [UInt8] {
        key.withUnsafeBytes { k in message.bytes.withUnsafeBytes { mac(key: k, message: $0) } }
    }

    public static func mac(key: SecretBytes, message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
    }

    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
    }

    /// HMAC-SHA-256 for many MACs on one thread: RFC 2104's two hashes over OpenSSL's SHA-256, with the
    /// hash states after the key's inner and outer blocks kept. A MAC under the key last set starts from
    /// copies of those states, so it costs two SHA-256 blocks and allocates nothing. (OpenSSL's EVP HMAC
    /// allocates and wipes a digest context for each of its two copies, which costs more than the
    /// hashing of a short message.) Tests hold it to OpenSSL's own HMAC (`HMACSHA256.mac`) for keys
    /// and messages of every length around the block size. Not for use from several threads at once.
    package final class Context {
        /// The states after hashing key ⊕ ipad (0) and key ⊕ opad (1); the state being worked on (2);
        /// then the padded key block and the inner digest. All of it is key material: wiped on re-keying
        /// and on deinit, and the working parts after each MAC.
        private let states = UnsafeMutablePointer<SHA256_CTX>.allocate(capacity: 3)
        private let block = UnsafeMutablePointer<UInt8>.allocate(capacity: 64 + 32)

        package init() {
            states.initialize(repeating: SHA256_CTX(), count: 3)
            block.initialize(repeating: 0, count: 96)
            let none = UnsafeRawBufferPointer(start: nil, count: 0)
            setKey(none)
        }

        deinit {
            sodium_memzero(states, 3 * MemoryLayout<SHA256_CTX>.stride)
            sodium_memzero(block, 96)
            states.deallocate()
            block.deallocate()
        }

        package func mac(key: SecretBytes, message: [UInt8]) -> [UInt8] {
            key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
        }

        /// Sets the key for the MACs that follow (`macWithSameKey`). A key longer than a block is
        /// hashed first (RFC 2104 §2).
        func setKey(_ key: UnsafeRawBufferPointer) {
            let inner = states, outer = states + 1
            block.update(repeating: 0, count: 64)
            if key.count > 64 {
                SHA256_Init(outer)
                SHA256_Update(outer, key.baseAddress, key.count)
                SHA256_Final(block, outer)
            } else if let base = key.baseAddress {
                block.update(from: base.assumingMemoryBound(to: UInt8.self), count: key.count)
            }
            for i in 0..<64 { block[i] ^= 0x36 }
            SHA256_Init(inner)
            SHA256_Update(inner, block, 64)
            for i in 0..<64 { block[i] ^= 0x36 ^ 0x5C }
            SHA256_Init(outer)
            SHA256_Update(outer, block, 64)
            sodium_memzero(block, 64)
        }

        /// The MAC, under the key last set, of `first`, `second` and `third` in turn, written to `out`
        /// (32 bytes): no allocation, for loops such as HKDF's.
        func macWithSameKey(
            _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ third: UnsafeRawBufferPointer,
            into out: UnsafeMutableRawPointer
        ) {
            let work = states + 2, digest = block + 64
            work.pointee = states.pointee
            if !first.isEmpty { SHA256_Update(work, first.baseAddress, first.count) }
            if !second.isEmpty { SHA256_Update(work, second.baseAddress, second.count) }
            if !third.isEmpty { SHA256_Update(work, third.baseAddress, third.count) }
            SHA256_Final(digest, work)
            work.pointee = states[1]
            SHA256_Update(work, digest, 32)
            SHA256_Final(out.assumingMemoryBound(to: UInt8.self), work)
            sodium_memzero(work, MemoryLayout<SHA256_CTX>.stride)
            sodium_memzero(digest, 32)
        }

        /// The MAC of `message` under `key`, written to `out` (32 bytes).
        package func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
            setKey(key)
            let none = UnsafeRawBufferPointer(start: nil, count: 0)
            macWithSameKey(message, none, none, into: out)
        }

        package func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: macLength)
            out.withUnsafeMutableBytes { mac(key: key, message: message, into: $0.baseAddress!) }
            return out
        }
    }

    /// Recomputes the MAC and compares it with `expected` in constant time.
    public static func isValid(_ expected: [UInt8], key: SecretBytes, message: [UInt8]) -> Bool {
        ConstantTime.equal(mac(key: key, message: message), expected)
    }
}
