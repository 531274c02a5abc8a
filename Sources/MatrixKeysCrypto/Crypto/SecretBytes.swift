internal import CSodium

/// Bytes that must not leak: key material, passphrases, decrypted secrets.
///
/// The memory is wiped with `sodium_memzero` when the last copy is released; `description` and
/// `debugDescription` show only the length, so a secret never reaches a log or an error message by accident.
/// Equality is constant-time.
public struct SecretBytes: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    private final class Storage: @unchecked Sendable {
        // Written only while the value is being created, read-only afterwards.
        let buffer: UnsafeMutableRawBufferPointer

        init(count: Int) {
            buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
            if count == 0 { buffer[0] = 0 }
            self.count = count
        }

        let count: Int

        deinit {
            sodium_memzero(buffer.baseAddress, buffer.count)
            buffer.deallocate()
        }
    }

    private let storage: Storage

    /// Creates `count` bytes filled in by `initializer`, which writes them in place (into the memory that
    /// will be wiped). If it throws, the partial bytes are wiped. For this package's crypto wrappers.
    package init<E: Error>(
        count: Int, initializingWith initializer: (UnsafeMutableRawBufferPointer) throws(E) -> Void
    ) throws(E) {
        storage = Storage(count: count)
        try initializer(UnsafeMutableRawBufferPointer(rebasing: storage.buffer[0..<count]))
    }

    /// Copies `bytes`. The caller stays responsible for wiping its own copy (see `wipe(_:)`).
    public init(copying bytes: some Collection<UInt8>) {
        storage = Storage(count: bytes.count)
        let target = UnsafeMutableRawBufferPointer(rebasing: storage.buffer[0..<bytes.count])
        // Contiguous bytes (arrays, slices, buffers) are copied at once, not element by element.
        let copied: Void? = bytes.withContiguousStorageIfAvailable { target.copyMemory(from: UnsafeRawBufferPointer($0)) }
        if copied == nil { _ = target.initializeMemory(as: UInt8.self, from: bytes) }
    }

    /// Takes `bytes` and wipes the array it came from.
    public init(consuming bytes: inout [UInt8]) {
        self.init(copying: bytes)
        wipe(&bytes)
    }

    /// `count` random bytes from libsodium.
    public static func random(count: Int) -> SecretBytes {
        SecretBytes(count: count) { SecureRandom.fill($0) }
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.count == 0 }

    /// Calls `body` with the bytes, lent for the call: the compiler keeps the `Span` from outliving it,
    /// so no reference to the secret's memory is left once it is wiped.
    public func withBytes<R, E: Error>(_ body: (Span<UInt8>) throws(E) -> R) throws(E) -> R {
        try withUnsafeBytes { (raw) throws(E) in try body(raw.assumingMemoryBound(to: UInt8.self).span) }
    }

    /// `withBytes` with a pointer, for this package's calls into C.
    package func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage.buffer[0..<storage.count]))
    }

    /// A plain copy of the bytes, for handing to an encoder. Wipe it when done.
    public func unsafeCopy() -> [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    /// A new secret holding bytes `range` of this one.
    public func slice(_ range: Range<Int>) -> SecretBytes {
        withUnsafeBytes { SecretBytes(copying: $0[range]) }
    }

    public static func == (lhs: SecretBytes, rhs: SecretBytes) -> Bool {
        lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in ConstantTime.equal(a, b) } }
    }

    public var description: String { "SecretBytes(\(count) bytes, hidden)" }
    public var debugDescription: String { description }
}

/// Overwrites the array's bytes with zeros in a way the compiler cannot remove.
public func wipe(_ bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes { buffer in
        if let base = buffer.baseAddress { sodium_memzero(base, buffer.count) }
    }
}

/// Wiping memory the caller manages (buffers kept from one secret to the next), with libsodium's
/// `sodium_memzero`, which the compiler cannot remove as a dead store.
package enum SecureMemory {
    package static func wipe(_ pointer: UnsafeMutableRawPointer?, count: Int) {
        guard let pointer, count > 0 else { return }
        sodium_memzero(pointer, count)
    }

    package static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        wipe(buffer.baseAddress, count: buffer.count)
    }
}
