internal import CSodium

/// Cryptographically secure random bytes from libsodium (`randombytes_buf`).
public enum SecureRandom {
    public static func bytes(count: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        result.withUnsafeMutableBytes { fill($0) }
        return result
    }

    /// Fills memory the caller manages (`bytes(count:)` and `SecretBytes.random(count:)` are the public forms).
    package static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        Sodium.ready()
        if let base = buffer.baseAddress, buffer.count > 0 { randombytes_buf(base, buffer.count) }
    }

    /// A uniformly random integer in `0..<upperBound` (no modulo bias).
    public static func uniform(_ upperBound: UInt32) -> UInt32 {
        Sodium.ready()
        return randombytes_uniform(upperBound)
    }
}

/// Comparisons whose running time does not depend on where the inputs differ.
public enum ConstantTime {
    /// True when both buffers hold the same bytes. Lengths are not secret: different lengths return false at once.
    package static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return sodium_memcmp(pa, pb, a.count) == 0
    }

    /// `equal` on bytes read where they are (a MAC inside a larger buffer).
    public static func equal(_ a: Span<UInt8>, _ b: Span<UInt8>) -> Bool {
        a.bytes.withUnsafeBytes { pa in b.bytes.withUnsafeBytes { pb in equal(pa, pb) } }
    }

    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in equal(pa, pb) } }
    }
}
