import COpenSSL

/// SHA-256 from OpenSSL libcrypto, which uses the CPU's SHA instructions where it has them.
public struct SHA256: ~Copyable {
    public static let digestLength = 32

    /// The digest of `bytes` in one call.
    ///
    /// Uses the SHA-256 implementation fetched once: OpenSSL 3's `SHA256()` looks it up on every call,
    /// which costs about a microsecond, as much as hashing a whole event.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: digestLength) { out, count in
            var length: UInt32 = 0
            let ok = withBytes(bytes) { p, n in
                EVP_Digest(p, n, out.baseAddress!, &length, OpenSSLNames.sha256Digest, nil) == 1
            }
            if !ok { withBytes(bytes) { p, n in _ = COpenSSL.SHA256(p, n, out.baseAddress!) } }
            count = digestLength
        }
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

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        _ = EVP_DigestUpdate(context, base, bytes.count)
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
    public mutating func hash(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
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

    /// One MAC with a fresh context (see `Context` for many).
    public static func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
        Context().mac(key: key, message: message)
    }

    public static func mac(key: SecretBytes, message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
    }

    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
    }

    /// HMAC-SHA-256 for many MACs on one thread: one context, re-keyed for each MAC. Not for use from
    /// several threads at once. Made by copying a context with SHA-256 already set
    /// (`OpenSSLNames.hmacTemplate`): one-shot `HMAC()` looks the digest up on every call, which costs
    /// more than hashing a short message.
    public final class Context {
        private let ctx: OpaquePointer

        public init() {
            guard let template = OpenSSLNames.hmacTemplate, let ctx = EVP_MAC_CTX_dup(template) else {
                preconditionFailure("OpenSSL could not create an HMAC context (out of memory)")
            }
            self.ctx = ctx
        }

        deinit { EVP_MAC_CTX_free(ctx) }

        public func mac(key: SecretBytes, message: [UInt8]) -> [UInt8] {
            key.withUnsafeBytes { k in message.withUnsafeBytes { mac(key: k, message: $0) } }
        }

        /// Sets the key for the MACs that follow (`macWithSameKey`).
        func setKey(_ key: UnsafeRawBufferPointer) {
            let ok = withBytes(key) { k, kn in EVP_MAC_init(ctx, k, kn, nil) == 1 }
            precondition(ok, "OpenSSL HMAC-SHA-256 failed")
        }

        /// The MAC, under the key last set, of `first`, `second` and `third` in turn, written to `out`
        /// (32 bytes): no allocation, for loops such as HKDF's.
        func macWithSameKey(
            _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ third: UnsafeRawBufferPointer,
            into out: UnsafeMutableRawPointer
        ) {
            func update(_ part: UnsafeRawBufferPointer) -> Bool {
                part.isEmpty || EVP_MAC_update(ctx, part.baseAddress!.assumingMemoryBound(to: UInt8.self), part.count) == 1
            }
            var ok = EVP_MAC_init(ctx, nil, 0, nil) == 1 && update(first) && update(second) && update(third)
            var length = 0
            ok = ok && EVP_MAC_final(ctx, out.assumingMemoryBound(to: UInt8.self), &length, macLength) == 1
            precondition(ok && length == macLength, "OpenSSL HMAC-SHA-256 failed")
        }

        /// The MAC of `message` under `key`, written to `out` (32 bytes).
        public func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
            var length = 0
            let ok = withBytes(key) { k, kn in
                withBytes(message) { m, mn in
                    // `withBytes` gives a valid pointer even for empty input, as EVP_MAC_init needs.
                    EVP_MAC_init(ctx, k, kn, nil) == 1 && EVP_MAC_update(ctx, m, mn) == 1
                        && EVP_MAC_final(ctx, out.assumingMemoryBound(to: UInt8.self), &length, macLength) == 1
                }
            }
            precondition(ok && length == macLength, "OpenSSL HMAC-SHA-256 failed")
        }

        public func mac(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
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
