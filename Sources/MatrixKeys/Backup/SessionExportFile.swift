/// Megolm session export files (SPEC §11), the format clients import and export:
/// `-----BEGIN MEGOLM SESSION DATA-----`, base64 of `0x01 ‖ salt ‖ iv ‖ rounds ‖ ciphertext ‖ hmac`,
/// `-----END MEGOLM SESSION DATA-----`. The plaintext is a JSON array of sessions in export form.
public enum SessionExportFile {
    public static let header = "-----BEGIN MEGOLM SESSION DATA-----"
    public static let footer = "-----END MEGOLM SESSION DATA-----"
    /// PBKDF2 rounds for new files.
    public static let defaultRounds = 500_000
    /// More rounds than this in a file is refused: a hostile file could otherwise keep mxkeys busy for
    /// minutes (clients write 100,000 to 500,000; this allows twenty times the most).
    public static let maximumRounds = 10_000_000
    /// Base64 characters per line when writing.
    static let lineLength = 96

    /// What a client needs of each session to import it.
    public static let requiredSessionFields = ["algorithm", "room_id", "sender_key", "session_id", "session_key"]

    /// Checks that `items` are sessions in export form: objects with the required fields as strings.
    public static func checkSessions(_ items: [JSONValue]) throws(BackupError) {
        for (index, item) in items.enumerated() {
            guard case .object(let session) = item else { throw .invalidField("session \(index)", reason: "not an object") }
            for field in requiredSessionFields {
                guard case .string? = session[field] else { throw .invalidField("session \(index).\(field)", reason: "missing or not a string") }
            }
        }
    }

    static func keys(_ passphrase: SecretBytes, salt: [UInt8], rounds: Int) throws(BackupError) -> (aes: SecretBytes, mac: SecretBytes) {
        do {
            let both = try PBKDF2SHA512.deriveKey(password: passphrase, salt: salt, iterations: rounds, length: 64)
            return (both.slice(0..<32), both.slice(32..<64))
        } catch {
            throw .crypto(error)
        }
    }

    /// The file's text for `plaintext` (the JSON array of sessions).
    public static func encrypt(_ plaintext: SecretBytes, passphrase: SecretBytes, rounds: Int = defaultRounds) throws(BackupError) -> [UInt8] {
        guard rounds >= 1, rounds <= maximumRounds else { throw .exportFile("rounds must be 1 to \(maximumRounds)") }
        let salt = SecureRandom.bytes(count: 16)
        var iv = SecureRandom.bytes(count: 16)
        iv[8] &= 0x7F
        let (aesKey, macKey) = try keys(passphrase, salt: salt, rounds: rounds)
        var payload: [UInt8] = [0x01] + salt + iv + [UInt8(rounds >> 24 & 0xFF), UInt8(rounds >> 16 & 0xFF), UInt8(rounds >> 8 & 0xFF), UInt8(rounds & 0xFF)]
        do {
            payload += try AES256.ctr(plaintext, key: aesKey, iv: iv).unsafeCopy()
        } catch {
            throw .crypto(error)
        }
        payload += HMACSHA256.mac(key: macKey, message: payload)
        let text = Array(Base64.encodePadded(payload).utf8)
        var out = Array((header + "\n").utf8)
        var start = 0
        while start < text.count {
            out += text[start..<min(start + lineLength, text.count)]
            out.append(0x0A)
            start += lineLength
        }
        out += Array((footer + "\n").utf8)
        return out
    }

    /// How the passphrase was turned into the bytes the key was derived from.
    public enum PassphraseEncoding: Sendable, Equatable {
        /// UTF-8, as the spec's clients (Element and others) and mxkeys write.
        case utf8
        /// ISO 8859-1 (Latin-1): what matrix-nio writes for a non-ASCII passphrase.
        case latin1
    }

    /// The plaintext of an export file. Any line wrapping and whitespace is accepted; a wrong passphrase
    /// or an altered file is `.exportAuthentication`, never garbage.
    public static func decrypt(_ file: [UInt8], passphrase: SecretBytes) throws(BackupError) -> SecretBytes {
        try open(file, passphrase: passphrase).plaintext
    }

