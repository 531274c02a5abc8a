internal import CSodium

/// libsodium must be initialised once before use; every wrapper that calls it goes through here.
enum Sodium {
    private static let initialised: Bool = sodium_init() >= 0

    @inline(__always)
    static func ready() {
        precondition(initialised, "libsodium failed to initialise")
    }
}

/// Calls `body` with a pointer to `bytes`, never nil (C functions are handed a valid address even for empty input).
@inline(__always)
func withBytes<R, E: Error>(
    _ bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Int) throws(E) -> R
) throws(E) -> R {
    let result: Result<R, E> = bytes.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress {
            return Result { () throws(E) -> R in try body(base, buffer.count) }
        }
        var zero: UInt8 = 0
        return withUnsafePointer(to: &zero) { pointer in
            Result { () throws(E) -> R in try body(pointer, 0) }
        }
    }
    return try result.get()
}

@inline(__always)
func withBytes<R, E: Error>(
    _ bytes: UnsafeRawBufferPointer, _ body: (UnsafePointer<UInt8>, Int) throws(E) -> R
) throws(E) -> R {
    if let base = bytes.baseAddress {
        return try body(base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }
    var zero: UInt8 = 0
    let result: Result<R, E> = withUnsafePointer(to: &zero) { pointer in
        Result { () throws(E) -> R in try body(pointer, 0) }
    }
    return try result.get()
}
