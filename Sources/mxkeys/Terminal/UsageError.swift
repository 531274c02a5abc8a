import ArgumentParser

/// Usage errors in one form: one line `mxkeys: <what is wrong>`, then at most one line
/// `see 'mxkeys COMMAND --help'`, exit 64. The command line is walked here before argument-parser
/// sees it, so that a mistyped command or option is named as such, with the nearest correct one
/// ("did you mean 'verify'?"), rather than blamed on what follows it.
struct UsageError: Error {
    let message: String
    /// The command whose help to point at (`mxkeys event verify`), or nil for no pointer.
    let command: String?

    /// The two lines, as printed.
    var lines: [String] {
        ["mxkeys: " + message] + (command.map { ["see '\($0) --help'"] } ?? [])
    }

    /// The command line's commands and options against the command tree: an unknown command or help
    /// topic, or an option the command does not have, is an error here. Everything else (values,
    /// missing options, arguments) is left to argument-parser.
    static func check(_ arguments: [String], root: any ParsableCommand.Type) -> UsageError? {
        var command = root
        var path = [name(of: root)]
        var index = 0
        if arguments.first == "help" {
            // `mxkeys help TOPIC…`: every word must name a command, or there is no help to give.
            for word in arguments.dropFirst() where !word.hasPrefix("-") {
                guard let next = subcommand(of: command, named: word) else {
                    return UsageError(
                        message: "no help topic '\(path.dropFirst().joined(separator: " ") + (path.count > 1 ? " " : ""))\(word)'" + suggestion(word, among: subcommandNames(of: command)),
                        command: path.joined(separator: " "))
                }
                command = next
                path.append(word)
            }
            return nil
        }
        while index < arguments.count, !subcommandNames(of: command).isEmpty {
            let word = arguments[index]
            if word.hasPrefix("-") || word == "help" { return nil }  // the group's own options and help: argument-parser's
            guard let next = subcommand(of: command, named: word) else {
                let names = subcommandNames(of: command)
                return UsageError(
                    message: "unknown command '\(word)'" + (path.count > 1 ? " of '\(path.joined(separator: " "))'" : "") + suggestion(word, among: names),
                    command: path.joined(separator: " "))
            }
            command = next
            path.append(word)
            index += 1
        }
        guard subcommandNames(of: command).isEmpty else { return nil }
        let options = Options(of: command)
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            if word.hasPrefix("--") {
                let name = String(word.prefix { $0 != "=" })
                guard let takesValue = options.long[name] else {
                    return UsageError(message: "unknown option '\(name)'" + suggestion(name, among: Array(options.long.keys)),
                                      command: path.joined(separator: " "))
                }
                if takesValue && !word.contains("=") { index += 1 }
            } else if word.count == 2, word.hasPrefix("-"), word != "-", let takesValue = options.short[word] {
                if takesValue { index += 1 }
            }
        }
        return nil
    }

    /// An error argument-parser raised (a missing or malformed value, a validation failure), in the
    /// same form: its message alone, without the usage block it adds.
    static func from(parserMessage text: String, arguments: [String], root: any ParsableCommand.Type) -> UsageError {
        var message = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        // argument-parser capitalises its own messages ("Missing expected argument"); ours are lower case.
        if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
            message = first.lowercased() + message.dropFirst()
        }
        return UsageError(message: message, command: commandPath(arguments, root: root))
    }

    /// The command a command line names (`mxkeys event verify`), as far as its words name one.
    static func commandPath(_ arguments: [String], root: any ParsableCommand.Type) -> String {
        var command = root
        var path = [name(of: root)]
        for word in arguments {
            guard let next = subcommand(of: command, named: word) else { break }
            command = next
            path.append(word)
        }
        return path.joined(separator: " ")
    }

    // MARK: - The command tree

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    private static func subcommandNames(of command: any ParsableCommand.Type) -> [String] {
        command.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { name(of: $0) }
    }

    private static func subcommand(of command: any ParsableCommand.Type, named word: String) -> (any ParsableCommand.Type)? {
        command.configuration.subcommands.first { name(of: $0) == word || $0.configuration.aliases.contains(word) }
    }

    /// A command's options as its help lists them (hidden ones too): long and short names, and whether
    /// each takes a value.
    private struct Options {
        var long: [String: Bool] = ["--help": false, "--version": false]
        var short: [String: Bool] = ["-h": false]

        init(of command: any ParsableCommand.Type) {
            let help = command.helpMessage(includeHidden: true, columns: 10_000)
            for line in help.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("-") else { continue }
                // "-o, --output <file>   text" or "--json   text": the names and value before the text.
                let head = trimmed.components(separatedBy: "  ").first ?? ""
                let words = head.split(separator: " ").map(String.init)
                let takesValue = words.contains { $0.hasPrefix("<") }
                for word in words {
                    let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
                    if bare.hasPrefix("--") {
                        // "--[no-]flag" stands for both names.
                        if bare.hasPrefix("--[no-]") {
                            let rest = bare.dropFirst("--[no-]".count)
                            long["--" + rest] = false
                            long["--no-" + rest] = false
                        } else {
                            long[bare] = takesValue
                        }
                    } else if bare.hasPrefix("-"), bare.count == 2 {
                        short[bare] = takesValue
                    }
                }
            }
        }
    }

    // MARK: - Suggestions

    /// ": did you mean 'X'?" for the nearest name, when one is near enough to be the intended one.
    static func suggestion(_ word: String, among names: [String]) -> String {
        let scored = names.map { ($0, distance(word, $0)) }.filter { name, score in
            score <= max(2, min(word.count, name.count) / 3) && score < max(word.count, name.count)
        }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return "" }
        return ": did you mean '\(best.0)'?"
    }

    /// Edits from one word to the other: insertions, deletions, substitutions and swaps of neighbours
    /// (the optimal string alignment distance), so that "verfiy" is one edit from "verify".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
