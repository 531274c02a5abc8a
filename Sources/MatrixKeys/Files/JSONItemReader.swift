#if canImport(Glibc)
import Glibc
#endif

/// Reads a stream of JSON items (events) in bounded memory, whichever of the usual shapes it has:
///
/// - JSON lines: one item per non-blank line;
/// - a JSON array of items, split element by element as it is read;
/// - one document: a single item; a federation transaction whose `pdus` array holds the items; or a
///   response with an `auth_chain` array (`/state`, `/event_auth`), whose `pdus` and `auth_chain`
///   arrays both hold items, each marked with its list.
///
/// The shape is worked out from the start of the input. Items are handed out as bytes that the caller
/// parses (and so validates); the reader only finds their boundaries. A line that is not JSON is still
/// an item (its parse fails later, naming the line); an array whose structure breaks ends with an item
/// that carries the problem, since nothing after it can be found.
public final class JSONItemReader {
    public enum Format: String, Sendable {
        case lines = "JSON lines"
        case array = "JSON array"
        case transaction = "transaction (pdus)"
        case stateResponse = "state response (pdus, auth_chain)"
        case messages = "messages response (chunk)"
        case concatenated = "concatenated JSON values"
        case single = "single JSON document"
    }

    /// One item: its 1-based line, and for a broken array a problem instead of bytes. In a state
    /// response, `list` names the array it came from (`pdus` or `auth_chain`).
    public struct Item {
        /// The item's bytes in the reader's buffer, valid until the next read (`next(_:)` lends them as a
        /// `Span`).
        package let bytes: UnsafeRawBufferPointer
        public let line: Int
        public let problem: String?
        public let list: String?

        init(bytes: UnsafeRawBufferPointer, line: Int, problem: String?, list: String? = nil) {
            self.bytes = bytes
            self.line = line
            self.problem = problem
            self.list = list
        }
    }

    /// The longest item (line or array element) accepted; documented in the man page.
    public static let maxItemLength = 16 << 20

    public let name: String
    public private(set) var format: Format = .lines
    /// Bytes of the input consumed so far (for progress).
    public var position: Int { consumedBefore + start }

    private let fd: Int32
    private let closeWhenDone: Bool
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var eof = false
    /// Bytes dropped from the front of the buffer so far.
    private var consumedBefore = 0
    /// The line number at `start`.
    private var line = 1
    private var finished = false
    /// Document mode: the items' spans, found up front.
    private var spans: [(range: Range<Int>, line: Int, list: String?)] = []
    private var spanIndex = 0
    /// Array mode: elements read so far.
    private var elementCount = 0

    /// Opens `fd` and works out the input's shape, unless `format` says it (only `.lines` may be
    /// forced: the other shapes need their structure read). Throws `FileError` for read errors.
    package init(fd: Int32, name: String, closeWhenDone: Bool, format forced: Format? = nil) throws(FileError) {
        precondition(forced == nil || forced == .lines, "only JSON lines can be read without looking")
        self.fd = fd
        self.name = name
        self.closeWhenDone = closeWhenDone
        buffer = .allocate(byteCount: 1 << 20, alignment: 16)
        if forced == nil { try detect() }
    }

    /// Opens the file at `path` and works out its shape. A directory, or a file that cannot be opened, is
    /// an error naming the path.
    public convenience init(path: String) throws(FileError) {
        let fd = try ReadOpen.stream(path).fd
        try self.init(fd: fd, name: path, closeWhenDone: true)
    }

    deinit {
        buffer.deallocate()
        if closeWhenDone { close(fd) }
    }

