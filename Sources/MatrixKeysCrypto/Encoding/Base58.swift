/// Base58 with the Bitcoin alphabet, as Matrix recovery keys use it (SPEC §8). Leading zero bytes are kept
/// as leading `1`s.
public enum Base58 {
    private static let symbols = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in symbols.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    public static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        // Base-58 digits, least significant first.
        var digits = [UInt8]()
        digits.reserveCapacity(bytes.count * 138 / 100 + 1)
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        var out = [UInt8](repeating: symbols[0], count: zeros)
        out.reserveCapacity(zeros + digits.count)
        for digit in digits.reversed() { out.append(symbols[Int(digit)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes base58 text; any byte outside the alphabet is an error naming its offset.
    public static func decode(_ text: String) throws(EncodingError) -> [UInt8] {
        try decode(bytes: Array(text.utf8))
    }

    /// The offset of the first byte outside the alphabet, if any: a linear check to make before decoding,
    /// which takes time quadratic in the length.
    public static func firstInvalidOffset(_ input: [UInt8]) -> Int? {
        input.firstIndex { table[Int($0)] == 0xFF }
    }

    /// Decodes base58 characters given as bytes. The working copy is wiped: recovery keys are secrets.
    public static func decode(bytes input: [UInt8]) throws(EncodingError) -> [UInt8] {
        let ones = input.prefix { $0 == symbols[0] }.count
        // Base-256 bytes, least significant first.
        var bytes = [UInt8]()
        defer { wipe(&bytes) }
        bytes.reserveCapacity(input.count * 733 / 1000 + 1)
        for (offset, symbol) in input.enumerated() where offset >= ones {
            let value = table[Int(symbol)]
            if value == 0xFF {
                throw EncodingError(encoding: "base58", kind: .invalidCharacter(byte: symbol, offset: offset))
            }
            var carry = Int(value)
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: ones) + bytes.reversed()
    }
}
