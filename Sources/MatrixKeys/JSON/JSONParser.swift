/// The strict, byte-level JSON parser (SPEC §2). It rejects invalid UTF-8, lone surrogate escapes,
/// duplicate keys, NaN/Infinity, trailing data and nesting deeper than `maxDepth`; integers never pass
/// through `Double`.
///
/// ```swift
/// let event = try JSONParser.parse(#"{"type":"m.room.message","depth":12}"#)
/// event["depth"]  // .integer(12)
/// try JSONParser.parse("1.5")               // throws: floatNotAllowed("1.5") at byte 0
/// try JSONParser.parse("1.5", mode: .lax)   // .float(1.5)
/// ```
public enum JSONParser {
    /// Arrays and objects may nest exactly this deep: 100 levels are accepted, the 101st opening bracket
    /// is rejected with `.tooDeep(limit: 100)` at its offset. Hostile input cannot overflow the stack.
    public static let maxDepth = 100

    /// Parses one JSON text (RFC 8259 plus SPEC §2's rules). Errors: `JSONParseError` with the kind, the
    /// byte offset and the JSON path; `.trailingData` if anything but whitespace follows the value.
    /// The bytes are read where they are (a line of a larger buffer, a `Data`, a file mapped in memory).
    public static func parse(_ json: Span<UInt8>, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try parse(raw, mode: mode) }
    }

    package static func parse(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        let (value, consumed) = try parsePrefix(bytes, mode: mode)
        guard consumed == bytes.count else { throw JSONParseError(kind: .trailingData, offset: consumed) }
        return value
    }

    public static func parse(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try withJSONBytes(bytes) { raw throws(JSONParseError) in try parse(raw, mode: mode) }
    }

    public static func parse(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), mode: mode)
    }

    /// Parses one value at the start of `bytes` (after optional whitespace) and returns it with the number
    /// of bytes consumed, trailing whitespace included (up to, not including, the next other byte): for
    /// JSON-lines streams, without copying. Whatever follows is not looked at.
    public static func parsePrefix(_ json: Span<UInt8>, mode: NumberMode = .strict) throws(JSONParseError) -> (value: JSONValue, consumed: Int) {
        try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try parsePrefix(raw, mode: mode) }
    }

    package static func parsePrefix(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> (value: JSONValue, consumed: Int) {
        var parser = TreeParser(scanner: JSONScanner(bytes), mode: mode, lint: false)
        defer { parser.pending.dispose() }
        parser.scanner.skipWhitespace()
        guard !parser.scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
        let value = try parser.value(depth: 0)
        parser.scanner.skipWhitespace()
        return (value, parser.scanner.pos)
    }
}

extension JSONValue {
    /// `JSONParser.parse(text, mode:)`.
    public static func parse(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(text, mode: mode)
    }

    /// `JSONParser.parse(bytes, mode:)`.
    public static func parse(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(bytes, mode: mode)
    }
}

/// Recursive descent into `JSONValue`. Depth is checked before each nested container, so recursion is
/// bounded by `JSONParser.maxDepth`. The elements of open containers wait on one shared stack and are
/// moved (not copied) into their array or object when it closes, so a container costs one allocation.
struct TreeParser {
    var scanner: JSONScanner
    let mode: NumberMode
    /// When linting, numbers are read in lax mode and each strictness violation is recorded here.
    let lint: Bool
    var violations: [JSONViolation] = []
    var path: [String] = []
    var pending = PendingStack()
    /// Reused by every object whose keys arrive out of order.
    private var order: [Int] = []

    init(scanner: JSONScanner, mode: NumberMode, lint: Bool) {
        self.scanner = scanner
        self.mode = mode
        self.lint = lint
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        let b = try scanner.peekValueStart()
        switch b {
        case 0x22:
            let span = try scanner.scanString()
            return .string(scanner.string(span))
        case 0x7B: return try object(depth: depth + 1)
        case 0x5B: return try array(depth: depth + 1)
        case 0x2D, 0x30...0x39:
            let span = try scanner.scanNumber()
            if lint { return try lintNumber(span) }
            return try scanner.number(span, mode: mode)
        case 0x74: try scanner.literal("true"); return .bool(true)
        case 0x66: try scanner.literal("false"); return .bool(false)
        case 0x6E: try scanner.literal("null"); return .null
        default:
            throw scanner.badValueStart()
        }
    }