    private var bytes: UnsafePointer<UInt8> { UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)) }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    // MARK: Reading

    /// Reads more input after `end`; false at the end of input. Keeps everything from `start` on,
    /// growing the buffer up to `limit` when it is full.
    private func fill(limit: Int) throws(FileError) -> Bool {
        if eof { return false }
        if start > 0 {
            let count = end - start
            if count > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + start, count) }
            consumedBefore += start
            end = count
            start = 0
        }
        if end == buffer.count {
            guard buffer.count < limit else { return false }
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, limit), alignment: 16)
            bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<end]))
            buffer.deallocate()
            buffer = bigger
        }
        while true {
            let count = read(fd, buffer.baseAddress! + end, buffer.count - end)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: name, errno: errno)
            }
            if count == 0 {
                eof = true
                return false
            }
            end += count
            return true
        }
    }

    /// Moves `start` to `index`, counting the lines passed.
    private func advance(to index: Int) {
        var p = start
        while p < index, let hit = memchr(buffer.baseAddress! + p, 0x0A, index - p) {
            line += 1
            p = UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer(hit)) + 1
        }
        start = index
    }

    /// Skips whitespace from `start`, reading more as needed; false at the end of input.
    private func skipSpace() throws(FileError) -> Bool {
        while true {
            var p = start
            while p < end, JSONItemReader.isSpace(bytes[p]) { p += 1 }
            advance(to: p)
            if p < end { return true }
            if try !fill(limit: JSONItemReader.maxItemLength) { return start < end }
        }
    }

    private func newline(from: Int) -> Int? {
        guard from < end, let hit = memchr(buffer.baseAddress! + from, 0x0A, end - from) else { return nil }
        return UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer(hit))
    }

    // MARK: Working out the shape

    private func detect() throws(FileError) {
        guard try skipSpace() else { return }  // empty: lines, no items
        if bytes[start] == 0x5B {
            format = .array
            advance(to: start + 1)
            return
        }
        // JSON lines when the first line is a complete value and another non-blank line follows.
        var firstEnd: Int? = newline(from: start)
        while firstEnd == nil, try fill(limit: JSONItemReader.maxItemLength) { firstEnd = newline(from: start) }
        if let firstEnd, JSONItemReader.shape(UnsafeRawBufferPointer(start: bytes + start, count: firstEnd - start)) == .complete {
            var p = firstEnd + 1
            while true {
                while p < end, JSONItemReader.isSpace(bytes[p]) { p += 1 }
                if p < end { return }  // a second line: JSON lines
                let offset = p - start
                guard try fill(limit: AtomicFile.maxDocumentLength) else { break }
                p = start + offset
            }
        }
        // JSON values one after another, each over several lines (what `jq .` writes): a stream.
        if try firstValueIsFollowedByAnother() {
            format = .concatenated
            return
        }
        // Otherwise, one document, if the whole input is one JSON value that fits.
        while try fill(limit: AtomicFile.maxDocumentLength) {}
        guard eof else {
            // Too big for a document. JSON lines only if it reads as lines: a pretty-printed document
            // (`{"pdus": [` and the rest) is valid JSON up to where the buffer ends, and is the size error.
            if JSONItemReader.shape(UnsafeRawBufferPointer(start: bytes + start, count: end - start)) == .cutOff {
                throw FileError(path: name, reason: "larger than \(FileError.size(AtomicFile.maxDocumentLength)), the limit for this input")
            }
            return
        }
        let document = UnsafeRawBufferPointer(start: bytes + start, count: end - start)
        guard let items = JSONItemReader.documentItems(document) else { return }  // not one value: JSON lines
        format = items.format
        var lineAt = line
        var counted = 0
        for item in items.spans {
            lineAt += JSONItemReader.newlines(document, from: counted, to: item.range.lowerBound)
            counted = item.range.lowerBound
            spans.append((item.range.lowerBound + start..<item.range.upperBound + start, lineAt, item.list))
        }
    }

    /// Whether the value at `start` ends within an item's length and another object or array follows it.
    private func firstValueIsFollowedByAnother() throws(FileError) -> Bool {
        var stop = JSONItemReader.valueEnd(bytes, from: start, to: end, atEOF: eof)
        while stop == nil, end - start < JSONItemReader.maxItemLength, try fill(limit: JSONItemReader.maxItemLength) {
            stop = JSONItemReader.valueEnd(bytes, from: start, to: end, atEOF: eof)
        }
        guard let stop, stop > start, bytes[start] == 0x7B || bytes[start] == 0x5B else { return false }
        var p = stop
        while true {
            while p < end, JSONItemReader.isSpace(bytes[p]) { p += 1 }
            if p < end { return bytes[p] == 0x7B || bytes[p] == 0x5B }
            let offset = p - start
            guard end - start < JSONItemReader.maxItemLength, try fill(limit: JSONItemReader.maxItemLength) else { return false }
            p = start + offset
        }
    }

    private static func newlines(_ bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        var count = 0
        for i in from..<to where bytes[i] == 0x0A { count += 1 }
        return count
    }

    /// What `text` holds, read in lax number mode (the shape, not the numbers).
    package enum ValueShape {
        /// One JSON value and whitespace.
        case complete
        /// The start of one value that goes on past the end of `text`: valid up to (almost) its last
        /// byte, where it is cut off.
        case cutOff
        /// Anything else: a value followed by more, or invalid JSON before the end.
        case other
    }

    package static func shape(_ text: UnsafeRawBufferPointer) -> ValueShape {
        var validator = JSONValidator(mode: .lax)
        validator.reset(text, mode: .lax)
        do {
            validator.scanner.skipWhitespace()
            guard !validator.scanner.atEnd else { return .other }
            try validator.value(depth: 0)
            validator.scanner.skipWhitespace()
            return validator.scanner.atEnd ? .complete : .other
        } catch {
            // Cut off inside a string, an escape, a number or a literal: the error is at the very end.
            return error.kind == .unexpectedEnd || error.offset >= text.count - 8 ? .cutOff : .other
        }
    }

    /// The items of a whole document: the elements of a transaction's `pdus`; those of a state
    /// response's `pdus` and `auth_chain`, in document order, each with its list's name; or the document
    /// itself. Nil when it is not one JSON value.
    static func documentItems(_ text: UnsafeRawBufferPointer) -> (spans: [(range: Range<Int>, list: String?)], format: Format)? {
        var validator = JSONValidator(mode: .lax)
        validator.reset(text, mode: .lax)
        do {
            validator.scanner.skipWhitespace()
            guard !validator.scanner.atEnd else { return nil }
            let valueStart = validator.scanner.pos
            var members: [JSONValidator.Member] = []
            if text[valueStart] == 0x7B {
                try validator.object(depth: 1, members: &members)
            } else {
                try validator.value(depth: 0)
            }
            let valueEnd = validator.scanner.pos
            validator.scanner.skipWhitespace()
            guard validator.scanner.atEnd else { return nil }
            func list(_ name: String) -> JSONValidator.Member? {
                members.first { text[$0.keyStart..<$0.keyEnd].elementsEqual(name.utf8) && text[$0.valueStart] == 0x5B }
            }
            let pdus = list("pdus"), authChain = list("auth_chain"), chunk = list("chunk")
            if authChain == nil && pdus == nil {
                // A /messages response: its chunk holds client-format events.
                guard let chunk else { return ([(valueStart..<valueEnd, nil)], .single) }
                return (try elements(of: chunk, list: nil), .messages)
            }
            // The elements of each list, in document order: validated again one by one, to find where each ends.
            let lists = [pdus.map { ($0, "pdus") }, authChain.map { ($0, "auth_chain") }].compactMap { $0 }.sorted { $0.0.valueStart < $1.0.valueStart }
            let marked = authChain != nil
            var spans: [(range: Range<Int>, list: String?)] = []
            for (member, name) in lists { spans += try elements(of: member, list: marked ? name : nil) }
            return (spans, marked ? .stateResponse : .transaction)

            /// The elements of the array `member`'s value, validated again one by one to find their ends.
            func elements(of member: JSONValidator.Member, list: String?) throws(JSONParseError) -> [(range: Range<Int>, list: String?)] {
                var spans: [(range: Range<Int>, list: String?)] = []
                validator.scanner.pos = member.valueStart + 1
                if try validator.scanner.peekValueStart() == 0x5D { return spans }
                while true {
                    _ = try validator.scanner.peekValueStart()
                    let elementStart = validator.scanner.pos
                    try validator.value(depth: 2)
                    spans.append((elementStart..<validator.scanner.pos, list))
                    let next = try validator.scanner.peekValueStart()
                    validator.scanner.pos += 1
                    if next == 0x5D { return spans }
                }
            }
        } catch {
            return nil
        }
    }

    // MARK: Items

    /// Reads the next item and calls `body` with it and its bytes; returns what `body` returns, or nil at
    /// the end. The bytes are lent for the call: the next read overwrites them, and the compiler keeps
    /// the `Span` from outliving `body`. Throws `FileError` for read errors, and what `body` throws.
    ///
    /// ```swift
    /// let reader = try JSONItemReader(path: "room.jsonl")
    /// while let value = try reader.next({ _, json in try JSONParser.parse(json) }) { print(value) }
    /// ```
    public func next<R>(_ body: (Item, Span<UInt8>) throws -> R) throws -> R? {
        guard let item = try next() else { return nil }
        return try body(item, item.bytes.assumingMemoryBound(to: UInt8.self).span)
    }

    /// The next item, or nil at the end; its bytes stay valid until the next read. Throws `FileError`
    /// for read errors.
    package func next() throws(FileError) -> Item? {
        if finished { return nil }
        switch format {
        case .lines: return try nextLine()
        case .array: return try nextElement()
        case .concatenated: return try nextValue()
        case .single, .transaction, .stateResponse, .messages:
            guard spanIndex < spans.count else {
                finished = true
                advance(to: end)
                return nil
            }
            let span = spans[spanIndex]
            spanIndex += 1
            start = span.range.upperBound
            return Item(bytes: UnsafeRawBufferPointer(start: bytes + span.range.lowerBound, count: span.range.count), line: span.line, problem: nil, list: span.list)
        }
    }

    private func nextLine() throws(FileError) -> Item? {
        while true {
            var lineEnd = newline(from: start)
            while lineEnd == nil, end - start < JSONItemReader.maxItemLength || eof {
                guard try fill(limit: JSONItemReader.maxItemLength) else { break }
                lineEnd = newline(from: start)
            }
            let stop = lineEnd ?? end
            if lineEnd == nil && !eof {
                // Longer than the limit: no event or key is that long, so this is not JSON lines (or an
                // endless input such as a device). Report it and stop reading.
                finished = true
                return Item(bytes: UnsafeRawBufferPointer(start: nil, count: 0), line: line,
                            problem: "longer than \(JSONItemReader.maxItemLength >> 20) MiB (reading stops here)")
            }
            if start == end && eof {
                finished = true
                return nil
            }
            var content = UnsafeRawBufferPointer(start: bytes + start, count: stop - start)
            let number = line
            start = lineEnd.map { $0 + 1 } ?? end
            if lineEnd != nil { line += 1 }
            if let last = content.last, last == 0x0D { content = UnsafeRawBufferPointer(rebasing: content.dropLast()) }
            if content.allSatisfy(JSONItemReader.isSpace) { continue }
            return Item(bytes: content, line: number, problem: nil)
        }
    }

    private func nextElement() throws(FileError) -> Item? {
        guard try skipSpace() else { return stop("the array is not closed (unexpected end of input)") }
        if elementCount > 0 || bytes[start] == 0x5D {
            let b = bytes[start]
            if b == 0x5D {
                advance(to: start + 1)
                if try skipSpace() { return stop("data after the end of the array") }
                finished = true
                return nil
            }
            guard b == 0x2C || elementCount == 0 else { return stop("expected , or ] after element \(elementCount)") }
            advance(to: start + 1)
            guard try skipSpace() else { return stop("the array is not closed (unexpected end of input)") }
        }
        while true {
            if let stop = JSONItemReader.valueEnd(bytes, from: start, to: end, atEOF: eof) {
                let number = line
                let item = Item(bytes: UnsafeRawBufferPointer(start: bytes + start, count: stop - start), line: number, problem: nil)
                advance(to: stop)
                elementCount += 1
                return item
            }
            if eof { return stop("element \(elementCount + 1) is cut off (unexpected end of input)") }
            if end - start >= JSONItemReader.maxItemLength {
                return stop("element \(elementCount + 1) is longer than \(JSONItemReader.maxItemLength >> 20) MiB")
            }
            _ = try fill(limit: JSONItemReader.maxItemLength)
        }
    }

    /// The next of values written one after another.
    private func nextValue() throws(FileError) -> Item? {
        guard try skipSpace() else {
            finished = true
            return nil
        }
        while true {
            if let stop = JSONItemReader.valueEnd(bytes, from: start, to: end, atEOF: eof) {
                guard stop > start else { return self.stop("value \(elementCount + 1) starts with a stray closing bracket") }
                let item = Item(bytes: UnsafeRawBufferPointer(start: bytes + start, count: stop - start), line: line, problem: nil)
                advance(to: stop)
                elementCount += 1
                return item
            }
            if eof { return stop("value \(elementCount + 1) is cut off (unexpected end of input)") }
            if end - start >= JSONItemReader.maxItemLength {
                return stop("value \(elementCount + 1) is longer than \(JSONItemReader.maxItemLength >> 20) MiB")
            }
            _ = try fill(limit: JSONItemReader.maxItemLength)
        }
    }

    /// Ends an array stream with an item carrying `problem`.
    private func stop(_ problem: String) -> Item {
        finished = true
        return Item(bytes: UnsafeRawBufferPointer(start: nil, count: 0), line: line, problem: problem)
    }

    /// Where the value starting at `from` ends, by its brackets and strings alone (its contents are
    /// validated when it is parsed); nil when the data runs out first.
    static func valueEnd(_ bytes: UnsafePointer<UInt8>, from: Int, to end: Int, atEOF: Bool) -> Int? {
        var p = from
        var depth = 0
        while p < end {
            switch bytes[p] {
            case 0x22:
                p += 1
                while p < end, bytes[p] != 0x22 {
                    p += bytes[p] == 0x5C ? 2 : 1
                }
                guard p < end else { return nil }
                if depth == 0 { return p + 1 }
            case 0x7B, 0x5B:
                depth += 1
            case 0x7D, 0x5D:
                if depth == 0 { return p }  // a scalar ended by the array's close, or a stray bracket
                depth -= 1
                if depth == 0 { return p + 1 }
            case 0x2C, 0x20, 0x0A, 0x0D, 0x09:
                if depth == 0 { return p }
            default:
                break
            }
            p += 1
        }
        // A scalar running to the end of input ends there.
        return depth == 0 && atEOF && p > from ? p : nil
    }
}
