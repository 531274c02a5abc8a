/// Checks JSON against the parser's rules (syntax, UTF-8, escapes, numbers in the given mode, nesting
/// depth, duplicate keys) without building or writing anything: for the parts of a document that are
/// only looked at, such as the members redaction removes before an event is hashed.
///
/// Errors are `JSONParseError`s, but not always the parser's exact error (the path is not tracked):
/// callers that report errors parse again to get those. One case is not decided here: an object with
/// an escaped key has its duplicates left unchecked, and `sawEscapedKey` tells the caller to parse it
/// the careful way.
struct JSONValidator {
    var scanner: JSONScanner
    var mode: NumberMode
    /// Some object had an escaped key, so its keys were not compared.
    private(set) var sawEscapedKey = false
    /// Everything validated since this was last set to true is already in canonical form (no
    /// whitespace, no escapes, keys in order, short integers only): its bytes can be copied as they are.
    var canonical = true

    /// A member of an object: its key's content and its value, as input offsets.
    struct Member {
        var keyStart: Int
        var keyEnd: Int
        var valueStart: Int
        var valueEnd: Int
        /// The value's text is already canonical.
        var canonical = false
    }

    /// The members of the open objects, innermost last (one stack for all depths, its storage reused).
    private var stack: [Member] = []
    private var stackCount = 0

    init(mode: NumberMode) {
        scanner = JSONScanner(UnsafeRawBufferPointer(start: nil, count: 0))
        self.mode = mode
        stack.reserveCapacity(32)
    }

    /// Starts on a new document.
    mutating func reset(_ bytes: UnsafeRawBufferPointer, mode: NumberMode) {
        scanner = JSONScanner(bytes)
        self.mode = mode
        sawEscapedKey = false
        canonical = true
        stackCount = 0
    }

    /// The next byte that is not whitespace; whitespace makes the text non-canonical.
    @inline(__always)
    private mutating func peek() throws(JSONParseError) -> UInt8 {
        let before = scanner.pos
        let b = try scanner.peekValueStart()
        if scanner.pos != before { canonical = false }
        return b
    }

    /// Validates the value at the scanner's position; `depth` counts the containers around it.
    mutating func value(depth: Int) throws(JSONParseError) {
        switch try peek() {
        case 0x22: if try scanner.scanString().escaped { canonical = false }
        case 0x7B: try object(depth: depth + 1, keeping: nil)
        case 0x5B: try array(depth: depth + 1)
        case 0x2D, 0x30...0x39: try number()
        case 0x74: try scanner.literal("true")
        case 0x66: try scanner.literal("false")
        case 0x6E: try scanner.literal("null")
        default: throw scanner.badValueStart()
        }
    }

    /// Validates the object at the scanner's position (at nesting level `depth`) and replaces the contents
    /// of `members` with its members, sorted by key (when it has no escaped keys).
    mutating func object(depth: Int, members: inout [Member]) throws(JSONParseError) {
        try object(depth: depth, keeping: &members)
    }

    private mutating func number() throws(JSONParseError) {
        let span = try scanner.scanNumber()
        // Integers of at most 15 digits are in range in either mode; anything else is checked in full.
        let negative = scanner.base[span.start] == 0x2D
        let digits = span.end - span.start - (negative ? 1 : 0)
        if span.integer && digits <= 15 {
            if negative && digits == 1 && scanner.base[span.start + 1] == 0x30 { canonical = false }  // -0
            return
        }
        canonical = false
        _ = try scanner.number(span, mode: mode)
    }

    private mutating func array(depth: Int) throws(JSONParseError) {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        if try peek() == 0x5D {
            scanner.pos += 1
            return
        }
        while true {
            try value(depth: depth)
            let b = try peek()
            scanner.pos += 1
            if b == 0x2C { continue }
            if b == 0x5D { return }
            throw scanner.error(.unexpectedCharacter(b), at: scanner.pos - 1)
        }
    }

    private mutating func object(depth: Int, keeping kept: UnsafeMutablePointer<[Member]>?) throws(JSONParseError) {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        let first = stackCount
        defer { stackCount = first }
        if try peek() == 0x7D {
            scanner.pos += 1
            kept?.pointee.removeAll(keepingCapacity: true)
            return
        }
        var sorted = true
        var escaped = false
        while true {
            let b = try peek()
            guard b == 0x22 else { throw scanner.error(.unexpectedCharacter(b)) }
            let key = try scanner.scanString()
            escaped = escaped || key.escaped
            let colon = try peek()
            guard colon == 0x3A else { throw scanner.error(.unexpectedCharacter(colon)) }
            scanner.pos += 1
            _ = try peek()
            // Whether this value alone is canonical, then folded into the whole.
            let outer = canonical
            canonical = true
            let valueStart = scanner.pos
            try value(depth: depth)
            let member = Member(keyStart: key.start, keyEnd: key.end, valueStart: valueStart, valueEnd: scanner.pos, canonical: canonical)
            canonical = outer && canonical
            if stackCount > first, sorted {
                let previous = stack[stackCount - 1]
                sorted = scanner.compareSpans(previous.keyStart, previous.keyEnd, member.keyStart, member.keyEnd) < 0
            }
            if stackCount < stack.count { stack[stackCount] = member } else { stack.append(member) }
            stackCount += 1
            let next = try peek()
            scanner.pos += 1
            if next == 0x2C { continue }
            if next == 0x7D { break }
            throw scanner.error(.unexpectedCharacter(next), at: scanner.pos - 1)
        }
        if escaped || !sorted { canonical = false }
        if escaped {
            sawEscapedKey = true
        } else if !sorted {
            let scanner = self.scanner
            let count = stackCount
            let duplicate = stack.withUnsafeMutableBufferPointer { all in
                sortFindingDuplicate(UnsafeMutableBufferPointer(rebasing: all[first..<count])) {
                    scanner.compareSpans($0.keyStart, $0.keyEnd, $1.keyStart, $1.keyEnd)
                }
            }
            if let (a, b) = duplicate {
                let later = a.keyStart > b.keyStart ? a : b
                throw scanner.error(.duplicateKey(scanner.text(later.keyStart, later.keyEnd)), at: later.keyStart - 1)
            }
        }
        if let kept {
            kept.pointee.removeAll(keepingCapacity: true)
            kept.pointee.append(contentsOf: stack[first..<stackCount])
        }
    }
}
