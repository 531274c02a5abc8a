/// Why a recovery key could not be read (SPEC §8). Each failure has its own case.
public enum RecoveryKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A character outside base58 (after whitespace is removed), at its position among the key's
    /// characters, counting from 1.
    case invalidCharacter(Character, position: Int)
    /// Nothing but whitespace.
    case empty
    /// Decoded to the wrong number of bytes (35 expected: prefix, key, parity).
    case wrongLength(Int)
    /// Far more characters than a recovery key has (48); not decoded, as base58 decoding is quadratic.
    case tooLong(characters: Int)
    /// The first two bytes are not 0x8B 0x01.
    case wrongPrefix
    /// The last byte is not the XOR of the others: a mistyped character.
    case badParity

    public var description: String {
        switch self {
        case let .invalidCharacter(character, position):
            let shown = character.isASCII && !character.isWhitespace && character.unicodeScalars.first!.value >= 0x21
                ? "'\(character)'" : "U+" + String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
            return "invalid recovery key: character \(position) (\(shown)) is not base58 (0, O, I and l are not used)"
        case .empty:
            return "invalid recovery key: it is empty"
        case let .wrongLength(count):
            return "invalid recovery key: it decodes to \(count) bytes, not 35 (a character is missing or extra)"
        case let .tooLong(count):
            return "invalid recovery key: it has \(count) characters, and a recovery key has 48"
        case .wrongPrefix:
            return "invalid recovery key: wrong prefix (a recovery key starts with \"Es\")"
        case .badParity:
            return "invalid recovery key: the parity check fails (a character is mistyped)"
        }
    }
}

/// Recovery keys (SPEC §8): a 32-byte key as base58 of `0x8B 0x01 ‖ key ‖ parity`, shown in groups of four.
/// The same format carries secret storage keys and megolm backup keys.
public enum RecoveryKey {
    static let prefix: [UInt8] = [0x8B, 0x01]
    public static let keyLength = 32
    /// More characters than this cannot decode to 35 bytes (50 already decode to at least 36); a longer
    /// input is refused before decoding.
    static let maxCharacters = 64

    /// The display form: base58, a space after every fourth character.
    public static func encode(_ key: SecretBytes) throws(CryptoError) -> String {
        guard key.count == keyLength else { throw .invalidLength(what: "recovery key", expected: keyLength, actual: key.count) }
        var bytes = prefix + key.unsafeCopy()
        bytes.append(bytes.reduce(0, ^))
        defer { wipe(&bytes) }
        var text = Array(Base58.encode(bytes).utf8)
        defer { wipe(&text) }
        var spaced: [UInt8] = []
        for (index, character) in text.enumerated() {
            if index > 0 && index % 4 == 0 { spaced.append(0x20) }
            spaced.append(character)
        }
        defer { wipe(&spaced) }
        return String(decoding: spaced, as: UTF8.self)
    }

    /// Decodes a recovery key given as text bytes, ignoring all whitespace (spaces, tabs, line breaks).
    public static func decode(_ text: some Collection<UInt8>) throws(RecoveryKeyError) -> SecretBytes {
        var characters: [UInt8] = []
        defer { wipe(&characters) }
        characters.reserveCapacity(text.count)
        for byte in text where !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C) {
            characters.append(byte)
        }
        guard !characters.isEmpty else { throw .empty }
        if let offset = Base58.firstInvalidOffset(characters) { throw invalidCharacter(in: characters, at: offset) }
        guard characters.count <= maxCharacters else { throw .tooLong(characters: characters.count) }
        // Every character was checked above, so decoding cannot fail.
        var decoded = (try? Base58.decode(bytes: characters)) ?? []
        defer { wipe(&decoded) }
        guard decoded.count == prefix.count + keyLength + 1 else { throw .wrongLength(decoded.count) }
        guard decoded[0] == prefix[0], decoded[1] == prefix[1] else { throw .wrongPrefix }
        guard decoded.reduce(0, ^) == 0 else { throw .badParity }
        return SecretBytes(copying: decoded[2..<(2 + keyLength)])
    }

    public static func decode(_ text: String) throws(RecoveryKeyError) -> SecretBytes {
        try decode(Array(text.utf8))
    }

    /// The character around byte `offset` (which may be inside a multibyte one), numbered from 1.
    private static func invalidCharacter(in bytes: [UInt8], at offset: Int) -> RecoveryKeyError {
        var start = offset
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[start..<end], as: UTF8.self).first ?? "?"
        let position = String(decoding: bytes[..<start], as: UTF8.self).count + 1
        return .invalidCharacter(character, position: position)
    }

    /// A new random 32-byte key.
    public static func generate() -> SecretBytes { SecretBytes.random(count: keyLength) }

    /// The recovery key in a file as mxkeys writes them: the key alone (`recovery-key generate`,
    /// `backup new-key --output`), or a JSON object with `recovery_key` (`backup new-key --json`,
    /// `ssss new-key`); anything else is taken as the key's text, for `decode` to judge. The caller wipes
    /// both the file and the result.
    public static func keyText(inFile bytes: [UInt8]) -> [UInt8] {
        guard bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == 0x7B,
              case .object(let object) = try? JSONParser.parse(bytes, mode: .lax),
              case .string(let key)? = object["recovery_key"]
        else { return bytes }
        return Array(key.utf8)
    }
}
