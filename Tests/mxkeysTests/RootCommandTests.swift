import Foundation
import Testing
import MatrixKeys

@Suite("mxkeys root command")
struct RootCommandTests {
    @Test("--version prints the library version")
    func version() throws {
        let result = try CLI.run("--version")
        #expect(result.status == 0)
        #expect(result.out == MatrixKeys.version + "\n")
        #expect(result.err == "")
    }

    @Test("--help shows the abstract and the exit codes")
    func help() throws {
        let result = try CLI.run("--help")
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("OVERVIEW: Matrix keys and signatures, offline"))
        #expect(result.out.contains("USAGE: mxkeys <subcommand>"))
        #expect(result.out.contains("Exit codes: 0 success"))
    }

    @Test("an unknown subcommand is a usage error with exit code 64: one line, and where the help is")
    func unknown() throws {
        let result = try CLI.run("no-such-command")
        #expect(result.status == 64)
        #expect(result.err == "mxkeys: unknown command 'no-such-command'\nsee 'mxkeys --help'\n")
        #expect(result.out == "")
    }
}

@Suite("generated docs do not drift")
struct GeneratedDocsTests {
    @Test("completions/ matches what the current command definitions generate", arguments: [
        ("bash", "mxkeys.bash"), ("zsh", "_mxkeys"), ("fish", "mxkeys.fish"),
    ])
    func completions(shell: String, file: String) throws {
        let result = try CLI.run("--generate-completion-script", shell)
        #expect(result.status == 0)
        let committed = try String(contentsOf: CLI.repository.appendingPathComponent("completions/\(file)"), encoding: .utf8)
        // make docs adds the subcommands' names for `mxkeys help`, which the generator leaves out: one
        // line in bash and fish, a list in zsh. Without them, the file is the generator's output.
        let names = try CLI.run("manual-sections", "--subcommands").out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(names.hasPrefix("canonical keygen pubkey sign verify"))
        var lines = committed.components(separatedBy: "\n")
        let added: Int
        switch shell {
        case "bash": added = lines.firstIndex { $0.hasSuffix("__mxkeys_add_completions -W \"$(printf '%s\\n' \(names))\"") } ?? -1
        case "fish": added = lines.firstIndex { $0.hasSuffix("-fa '\(names)'") } ?? -1
        default:
            added = -1
            lines = lines.map { $0.replacingOccurrences(of: "'*:subcommands:(\(names))'", with: "'*:subcommands:'") }
            #expect(committed.contains("'*:subcommands:(\(names))'"))
        }
        if shell != "zsh" {
            #expect(added >= 0, "completions/\(file) lacks the subcommands for mxkeys help")
            if added >= 0 { lines.remove(at: added) }
        }
        #expect(
            lines.joined(separator: "\n") == result.out,
            "completions/\(file) is out of date: run `make docs` and commit the result")
    }

    @Test("the README's usage names every command and each of its options")
    func readmeUsage() throws {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "## Usage\n\n```\n").dropFirst().first?.components(separatedBy: "```").first)
        // Each command's lines: those that start with it, and the indented ones that follow them.
        // An indented `NAME: …` line defines what `[NAME]` in a usage line stands for.
        var usage: [String: String] = [:]
        var macros: [String: String] = [:]
        var current = ""
        for line in block.split(separator: "\n").map(String.init) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.count < line.count, let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy(\.isUppercase) {
                macros["[" + trimmed[..<colon] + "]"] = String(trimmed[trimmed.index(after: colon)...])
                continue
            }
            if line.hasPrefix("mxkeys ") {
                let words = line.split(separator: " ").map(String.init).prefix { $0.first.map { $0.isLowercase || $0.isNumber } == true }
                current = words.joined(separator: " ")
            }
            usage[current, default: ""] += line + "\n"
        }
        // Options the text under the block explains for every command that has them.
        let common: Set = ["--version", "--help", "--force", "--recovery-key-file", "--keystore-passphrase-file", "--passphrase-file"]
        let help = try CLI.run("--experimental-dump-help")
        let root = try #require(try JSONSerialization.jsonObject(with: help.stdout) as? [String: Any])
        var commands = 0
        func walk(_ command: [String: Any], _ path: String) {
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter {
                $0["shouldDisplay"] as? Bool != false && $0["commandName"] as? String != "help"
            }
            guard subcommands.isEmpty else {
                for sub in subcommands { walk(sub, path + " " + (sub["commandName"] as? String ?? "")) }
                return
            }
            commands += 1
            guard var lines = usage[path] else {
                Issue.record("README usage lacks \(path)")
                return
            }
            // A macro stands for its text where it is used, optional (`[TOKEN]`) or required (`XKEY`).
            let words = Set(lines.split { !$0.isLetter && !$0.isNumber }.map { "[" + $0 + "]" })
            for (macro, text) in macros where words.contains(macro) { lines += text }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }
                guard let name = names.first?["name"] as? String, !common.contains("--" + name) else { continue }
                #expect(lines.contains("--" + name), "README usage of \(path) lacks --\(name)")
            }
        }
        walk(try #require(root["command"] as? [String: Any]), "mxkeys")
        #expect(commands >= 40)
    }

    @Test("the man page documents every subcommand the tool has")
    func manPage() throws {
        let page = try String(contentsOf: CLI.repository.appendingPathComponent("man/mxkeys.1"), encoding: .utf8)
        #expect(page.contains(".Nm mxkeys"))
        let help = try CLI.run("--experimental-dump-help")
        #expect(help.status == 0)
        let info = try #require(try JSONSerialization.jsonObject(with: help.stdout) as? [String: Any])
        let command = try #require(info["command"] as? [String: Any])
        let subcommands = (command["subcommands"] as? [[String: Any]]) ?? []
        for sub in subcommands {
            let name = try #require(sub["commandName"] as? String)
            if name == "help" || sub["shouldDisplay"] as? Bool == false { continue }
            #expect(page.contains(name), "man/mxkeys.1 lacks \(name): run `make docs`")
        }
    }

    @Test("the man page has no mandoc or groff warning, and no help text holds a character the generator drops")
    func manPageLint() throws {
        let page = CLI.repository.appendingPathComponent("man/mxkeys.1").path
        let mandoc = try Tool.run("/usr/bin/mandoc", ["-T", "lint", "-W", "warning", page])
        #expect(mandoc.output == "", "mandoc -T lint: \(mandoc.output)")
        let groff = try Tool.run("/usr/bin/groff", ["-ww", "-mandoc", "-z", page])
        #expect(groff.output == "", "groff -ww: \(groff.output)")
        // The generator keeps ASCII only: "1–5" became "15" in the page. Every help text is ASCII.
        let help = try CLI.run("--experimental-dump-help").out
        let dropped = help.split(separator: "\n").filter { line in line.unicodeScalars.contains { !$0.isASCII } || line.contains("\\u") }
        #expect(dropped == [])
    }

    @Test("every MXKEYS_ variable the sources read is in the man page's ENVIRONMENT, and the page has FILES, EXIT STATUS and EXAMPLES")
    func environmentDocumented() throws {
        let page = try String(contentsOf: CLI.repository.appendingPathComponent("man/mxkeys.1"), encoding: .utf8)
        var read: Set<String> = []
        let sources = CLI.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" && file.lastPathComponent != "ManualSections.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "\"MXKEYS_") {
                let name = rest[rest.index(after: start.lowerBound)...].prefix { $0.isUppercase || $0 == "_" }
                read.insert(String(name))
                rest = rest[start.upperBound...]
            }
        }
        #expect(read.contains("MXKEYS_RECOVERY_KEY") && read.contains("MXKEYS_HOME"))
        for name in read.sorted() { #expect(page.contains(".It Ev \(name)\n"), "\(name) is read but not in the man page's ENVIRONMENT") }
        for section in [".Sh ENVIRONMENT", ".Sh FILES", ".Sh EXIT STATUS", ".Sh EXAMPLES"] { #expect(page.contains(section + "\n")) }
        #expect(!page.contains("manual-sections"))
    }

    @Test("bash completes keystore entry names (keystore export|passwd|remove, and keystore: after --key) and subcommands after help")
    func completionsComplete() throws {
        let dir = try TempDirectory()
        let store = dir.path("store")
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        for name in ["alpha", "beta"] { FileManager.default.createFile(atPath: "\(store)/\(name).json", contents: Data()) }
        let script = CLI.repository.appendingPathComponent("completions/mxkeys.bash").path
        func complete(_ words: [String]) throws -> [String] {
            let line = ([CLI.binary.path] + words).joined(separator: " ")
            let quoted = ([CLI.binary.path] + words).map { "'\($0)'" }.joined(separator: " ")
            let program = """
                source '\(script)'
                COMPREPLY=(); COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _mxkeys '\(CLI.binary.path)' '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", program]
            process.environment = ["MXKEYS_HOME": store, "PATH": "/usr/bin:/bin"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return out.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["keystore", "export", ""]) == ["alpha", "beta"])
        #expect(try complete(["keystore", "remove", "b"]) == ["beta"])
        #expect(try complete(["keystore", "passwd", "a"]) == ["alpha"])
        #expect(try complete(["sign", "--key", "keystore:"]) == ["keystore:alpha", "keystore:beta"])
        #expect(try complete(["help", "ev"]) == ["event"])
        #expect(try complete(["help", "s"]) == ["sign", "server-keys", "ssss", "session-export"])
    }
}
