import MatrixKeys
import Testing

@Suite("Text from outside, made safe for a terminal; file modes in words")
struct TerminalTextTests {
    @Test("C0, DEL, C1 and the bidi formatting characters are escaped; everything else is kept")
    func escapes() {
        #expect(TerminalText.escaped("plain text: é, 日本, 🙂, \\x41") == "plain text: é, 日本, 🙂, \\x41")
        #expect(TerminalText.escaped("\u{1B}]0;title\u{07}") == "\\x1B]0;title\\x07")
        #expect(TerminalText.escaped("a\u{00}b\u{09}c\u{0A}d\u{0D}e\u{7F}f") == "a\\x00b\\x09c\\x0Ad\\x0De\\x7Ff")
        #expect(TerminalText.escaped("\u{80}\u{85}\u{9B}[2J\u{9F}\u{A0}") == "\\u0080\\u0085\\u009B[2J\\u009F\u{A0}")
        #expect(TerminalText.escaped("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}") == "\\u202A\\u202B\\u202C\\u202D\\u202E")
        #expect(TerminalText.escaped("\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}") == "\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C")
        // Zero-width joiners and other format characters that do not reorder text are left alone.
        #expect(TerminalText.escaped("\u{200D}\u{2065}\u{206A}") == "\u{200D}\u{2065}\u{206A}")
        #expect(TerminalText.escaped("a\n\u{1B}b\r", keepingLineBreaks: true) == "a\n\\x1Bb\\x0D")
        // Escaping twice changes nothing more.
        let once = TerminalText.escaped("\u{1B}\u{202E}")
        #expect(TerminalText.escaped(once) == once)
    }

    @Test("file modes in words: who may read and who may write")
    func modes() {
        #expect(FileExposure.describe(0o644) == "readable by its group and by others (mode 644)")
        #expect(FileExposure.describe(0o640) == "readable by its group (mode 640)")
        #expect(FileExposure.describe(0o604) == "readable by others (mode 604)")
        #expect(FileExposure.describe(0o660) == "readable and writable by its group (mode 660)")
        #expect(FileExposure.describe(0o664) == "readable by its group and by others, writable by its group (mode 664)")
        #expect(FileExposure.describe(0o602) == "writable by others (mode 602)")
        #expect(FileExposure.describe(0o100644) == "readable by its group and by others (mode 644)")
        #expect(FileExposure.groupReadable(0o640) == nil)
        #expect(FileExposure.groupReadable(0o600) == nil)
        #expect(FileExposure.groupReadable(0o650) == nil)
        #expect(FileExposure.groupReadable(0o644) != nil)
        #expect(FileExposure.groupReadable(0o620) != nil)
        #expect(FileExposure.secret(0o640) == "readable by its group (mode 640)")
        #expect(FileExposure.secret(0o600) == nil)
        #expect(FileExposure.secret(0o700) == nil)
    }
}
