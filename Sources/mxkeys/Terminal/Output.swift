import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output for bytes. Flushed when full and at exit; the buffer is wiped after each
/// flush, since some commands print secrets (a new signing key).
final class Output {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init() { buffer.reserveCapacity(limit + 4096) }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func line(_ text: String) {
        write(text)
        buffer.append(0x0A)
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break  // stdout closed (e.g. piped into head): nothing more can be shown
            }
            offset += written
        }
        wipe(&buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
