import ArgumentParser
import MatrixKeys

/// The value of a timestamp option (`--at`, `--fetched-at`, `--valid-until`, `--since`, `--until`):
/// milliseconds since the epoch, ISO 8601 (`2026-11-22T10:00:00Z`) or `now`. A number that looks like
/// seconds is refused with a hint, as is anything else that is not a time.
enum TimeArgument {
    static let help = "milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now"

    static func parse(_ text: String) throws -> Int64 {
        do { return try Timestamp.parse(text, now: Clock.nowMilliseconds()) } catch { throw ValidationError(error.description) }
    }
}
