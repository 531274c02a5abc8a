/// Base64 as Matrix uses it (SPEC §1).
///
/// Encoding always gives canonical unpadded text. Decoding is lenient where peers are: padding is optional
/// and non-zero trailing bits are accepted (the spec's own example seed has them), but every byte outside
/// the alphabet is an error naming its offset: nothing is silently skipped. `-` and `_` belong only to the
/// URL-safe alphabet.
public enum Base64 {
    public enum Alphabet: Sendable {
        /// RFC 4648 §4: `+` and `/`.
        case standard
        /// RFC 4648 §5: `-` and `_` (room version 4+ event IDs).
        case urlSafe
    }

    private static let standardSymbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafeSymbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static func decodingTable(_ symbols: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in symbols.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }

    private static let standardTable = decodingTable(standardSymbols)
    private static let urlSafeTable = decodingTable(urlSafeSymbols)

    /// The length of the unpadded encoding of `count` bytes.
    public static func encodedLength(_ count: Int) -> Int { (count * 4 + 2) / 3 }

    /// Unpadded base64 text.
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .standard) -> String {
        var out = [UInt8]()
        encode(bytes, alphabet: alphabet, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the unpadded encoding's ASCII bytes to `out` (for building JSON without a String round trip).
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .standard, into out: inout [UInt8]) {
        let symbols = alphabet == .standard ? standardSymbols : urlSafeSymbols
        out.reserveCapacity(out.count + encodedLength(bytes.count))
        var iterator = bytes.makeIterator()
        while let b0 = iterator.next() {
            let b1 = iterator.next()
            let b2 = b1 == nil ? nil : iterator.next()
            out.append(symbols[Int(b0 >> 2)])
            out.append(symbols[Int((b0 & 0x03) << 4 | (b1 ?? 0) >> 4)])
            guard let b1 else { break }
            out.append(symbols[Int((b1 & 0x0F) << 2 | (b2 ?? 0) >> 6)])
            guard let b2 else { break }
            out.append(symbols[Int(b2 & 0x3F)])
        }
    }

    /// Decodes padded or unpadded text in the given alphabet.
    public static func decode(_ text: String, alphabet: Alphabet = .standard) throws(EncodingError) -> [UInt8] {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(EncodingError) in try decode(UnsafeRawBufferPointer(buffer), alphabet: alphabet) }
        }.get()
    }

    /// Decodes and requires exactly `expectedLength` bytes; errors name `field`.
    public static func decode(
        _ text: String, expectedLength: Int, field: String, alphabet: Alphabet = .standard
    ) throws(EncodingError) -> [UInt8] {
        let bytes: [UInt8]
        do { bytes = try decode(text, alphabet: alphabet) } catch { throw error.named(field) }
        guard bytes.count == expectedLength else {
            throw EncodingError(encoding: "base64", kind: .wrongLength(expected: expectedLength, actual: bytes.count), field: field)
        }
        return bytes
    }

    public static func decode(_ input: UnsafeRawBufferPointer, alphabet: Alphabet = .standard) throws(EncodingError) -> [UInt8] {
        // Padding: up to two '=' at the very end, and only where they complete a 4-character group.
        var length = input.count
        var padding = 0
        while length > 0, input[length - 1] == UInt8(ascii: "="), padding < 2 {
            length -= 1
            padding += 1
        }
        let table = alphabet == .standard ? standardTable : urlSafeTable
        var out = [UInt8]()
        out.reserveCapacity(length * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for offset in 0..<length {
            let byte = input[offset]
            let value = table[Int(byte)]
            if value == 0xFF {
                let kind: EncodingError.Kind = byte == UInt8(ascii: "=")
                    ? .misplacedPadding(offset: offset) : .invalidCharacter(byte: byte, offset: offset)
                throw EncodingError(encoding: "base64", kind: kind)
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        if length % 4 == 1 { throw EncodingError(encoding: "base64", kind: .truncated(length: length)) }
        if padding > 0, (length + padding) % 4 != 0 {
            throw EncodingError(encoding: "base64", kind: .misplacedPadding(offset: length))
        }
        return out
    }
}
