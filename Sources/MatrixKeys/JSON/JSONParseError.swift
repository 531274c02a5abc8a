/// Why JSON input was rejected, where (byte offset) and at which JSON path.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case empty
        case unexpectedEnd
        case unexpectedCharacter(UInt8)
        case invalidUTF8
        case byteOrderMark
        case controlCharacterInString(UInt8)
        case invalidEscape
        case loneSurrogate
        case duplicateKey(String)
        /// NaN, Infinity, or a float literal too large for a double.
        case nonFiniteNumber
        /// Not JSON number syntax: leading zeros, `+1`, `.5`, `1.`, `-`.
        case invalidNumber
        /// Strict mode: a fraction or exponent (the literal is given).
        case floatNotAllowed(String)
        /// Strict mode: an integer outside ±(2^53−1) (the literal is given).
        case integerOutOfRange(String)
        case tooDeep(limit: Int)
        case trailingData
    }

    public let kind: Kind
    /// Byte offset into the input.
    public let offset: Int
    /// The JSON path of the value where the problem is: `$`, `$.content.body`, `$.prev_events[2]`.
    public let path: String

    public init(kind: Kind, offset: Int, path: String = "$") {
        self.kind = kind
        self.offset = offset
        self.path = path
    }

    public var reason: String {
        switch kind {
        case .empty: return "empty input"
        case .unexpectedEnd: return "unexpected end of input"
        case .unexpectedCharacter(let byte): return "unexpected " + JSONParseError.show(byte)
        case .invalidUTF8: return "invalid UTF-8"
        case .byteOrderMark: return "a byte order mark (U+FEFF) is not allowed before JSON"
        case .controlCharacterInString(let byte): return "unescaped control character " + JSONParseError.show(byte) + " in a string"
        case .invalidEscape: return "invalid escape sequence in a string"
        case .loneSurrogate: return "lone or mis-paired UTF-16 surrogate escape"
        case .duplicateKey(let key): return "duplicate key \(CanonicalJSON.encodeString(.string(key)))"
        case .nonFiniteNumber: return "number is not finite (NaN, Infinity or out of double range)"
        case .invalidNumber: return "invalid number"
        case .floatNotAllowed(let text): return "\(text) is not an integer (strict canonical JSON allows integers only)"
        case .integerOutOfRange(let text): return "integer \(text) is outside ±(2^53−1)"
        case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
        case .trailingData: return "unexpected data after the JSON value"
        }
    }

    public var description: String {
        path == "$" ? "\(reason) at byte \(offset)" : "\(reason) at byte \(offset), at \(path)"
    }

    static func show(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + Hex.encode([byte])
    }

    /// The same error one level further out: `component` is `.key`, `["odd key"]` or `[3]`.
    func inside(_ component: String) -> JSONParseError {
        JSONParseError(kind: kind, offset: offset, path: "$" + component + path.dropFirst())
    }
}

enum JSONPath {
    /// `.key` when the key is a plain identifier, otherwise `["key"]` with JSON escaping.
    static func member(_ key: String) -> String {
        let plain = !key.isEmpty && key.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2D
        }
        return plain ? "." + key : "[" + CanonicalJSON.encodeString(.string(key)) + "]"
    }

    static func index(_ index: Int) -> String { "[\(index)]" }
}
