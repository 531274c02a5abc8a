/// Lowercase hexadecimal, for keys given or shown as hex.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes upper- or lowercase hex.
    public static func decode(_ text: String) throws(EncodingError) -> [UInt8] {
        let input = Array(text.utf8)
        guard input.count % 2 == 0 else { throw EncodingError(encoding: "hex", kind: .oddLength(length: input.count)) }
        var out = [UInt8]()
        out.reserveCapacity(input.count / 2)
        var index = 0
        while index < input.count {
            let high = try nibble(input[index], offset: index)
            let low = try nibble(input[index + 1], offset: index + 1)
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ byte: UInt8, offset: Int) throws(EncodingError) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: throw EncodingError(encoding: "hex", kind: .invalidCharacter(byte: byte, offset: offset))
        }
    }
}
