/// Text that came from outside (a server's error, errcode or server_name, an event's fields, a file's
/// contents) made safe to print for a person: a terminal must not take any of it as a command. Every
/// control character (C0, DEL, C1) is written as an escape, `\x1B` or `\u0085`, as are the Unicode
/// bidirectional embeddings, overrides, isolates and marks (`\u202E`), which would reorder what is
/// shown around them. Everything else is kept as it is. JSON output needs none of this: its encoder
/// escapes control characters itself.
public enum TerminalText {
    /// `text` escaped; with `keepingLineBreaks`, its line feeds are kept (a block of several lines of
    /// the tool's own, where what came from outside is on lines of its own).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func escapes(_ scalar: Unicode.Scalar) -> Bool { needsEscape(scalar) && !(keepingLineBreaks && scalar == "\n") }
        guard text.unicodeScalars.contains(where: escapes) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if escapes(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 (U+0000 to U+001F), DEL, C1 (U+0080 to U+009F), and the bidirectional formatting characters:
    /// ALM, LRM, RLM, LRE to RLO (U+202A to U+202E), LRI to PDI (U+2066 to U+2069).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        func hex(_ value: UInt32, _ count: Int) -> String {
            String(decoding: (0..<count).reversed().map { digits[Int((value >> (4 * UInt32($0))) & 15)] }, as: UTF8.self)
        }
        return scalar.value < 0x80 ? "\\x" + hex(scalar.value, 2) : "\\u" + hex(scalar.value, 4)
    }
}
