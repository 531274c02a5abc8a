/// The strict, byte-level JSON parser (SPEC §2). It rejects invalid UTF-8, lone surrogate escapes,
/// duplicate keys, NaN/Infinity, trailing data and nesting deeper than `maxDepth`; integers never pass
/// through `Double`.
public enum JSONParser {
    /// Arrays and objects may nest this deep; one more level is an error (hostile input cannot overflow
    /// the stack).
    public static let maxDepth = 100

    public static func parse(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        let (value, consumed) = try parsePrefix(bytes, mode: mode)
        guard consumed == bytes.count else { throw JSONParseError(kind: .trailingData, offset: consumed) }
        return value
    }

    public static func parse(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBytes { raw in Result { () throws(JSONParseError) in try parse(raw, mode: mode) } }.get()
    }

    public static func parse(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), mode: mode)
    }

    /// Parses one value at the start of `bytes` (after optional whitespace) and returns it with the number
    /// of bytes consumed, trailing whitespace included: for JSON-lines streams, without copying.
    public static func parsePrefix(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> (value: JSONValue, consumed: Int) {
        var parser = TreeParser(scanner: JSONScanner(bytes), mode: mode, lint: false)
        parser.scanner.skipWhitespace()
        guard !parser.scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
        let value = try parser.value(depth: 0)
        parser.scanner.skipWhitespace()
        return (value, parser.scanner.pos)
    }
}

/// Recursive descent into `JSONValue`. Depth is checked before each nested container, so recursion is
/// bounded by `JSONParser.maxDepth`.
struct TreeParser {
    var scanner: JSONScanner
    let mode: NumberMode
    /// When linting, numbers are read in lax mode and each strictness violation is recorded here.
    let lint: Bool
    var violations: [JSONViolation] = []
    var path: [String] = []

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        let b = try scanner.peekValueStart()
        switch b {
        case 0x7B: return try object(depth: depth + 1)
        case 0x5B: return try array(depth: depth + 1)
        case 0x22:
            let span = try scanner.scanString()
            return .string(scanner.string(start: span.start, end: span.end, escaped: span.escaped))
        case 0x74: try scanner.literal("true"); return .bool(true)
        case 0x66: try scanner.literal("false"); return .bool(false)
        case 0x6E: try scanner.literal("null"); return .null
        case 0x2D, 0x30...0x39:
            let span = try scanner.scanNumber()
            if lint { return try lintNumber(span) }
            return try scanner.number(span, mode: mode)
        default:
            throw scanner.badValueStart()
        }
    }

    private mutating func lintNumber(_ span: (start: Int, end: Int, integer: Bool)) throws(JSONParseError) -> JSONValue {
        do {
            let value = try scanner.number(span, mode: .strict)
            // -0 parses as the integer 0, but it is not how canonical JSON writes it.
            if mode == .strict, span.end - span.start == 2, scanner.byte(span.start) == 0x2D {
                violations.append(JSONViolation(
                    path: "$" + path.joined(), offset: span.start, reason: "-0 is not canonical (canonical JSON writes 0)"))
            }
            return value
        } catch {
            let lax = try scanner.number(span, mode: .lax)
            if mode == .strict {
                violations.append(JSONViolation(path: "$" + path.joined(), offset: span.start, reason: error.reason))
            }
            return lax
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        var elements: [JSONValue] = []
        if try scanner.peekValueStart() == 0x5D {
            scanner.pos += 1
            return .array(elements)
        }
        while true {
            // Paths are built only when linting or when an error passes through: never on the hot path.
            if lint { path.append(JSONPath.index(elements.count)) }
            do { elements.append(try value(depth: depth)) } catch { throw error.inside(JSONPath.index(elements.count)) }
            if lint { path.removeLast() }
            let b = try scanner.peekValueStart()
            scanner.pos += 1
            if b == 0x2C { continue }
            if b == 0x5D { return .array(elements) }
            throw scanner.error(.unexpectedCharacter(b), at: scanner.pos - 1)
        }
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        var members: [JSONObject.Element] = []
        var offsets: [Int] = []
        var sorted = true
        if try scanner.peekValueStart() == 0x7D {
            scanner.pos += 1
            return .object(JSONObject())
        }
        while true {
            let b = try scanner.peekValueStart()
            guard b == 0x22 else { throw scanner.error(.unexpectedCharacter(b)) }
            let keyOffset = scanner.pos
            let span = try scanner.scanString()
            let key = scanner.string(start: span.start, end: span.end, escaped: span.escaped)
            let colon = try scanner.peekValueStart()
            guard colon == 0x3A else { throw scanner.error(.unexpectedCharacter(colon)) }
            scanner.pos += 1
            if lint { path.append(JSONPath.member(key)) }
            let item: JSONValue
            do { item = try value(depth: depth) } catch { throw error.inside(JSONPath.member(key)) }
            if lint { path.removeLast() }
            if let last = members.last {
                let order = UTF8Bytes.compare(last.key, key)
                if order == 0 { throw scanner.error(.duplicateKey(key), at: keyOffset) }
                if order > 0 { sorted = false }
            }
            members.append((key, item))
            offsets.append(keyOffset)
            let next = try scanner.peekValueStart()
            scanner.pos += 1
            if next == 0x2C { continue }
            if next == 0x7D { break }
            throw scanner.error(.unexpectedCharacter(next), at: scanner.pos - 1)
        }
        if !sorted {
            var order = Array(members.indices)
            order.sort { UTF8Bytes.compare(members[$0].key, members[$1].key) < 0 }
            for i in 1..<order.count where UTF8Bytes.equal(members[order[i - 1]].key, members[order[i]].key) {
                let later = max(offsets[order[i - 1]], offsets[order[i]])
                throw scanner.error(.duplicateKey(members[order[i]].key), at: later)
            }
            members = order.map { members[$0] }
        }
        return .object(JSONObject(sortedMembers: members))
    }
}

/// One place where input breaks strict canonical JSON's number rules.
public struct JSONViolation: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let offset: Int
    public let reason: String

    public var description: String { "\(path): \(reason) (byte \(offset))" }
}

/// Lists every strictness violation of the input instead of stopping at the first.
public enum JSONLint {
    /// Number violations with their paths, in document order. In lax mode there are none to report, but
    /// the structure is still checked. Structural errors (syntax, UTF-8, duplicate keys, depth) throw, since
    /// nothing after them can be read.
    public static func violations(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        var parser = TreeParser(scanner: JSONScanner(bytes), mode: mode, lint: true)
        parser.scanner.skipWhitespace()
        guard !parser.scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
        _ = try parser.value(depth: 0)
        parser.scanner.skipWhitespace()
        guard parser.scanner.atEnd else { throw JSONParseError(kind: .trailingData, offset: parser.scanner.pos) }
        return parser.violations
    }
}