    private mutating func lintNumber(_ span: (start: Int, end: Int, integer: Bool)) throws(JSONParseError) -> JSONValue {
        do {
            let value = try scanner.number(span, mode: .strict)
            // -0 parses as the integer 0, but it is not how canonical JSON writes it.
            if mode == .strict, span.end - span.start == 2, scanner.byte(span.start) == 0x2D, scanner.byte(span.start + 1) == 0x30 {
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
        if try scanner.peekValueStart() == 0x5D {
            scanner.pos += 1
            return .array([])
        }
        let first = pending.count
        while true {
            let index = pending.count - first
            // Paths are built only when linting or when an error passes through: never on the hot path.
            if lint { path.append(JSONPath.index(index)) }
            let element: JSONValue
            do { element = try value(depth: depth) } catch { throw error.inside(JSONPath.index(index)) }
            if lint { path.removeLast() }
            pending.push(key: "", value: element, keyStart: 0, keyEnd: 0, keyEscaped: false)
            let b = try scanner.peekValueStart()
            scanner.pos += 1
            if b == 0x2C { continue }
            if b == 0x5D { return .array(pending.popValues(from: first)) }
            throw scanner.error(.unexpectedCharacter(b), at: scanner.pos - 1)
        }
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        if try scanner.peekValueStart() == 0x7D {
            scanner.pos += 1
            return .object(JSONObject())
        }
        let first = pending.count
        var sorted = true
        while true {
            let b = try scanner.peekValueStart()
            guard b == 0x22 else { throw scanner.error(.unexpectedCharacter(b)) }
            let keyOffset = scanner.pos
            let span = try scanner.scanString()
            let key = scanner.string(span)
            let colon = try scanner.peekValueStart()
            guard colon == 0x3A else { throw scanner.error(.unexpectedCharacter(colon)) }
            scanner.pos += 1
            if lint { path.append(JSONPath.member(key)) }
            let item: JSONValue
            do { item = try value(depth: depth) } catch { throw error.inside(JSONPath.member(key)) }
            if lint { path.removeLast() }
            if pending.count > first {
                let previous = pending.count - 1
                let order = compareKey(at: previous, withSpan: span, key: key)
                if order == 0 { throw scanner.error(.duplicateKey(key), at: keyOffset) }
                if order > 0 { sorted = false }
            }
            pending.push(key: key, value: item, keyStart: span.start, keyEnd: span.end, keyEscaped: span.escaped)
            let next = try scanner.peekValueStart()
            scanner.pos += 1
            if next == 0x2C { continue }
            if next == 0x7D { break }
            throw scanner.error(.unexpectedCharacter(next), at: scanner.pos - 1)
        }
        if sorted { return .object(JSONObject(sortedMembers: pending.popMembers(from: first, order: nil))) }
        try sortPending(from: first)
        let members = order.withUnsafeBufferPointer { pending.popMembers(from: first, order: $0) }
        return .object(JSONObject(sortedMembers: members))
    }

    /// Compares the pending key at `index` with a key just read (code point order = byte order). Two
    /// unescaped keys compare their input bytes; otherwise the decoded strings.
    @inline(__always)
    private func compareKey(at index: Int, withSpan span: JSONScanner.StringSpan, key: String) -> Int {
        let slot = pending.base + index
        if !slot.pointee.keyEscaped && !span.escaped {
            return scanner.compareSpans(slot.pointee.keyStart, slot.pointee.keyEnd, span.start, span.end)
        }
        return UTF8Bytes.compare(slot.pointee.key, key)
    }

    /// Compares the keys of two pending slots. Static, over pointers, so that sorting (which mutates
    /// `order`) never copies the parser.
    @inline(__always)
    private static func compareKeys(_ x: UnsafeMutablePointer<PendingStack.Slot>, _ y: UnsafeMutablePointer<PendingStack.Slot>, input: UnsafePointer<UInt8>) -> Int {
        if !x.pointee.keyEscaped && !y.pointee.keyEscaped {
            return UTF8Bytes.compare(
                input + x.pointee.keyStart, x.pointee.keyEnd - x.pointee.keyStart,
                input + y.pointee.keyStart, y.pointee.keyEnd - y.pointee.keyStart)
        }
        return UTF8Bytes.compare(x.pointee.key, y.pointee.key)
    }

    /// Fills `order` with the pending members' positions in key order; a duplicate throws, at the offset
    /// of whichever of the two keys comes later in the input.
    private mutating func sortPending(from first: Int) throws(JSONParseError) {
        let count = pending.count - first
        let slots = pending.base
        let input = scanner.base
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: first..<(first + count))
        let duplicate: (Int, Int)? = order.withUnsafeMutableBufferPointer { order in
            sortFindingDuplicate(order) { TreeParser.compareKeys(slots + $0, slots + $1, input: input) }
        }
        if let (a, b) = duplicate {
            let later = slots + max(a, b)  // members are pushed in input order
            // The key's opening quote precedes its content.
            throw scanner.error(.duplicateKey(later.pointee.key), at: later.pointee.keyStart - 1)
        }
    }
}

/// The values of the containers being parsed, innermost last, held in manually managed memory so that a
/// finished container takes its elements by moving them: no reference counting, no array growth.
/// The owner calls `dispose()` once, whether parsing succeeded or threw.
struct PendingStack {
    struct Slot {
        var key: String
        var value: JSONValue
        /// The key's content in the input, and whether it holds escapes (then compare `key` instead).
        var keyStart: Int
        var keyEnd: Int
        var keyEscaped: Bool
    }

    private(set) var base: UnsafeMutablePointer<Slot>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 32) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Releases what is left (after an error) and the memory.
    mutating func dispose() {
        base.deinitialize(count: count)
        base.deallocate()
        count = 0
        capacity = 0
    }

    @inline(__always)
    mutating func push(key: String, value: JSONValue, keyStart: Int, keyEnd: Int, keyEscaped: Bool) {
        if count == capacity { grow() }
        (base + count).initialize(to: Slot(key: key, value: value, keyStart: keyStart, keyEnd: keyEnd, keyEscaped: keyEscaped))
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let newCapacity = Swift.max(capacity * 2, 16)
        let bigger = UnsafeMutablePointer<Slot>.allocate(capacity: newCapacity)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// Moves the values from `first` up into a new array and pops them.
    mutating func popValues(from first: Int) -> [JSONValue] {
        var result: [JSONValue] = []
        result.reserveCapacity(count - first)
        for i in first..<count { result.append((base + i).move().value) }
        count = first
        return result
    }

    /// Moves the members from `first` up (in `order`, positions into this stack, when given) into a new
    /// array and pops them.
    mutating func popMembers(from first: Int, order: UnsafeBufferPointer<Int>?) -> [JSONObject.Member] {
        var result: [JSONObject.Member] = []
        result.reserveCapacity(count - first)
        if let order {
            for position in order {
                let slot = (base + position).move()
                result.append(JSONObject.Member(key: slot.key, value: slot.value))
            }
        } else {
            for i in first..<count {
                let slot = (base + i).move()
                result.append(JSONObject.Member(key: slot.key, value: slot.value))
            }
        }
        count = first
        return result
    }
}
