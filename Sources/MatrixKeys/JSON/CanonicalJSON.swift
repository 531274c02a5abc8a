/// Canonical JSON (SPEC §2): keys in code point order, no insignificant whitespace, strings as raw UTF-8
/// escaping only `"`, `\` and control characters (`\b \f \n \r \t`, otherwise `\u00xx` in lowercase).
/// Integers are written in decimal; lax-mode floats as Python's `repr` writes them (`PythonFloat`).
///
/// ```swift
/// CanonicalJSON.encodeString(["b": 1, "a": ["\u{1F600}", "\u{1F}"]])   // {"a":["😀","\u001f"],"b":1}
/// try CanonicalJSON.canonicalize(Array(#"{ "b" : 1, "a" : -0 }"#.utf8)) // {"a":0,"b":1}
/// ```
public enum CanonicalJSON {
    /// The canonical bytes of `value`.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var writer = ByteWriter(capacity: 4096)
        defer { writer.release() }
        write(value, into: &writer)
        return Array(writer.buffer)
    }

    /// Appends the canonical bytes of `value` to `out`.
    public static func encode(_ value: JSONValue, into out: inout [UInt8]) {
        var writer = ByteWriter(capacity: 4096)
        defer { writer.release() }
        write(value, into: &writer)
        out.append(contentsOf: writer.buffer)
    }

    /// The canonical text of `value`.
    public static func encodeString(_ value: JSONValue) -> String {
        var writer = ByteWriter(capacity: 256)
        defer { writer.release() }
        write(value, into: &writer)
        return String(decoding: writer.buffer, as: UTF8.self)
    }

    static func write(_ value: borrowing JSONValue, into out: inout ByteWriter) {
        switch value {
        case .string(let s): appendString(s, into: &out)
        case .object(let object):
            out.append(0x7B)
            object.members.withUnsafeBufferPointer { members in
                for i in members.indices {
                    if i > 0 { out.append(0x2C) }
                    appendString(members[i].key, into: &out)
                    out.append(0x3A)
                    write(members[i].value, into: &out)
                }
            }
            out.append(0x7D)
        case .array(let elements):
            out.append(0x5B)
            elements.withUnsafeBufferPointer { elements in
                for i in elements.indices {
                    if i > 0 { out.append(0x2C) }
                    write(elements[i], into: &out)
                }
            }
            out.append(0x5D)
        case .integer(let i): appendInteger(i, into: &out)
        case .null: appendLiteral("null", into: &out)
        case .bool(true): appendLiteral("true", into: &out)
        case .bool(false): appendLiteral("false", into: &out)
        case .bigInteger(let text): appendString(text, quoted: false, into: &out)
        case .float(let d):
            // JSON has no NaN or Infinity (Python's canonicaljson refuses them); never write invalid JSON.
            if d.isFinite { PythonFloat.append(d, into: &out) } else { appendLiteral("null", into: &out) }
        }
    }

    @inline(__always)
    static func appendLiteral<Sink: ByteSink>(_ text: StaticString, into out: inout Sink) {
        out.append(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func appendInteger<Sink: ByteSink>(_ value: Int64, into out: inout Sink) {
        if value >= 0 && value < 10 {
            out.append(UInt8(truncatingIfNeeded: value) + 0x30)
            return
        }
        var magnitude = value.magnitude
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits and a sign
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var index = buffer.count
            while magnitude > 0 {
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            }
            if value < 0 {
                index -= 1
                buffer[index] = 0x2D
            }
            out.append(bytes: UnsafeRawBufferPointer(rebasing: buffer[index...]).bindMemory(to: UInt8.self))
        }
    }

    /// Writes `string` as canonical string content, in quotes (or, with `quoted: false`, raw bytes).
    @inline(__always)
    static func appendString<Sink: ByteSink>(_ string: String, quoted: Bool = true, into out: inout Sink) {
        UTF8Bytes.withBytes(string) { bytes in
            if quoted { appendQuoted(bytes, into: &out) } else { out.append(bytes: bytes) }
        }
    }

    /// Writes UTF-8 `bytes` (already valid) as a canonical JSON string: runs without `"`, `\` or control
    /// characters are copied as they are, found eight bytes at a time.
    static func appendQuoted<Sink: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout Sink) {
        out.append(0x22)
        guard let base = bytes.baseAddress else {
            out.append(0x22)
            return
        }
        let count = bytes.count
        var runStart = 0
        var i = 0
        while true {
            while i + 8 <= count {
                let mask = escapeMask(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                if mask != 0 {
                    i += mask.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            while i < count {
                let b = base[i]
                if b < 0x20 || b == 0x22 || b == 0x5C { break }
                i += 1
            }
            guard i < count else { break }
            if runStart < i { out.append(bytes: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
            appendEscaped(scalar: UInt32(base[i]), into: &out)
            i += 1
            runStart = i
        }
        if runStart < count { out.append(bytes: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
        out.append(0x22)
    }

    /// The high bit of each byte of `word` (little-endian) that canonical JSON escapes: < 0x20, `"`, `\`.
    /// The lowest set bit marks the first such byte exactly (borrows only ever flag bytes above it).
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let lessThan20 = (word &- ones &* 0x20) & ~word
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        return (lessThan20 | hasQuote | hasBackslash) & highs
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

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
            out.append(hexDigits.utf8Start[Int(scalar >> 4)])
            out.append(hexDigits.utf8Start[Int(scalar & 0xF)])
        default: JSONScanner.appendUTF8(scalar, into: &out)
        }
    }
}
