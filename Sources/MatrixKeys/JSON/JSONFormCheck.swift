/// Where input that meets canonical JSON's rules is still not written in its canonical form (SPEC §2):
/// whitespace, object keys out of code-point order, escapes canonical JSON does not use, and numbers
/// written otherwise than canonical JSON writes them. Someone checking a signature over hand-edited
/// JSON needs both answers: does the data break the rules, and are these bytes already canonical?
///
/// The input must already have passed `JSONLint.violations` (so it parses); a number that breaks the
/// rules is reported there, not here.
struct JSONFormCheck {
    private var scanner: JSONScanner
    private let mode: NumberMode
    private var path: [String] = []
    private(set) var findings: [JSONViolation] = []
    /// The first whitespace byte met inside each open container (and at the top level), innermost last.
    private var whitespace: [Int?] = [nil]

    init(_ bytes: UnsafeRawBufferPointer, mode: NumberMode) {
        scanner = JSONScanner(bytes)
        self.mode = mode
    }

    private var currentPath: String { "$" + path.joined() }

    private mutating func record(_ offset: Int, _ reason: String, path: String? = nil) {
        findings.append(JSONViolation(path: path ?? currentPath, offset: offset, reason: reason, kind: .form))
    }

    /// Skips whitespace, remembering where the innermost container first had some.
    private mutating func skip() {
        let before = scanner.pos
        scanner.skipWhitespace()
        if scanner.pos != before, whitespace[whitespace.count - 1] == nil { whitespace[whitespace.count - 1] = before }
    }

    mutating func run() throws(JSONParseError) {
        skip()
        if let leading = whitespace[0] { record(leading, "whitespace before the value") }
        try value(depth: 0)
        let end = scanner.pos
        scanner.skipWhitespace()
        if scanner.pos != end { record(end, "whitespace after the value (canonical JSON ends where the value ends)") }
        findings.sort { $0.offset < $1.offset }
    }

    private mutating func value(depth: Int) throws(JSONParseError) {
        switch try scanner.peekValueStart() {
        case 0x22:
            let start = scanner.pos
            let span = try scanner.scanString()
            if span.escaped { checkEscapes(span, at: start, what: "the string") }
        case 0x7B: try container(object: true, depth: depth)
        case 0x5B: try container(object: false, depth: depth)
        case 0x2D, 0x30...0x39: try number()
        case 0x74: try scanner.literal("true")
        case 0x66: try scanner.literal("false")
        case 0x6E: try scanner.literal("null")
        default: throw scanner.badValueStart()
        }
    }

    private mutating func container(object: Bool, depth: Int) throws(JSONParseError) {
        scanner.pos += 1
        whitespace.append(nil)
        var previousKey: [UInt8]? = nil
        var outOfOrder: (before: [UInt8], after: [UInt8], offset: Int)? = nil
        var index = 0
        skip()
        let close: UInt8 = object ? 0x7D : 0x5D
        if scanner.byte(scanner.pos) != close {
            while true {
                if object {
                    skip()
                    let keyStart = scanner.pos
                    let span = try scanner.scanString()
                    var key: [UInt8] = []
                    scanner.decodeEscapes(start: span.start, end: span.end, canonical: false, into: &key)
                    let name = String(decoding: key, as: UTF8.self)
                    path.append(JSONPath.member(name))
                    if span.escaped { checkEscapes(span, at: keyStart, what: "the key") }
                    if let previousKey, outOfOrder == nil, !previousKey.lexicographicallyPrecedes(key) {
                        outOfOrder = (previousKey, key, keyStart)
                    }
                    previousKey = key
                    skip()
                    scanner.pos += 1  // the colon
                } else {
                    path.append(JSONPath.index(index))
                }
                skip()
                try value(depth: depth + 1)
                path.removeLast()
                index += 1
                skip()
                if scanner.byte(scanner.pos) == close { break }
                scanner.pos += 1  // the comma
            }
        }
        scanner.pos += 1
        if let first = whitespace.removeLast() { record(first, "whitespace (canonical JSON has none)") }
        if let (before, after, offset) = outOfOrder {
            record(offset, "keys out of order: \(Self.quoted(after)) after \(Self.quoted(before)) (canonical JSON sorts keys by code point)")
        }
    }

    /// Reports the first escape in a string that canonical JSON would write otherwise.
    private mutating func checkEscapes(_ span: JSONScanner.StringSpan, at offset: Int, what: String) {
        var i = span.start
        while i < span.end {
            guard scanner.byte(i) == 0x5C else {
                i += 1
                continue
            }
            var length = 2
            if scanner.byte(i + 1) == 0x75 {
                length = 6
                let unit = JSONScanner.hex4(scanner.base + i + 2)
                if unit >= 0xD800 && unit <= 0xDBFF { length = 12 }
            }
            var canonical: [UInt8] = []
            scanner.decodeEscapes(start: i, end: i + length, canonical: true, into: &canonical)
            let written = UnsafeBufferPointer(start: scanner.base + i, count: length)
            if !written.elementsEqual(canonical) {
                let escape = String(decoding: written, as: UTF8.self)
                let replacement = Self.visible(canonical)
                record(offset, "\(what) has the escape \(escape) where canonical JSON writes \(replacement)")
                return
            }
            i += length
        }
    }

    private mutating func number() throws(JSONParseError) {
        let span = try scanner.scanNumber()
        let text = UnsafeRawBufferPointer(start: scanner.base + span.start, count: span.end - span.start)
        // A number that breaks the rules is the linter's to report (-0 too, in strict mode).
        if mode == .strict, text.count == 2, text[0] == 0x2D, text[1] == 0x30 { return }
        guard let canonical = try? CanonicalJSON.canonicalize(text, mode: mode) else { return }
        if !text.elementsEqual(canonical) {
            record(span.start, "the number \(String(decoding: text, as: UTF8.self)) is written \(String(decoding: canonical, as: UTF8.self)) in canonical JSON")
        }
    }

    private static func quoted(_ key: [UInt8]) -> String { CanonicalJSON.encodeString(.string(String(decoding: key, as: UTF8.self))) }

    /// Canonical string content as a reader sees it: the character itself, or its escape.
    private static func visible(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.count == 1, bytes[0] < 0x20 || bytes[0] == 0x7F { return "the raw byte 0x" + String(bytes[0], radix: 16) }
        return "\"" + text + "\""
    }
}
