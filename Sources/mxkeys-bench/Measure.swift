#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` repeatedly for about `seconds` and returns operations per second.
func rate(seconds: Double = 1.0, batch: Int = 100, _ body: () -> Void) -> Double {
    for _ in 0..<batch { body() }  // warm up
    var operations = 0
    let start = now()
    var elapsed = 0.0
    repeat {
        for _ in 0..<batch { body() }
        operations += batch
        elapsed = now() - start
    } while elapsed < seconds
    return Double(operations) / elapsed
}

/// The best of five timed runs of `body` (after one to warm up), in seconds.
func best(_ body: () -> Void) -> Double {
    body()
    var fastest = Double.infinity
    for _ in 0..<5 {
        let start = now()
        body()
        fastest = min(fastest, now() - start)
    }
    return fastest
}

/// Monotonic seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func format(_ value: Double, _ unit: String, digits: Int = 1) -> String {
    let scale = Double([1, 10, 100, 1000][min(max(digits, 0), 3)])
    let rounded = (value * scale).rounded() / scale
    return "\(rounded) \(unit)"
}

/// Peak resident set size of this process, in MiB (from /proc/self/status VmHWM).
func peakRSSMiB() -> Double {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let bytes = line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.filter(\.isNumber)
            return (Double(digits) ?? 0) / 1024
        }
    }
    return 0
}
