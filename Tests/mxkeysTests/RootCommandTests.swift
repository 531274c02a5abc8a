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

    @Test("an unknown subcommand is a usage error with exit code 64 from the argument parser")
    func unknown() throws {
        let result = try CLI.run("no-such-command")
        #expect(result.status == 64)
        #expect(result.err == "mxkeys: Unexpected argument 'no-such-command'\nUsage: mxkeys <subcommand>\n  See 'mxkeys --help' for more information.\n")
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
