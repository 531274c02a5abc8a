#if canImport(Glibc)
import Glibc
#endif

/// Matrix timestamps (milliseconds since the Unix epoch) as people type and read them.
///
/// Typed: milliseconds (`1763805600000`), ISO 8601 in UTC or with an offset (`2026-11-22T10:00:00Z`,
/// `2026-11-22T11:00:00.250+01:00`, `2026-11-22`), or `now`. A number below 10^11 is refused: that is
/// seconds (`$(date +%s)`), and read as milliseconds it would fall in 1970. Shown: milliseconds with the
/// UTC date beside them, `1763805600000 (2026-11-22T10:00:00Z)`.
public enum Timestamp {
    /// Why a timestamp cannot be read. The description names the value and the forms accepted.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case seconds(String)
        case invalid(String)
        case outOfRange(String)

        public var description: String {
            switch self {
            case .seconds(let text):
                return "\"\(text)\" looks like seconds, not milliseconds: multiply by 1000, or give an ISO 8601 date such as 2026-11-22T10:00:00Z"
            case .invalid(let text):
                return "\"\(text)\" is not a timestamp: give milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now"
            case .outOfRange(let text):
                return "\"\(text)\" is outside the timestamps Matrix can carry (0 to 2^53-1 milliseconds)"
            }
        }
    }

    /// The largest timestamp canonical JSON can carry.
    public static let maximum: Int64 = 9_007_199_254_740_991
    /// Numbers below this are taken for seconds: 10^11 ms is March 1973, 10^11 s is the year 5138.
    public static let smallestMilliseconds: Int64 = 100_000_000_000

    /// Reads `text` (`now` is `now`).
    public static func parse(_ text: String, now: Int64) throws(ParseError) -> Int64 {
        let trimmed = text.trimmingSpaces
        if trimmed == "now" { return now }
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard trimmed.utf8.count <= 16, let value = Int64(trimmed), value <= maximum else { throw .outOfRange(text) }
            guard value >= smallestMilliseconds else { throw .seconds(text) }
            return value
        }
        guard let value = parseISO(Array(trimmed.utf8)) else { throw .invalid(text) }
        guard value >= 0, value <= maximum else { throw .outOfRange(text) }
        return value
    }

    /// `2026-11-22T10:00:00Z`, or with milliseconds when there are any (`2026-11-22T10:00:00.250Z`).
    public static func iso(_ milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds.floorDivided(by: 1000))
        let fraction = Int(milliseconds - Int64(seconds) * 1000)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "\(milliseconds)" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
        if fraction != 0 { text += "." + String(String(fraction + 1000).dropFirst()) }
        return text + "Z"
    }

    /// `1763805600000 (2026-11-22T10:00:00Z)`: the value as Matrix carries it, and the date.
    public static func describe(_ milliseconds: Int64) -> String {
        "\(milliseconds) (\(iso(milliseconds)))"
    }

    /// `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff…]]` (or a space instead of `T`), then `Z`, `±HH:MM`,
    /// `±HHMM` or nothing (UTC).
    static func parseISO(_ b: [UInt8]) -> Int64? {
        var i = 0
        func number(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var value = 0
            for j in i..<(i + count) {
                guard b[j] >= 0x30, b[j] <= 0x39 else { return nil }
                value = value * 10 + Int(b[j] - 0x30)
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0, millisecond = 0, offset = 0
        if i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 {
            i += 1
            guard let h = number(2), expect(0x3A), let m = number(2) else { return nil }
            hour = h
            minute = m
            if expect(0x3A) {
                guard let s = number(2) else { return nil }
                second = s
                if expect(0x2E) {
                    var digits = 0
                    while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                        if digits < 3 { millisecond = millisecond * 10 + Int(b[i] - 0x30) }
                        digits += 1
                        i += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in digits..<max(digits, 3) { millisecond *= 10 }
                }
            }
            if expect(0x5A) || expect(0x7A) {
            } else if i < b.count, b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = expect(0x3A)
                guard let om = number(2), oh <= 23, om <= 59 else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard i == b.count, (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59, second <= 59 else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        // timegm normalises impossible dates (February 30th): refuse those.
        guard parts.tm_mday == Int32(day), parts.tm_mon == Int32(month - 1) else { return nil }
        return (Int64(seconds) - Int64(offset)) * 1000 + Int64(millisecond)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(decoding: utf8.drop(while: { $0 == 0x20 }).reversed().drop(while: { $0 == 0x20 }).reversed(), as: UTF8.self)
    }
}
