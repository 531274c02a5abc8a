/// The lexical layer shared by the tree parser and the direct canonicaliser: whitespace, literals,
/// strings (with full UTF-8 and escape validation) and numbers, on raw bytes.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var pos: Int

    init(_ buffer: UnsafeRawBufferPointer, start: Int = 0) {
        // An empty buffer may have no address; any valid pointer will do as nothing is read.
        base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? JSONScanner.nothing.utf8Start
        end = buffer.count
        pos = start
    }

    private static let nothing: StaticString = " "

    @inline(__always) var atEnd: Bool { pos >= end }
    @inline(__always) func byte(_ at: Int) -> UInt8 { base[at] }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            let b = base[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { return }
        }
    }

    func error(_ kind: JSONParseError.Kind, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(kind: kind, offset: offset ?? pos)
    }

    /// The next non-space byte, or an unexpected-end error.
    @inline(__always)
    mutating func peekValueStart() throws(JSONParseError) -> UInt8 {
        skipWhitespace()
        guard pos < end else { throw error(.unexpectedEnd) }
        return base[pos]
    }

    /// Consumes `true`, `false` or `null` at pos.
    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let w = word.utf8Start
        for i in 0..<count {
            guard pos + i < end else { throw error(.unexpectedEnd, at: end) }
            if base[pos + i] != w[i] { throw error(.unexpectedCharacter(base[pos + i]), at: pos + i) }
        }
        pos += count
    }

    /// An unexpected byte where a value should start: names NaN/Infinity, BOMs and numbers that start
    /// with `+` or `.` specifically.
    func badValueStart() -> JSONParseError {
        let b = base[pos]
        if b == 0xEF, pos == 0, end >= 3, base[1] == 0xBB, base[2] == 0xBF { return error(.byteOrderMark) }
        if startsWith("NaN", at: pos) || startsWith("Infinity", at: pos) { return error(.nonFiniteNumber) }
        if b == UInt8(ascii: "+") || b == UInt8(ascii: ".") { return error(.invalidNumber) }
        return error(.unexpectedCharacter(b))
    }

    /// Whether the input holds `word` at `at`.
    func startsWith(_ word: StaticString, at: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= end else { return false }
        for i in 0..<count where base[at + i] != word.utf8Start[i] { return false }
        return true
    }

    // MARK: Strings

    /// The content of a string in the input, between its quotes.
    struct StringSpan {
        var start: Int
        var end: Int
        /// It holds backslash escapes (so its bytes are not its value).
        var escaped: Bool
        /// All its bytes are ASCII.
        var ascii: Bool
    }

    /// Scans the string whose opening quote is at pos; validates UTF-8 and escapes (including surrogate
    /// pairing). Returns the content span; pos ends after the closing quote.
    @inline(__always)
    mutating func scanString() throws(JSONParseError) -> StringSpan {
        let start = pos + 1
        // Locals, not stored properties, on the hot loop: the compiler keeps them in registers.
        let base = self.base
        let end = self.end
        var p = start
        var escaped = false
        var ascii = true
        while true {
            // Eight bytes at a time while they are plain printable ASCII. (Swift's generic SIMD16 was
            // measured 25 times slower here: it does not compile to vector instructions.)
            while p + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                let mask = JSONScanner.attentionMask(word)
                if mask != 0 {
                    // The lowest flagged byte is exact (borrows only ever flag bytes above it).
                    p += mask.trailingZeroBitCount >> 3
                    break
                }
                p += 8
            }
            guard p < end else {
                pos = p
                throw error(.unexpectedEnd)
            }
            let b = base[p]
            if b == 0x22 { break }
            if b < 0x80 {
                if b == 0x5C {
                    escaped = true
                    pos = p
                    try scanEscape()
                    p = pos
                    continue
                }
                if b < 0x20 {
                    pos = p
                    throw error(.controlCharacterInString(b))
                }
                p += 1
                continue
            }
            ascii = false
            // The common well-formed 2- and 3-byte sequences inline; everything else the careful way.
            if b >= 0xC2 && b <= 0xDF, p + 1 < end, base[p + 1] & 0xC0 == 0x80 {
                p += 2
                continue
            }
            if b >= 0xE1 && b <= 0xEC, p + 2 < end, base[p + 1] & 0xC0 == 0x80, base[p + 2] & 0xC0 == 0x80 {
                p += 3
                continue
            }
            pos = p
            try scanMultibyte()
            p = pos
        }
        pos = p + 1
        return StringSpan(start: start, end: p, escaped: escaped, ascii: ascii)
    }

    /// The high bit of each byte of `word` (little-endian) that is < 0x20, `"`, `\` or ≥ 0x80; the
    /// lowest set bit marks the first such byte exactly.
    @inline(__always)
    static func attentionMask(_ word: UInt64) -> UInt64 {
        // What canonical JSON escapes, plus every byte of a multibyte sequence (which must be validated).
        CanonicalJSON.escapeMask(word) | (word & 0x8080_8080_8080_8080)
    }

    private mutating func scanMultibyte() throws(JSONParseError) {
        let b = base[pos]
        var length = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error(.invalidUTF8)
        }
        guard pos + length <= end else { throw error(.invalidUTF8) }
        let second = base[pos + 1]
        guard second >= low, second <= high else { throw error(.invalidUTF8) }
        for i in 2..<max(length, 2) where i < length {
            guard base[pos + i] & 0xC0 == 0x80 else { throw error(.invalidUTF8) }
        }
        pos += length
    }

    /// The four hex digits of a `\u` escape whose `u` is at `at - 1`.
    private func hexValue(_ at: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for i in 0..<4 {
            guard at + i < end else { throw error(.unexpectedEnd, at: end) }
            let c = base[at + i]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: throw error(.invalidEscape, at: at - 2)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func scanEscape() throws(JSONParseError) {
        guard pos + 1 < end else { throw error(.unexpectedEnd, at: end) }
        switch base[pos + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
            pos += 2
        case 0x75:
            let unit = try hexValue(pos + 2)
            if unit >= 0xDC00 && unit <= 0xDFFF { throw error(.loneSurrogate) }
            if unit >= 0xD800 && unit <= 0xDBFF {
                // A high surrogate must be followed at once by a `\u` escape of a low one.
                if pos + 6 >= end || (base[pos + 6] == 0x5C && pos + 7 >= end) { throw error(.unexpectedEnd, at: end) }
                guard base[pos + 6] == 0x5C, base[pos + 7] == 0x75 else { throw error(.loneSurrogate) }
                let second = try hexValue(pos + 8)
                guard second >= 0xDC00 && second <= 0xDFFF else { throw error(.loneSurrogate) }
                pos += 12
            } else {
                pos += 6
            }
        default:
            throw error(.invalidEscape)
        }
    }

    /// Appends the content of a span that `scanString` accepted, with escapes resolved. With `canonical`,
    /// writes it as canonical JSON string content instead (only `"`, `\` and controls escaped).
    func decodeEscapes<Sink: ByteSink>(start: Int, end stop: Int, canonical: Bool, into out: inout Sink) {
        var i = start
        while i < stop {
            let b = base[i]
            if b != 0x5C {
                out.append(b)
                i += 1
                continue
            }
            let e = base[i + 1]
            var scalar: UInt32
            switch e {
            case 0x62: scalar = 0x08
            case 0x66: scalar = 0x0C
            case 0x6E: scalar = 0x0A
            case 0x72: scalar = 0x0D
            case 0x74: scalar = 0x09
            case 0x75:
                scalar = JSONScanner.hex4(base + i + 2)
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    let low = JSONScanner.hex4(base + i + 8)
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                i += 4
            default: scalar = UInt32(e)  // " \ /
            }
            i += 2
            if canonical { CanonicalJSON.appendEscaped(scalar: scalar, into: &out) } else { JSONScanner.appendUTF8(scalar, into: &out) }
        }
    }

    static func hex4(_ p: UnsafePointer<UInt8>) -> UInt32 {
        var value: UInt32 = 0
        for i in 0..<4 {
            let c = p[i]
            let digit = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    @inline(__always)
    static func appendUTF8<Sink: ByteSink>(_ scalar: UInt32, into out: inout Sink) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The string value of a span `scanString` accepted.
    func string(_ span: StringSpan) -> String {
        if !span.escaped {
            return JSONScanner.makeString(UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), ascii: span.ascii)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.end - span.start)
        decodeEscapes(start: span.start, end: span.end, canonical: false, into: &bytes)
        return bytes.withUnsafeBufferPointer { JSONScanner.makeString($0, ascii: false) }
    }

    /// A String of UTF-8 bytes that have been validated already: copied without checking them again
    /// where the standard library allows it (Swift 6.2's `UTF8Span`), which is about three times faster
    /// for non-ASCII text.
    /// (Older compilers and OSs take the validating initialiser.)
    @inline(__always)
    static func makeString(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String {
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        #endif
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Numbers

    /// Scans a number at pos. Returns its span and whether it is a plain integer (no fraction or exponent).
    mutating func scanNumber() throws(JSONParseError) -> (start: Int, end: Int, integer: Bool) {
        let start = pos
        if base[pos] == 0x2D {
            pos += 1
            guard pos < end else { throw error(.invalidNumber, at: start) }
            if startsWith("Infinity", at: pos) { throw error(.nonFiniteNumber, at: start) }
        }
        guard pos < end, isDigit(base[pos]) else { throw error(.invalidNumber, at: start) }
        if base[pos] == 0x30 {
            pos += 1
            if pos < end, isDigit(base[pos]) { throw error(.invalidNumber, at: start) }
        } else {
            while pos < end, isDigit(base[pos]) { pos += 1 }
        }
        var integer = true
        if pos < end, base[pos] == 0x2E {
            integer = false
            pos += 1
            guard pos < end, isDigit(base[pos]) else { throw error(.invalidNumber, at: start) }
            while pos < end, isDigit(base[pos]) { pos += 1 }
        }
        if pos < end, base[pos] | 0x20 == 0x65 {
            integer = false
            pos += 1
            if pos < end, base[pos] == 0x2B || base[pos] == 0x2D { pos += 1 }
            guard pos < end, isDigit(base[pos]) else { throw error(.invalidNumber, at: start) }
            while pos < end, isDigit(base[pos]) { pos += 1 }
        }
        return (start, pos, integer)
    }

    /// Compares the bytes of two spans of the input (code point order for UTF-8).
    @inline(__always)
    func compareSpans(_ a: Int, _ aEnd: Int, _ b: Int, _ bEnd: Int) -> Int {
        UTF8Bytes.compare(base + a, aEnd - a, base + b, bEnd - b)
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    func text(_ start: Int, _ stop: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: stop - start), as: UTF8.self)
    }

    /// The value of an integer literal if it fits in Int64.
    func int64(_ start: Int, _ stop: Int) -> Int64? {
        var i = start
        let negative = base[i] == 0x2D
        if negative { i += 1 }
        guard stop - i <= 19 else { return nil }
        var magnitude: UInt64 = 0
        while i < stop {
            magnitude = magnitude &* 10 &+ UInt64(base[i] - 0x30)
            i += 1
        }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    static let maxSafeInteger: Int64 = 9_007_199_254_740_991

    /// Interprets a number span under `mode`: strict gives integers in range or an error; lax keeps
    /// big integers as text and floats as doubles.
    func number(_ span: (start: Int, end: Int, integer: Bool), mode: NumberMode) throws(JSONParseError) -> JSONValue {
        if span.integer {
            if let value = int64(span.start, span.end), mode == .lax || (value >= -JSONScanner.maxSafeInteger && value <= JSONScanner.maxSafeInteger) {
                return .integer(value)
            }
            if mode == .strict { throw error(.integerOutOfRange(text(span.start, span.end)), at: span.start) }
            return .bigInteger(text(span.start, span.end))
        }
        if mode == .strict { throw error(.floatNotAllowed(text(span.start, span.end)), at: span.start) }
        guard let value = Double(text(span.start, span.end)), value.isFinite else {
            throw error(.nonFiniteNumber, at: span.start)
        }
        return .float(value)
    }
}
