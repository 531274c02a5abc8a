#if canImport(Glibc)
import Glibc
#endif

extension CanonicalJSON {
    /// Parses `bytes` and returns their canonical form in one pass, without building a tree: strings
    /// without escapes are copied through, and each object's members are written as they come and
    /// reordered only when the input had them out of order. Rejects everything `JSONParser` rejects.
    public static func canonicalize(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> [UInt8] {
        let canonicalizer = Canonicalizer(capacity: bytes.count + 64)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        try canonicalizer.canonicalize(bytes, mode: mode, appendingTo: &out)
        return out
    }

    public static func canonicalize(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> [UInt8] {
        try bytes.withUnsafeBytes { raw in Result { () throws(JSONParseError) in try canonicalize(raw, mode: mode) } }.get()
    }

    /// A canonicaliser to keep across many documents (a JSON-lines stream): its working buffers are
    /// allocated once, not per document.
    public final class Canonicalizer {
        private var state: DirectCanonicalizer

        /// `capacity`: the output buffer's first size; it grows as needed and is then kept.
        public init(capacity: Int = 1 << 14) {
            state = DirectCanonicalizer(
                scanner: JSONScanner(UnsafeRawBufferPointer(start: nil, count: 0)), mode: .strict, capacity: capacity)
        }

        deinit {
            state.out.release()
            state.spare.release()
        }

        /// Appends the canonical form of `bytes` to `out`. On error, `out` is left as it was.
        public func canonicalize(
            _ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict, appendingTo out: inout [UInt8]
        ) throws(JSONParseError) {
            state.scanner = JSONScanner(bytes)
            state.mode = mode
            state.out.truncate(to: 0)
            do throws(JSONParseError) {
                state.scanner.skipWhitespace()
                guard !state.scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
                try state.value(depth: 0)
                state.scanner.skipWhitespace()
                guard state.scanner.atEnd else { throw JSONParseError(kind: .trailingData, offset: state.scanner.pos) }
            } catch {
                state.resetMembers()
                throw error
            }
            out.append(contentsOf: state.out.buffer)
        }
    }
}

struct DirectCanonicalizer {
    var scanner: JSONScanner
    var mode: NumberMode
    var out: ByteWriter
    /// A second buffer to rebuild into when that copies less than reordering in place.
    var spare: ByteWriter

    /// A member written to `out`: `"key":value` spans `start..<end`, the key's content `keyStart..<keyEnd`.
    struct Member {
        var start: Int
        var keyStart: Int
        var keyEnd: Int
        var end: Int
        var inputOffset: Int
        /// The written key holds escapes, so comparing it needs decoding first.
        var escapedKey: Bool
    }

    /// Members of the objects being written, innermost last (one stack for all depths).
    private var members: [Member] = []
    // Reused by every reorder, so that sorting an object allocates nothing once they have grown.
    private var scratch: [UInt8] = []
    private var order: [Int] = []

    mutating func resetMembers() { members.removeAll(keepingCapacity: true) }

    /// The output buffer is freed by the owning `CanonicalJSON.Canonicalizer`.
    init(scanner: JSONScanner, mode: NumberMode, capacity: Int) {
        self.scanner = scanner
        self.mode = mode
        out = ByteWriter(capacity: max(capacity, 64))
        spare = ByteWriter(capacity: max(capacity, 64))
    }

    mutating func value(depth: Int) throws(JSONParseError) {
        let b = try scanner.peekValueStart()
        switch b {
        case 0x7B: try object(depth: depth + 1)
        case 0x5B: try array(depth: depth + 1)
        case 0x22: _ = try string()
        case 0x74: try scanner.literal("true"); CanonicalJSON.appendLiteral("true", into: &out)
        case 0x66: try scanner.literal("false"); CanonicalJSON.appendLiteral("false", into: &out)
        case 0x6E: try scanner.literal("null"); CanonicalJSON.appendLiteral("null", into: &out)
        case 0x2D, 0x30...0x39: try number()
        default: throw scanner.badValueStart()
        }
    }

    /// Writes a string; returns whether its written form contains escapes.
    private mutating func string() throws(JSONParseError) -> Bool {
        let span = try scanner.scanString()
        out.append(0x22)
        if span.escaped {
            scanner.decodeEscapes(start: span.start, end: span.end, canonical: true, into: &out)
        } else {
            out.append(scanner.base + span.start, count: span.end - span.start)
        }
        out.append(0x22)
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
        let first = members.count
        defer { members.removeSubrange(first...) }
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
            if members.count > first {
                let order = compareKeys(members[members.count - 1], member)
                if order == 0 { throw scanner.error(.duplicateKey(key(member)), at: inputOffset) }
                if order > 0 { sorted = false }
            }
            members.append(member)
            let next = try scanner.peekValueStart()
            scanner.pos += 1
            if next == 0x2C {
                out.append(0x2C)
                continue
            }
            if next == 0x7D { break }
            throw scanner.error(.unexpectedCharacter(next), at: scanner.pos - 1)
        }
        if !sorted { try reorder(from: first) }
        out.append(0x7D)
    }

    /// Rewrites the members of the current object in key order.
    private mutating func reorder(from first: Int) throws(JSONParseError) {
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: 0..<(members.count - first))
        var duplicate: (Int, Int)? = nil
        let buffer = out.buffer
        members.withUnsafeBufferPointer { all in
            let pending = UnsafeBufferPointer(rebasing: all[first...])
            order.withUnsafeMutableBufferPointer { order in
                // Matrix objects are small: insertion sort, spotting duplicates as it goes. Large ones
                // (hostile input) take the library's O(n log n) sort, then a duplicate scan.
                if order.count <= 16 {
                    for i in 1..<order.count {
                        let item = order[i]
                        var j = i - 1
                        while j >= 0 {
                            let c = DirectCanonicalizer.compareKeys(pending[order[j]], pending[item], in: buffer)
                            if c == 0 { duplicate = (order[j], item) }
                            if c <= 0 { break }
                            order[j + 1] = order[j]
                            j -= 1
                        }
                        order[j + 1] = item
                    }
                } else {
                    order.sort { DirectCanonicalizer.compareKeys(pending[$0], pending[$1], in: buffer) < 0 }
                    for i in 1..<order.count
                    where DirectCanonicalizer.compareKeys(pending[order[i - 1]], pending[order[i]], in: buffer) == 0 {
                        duplicate = (order[i - 1], order[i])
                        break
                    }
                }
            }
        }
        if let (a, b) = duplicate {
            let x = members[first + a], y = members[first + b]
            throw scanner.error(.duplicateKey(key(y)), at: max(x.inputOffset, y.inputOffset))
        }
        let regionStart = members[first].start
        let regionLength = out.count - regionStart
        if regionStart < regionLength {
            // Little comes before this object (the top level): build the result in the spare buffer.
            spare.truncate(to: 0)
            spare.append(bytes: UnsafeBufferPointer(rebasing: out.buffer[..<regionStart]))
            for position in order.indices {
                if position > 0 { spare.append(0x2C) }
                let member = members[first + order[position]]
                spare.append(bytes: UnsafeBufferPointer(rebasing: out.buffer[member.start..<member.end]))
            }
            swap(&out, &spare)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: out.buffer[regionStart...]))
        out.truncate(to: regionStart)
        scratch.withUnsafeBufferPointer { scratch in
            for position in order.indices {
                if position > 0 { out.append(0x2C) }
                let member = members[first + order[position]]
                out.append(bytes: UnsafeBufferPointer(rebasing: scratch[(member.start - regionStart)..<(member.end - regionStart)]))
            }
        }
    }

    private func compareKeys(_ a: Member, _ b: Member) -> Int {
        DirectCanonicalizer.compareKeys(a, b, in: out.buffer)
    }

    /// Orders two written keys by the bytes of their decoded content (code point order).
    private static func compareKeys(_ a: Member, _ b: Member, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        if !a.escapedKey && !b.escapedKey {
            let la = a.keyEnd - a.keyStart, lb = b.keyEnd - b.keyStart
            // Most keys differ in their first byte: decide without calling memcmp.
            if la > 0 && lb > 0 {
                let x = buffer[a.keyStart], y = buffer[b.keyStart]
                if x != y { return x < y ? -1 : 1 }
            }
            let common = min(la, lb)
            if common > 0 {
                let c = memcmp(buffer.baseAddress! + a.keyStart, buffer.baseAddress! + b.keyStart, common)
                if c != 0 { return c < 0 ? -1 : 1 }
            }
            return la == lb ? 0 : (la < lb ? -1 : 1)
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
                let high = out[i + 4], low = out[i + 5]
                func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x61 + 10 }
                result.append(nibble(high) << 4 | nibble(low))
                i += 4
            default: result.append(out[i + 1])
            }
            i += 2
        }
        return result
    }

    private func key(_ member: Member) -> String {
        String(decoding: DirectCanonicalizer.decodedKey(member, in: out.buffer), as: UTF8.self)
    }
}
