#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on standard error, for long runs over a file: it appears only when standard
/// error is a terminal and the work has taken more than a moment, redraws at most ten times a second,
/// and erases itself at the end.
final class ProgressBar {
    private let total: Int
    private let started: Double
    private var lastDraw = 0.0
    private var drawn = false
    private let enabled: Bool

    /// `total`: the input's size in bytes; nil (not a regular file) disables the bar, as does `quiet`.
    init(total: Int?, quiet: Bool) {
        self.total = total ?? 0
        enabled = !quiet && total != nil && (total ?? 0) > 0 && isatty(2) == 1
        started = Clock.monotonicSeconds()
    }

    func update(position: Int, events: Int) {
        guard enabled else { return }
        let now = Clock.monotonicSeconds()
        guard now - started > 0.5, now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let fraction = min(1, Double(position) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = Double(events) / (now - started)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        write("\r[\(bar)] \(Int(fraction * 100))% \(events) events, \(Int(rate)) events/s\u{1B}[K")
        drawn = true
    }

    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
