/// Why JSON input was rejected, where (byte offset) and at which JSON path.
///
/// ```swift
/// do { _ = try JSONParser.parse(#"{"x":{"k":1,"k":2}}"#) } catch {
///     print(error)  // duplicate key "k" at byte 12, at $.x
/// }
/// ```
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Nothing but whitespace.
        case empty
        /// The input ends inside a value.
        case unexpectedEnd
        /// A byte that cannot come here (the byte is given: `]` after a comma, a letter where a value
        /// should start, a non-ASCII byte outside a string).
        case unexpectedCharacter(UInt8)
        /// Inside a string: an overlong form, a UTF-8-encoded surrogate, a code point above U+10FFFF, a
        /// truncated sequence, a stray continuation byte, or 0xF5–0xFF.
        case invalidUTF8
        /// A UTF-8 byte order mark at the start of the input (RFC 8259 §8.1: JSON text must not have one).
        case byteOrderMark
        /// A raw character below U+0020 inside a string (it must be escaped).
        case controlCharacterInString(UInt8)
        /// A backslash not followed by one of `" \ / b f n r t` or by `u` and four hex digits.
        case invalidEscape
        /// A `\uD800`–`\uDFFF` escape that is not a high surrogate followed by a low one.
        case loneSurrogate
        /// A key that occurs twice in one object (byte-equal after unescaping). The offset is the second
        /// occurrence's opening quote; the path is the object's.
        case duplicateKey(String)
        /// NaN, Infinity, or (lax mode) a float literal too large for a double, like `1e400`.
        case nonFiniteNumber
        /// Not JSON number syntax: leading zeros, `+1`, `.5`, `1.`, `-`, `1e`.
        case invalidNumber
        /// Strict mode: a number with a fraction or exponent (the literal is given), even `1.0` or `1E2`.
        case floatNotAllowed(String)
        /// Strict mode: an integer outside ±(2^53−1) (the literal is given).
        case integerOutOfRange(String)
        /// Arrays and objects nested deeper than the limit (`JSONParser.maxDepth`).
        case tooDeep(limit: Int)
        /// Something other than whitespace after the value.
        case trailingData
    }

    public let kind: Kind
    /// Byte offset into the input where the problem is.
    public let offset: Int
    /// The JSON path of the value where the problem is: `$`, `$.content.body`, `$.prev_events[2]`,
    /// `$["m.relates_to"]` (keys other than letters, digits, `_` and `-` are quoted).
    public let path: String

    public init(kind: Kind, offset: Int, path: String = "$") {
        self.kind = kind
        self.offset = offset
        self.path = path
    }

    /// What is wrong, without the place.
    public var reason: String {
        switch kind {
        case .empty: return "empty input (no JSON value)"
        case .unexpectedEnd: return "unexpected end of input"
        case .unexpectedCharacter(let byte): return "unexpected " + JSONParseError.show(byte)
        case .invalidUTF8: return "invalid UTF-8"
        case .byteOrderMark: return "a byte order mark (U+FEFF) is not allowed before JSON"
        case .controlCharacterInString(let byte): return "unescaped control character " + JSONParseError.show(byte) + " in a string"
        case .invalidEscape: return "invalid escape sequence in a string"
        case .loneSurrogate: return "lone or mis-paired UTF-16 surrogate escape"
        case .duplicateKey(let key): return "duplicate key \(CanonicalJSON.encodeString(.string(key)))"
        case .nonFiniteNumber: return "number is not finite (NaN, Infinity or out of double range)"
        case .invalidNumber: return "invalid number (JSON allows no leading zeros, '+', '.5' or '1.')"
        case .floatNotAllowed(let text): return "\(text) is not an integer (strict canonical JSON allows integers only)"
        case .integerOutOfRange(let text): return "integer \(text) is outside ±(2^53−1)"
        case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
        case .trailingData: return "unexpected data after the JSON value"
        }
    }

    /// One line: the reason, the byte offset, and the path unless it is the root. A long path (deep
    /// nesting, a huge key) is shortened in the middle.
    public var description: String {
        guard path != "$" else { return "\(reason) at byte \(offset)" }
        let shown = path.count <= 120 ? path : "\(path.prefix(70))…\(path.suffix(40))"
        return "\(reason) at byte \(offset), at \(shown)"
    }

    /// `character 'x'` for printable ASCII, `byte 0x0a` otherwise.
    static func show(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "character '\(Character(Unicode.Scalar(byte)))'" }
        let hex: StaticString = "0123456789abcdef"
        let digits = [hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 0xF)]]
        return "byte 0x" + String(decoding: digits, as: UTF8.self)
    }

    /// The same error one level further out: `component` is `.key`, `["odd key"]` or `[3]`.
    func inside(_ component: String) -> JSONParseError {
        JSONParseError(kind: kind, offset: offset, path: "$" + component + path.dropFirst())
    }
}

enum JSONPath {
    /// `.key` when the key is a plain identifier (ASCII letters, digits, `_`, `-`), otherwise `["key"]`
    /// with JSON escaping.
    static func member(_ key: String) -> String {
        let plain = !key.isEmpty && key.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2D
        }
        return plain ? "." + key : "[" + CanonicalJSON.encodeString(.string(key)) + "]"
    }

    static func index(_ index: Int) -> String { "[\(index)]" }
}

/// `withUnsafeBytes` for code with typed throws (the standard library's only rethrows `any Error`).
@inline(__always)
func withJSONBytes<R>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(JSONParseError) -> R) throws(JSONParseError) -> R {
    let result: Result<R, JSONParseError> = bytes.withUnsafeBytes { raw in
        do throws(JSONParseError) {
            return .success(try body(raw))
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}
