/// Where encoders put bytes: an `[UInt8]`, or the canonicaliser's `ByteWriter`.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    @inline(__always)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A growable byte buffer written through a raw pointer: the canonicaliser's output, without an Array's
/// uniqueness and capacity checks on every append. Its owner frees it (`release()`).
struct ByteWriter: ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// `capacity` may be 0: the first append allocates then.
    init(capacity: Int = 1 << 14) {
        self.capacity = Swift.max(capacity, 0)
        base = .allocate(capacity: Swift.max(capacity, 1))
    }

    func release() { base.deallocate() }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Holding secrets: the old buffer is wiped when a bigger one replaces it.
    var wipesOnGrowth = false

    /// Zeroes what was written (the buffer and its capacity stay).
    mutating func wipe() {
        SecureMemory.wipe(base, count: count)
        count = 0
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var newCapacity = Swift.max(capacity * 2, 64)
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: base, count: count)
        if wipesOnGrowth { SecureMemory.wipe(base, count: count) }
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + count).initialize(from: source, count: n)
        count += n
    }

    /// Appends `"`, `n` bytes from `source` and `"`, with one capacity check: a string that needs no
    /// escaping.
    @inline(__always)
    mutating func appendQuoted(_ source: UnsafePointer<UInt8>, count n: Int) {
        reserve(n + 2)
        base[count] = 0x22
        (base + count + 1).initialize(from: source, count: n)
        base[count + n + 1] = 0x22
        count += n + 2
    }

    /// Drops everything from `index` on.
    mutating func truncate(to index: Int) { count = index }
}
