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

    private static let standardText: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    private static let urlSafeText: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    private static let standardSymbols = Array(UnsafeBufferPointer(start: standardText.utf8Start, count: 64))
    private static let urlSafeSymbols = Array(UnsafeBufferPointer(start: urlSafeText.utf8Start, count: 64))

    private static func decodingTable(_ symbols: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in symbols.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }

    private static let standardTable = decodingTable(standardSymbols)
    private static let urlSafeTable = decodingTable(urlSafeSymbols)

    /// For decoding four characters at a time: entry `256 × p + c` is the value of character `c` in
    /// position `p` of a group, already shifted into place in the group's 24 bits; a byte outside the
    /// alphabet has the top byte set. Or-ing four entries gives the three bytes, or a word ≥ 2²⁴.
    private static func groupTable(_ table: [UInt8]) -> [UInt32] {
        (0..<4).flatMap { position in
            table.map { value in value == 0xFF ? 0xFF00_0000 : UInt32(value) << (18 - 6 * position) }
        }
    }

    private static let standardGroupTable = groupTable(standardTable)
    private static let urlSafeGroupTable = groupTable(urlSafeTable)

    /// The length of the unpadded encoding of `count` bytes.
    public static func encodedLength(_ count: Int) -> Int { (count * 4 + 2) / 3 }

    /// Unpadded base64 text.
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .standard) -> String {
        encode(bytes, alphabet: alphabet, prefix: nil)
    }

    /// Padded base64 text (standard alphabet), as some Matrix data (secret storage) is written.
    public static func encodePadded(_ bytes: some Collection<UInt8>) -> String {
        let text = encode(bytes)
        return text + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
    }

    /// Unpadded base64 text after an ASCII `prefix` (`$` for event IDs, `!` for room IDs), built in one
    /// allocation.
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .standard, prefix: Unicode.Scalar?) -> String {
        let extra = prefix == nil ? 0 : 1
        return withContiguousBytes(bytes) { raw in
            if raw.isEmpty { return prefix.map { String($0) } ?? "" }
            return String(unsafeUninitializedCapacity: encodedLength(raw.count) + extra) { buffer in
                if let prefix { buffer[0] = UInt8(ascii: prefix) }
                return extra + encode(raw, alphabet: alphabet, to: buffer.baseAddress! + extra)
            }
        }
    }

    /// Appends the unpadded encoding's ASCII bytes to `out` (for building JSON without a String round trip).
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .standard, into out: inout [UInt8]) {
        withContiguousBytes(bytes) { raw in
            guard !raw.isEmpty else { return }
            let start = out.count
            let length = encodedLength(raw.count)
            out.append(contentsOf: repeatElement(0, count: length))
            out.withUnsafeMutableBufferPointer { buffer in
                _ = encode(raw, alphabet: alphabet, to: buffer.baseAddress! + start)
            }
        }
    }

    /// Writes the unpadded encoding of `bytes` to `target` (`encodedLength(bytes.count)` bytes) and
    /// returns its length.
    static func encode(_ bytes: UnsafeRawBufferPointer, alphabet: Alphabet, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let symbols = (alphabet == .standard ? standardText : urlSafeText).utf8Start
        let count = bytes.count
        var i = 0, o = 0
        while i + 3 <= count {
            let word = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            target[o] = symbols[Int(word >> 18)]
            target[o + 1] = symbols[Int(word >> 12 & 0x3F)]
            target[o + 2] = symbols[Int(word >> 6 & 0x3F)]
            target[o + 3] = symbols[Int(word & 0x3F)]
            i += 3
            o += 4
        }
        if count - i == 1 {
            target[o] = symbols[Int(bytes[i] >> 2)]
            target[o + 1] = symbols[Int((bytes[i] & 0x03) << 4)]
            o += 2
        } else if count - i == 2 {
            target[o] = symbols[Int(bytes[i] >> 2)]
            target[o + 1] = symbols[Int((bytes[i] & 0x03) << 4 | bytes[i + 1] >> 4)]
            target[o + 2] = symbols[Int((bytes[i + 1] & 0x0F) << 2)]
            o += 3
        }
        return o
    }

    /// Calls `body` with the bytes of `bytes`, copying only collections that are not contiguous.
    @inline(__always)
    private static func withContiguousBytes<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return result }
        return Array(bytes).withUnsafeBytes(body)
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

    /// Decodes padded or unpadded text given as bytes, read where they are.
    public static func decode(_ input: Span<UInt8>, alphabet: Alphabet = .standard) throws(EncodingError) -> [UInt8] {
        try input.bytes.withUnsafeBytes { (raw) throws(EncodingError) in try decode(raw, alphabet: alphabet) }
    }

    package static func decode(_ input: UnsafeRawBufferPointer, alphabet: Alphabet = .standard) throws(EncodingError) -> [UInt8] {
        // Padding: up to two '=' at the very end, and only where they complete a 4-character group.
        var length = input.count
        var padding = 0
        while length > 0, input[length - 1] == UInt8(ascii: "="), padding < 2 {
            length -= 1
            padding += 1
        }
        if length % 4 == 1 {
            // Still name the first bad character, if there is one, before the length.
            if let offset = (0..<length).first(where: { (alphabet == .standard ? standardTable : urlSafeTable)[Int(input[$0])] == 0xFF }) {
                throw invalid(input[offset], at: offset)
            }
            throw EncodingError(encoding: "base64", kind: .truncated(length: length))
        }
        let table = alphabet == .standard ? standardTable : urlSafeTable
        let groups = alphabet == .standard ? standardGroupTable : urlSafeGroupTable
        var bad: Int? = nil
        let out = table.withUnsafeBufferPointer { table in groups.withUnsafeBufferPointer { groups in
            [UInt8](unsafeUninitializedCapacity: length * 3 / 4) { buffer, count in
                count = 0
                guard length > 0, let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self), let t = table.baseAddress,
                      let g = groups.baseAddress, let o = buffer.baseAddress
                else { return }
                // Four characters to three bytes at a time.
                var i = 0
                var w = 0
                while i + 4 <= length {
                    let v = g[Int(base[i])] | g[256 + Int(base[i + 1])] | g[512 + Int(base[i + 2])] | g[768 + Int(base[i + 3])]
                    if v >= 1 << 24 {
                        bad = (i..<(i + 4)).first { t[Int(base[$0])] == 0xFF }
                        return
                    }
                    o[w] = UInt8(truncatingIfNeeded: v >> 16)
                    o[w + 1] = UInt8(truncatingIfNeeded: v >> 8)
                    o[w + 2] = UInt8(truncatingIfNeeded: v)
                    i += 4
                    w += 3
                }
                // The last two or three characters (one cannot happen: checked above).
                if i < length {
                    var v: UInt32 = 0
                    for j in i..<length {
                        let value = t[Int(base[j])]
                        if value == 0xFF {
                            bad = j
                            return
                        }
                        v = v << 6 | UInt32(value)
                    }
                    if length - i == 2 {
                        o[w] = UInt8(truncatingIfNeeded: v >> 4)
                        w += 1
                    } else {
                        o[w] = UInt8(truncatingIfNeeded: v >> 10)
                        o[w + 1] = UInt8(truncatingIfNeeded: v >> 2)
                        w += 2
                    }
                }
                count = w
            }
        } }
        if let bad { throw invalid(input[bad], at: bad) }
        if padding > 0, (length + padding) % 4 != 0 {
            throw EncodingError(encoding: "base64", kind: .misplacedPadding(offset: length))
        }
        return out
    }

    private static func invalid(_ byte: UInt8, at offset: Int) -> EncodingError {
        let kind: EncodingError.Kind = byte == UInt8(ascii: "=")
            ? .misplacedPadding(offset: offset) : .invalidCharacter(byte: byte, offset: offset)
        return EncodingError(encoding: "base64", kind: kind)
    }
}