    /// The plaintext, and how the passphrase was encoded. The passphrase (UTF-8) is tried as it is; when
    /// the HMAC fails and it has non-ASCII characters that all fit in Latin-1, its Latin-1 bytes are
    /// tried too, since matrix-nio derives the key from those.
    public static func open(_ file: [UInt8], passphrase: SecretBytes) throws(BackupError) -> (plaintext: SecretBytes, encoding: PassphraseEncoding) {
        let payload = try payload(file)
        if let plaintext = try decrypt(payload, passphrase: passphrase) { return (plaintext, .utf8) }
        if let latin1 = latin1(passphrase), let plaintext = try decrypt(payload, passphrase: latin1) { return (plaintext, .latin1) }
        throw .exportAuthentication
    }

    /// The plaintext of a checked payload; nil when the HMAC does not match.
    private static func decrypt(_ payload: [UInt8], passphrase: SecretBytes) throws(BackupError) -> SecretBytes? {
        let salt = Array(payload[1..<17]), iv = Array(payload[17..<33])
        let (aesKey, macKey) = try keys(passphrase, salt: salt, rounds: rounds(payload))
        let signed = Array(payload[..<(payload.count - 32)])
        guard HMACSHA256.isValid(Array(payload[(payload.count - 32)...]), key: macKey, message: signed) else { return nil }
        do { return try AES256.ctr(SecretBytes(copying: signed[37...]), key: aesKey, iv: iv) } catch { throw .crypto(error) }
    }

    /// The Latin-1 bytes of a UTF-8 passphrase whose characters are all at most U+00FF, with at least
    /// one that is not ASCII; nil otherwise (then the two encodings agree, or Latin-1 cannot write it).
    static func latin1(_ passphrase: SecretBytes) -> SecretBytes? {
        passphrase.withUnsafeBytes { utf8 -> SecretBytes? in
            var count = 0, index = 0, nonASCII = false
            while index < utf8.count {
                let b = utf8[index]
                if b < 0x80 {
                    index += 1
                } else if (b == 0xC2 || b == 0xC3), index + 1 < utf8.count, utf8[index + 1] & 0xC0 == 0x80 {
                    index += 2
                    nonASCII = true
                } else {
                    return nil
                }
                count += 1
            }
            guard nonASCII else { return nil }
            return SecretBytes(count: count) { out in
                var index = 0, position = 0
                while index < utf8.count {
                    let b = utf8[index]
                    if b < 0x80 {
                        out[position] = b
                        index += 1
                    } else {
                        out[position] = (b & 0x03) << 6 | (utf8[index + 1] & 0x3F)
                        index += 2
                    }
                    position += 1
                }
            }
        }
    }

    /// The PBKDF2 rounds a payload asks for.
    static func rounds(_ payload: [UInt8]) -> Int {
        Int(payload[33]) << 24 | Int(payload[34]) << 16 | Int(payload[35]) << 8 | Int(payload[36])
    }

    /// The binary payload of an export file, checked: its length, version and rounds.
    static func payload(_ file: [UInt8]) throws(BackupError) -> [UInt8] {
        let headerBytes = Array(header.utf8), footerBytes = Array(footer.utf8)
        guard let begin = find(headerBytes, in: file, from: 0) else { throw .exportFile("no \(header) line") }
        guard let end = find(footerBytes, in: file, from: begin + headerBytes.count) else { throw .exportFile("no \(footer) line (the file is cut off?)") }
        let body = file[(begin + headerBytes.count)..<end].filter { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        let payload: [UInt8]
        do { payload = try Base64.decode(String(decoding: body, as: UTF8.self)) } catch { throw .exportFile(error.description) }
        guard payload.count >= 1 + 16 + 16 + 4 + 32 else { throw .exportFile("only \(payload.count) bytes of data: it is truncated") }
        guard payload[0] == 0x01 else { throw .exportFile("unsupported version \(payload[0]) (only 1)") }
        let rounds = rounds(payload)
        guard rounds >= 1, rounds <= maximumRounds else { throw .exportFile("\(rounds) PBKDF2 rounds (1 to \(maximumRounds) accepted)") }
        return payload
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
