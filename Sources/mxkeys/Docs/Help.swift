/// A command's `--help` beyond its options, which fits a screen: what the command does in a few lines,
/// one or two examples, and where the man page says the rest. The long explanations are the man page's
/// own sections (`ManualSection`); `make docs` shows the examples as a display in the man page.
enum Help {
    /// The command's discussion: `text`, then the examples under "Examples:", then `more` (a pointer to
    /// the man page, from `ManualSection.see`). An example too long for a line of 80 columns goes on in
    /// lines of its own after a backslash, as in a shell.
    static func discussion(_ text: String = "", examples: [String], more: String? = nil) -> String {
        var parts: [String] = []
        if !text.isEmpty { parts.append(text) }
        let lines = examples.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        parts.append((["Examples:"] + lines.map { "  " + $0 }).joined(separator: "\n"))
        if let more { parts.append(more) }
        return parts.joined(separator: "\n\n")
    }
}
