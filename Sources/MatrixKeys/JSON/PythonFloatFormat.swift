/// Floats written the way Python's `repr(float)` writes them, as the reference homeserver (Synapse, via
/// `canonicaljson`/`json.dumps`) does in lax rooms (room versions 1–5):
/// - the shortest digits that round-trip to the same double;
/// - with the value written d.ddd × 10^e: fixed notation when −4 ≤ e < 16, always with a fraction part
///   (`100.0`, `0.0001`, `1234567890123456.0`);
/// - otherwise scientific, with a sign and at least two exponent digits (`1e+16`, `1e-05`, `5e-324`).
///
/// ```swift
/// PythonFloat.repr(1e2)    // "100.0"
/// PythonFloat.repr(1e20)   // "1e+20"
/// PythonFloat.repr(-0.0)   // "-0.0"
/// ```
public enum PythonFloat {
    /// Python's `repr` of `value`; `nan`, `inf` and `-inf` for the non-finite values (which canonical
    /// JSON never contains: the parser rejects them).
    public static func repr(_ value: Double) -> String {
        var out: [UInt8] = []
        append(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append<Sink: ByteSink>(_ value: Double, into out: inout Sink) {
        if value.isNaN {
            CanonicalJSON.appendLiteral("nan", into: &out)
            return
        }
        if value.sign == .minus { out.append(0x2D) }
        if value.isInfinite {
            CanonicalJSON.appendLiteral("inf", into: &out)
            return
        }
        let (digits, point) = shortestDigits(value.magnitude)
        // value = 0.d1d2…dn × 10^point, so the scientific exponent is point − 1.
        let exponent = point - 1
        let n = digits.count
        if exponent >= -4 && exponent < 16 {
            if point <= 0 {
                out.append(0x30)
                out.append(0x2E)
                for _ in 0..<(-point) { out.append(0x30) }
                for d in digits { out.append(d) }
            } else if point >= n {
                for d in digits { out.append(d) }
                for _ in 0..<(point - n) { out.append(0x30) }
                out.append(0x2E)
                out.append(0x30)
            } else {
                for d in digits[..<point] { out.append(d) }
                out.append(0x2E)
                for d in digits[point...] { out.append(d) }
            }
            return
        }
        out.append(digits[0])
        if n > 1 {
            out.append(0x2E)
            for d in digits[1...] { out.append(d) }
        }
        out.append(0x65)
        out.append(exponent < 0 ? 0x2D : 0x2B)
        let magnitude = abs(exponent)
        if magnitude < 10 { out.append(0x30) }
        CanonicalJSON.appendInteger(Int64(magnitude), into: &out)
    }

    /// The shortest round-trip decimal digits of a finite, non-negative `value` (no leading or trailing
    /// zeros; `[0x30]` for zero) and the position of the decimal point: value = 0.d1d2…dn × 10^point.
    /// Swift's `description` computes the digits (shortest, and closest when several are as short, as
    /// Python's dtoa does); only its layout differs from Python's, so it is taken apart here.
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
        let text = Array(value.description.utf8)
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var point = 0
        var seenPoint = false
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c >= 0x30 && c <= 0x39 {
                digits.append(c)
                if !seenPoint { point += 1 }
            } else if c == 0x2E {
                seenPoint = true
            } else if c == 0x65 || c == 0x45 {
                var negative = false
                i += 1
                if i < text.count && (text[i] == 0x2D || text[i] == 0x2B) {
                    negative = text[i] == 0x2D
                    i += 1
                }
                while i < text.count {
                    exponent = exponent * 10 + Int(text[i] &- 0x30)
                    i += 1
                }
                if negative { exponent = -exponent }
                break
            }
            i += 1
        }
        point += exponent
        // Leading zeros (as in "0.0001") move the point; trailing zeros (as in "100.0") carry nothing.
        var leading = 0
        while leading < digits.count - 1 && digits[leading] == 0x30 { leading += 1 }
        digits.removeFirst(leading)
        point -= leading
        while digits.count > 1 && digits[digits.count - 1] == 0x30 { digits.removeLast() }
        if digits == [0x30] { point = 1 }
        return (digits, point)
    }
}
