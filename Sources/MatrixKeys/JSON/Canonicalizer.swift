extension CanonicalJSON {
    /// Parses `bytes` and returns their canonical form in one pass, without building a tree: strings
    /// without escapes are copied through, and each object's members are written as they come and
    /// reordered only when the input had them out of order. Rejects everything `JSONParser` rejects,
    /// with the same error, and gives the same bytes as `encode(JSONParser.parse(bytes, mode:))`.
    ///
    /// For many documents (a JSON-lines stream), a `Canonicalizer` kept across them is faster still.
    public static func canonicalize(_ json: Span<UInt8>, mode: NumberMode = .strict) throws(JSONParseError) -> [UInt8] {
        try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try canonicalize(raw, mode: mode) }
    }

    package static func canonicalize(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> [UInt8] {
        var state = DirectCanonicalizer(mode: mode, capacity: bytes.count + 64)
        defer { state.release() }
        try state.run(bytes)
        return [UInt8](unsafeUninitializedCapacity: state.resultCount) { buffer, count in
            count = state.emit(into: buffer)
        }
    }

    public static func canonicalize(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> [UInt8] {
        try withJSONBytes(bytes) { raw throws(JSONParseError) in try canonicalize(raw, mode: mode) }
    }

    /// The canonical text of JSON `text`.
    public static func canonicalize(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> String {
        String(decoding: try canonicalize(Array(text.utf8), mode: mode), as: UTF8.self)
    }

    /// A member to set in an object: its key and its `"key":value` text in canonical form.
    public struct Member: Sendable {
        let key: [UInt8]
        let encoded: [UInt8]

        public init(_ key: String, _ value: JSONValue) {
            self.key = Array(key.utf8)
            encoded = CanonicalJSON.encode(.string(key)) + [0x3A] + CanonicalJSON.encode(value)
        }
    }

    /// A canonicaliser to keep across many documents (a JSON-lines stream): its working buffers are
    /// allocated once, not per document. Not for use from several threads at once.
    public final class Canonicalizer {
        private var state: DirectCanonicalizer

        /// `capacity`: the output buffer's first size; it grows as needed and is then kept.
        public init(capacity: Int = 1 << 14) {
            state = DirectCanonicalizer(mode: .strict, capacity: capacity)
        }

        deinit { state.release() }

        /// Appends the canonical form of `bytes` to `out`. On error, `out` is left as it was.
        public func canonicalize(_ json: Span<UInt8>, mode: NumberMode = .strict, appendingTo out: inout [UInt8]) throws(JSONParseError) {
            try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try canonicalize(raw, mode: mode, appendingTo: &out) }
        }

        package func canonicalize(
            _ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict, appendingTo out: inout [UInt8]
        ) throws(JSONParseError) {
            state.mode = mode
            try state.run(bytes)
            let start = out.count
            let count = state.resultCount
            // Grow once, then write the pieces through a pointer (one piece unless the top-level object
            // needs its members reordered).
            out.append(contentsOf: repeatElement(0, count: count))
            out.withUnsafeMutableBufferPointer { buffer in
                _ = state.emit(into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
            }
        }

        /// The canonical form of the JSON object `bytes` with `members` set (each added, or written in
        /// place of the object's member with its key), as secret bytes: for a decrypted session, to
        /// which a backup adds its IDs. `members` are in key order, without duplicates. Nil when
        /// `bytes` is JSON but not an object. The working copy is wiped before this returns (and the
        /// buffer is wiped when it grows, from then on).
        public func canonicalizeSecret(object json: Span<UInt8>, setting members: [Member], mode: NumberMode = .strict) throws(JSONParseError) -> SecretBytes? {
            try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try canonicalizeSecret(object: raw, setting: members, mode: mode) }
        }

        package func canonicalizeSecret(object bytes: UnsafeRawBufferPointer, setting members: [Member], mode: NumberMode = .strict) throws(JSONParseError) -> SecretBytes? {
            state.mode = mode
            state.out.wipesOnGrowth = true
            defer { state.out.wipe() }
            try state.run(bytes)
            guard state.out.count > 0, state.out.base[0] == 0x7B else { return nil }
            var count = 0
            state.emit(setting: members) { count += $0.count }
            return SecretBytes(count: count) { target in
                var offset = 0
                state.emit(setting: members) { piece in
                    guard let source = piece.baseAddress else { return }
                    (target.baseAddress! + offset).copyMemory(from: source, byteCount: piece.count)
                    offset += piece.count
                }
            }
        }
    }
}

/// The direct canonicaliser's state: the input, the output buffer, and the members of the objects being
/// written. Its owner calls `release()` once.
struct DirectCanonicalizer {
    var scanner: JSONScanner
    var mode: NumberMode
    var out: ByteWriter

    /// A member written to `out`: `"key":value` spans `start..<end`, the key's content `keyStart..<keyEnd`.
    struct Member {
        var start: Int
        var keyStart: Int
        var keyEnd: Int
        var end: Int
        var inputOffset: Int
        /// The input key held escapes, so its written form may too: comparing it needs decoding first.
        var escapedKey: Bool
    }

    /// Members of the objects being written, innermost last (one stack for all depths): the first
    /// `memberCount` entries of `members`, whose storage is reused.
    private var members: [Member] = []
    private var memberCount = 0
    /// When the top-level value is an object whose keys came out of order, its members are left in
    /// input order in `out` and their records, sorted, on the stack: `emit` writes them in key order
    /// straight into the result, saving a copy of the whole document.
    private var topLevelUnsorted = false
    /// Reused by every reorder of a nested object.
    private var scratch: [UInt8] = []

    init(mode: NumberMode, capacity: Int) {
        scanner = JSONScanner(UnsafeRawBufferPointer(start: nil, count: 0))
        self.mode = mode
        out = ByteWriter(capacity: max(capacity, 64))
        members.reserveCapacity(16)
    }

    func release() {
        out.release()
    }

    /// The length of the canonical result of the last `run`.
    var resultCount: Int { out.count }

    /// Passes the canonical result of the last `run` to `sink` in one or more pieces.
    func emit(_ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard topLevelUnsorted else { return sink(out.buffer) }
        // The top-level object's members, written from their records in key order.
        emit(setting: [], sink)
    }

    /// Passes the canonical result of the last `run`, a JSON object, with the members of `extra` set
    /// (each added, or written in place of the member with its key), in one or more pieces.
    func emit(setting extra: [CanonicalJSON.Member], _ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let buffer = out.buffer
        let comma: StaticString = ",", braces: StaticString = "{}"
        var written = false
        func piece(_ bytes: UnsafeBufferPointer<UInt8>) {
            if written { sink(UnsafeBufferPointer(start: comma.utf8Start, count: 1)) }
            sink(bytes)
            written = true
        }
        func piece(_ member: CanonicalJSON.Member) { member.encoded.withUnsafeBufferPointer { piece($0) } }
        sink(UnsafeBufferPointer(start: braces.utf8Start, count: 1))
        /// How `extra`'s key sorts against a written member's key.
        func compare(_ extra: CanonicalJSON.Member, _ member: Member) -> Int {
            extra.key.withUnsafeBufferPointer { key in
                if member.escapedKey {
                    return DirectCanonicalizer.decodedKey(member, in: buffer).withUnsafeBufferPointer {
                        UTF8Bytes.compare(key.baseAddress, key.count, $0.baseAddress, $0.count)
                    }
                }
                return UTF8Bytes.compare(key.baseAddress, key.count, buffer.baseAddress! + member.keyStart, member.keyEnd - member.keyStart)
            }
        }
        var next = 0
        // The top-level object's records are on the stack in key order (see `object`).
        for i in 0..<memberCount {
            let member = members[i]
            var order = 1
            while next < extra.count {
                order = compare(extra[next], member)
                if order > 0 { break }
                piece(extra[next])
                next += 1
                if order == 0 { break }
            }
            if order != 0 { piece(UnsafeBufferPointer(rebasing: buffer[member.start..<member.end])) }
        }
        while next < extra.count {
            piece(extra[next])
            next += 1
        }
        sink(UnsafeBufferPointer(start: braces.utf8Start + 1, count: 1))
    }

    /// Writes the canonical result of the last `run` to `target` (at least `resultCount` bytes long) and
    /// returns its length.
    func emit(into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let base = target.baseAddress else { return 0 }
        var count = 0
        emit { piece in
            guard let source = piece.baseAddress else { return }
            (base + count).initialize(from: source, count: piece.count)
            count += piece.count
        }
        return count
    }

    /// Canonicalises one whole document into `out` (replacing what was there). On error, `out` holds
    /// garbage and the member stack is cleared.
    mutating func run(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) {
        scanner = JSONScanner(bytes)
        out.truncate(to: 0)
        memberCount = 0
        topLevelUnsorted = false
        do throws(JSONParseError) {
            scanner.skipWhitespace()
            guard !scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
            try value(depth: 0)
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw JSONParseError(kind: .trailingData, offset: scanner.pos) }
        } catch {
            memberCount = 0
            topLevelUnsorted = false
            throw error
        }
    }

    /// Starts assembling a document from pieces of `bytes`, which the caller has validated: it writes
    /// the structure into `out` itself and calls `appendValue(at:)` for each value to copy.
    mutating func begin(_ bytes: UnsafeRawBufferPointer, mode: NumberMode) {
        scanner = JSONScanner(bytes)
        self.mode = mode
        out.truncate(to: 0)
        memberCount = 0
        topLevelUnsorted = false
    }

    /// Appends the canonical form of the value at input offset `offset`, a member of the top-level object.
    mutating func appendValue(at offset: Int) throws(JSONParseError) {
        scanner.pos = offset
        try value(depth: 1)
    }

    /// Appends `"key":value` for a member of the input whose key has no escapes (a comma first, unless
    /// `first`), the value in canonical form: copied as it is when the validator found it canonical.
    mutating func appendMember(_ member: JSONValidator.Member, first: inout Bool) throws(JSONParseError) {
        if !first { out.append(0x2C) }
        first = false
        out.appendQuoted(scanner.base + member.keyStart, count: member.keyEnd - member.keyStart)
        out.append(0x3A)
        if member.canonical {
            out.append(scanner.base + member.valueStart, count: member.valueEnd - member.valueStart)
        } else {
            try appendValue(at: member.valueStart)
        }
    }

    mutating func value(depth: Int) throws(JSONParseError) {
        let b = try scanner.peekValueStart()
        switch b {
        case 0x22: _ = try string()
        case 0x7B: try object(depth: depth + 1)
        case 0x5B: try array(depth: depth + 1)
        case 0x2D, 0x30...0x39: try number()
        case 0x74: try scanner.literal("true"); CanonicalJSON.appendLiteral("true", into: &out)
        case 0x66: try scanner.literal("false"); CanonicalJSON.appendLiteral("false", into: &out)
        case 0x6E: try scanner.literal("null"); CanonicalJSON.appendLiteral("null", into: &out)
        default: throw scanner.badValueStart()
        }
    }

    /// Writes a string; returns whether the input held escapes (its written form then may too).
    private mutating func string() throws(JSONParseError) -> Bool {
        let span = try scanner.scanString()
        if span.escaped {
            out.append(0x22)
            scanner.decodeEscapes(start: span.start, end: span.end, canonical: true, into: &out)
            out.append(0x22)
        } else {
            out.appendQuoted(scanner.base + span.start, count: span.end - span.start)
        }
        return span.escaped
    }

    private mutating func number() throws(JSONParseError) {
        let span = try scanner.scanNumber()
        let length = span.end - span.start
        // Fast path: integers of at most 15 digits are in range in either mode and already canonical (except -0).
        let digits = scanner.base[span.start] == 0x2D ? length - 1 : length
        if span.integer && digits <= 15 {
            if length == 2 && scanner.base[span.start] == 0x2D && scanner.base[span.start + 1] == 0x30 {
                out.append(0x30)
            } else {
                out.append(scanner.base + span.start, count: length)
            }
            return
        }
        CanonicalJSON.write(try scanner.number(span, mode: mode), into: &out)
    }

    /// Checks the depth, writes the opening bracket, and writes the closing one too when the container is
    /// empty (then returns true).
    private mutating func open(_ opening: UInt8, _ closing: UInt8, depth: Int) throws(JSONParseError) -> Bool {
        guard depth <= JSONParser.maxDepth else { throw scanner.error(.tooDeep(limit: JSONParser.maxDepth)) }
        scanner.pos += 1
        out.append(opening)
        guard try scanner.peekValueStart() == closing else { return false }
        scanner.pos += 1
        out.append(closing)
        return true
    }

    private mutating func array(depth: Int) throws(JSONParseError) {
        if try open(0x5B, 0x5D, depth: depth) { return }
        var index = 0
        while true {
            do { try value(depth: depth) } catch { throw error.inside(JSONPath.index(index)) }
            let b = try scanner.peekValueStart()
            scanner.pos += 1
            if b == 0x2C {
                out.append(0x2C)
                index += 1
                continue
            }
            if b == 0x5D {
                out.append(0x5D)
                return
            }
            throw scanner.error(.unexpectedCharacter(b), at: scanner.pos - 1)
        }
    }

    private mutating func object(depth: Int) throws(JSONParseError) {
        if try open(0x7B, 0x7D, depth: depth) { return }
        let first = memberCount
        var sorted = true
        while true {
            let b = try scanner.peekValueStart()
            guard b == 0x22 else { throw scanner.error(.unexpectedCharacter(b)) }
            let inputOffset = scanner.pos
            let start = out.count
            let escapedKey = try string()
            var member = Member(start: start, keyStart: start + 1, keyEnd: out.count - 1, end: 0, inputOffset: inputOffset, escapedKey: escapedKey)
            let colon = try scanner.peekValueStart()
            guard colon == 0x3A else { throw scanner.error(.unexpectedCharacter(colon)) }
            scanner.pos += 1
            out.append(0x3A)
            do { try value(depth: depth) } catch { throw error.inside(JSONPath.member(key(member))) }
            member.end = out.count
            if memberCount > first {
                let order = DirectCanonicalizer.compareKeys(members[memberCount - 1], member, in: out.buffer)
                if order == 0 { throw scanner.error(.duplicateKey(key(member)), at: inputOffset) }
                if order > 0 { sorted = false }
            }
            if memberCount < members.count { members[memberCount] = member } else { members.append(member) }
            memberCount += 1
            let next = try scanner.peekValueStart()
            scanner.pos += 1
            if next == 0x2C {
                out.append(0x2C)
                continue
            }
            if next == 0x7D { break }
            throw scanner.error(.unexpectedCharacter(next), at: scanner.pos - 1)
        }
        if !sorted { try sort(from: first) }
        if depth == 1 {
            // The top level: its member records stay on the stack, in key order, for `emit` (which
            // writes them in that order if the input's was different) and `emit(setting:)`.
            topLevelUnsorted = !sorted
            out.append(0x7D)
            return
        }
        if !sorted { reorder(from: first) }
        memberCount = first
        out.append(0x7D)
    }

    /// Sorts the current object's member records (from `first`) into key order, in place; a duplicate
    /// key throws, at the later of the two in the input.
    private mutating func sort(from first: Int) throws(JSONParseError) {
        let buffer = out.buffer
        let count = memberCount
        let duplicate: (Member, Member)? = members.withUnsafeMutableBufferPointer { all in
            sortFindingDuplicate(UnsafeMutableBufferPointer(rebasing: all[first..<count])) {
                DirectCanonicalizer.compareKeys($0, $1, in: buffer)
            }
        }
        if let (a, b) = duplicate {
            let later = a.inputOffset > b.inputOffset ? a : b
            throw scanner.error(.duplicateKey(key(later)), at: later.inputOffset)
        }
    }

    /// Rewrites the members of the current object (from `first`), which `sort` put in key order.
    private mutating func reorder(from first: Int) {
        let regionStart = out.count
        var lowest = regionStart
        for i in first..<memberCount { lowest = min(lowest, members[i].start) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: out.buffer[lowest...]))
        out.truncate(to: lowest)
        scratch.withUnsafeBufferPointer { scratch in
            for i in first..<memberCount {
                if i > first { out.append(0x2C) }
                let member = members[i]
                out.append(bytes: UnsafeBufferPointer(rebasing: scratch[(member.start - lowest)..<(member.end - lowest)]))
            }
        }
    }

    /// Orders two written keys by the bytes of their decoded content (code point order).
    private static func compareKeys(_ a: Member, _ b: Member, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        if !a.escapedKey && !b.escapedKey, let base = buffer.baseAddress {
            return UTF8Bytes.compare(base + a.keyStart, a.keyEnd - a.keyStart, base + b.keyStart, b.keyEnd - b.keyStart)
        }
        let ka = decodedKey(a, in: buffer), kb = decodedKey(b, in: buffer)
        if ka == kb { return 0 }
        return ka.lexicographicallyPrecedes(kb) ? -1 : 1
    }

    /// The raw bytes of a written key, canonical escapes undone.
    private static func decodedKey(_ member: Member, in out: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var i = member.keyStart
        while i < member.keyEnd {
            let b = out[i]
            guard b == 0x5C else {
                result.append(b)
                i += 1
                continue
            }
            switch out[i + 1] {
            case 0x62: result.append(0x08)
            case 0x66: result.append(0x0C)
            case 0x6E: result.append(0x0A)
            case 0x72: result.append(0x0D)
            case 0x74: result.append(0x09)
            case 0x75:
                // Canonical output only writes \u00xx (lowercase hex) for the other controls.
                let high = out[i + 4], low = out[i + 5]
                func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x61 + 10 }
                result.append(nibble(high) << 4 | nibble(low))
                i += 4
            default: result.append(out[i + 1])  // \" and \\
            }
            i += 2
        }
        return result
    }

    private func key(_ member: Member) -> String {
        String(decoding: DirectCanonicalizer.decodedKey(member, in: out.buffer), as: UTF8.self)
    }
}
