/// One place where input breaks canonical JSON's rules, or is not written in canonical form (SPEC §2).
public struct JSONViolation: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The data breaks a rule of canonical JSON (strict mode's numbers): no encoding makes it canonical.
        case rule
        /// The data is fine but these bytes are not its canonical form: whitespace, key order, escapes,
        /// how a number is written.
        case form
    }

    /// The JSON path of the offending place: `$.content.n`, `$.prev_events[2]`, `$["odd key"]`.
    public let path: String
    /// The byte offset of the place in the input.
    public let offset: Int
    /// What is wrong, e.g. `1.5 is not an integer (strict canonical JSON allows integers only)`.
    public let reason: String
    public let kind: Kind

    public init(path: String, offset: Int, reason: String, kind: Kind = .rule) {
        self.path = path
        self.offset = offset
        self.reason = reason
        self.kind = kind
    }

    /// `$.a: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 5)`.
    public var description: String { "\(path): \(reason) (byte \(offset))" }
}

/// Lists every strictness violation of the input instead of stopping at the first (`mxkeys canonical
/// --check`).
///
/// ```swift
/// try JSONLint.violations(#"{"a":1.5,"b":[9007199254740992]}"#)
/// // [$.a: 1.5 is not an integer …, $.b[0]: integer 9007199254740992 is outside ±(2^53−1) …]
/// ```
public enum JSONLint {
    /// Number violations with their paths, in document order: fractions and exponents, integers outside
    /// ±(2^53−1), and `-0` (accepted as 0 but not canonical). In lax mode there are none to report, but
    /// the structure is still checked. Structural errors (syntax, UTF-8, duplicate keys, depth, trailing
    /// data, non-finite numbers) throw `JSONParseError`, since nothing after them can be read.
    public static func violations(_ json: Span<UInt8>, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try violations(raw, mode: mode) }
    }

    package static func violations(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        var parser = TreeParser(scanner: JSONScanner(bytes), mode: mode, lint: true)
        defer { parser.pending.dispose() }
        parser.scanner.skipWhitespace()
        guard !parser.scanner.atEnd else { throw JSONParseError(kind: .empty, offset: 0) }
        _ = try parser.value(depth: 0)
        parser.scanner.skipWhitespace()
        guard parser.scanner.atEnd else { throw JSONParseError(kind: .trailingData, offset: parser.scanner.pos) }
        return parser.violations
    }

    /// Rule violations and form findings together, in document order (rules first where both are at one
    /// place): everything that keeps the input from being canonical JSON as it is.
    public static func check(_ json: Span<UInt8>, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        try json.bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try check(raw, mode: mode) }
    }

    package static func check(_ bytes: UnsafeRawBufferPointer, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        let rules = try violations(bytes, mode: mode)
        var form = JSONFormCheck(bytes, mode: mode)
        try form.run()
        return (rules + form.findings).enumerated().sorted {
            ($0.element.offset, $0.element.kind == .rule ? 0 : 1, $0.offset) < ($1.element.offset, $1.element.kind == .rule ? 0 : 1, $1.offset)
        }.map(\.element)
    }

    public static func check(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        try withJSONBytes(Array(text.utf8)) { raw throws(JSONParseError) in try check(raw, mode: mode) }
    }

    public static func violations(_ bytes: [UInt8], mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        try withJSONBytes(bytes) { raw throws(JSONParseError) in try violations(raw, mode: mode) }
    }

    public static func violations(_ text: String, mode: NumberMode = .strict) throws(JSONParseError) -> [JSONViolation] {
        try violations(Array(text.utf8), mode: mode)
    }
}
