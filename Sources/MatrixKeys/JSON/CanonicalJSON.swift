/// Canonical JSON (SPEC §2): keys in code point order, no insignificant whitespace, strings as raw UTF-8
/// escaping only `"`, `\` and control characters (`\b \f \n \r \t`, otherwise `\u00xx` in lowercase).
public enum CanonicalJSON {
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        encode(value, into: &out)
        return out
    }

    public static func encodeString(_ value: JSONValue) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }

    public static func encode(_ value: JSONValue, into out: inout [UInt8]) {
        write(value, into: &out)
    }

    static func write<Sink: ByteSink>(_ value: JSONValue, into out: inout Sink) {
        switch value {
        case .null: appendLiteral("null", into: &out)
        case .bool(true): appendLiteral("true", into: &out)
        case .bool(false): appendLiteral("false", into: &out)
        case .integer(let i): appendInteger(i, into: &out)
        case .bigInteger(let text): appendLiteral(text, into: &out)
        case .float(let d): appendLiteral(PythonFloat.repr(d), into: &out)
        case .string(let s): appendString(s, into: &out)
        case .array(let elements):
            out.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(0x2C) }
                write(element, into: &out)
            }
            out.append(0x5D)
        case .object(let object):
            out.append(0x7B)
            var first = true
            for (key, member) in object {
                if !first { out.append(0x2C) }
                first = false
                appendString(key, into: &out)
                out.append(0x3A)
                write(member, into: &out)
            }
            out.append(0x7D)
        }
    }

    @inline(__always)
    static func appendLiteral<Sink: ByteSink>(_ text: StaticString, into out: inout Sink) {
        out.append(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func appendLiteral<Sink: ByteSink>(_ text: String, into out: inout Sink) {
        var text = text
        text.withUTF8 { out.append(bytes: $0) }
    }

    static func appendInteger<Sink: ByteSink>(_ value: Int64, into out: inout Sink) {
        if value == 0 {
            out.append(0x30)
            return
        }
        var magnitude = value.magnitude
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 19 digits and a sign
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var index = buffer.count
            while magnitude > 0 {
                index -= 1
                buffer[index] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
            }
            if value < 0 {
                index -= 1
                buffer[index] = 0x2D
            }
            let digits = UnsafeRawBufferPointer(rebasing: buffer[index...])
            out.append(bytes: digits.bindMemory(to: UInt8.self))
        }
    }

    static func appendString<Sink: ByteSink>(_ string: String, into out: inout Sink) {
        var string = string
        string.withUTF8 { bytes in
            out.append(0x22)
            var runStart = 0
            var i = 0
            let count = bytes.count
            while i < count {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C {
                    i += 1
                    continue
                }
                if runStart < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                appendEscaped(scalar: UInt32(b), into: &out)
                i += 1
                runStart = i
            }
            if runStart < count { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
            out.append(0x22)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends one code point as canonical string content.
    @inline(__always)
    static func appendEscaped<Sink: ByteSink>(scalar: UInt32, into out: inout Sink) {
        func two(_ second: UInt8) {
            out.append(0x5C)
            out.append(second)
        }
        switch scalar {
        case 0x22: two(0x22)
        case 0x5C: two(0x5C)
        case 0x08: two(0x62)
        case 0x0C: two(0x66)
        case 0x0A: two(0x6E)
        case 0x0D: two(0x72)
        case 0x09: two(0x74)
        case 0..<0x20:
            two(0x75)
            out.append(0x30)
            out.append(0x30)
            out.append(hexDigits[Int(scalar >> 4)])
            out.append(hexDigits[Int(scalar & 0xF)])
        default: JSONScanner.appendUTF8(scalar, into: &out)
        }
    }
}

/// Floats written the way Python's `repr` writes them, as the reference homeserver does in lax rooms:
/// shortest round-trip digits; fixed notation for decimal exponents −4…15 (always with a fraction part),
/// scientific otherwise (`1e+16`, `1e-05`).
public enum PythonFloat {
    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let negative = value.sign == .minus
        // Swift's description gives the shortest round-trip digits; only the layout differs from Python's.
        let text = value.magnitude.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts.first.map(String.init) ?? ""
        let fractionPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array((integerPart + fractionPart).utf8)
        var point = integerPart.utf8.count + exponent  // the decimal point sits after this many digits
        while let first = digits.first, first == 0x30, digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == 0x30, digits.count > 1 { digits.removeLast() }
        let sign = negative ? "-" : ""
        if digits == [0x30] { return sign + "0.0" }
        let decimalExponent = point - 1
        let digitText = String(decoding: digits, as: UTF8.self)
        if decimalExponent >= -4 && decimalExponent < 16 {
            if point <= 0 {
                return sign + "0." + String(repeating: "0", count: -point) + digitText
            }
            if point >= digits.count {
                return sign + digitText + String(repeating: "0", count: point - digits.count) + ".0"
            }
            let index = digitText.utf8.index(digitText.utf8.startIndex, offsetBy: point)
            return sign + String(digitText[..<index]) + "." + String(digitText[index...])
        }
        var result = sign + String(digitText.prefix(1))
        if digits.count > 1 { result += "." + String(digitText.dropFirst()) }
        let magnitude = abs(decimalExponent)
        result += (decimalExponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        return result
    }
}
