import Foundation
import Synchronization
import Testing

/// `--help` gives a command's shape on one screen: its usage, its options and one or two examples. The
/// long explanations are the man page's (`man/mxkeys.1`, made by `make docs`), which `--help` names.
/// argument-parser wraps help at the terminal's width, which COLUMNS sets: every count here is taken at
/// `HelpTests.columns` columns, in the rows a terminal of that width shows (a longer line takes more).
@Suite("help fits a screen, and the man page has the rest")
struct HelpTests {
    /// The terminal width the help is measured at.
    static let columns = 80
    /// The most rows `mxkeys --help` may take, and any other command's `--help` (a group's or a leaf's).
    static let rootRows = 40
    static let commandRows = 50

    /// A command of the tree that the commands' configuration describes (`--experimental-dump-help`):
    /// its path below `mxkeys`, whether it has subcommands, its option names (long and short, hidden
    /// ones included), its discussion, and its options' default values.
    struct Command {
        let path: [String]
        let isGroup: Bool
        let names: Set<String>
        let discussion: String
        let defaults: [(option: String, value: String, help: String)]
        var name: String { (["mxkeys"] + path).joined(separator: " ") }
    }

    /// Every command but `help` and the hidden ones, the root first, so that a new one is covered.
    static func commands() throws -> [Command] {
        let dump = try CLI.run("--experimental-dump-help")
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
        var result: [Command] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter {
                $0["shouldDisplay"] as? Bool != false && $0["commandName"] as? String != "help"
            }
            var names: Set<String> = []
            var defaults: [(String, String, String)] = []
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                var long: String?
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    guard let text = name["name"] as? String else { continue }
                    switch name["kind"] as? String {
                    case "long": names.insert("--" + text); long = long ?? "--" + text
                    case "short": names.insert("-" + text)
                    default: break
                    }
                }
                if let value = argument["defaultValue"] as? String, let long {
                    let help = [argument["abstract"] as? String, argument["discussion"] as? String].compactMap { $0 }.joined(separator: " ")
                    defaults.append((long, value, help))
                }
            }
            result.append(Command(path: path, isGroup: !subcommands.isEmpty, names: names,
                                  discussion: command["discussion"] as? String ?? "", defaults: defaults))
            for sub in subcommands { walk(sub, path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(root["command"] as? [String: Any]), [])
        return result
    }

    /// `mxkeys PATH --help` at `columns` columns, run once for all the tests that read it.
    static func help(_ path: [String]) throws -> String {
        if let text = helpTexts.withLock({ $0[path] }) { return text }
        let result = try CLI.run(path + ["--help"], environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0, "mxkeys \(path.joined(separator: " ")) --help: exit \(result.status)")
        #expect(result.err == "")
        if result.status == 0 && result.err.isEmpty { helpTexts.withLock { $0[path] = result.out } }
        return result.out
    }

    private static let helpTexts = Mutex<[[String]: String]>([:])

    /// The rows `text` takes on a terminal `columns` wide: a line longer than that wraps onto more.
    static func rows(_ text: String) -> Int {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.reduce(0) { $0 + max(1, ($1.count + columns - 1) / columns) }
    }

    @Test("rows are counted as a terminal shows them")
    func rowCount() {
        #expect(Self.rows("") == 0)
        #expect(Self.rows("a\n\nb\n") == 3)
        #expect(Self.rows(String(repeating: "x", count: 80) + "\n") == 1)
        #expect(Self.rows(String(repeating: "x", count: 81) + "\n") == 2)
    }

    @Test("mxkeys --help fits in 40 rows and every other command's --help in 50, at 80 columns")
    func fitsAScreen() throws {
        let commands = try Self.commands()
        // The tree as it stands: 18 top-level commands, groups among them, and their subcommands.
        #expect(commands.count >= 68)
        #expect(commands.contains { $0.path == ["event", "verify"] } && commands.contains { $0.path == ["keys", "query"] })
        for command in commands {
            let text = try Self.help(command.path)
            let limit = command.path.isEmpty ? Self.rootRows : Self.commandRows
            let rows = Self.rows(text)
            #expect(rows <= limit, "\(command.name) --help takes \(rows) rows at \(Self.columns) columns (at most \(limit))")
            #expect(text.hasPrefix("OVERVIEW: ") && text.contains("\nUSAGE: \(command.name)"), "\(command.name) --help lacks its overview or usage")
        }
    }

    @Test("mxkeys --help lists the commands, each with a one-line abstract, and the exit codes")
    func root() throws {
        let text = try Self.help([])
        let prose = text.replacingOccurrences(of: "\n", with: " ")
        let top = try Self.commands().filter { $0.path.count == 1 }.map { $0.path[0] }
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "SUBCOMMANDS:"))
        let listed = lines[(start + 1)...].prefix { !$0.isEmpty }
        // One line each: a wrapped abstract would go on in a line indented past the names.
        #expect(listed.count == top.count)
        #expect(listed.map { $0.split(separator: " ").first.map(String.init) ?? "" } == top)
        #expect(prose.contains("Exit codes: 0 success; 1 a negative verdict; 2 unusable input; 64 anything wrong on the command line."))
        #expect(prose.contains("see mxkeys(1), EXIT STATUS, FILES, SECURITY, FETCHING and LIMITS."))
    }

    @Test("each command's examples fit a line, run commands that exist with options they have, and each leaf has one or two")
    func examples() throws {
        let commands = try Self.commands()
        var byName: [String: Command] = [:]
        for command in commands { byName[command.path.joined(separator: " ")] = command }
        var checked = 0
        for command in commands {
            let lines = try Self.help(command.path).components(separatedBy: "\n")
            guard let start = lines.firstIndex(of: "Examples:") else {
                #expect(command.isGroup, "\(command.name) --help has no examples")
                continue
            }
            // An example goes on after a trailing backslash, in lines of its own, as in a shell.
            var examples: [String] = []
            var continued = false
            for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
                #expect(line.hasPrefix("  ") && line.count < Self.columns, "\(command.name): an example line that wraps: \(line)")
                var text = String(line.dropFirst(2))
                let goesOn = text.hasSuffix("\\")
                if goesOn { text.removeLast() }
                if continued { examples[examples.count - 1] += " " + text } else { examples.append(text) }
                continued = goesOn
            }
            if !command.isGroup { #expect((1...2).contains(examples.count), "\(command.name) has \(examples.count) examples") }
            for example in examples {
                let words = example.split(separator: " ").map(String.init)
                // Each mxkeys in the example (one may run inside "$(...)") and the words that follow it, to
                // the end of its command.
                for (index, word) in words.enumerated() where word == "mxkeys" || word.hasSuffix("$(mxkeys") {
                    var path: [String] = []
                    var rest = words[(index + 1)...]
                    while let next = rest.first, byName[(path + [next]).joined(separator: " ")] != nil {
                        path.append(next)
                        rest = rest.dropFirst()
                    }
                    let target = try #require(byName[path.joined(separator: " ")], "\(example)")
                    #expect(!path.isEmpty && !target.isGroup, "\(command.name): the example \(example) runs no command")
                    // A command run inside this one's arguments ("$(...)") is checked on its own.
                    var inner = 0
                    for word in rest {
                        if word.contains("$(") { inner += 1 }
                        if inner > 0 {
                            if word.contains(")") { inner -= 1 }
                            continue
                        }
                        if ["|", ">", ">>", "<", "&&"].contains(word) { break }
                        let option = word.split(separator: "=").first.map(String.init) ?? word
                        if option.hasPrefix("-"), option != "-" {
                            #expect(target.names.contains(option.trimmingCharacters(in: CharacterSet(charactersIn: ")\""))),
                                    "\(command.name): the example \(example) gives \(target.name) \(option), which it does not take")
                        }
                        if word.hasSuffix(")") || word.hasSuffix(")\"") { break }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 100)
    }

    @Test("no option's help repeats its default, which argument-parser adds; the man page gives every default")
    func defaults() throws {
        let commands = try Self.commands()
        var count = 0
        for command in commands {
            for (option, value, help) in command.defaults {
                count += 1
                #expect(!help.lowercased().contains("default"), "\(command.name) \(option): its help names a default, and argument-parser adds (default: \(value))")
            }
        }
        #expect(count >= 20)
        // As a user sees it: once.
        let fetch = try Self.help(["server-keys", "fetch"])
        #expect(fetch.components(separatedBy: "(default: 60)").count == 2)
        #expect(fetch.components(separatedBy: "(default: 10)").count == 2)
        #expect(fetch.contains("(default: .)"))

        // In the man page, each option's text follows its `.It Fl` line, within its command's list: the
        // lists nest as the commands do, so the enclosing `.It Em` items name the command.
        let page = try String(contentsOf: CLI.repository.appendingPathComponent("man/mxkeys.1"), encoding: .utf8)
        var texts: [String: String] = [:]
        var names: [Int: String] = [:]
        var depth = 0
        var current: String?
        for line in page.components(separatedBy: "\n") {
            if line.hasPrefix(".It ") || line.hasPrefix(".Bl ") || line == ".El" || line.hasPrefix(".Sh ") { current = nil }
            if line.hasPrefix(".Bl ") { depth += 1 }
            if line == ".El" { depth -= 1 }
            if line.hasPrefix(".It Em ") { names[depth] = String(line.dropFirst(7)) }
            if line.hasPrefix(".It Fl "), let option = line.split(separator: " ").dropFirst(2).first(where: { $0.hasPrefix("-") }) {
                let path = (1..<max(depth, 1)).compactMap { names[$0] }
                current = (path + ["-" + option]).joined(separator: " ")
                texts[current!] = ""
            } else if let key = current {
                texts[key, default: ""] += line + " "
            }
        }
        for command in commands {
            for (option, value, _) in command.defaults {
                let text = texts[(command.path + [option]).joined(separator: " ")]
                #expect(text?.contains("(default: \(value))") == true, "man/mxkeys.1: \(command.name) \(option) lacks (default: \(value)): run `make docs`")
            }
        }
    }

    /// The man page's text, section by section: macro lines left out, the lines `make docs` splits
    /// sentences into joined again, roff's escapes undone.
    static func manSections() throws -> [String: String] {
        let page = try String(contentsOf: CLI.repository.appendingPathComponent("man/mxkeys.1"), encoding: .utf8)
        var sections: [String: String] = [:]
        var title = ""
        for line in page.components(separatedBy: "\n") {
            if line.hasPrefix(".Sh ") {
                title = String(line.dropFirst(4)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                continue
            }
            var text = line
            if text.hasPrefix(".It ") { text = String(text.dropFirst(4)) } else if text.hasPrefix(".") { continue }
            text = text.replacingOccurrences(of: "\\&", with: "").replacingOccurrences(of: "\\e", with: "\\")
            sections[title, default: ""] += text + " "
        }
        return sections
    }

    @Test("every 'see mxkeys(1), SECTION' of --help names a section of the man page, and each section of what left --help is named")
    func pointers() throws {
        let sections = try Self.manSections()
        let topics = ["CANONICAL JSON", "SIGNATURES AND KEYS", "EVENT VERIFICATION", "SYNAPSE DATABASES", "REPORTS", "FETCHING",
                      "SECRETS AND BACKUPS", "KEYSTORE", "DEVICES AND CROSS-SIGNING", "LIMITS", "SECURITY"]
        for topic in topics { #expect(sections[topic] != nil, "man/mxkeys.1 has no section \(topic)") }
        var named: Set<String> = []
        for command in try Self.commands() {
            var rest = Substring(command.discussion)
            while let found = rest.range(of: "see mxkeys(1), ") {
                let list = rest[found.upperBound...].prefix { $0 != "." }
                for title in list.components(separatedBy: ", ").flatMap({ $0.components(separatedBy: " and ") }) {
                    #expect(sections[title] != nil, "\(command.name) --help names a section mxkeys(1) does not have: \(title)")
                    named.insert(title)
                }
                rest = rest[found.upperBound...]
            }
        }
        for topic in topics { #expect(named.contains(topic), "no --help names the man page's \(topic)") }
    }

    /// What left `--help` for the man page: per command, the section it went to, and phrases of each
    /// paragraph or option text that moved.
    static let moved: [(command: String, section: String, phrases: [String])] = [
        ("", "EXIT STATUS", ["64 for what is wrong on the command line, 2 for input data that cannot be used",
                             "Every write to standard output, and its close at the end, is checked"]),
        ("", "FILES", ["symbolic links there are never followed", "a temporary file named .mxkeys-tmp-XXXXXXXXXXXX is used",
                       "a moment in which only SIGKILL could leave it behind"]),
        ("", "SECURITY", ["mxkeys makes itself non-dumpable", "turns the terminal's echo back on",
                          "are used with a warning that names the file and its mode"]),
        ("", "FETCHING", ["there is no way to turn verification off", "64 KiB for a well-known lookup, which follows at most 5 redirects",
                          "it is never taken from the command line, printed, saved, or shown in an error"]),
        ("", "LIMITS", ["JSON nested deeper than 100 levels is rejected", "Argon2id t=10, m=1 GiB, p=16"]),
        ("canonical", "CANONICAL JSON", ["keeps big integers exactly and writes floats as the reference homeserver does",
                                         "a second is a \"form\" finding"]),
        ("verify", "SIGNATURES AND KEYS", ["a signature under an invalid key ID (ed25519:), another algorithm or an unknown key is reported and skipped"]),
        ("request verify", "SIGNATURES AND KEYS", ["at the time of the request (--at, default now)",
                                                   "a key given with --public-key has no validity period"]),
        ("server-keys publish", "SIGNATURES AND KEYS", ["a number below 10^11 is taken for seconds and refused",
                                                        "which canonical JSON, and so every verifier, refuses"]),
        ("server-keys verify", "SIGNATURES AND KEYS", ["judged at that time by the rules of room version 5 and later"]),
        ("server-keys verify", "SYNAPSE DATABASES", ["One response fetched once sits in one row per key ID in Synapse's table"]),
        ("server-keys fetch", "FETCHING", ["then the deprecated _matrix._tcp, then port 8448",
                                           "A notary asked for all keys may answer from its cache only",
                                           "DIR/SERVER.via.NOTARY.json for a notary's answer (mode 0644",
                                           "\"unsigned\":{\"fetched_at\":MS,\"fetched_from\":\"URL\"}"]),
        ("event verify", "EVENT VERIFICATION", ["the events of both lists, each marked with its list",
                                                "the authorising server of a restricted join in 8 and later",
                                                "Input whose first 1000 items are none of them an event",
                                                "the time server-keys fetch saved with each response counts, else now"]),
        ("event verify", "SYNAPSE DATABASES", ["each with its ts_added_ms as fetched_at for the 7-day cap",
                                               "which holds VACUUM's horizon", "counted as an ID mismatch",
                                               "whose signatures verify is censored, not redacted",
                                               "add up across the N parts of --shard K/N",
                                               "with PGHOST, PGPASSFILE, service files and sslmode honoured",
                                               "the later winning each top-level key", "compat_version is at most 94"]),
        ("event verify", "REPORTS", ["the options that change verdicts (--since, --until, --room, --fetched-at)"]),
        ("event inspect", "EVENT VERIFICATION", ["where the key was found, its validity at the event's origin_server_ts"]),
        ("event inspect", "SYNAPSE DATABASES", ["and whether the server censored it"]),
        ("event fetch", "FETCHING", ["paged backwards (100 events a request)", "Responses over 64 MiB (1 MiB for one event) are refused",
                                     "through timestamp_to_event"]),
        ("report merge", "REPORTS", ["a missing shard (named), shards of different splits",
                                     "two servers hold their own copies of the same rooms' events"]),
        ("report html", "REPORTS", ["control and bidi characters are shown by their code point",
                                    "cut by the 7-day cap after its fetch where that applies"]),
        ("keystore", "KEYSTORE", ["Argon2id (t=3, m=64 MiB, p=1 unless the file says more)",
                                  "A wrong passphrase and a changed file give the same error, exit 1",
                                  "reading takes no lock, since entries are only ever replaced whole"]),
        ("keystore import", "SECRETS AND BACKUPS", ["whitespace and line breaks are ignored", "one trailing line break is dropped"]),
        ("keystore import", "KEYSTORE", ["whose key ID is ed25519: and its public key"]),
        ("devices verify", "DEVICES AND CROSS-SIGNING", ["a mismatch is the injected-device trick",
                                                         "by default the user whose user-signing key the response holds",
                                                         "\"cross_signed_devices\""]),
        ("devices verify", "SYNAPSE DATABASES", ["device_lists_remote_cache", "split by a hash of the user ID"]),
        ("backup decrypt", "SECRETS AND BACKUPS", ["naming every option missing", "The recovery key may come on standard input when FILE is given"]),
        ("backup export", "SECRETS AND BACKUPS", ["PBKDF2 rounds unless --rounds says otherwise"]),
        ("backup fetch", "FETCHING", ["those bytes as received", "The keys stream to disk, up to 64 MiB"]),
        ("backup upload", "FETCHING", ["the version's public key must be the one in it, or nothing is uploaded (exit 1)"]),
        ("backup trust", "DEVICES AND CROSS-SIGNING", ["The verdict is the decision clients make"]),
        ("ssss decrypt", "SECRETS AND BACKUPS", ["a sync response, or a map from type to content"]),
        ("ssss fetch", "FETCHING", ["a key description that nothing refers to is not found"]),
        ("keys query", "FETCHING", ["Servers that could not be asked are listed in the answer's failures"]),
        ("keys upload-signatures", "FETCHING", ["The server answers 200 even when it refuses objects"]),
        ("cross-signing upload", "FETCHING", ["A first upload needs no user-interactive auth on current Synapse"]),
        ("cross-signing new", "DEVICES AND CROSS-SIGNING", ["NAME-user-signing (user-signing-key)", "none is made when any of them exists"]),
        ("cross-signing sign-device", "DEVICES AND CROSS-SIGNING", ["it may be one the homeserver injected"]),
    ]

    @Test("the man page carries what left --help, in the section the command's --help names")
    func manPageHasWhatMoved() throws {
        let sections = try Self.manSections()
        var commands: [String: Command] = [:]
        for command in try Self.commands() { commands[command.path.joined(separator: " ")] = command }
        for (path, section, phrases) in Self.moved {
            let text = sections[section] ?? ""
            for phrase in phrases {
                #expect(text.contains(phrase), "man/mxkeys.1's \(section) lacks \"\(phrase)\", which left mxkeys \(path) --help: run `make docs`")
            }
            let command = try #require(commands[path], "no command \(path)")
            #expect(command.discussion.contains("see mxkeys(1), ") && command.discussion.contains(section),
                    "\(command.name) --help does not name \(section), where its explanations went")
        }
    }
}
