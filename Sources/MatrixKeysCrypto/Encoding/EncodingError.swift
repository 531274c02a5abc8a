/// A text encoding (base64, base58, hex) that could not be decoded, or decoded to the wrong length.
public struct EncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A byte outside the alphabet, at a byte offset of the input.
        case invalidCharacter(byte: UInt8, offset: Int)
        /// Base64 whose length (without padding) leaves one character over, which cannot encode a byte.
        case truncated(length: Int)
        /// `=` somewhere other than the end, or more of it than the length allows.
        case misplacedPadding(offset: Int)
        /// Hex with an odd number of digits.
        case oddLength(length: Int)
        /// Decoded fine, but to the wrong number of bytes.
        case wrongLength(expected: Int, actual: Int)
        /// Nothing to decode where something was required.
        case empty
    }

    public let encoding: String
    public let kind: Kind
    /// What was being decoded ("ed25519 public key", "signature of ed25519:abc"), when the caller said.
    public var field: String?

    public init(encoding: String, kind: Kind, field: String? = nil) {
        self.encoding = encoding
        self.kind = kind
        self.field = field
    }

    public var description: String {
        let subject = field.map { "\($0): " } ?? ""
        switch kind {
        case let .invalidCharacter(byte, offset):
            let shown = (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + Hex.encode([byte])
            return "\(subject)invalid \(encoding) character \(shown) at offset \(offset)"
        case let .truncated(length):
            return "\(subject)\(encoding) text of \(length) characters is truncated (one character left over)"
        case let .misplacedPadding(offset):
            return "\(subject)misplaced \(encoding) padding '=' at offset \(offset)"
        case let .oddLength(length):
            return "\(subject)\(encoding) text has an odd number of digits (\(length))"
        case let .wrongLength(expected, actual):
            return "\(subject)decoded to \(actual) bytes, expected \(expected)"
        case .empty:
            return "\(subject)empty \(encoding) text"
        }
    }

    package func named(_ field: String?) -> EncodingError {
        var copy = self
        if let field { copy.field = field }
        return copy
    }
}
