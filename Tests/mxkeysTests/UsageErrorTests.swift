import Foundation
import Testing

/// Usage errors: one line `mxkeys: …` and at most one `see 'mxkeys X --help'` line, exit 64; a mistyped
/// command or option named with the nearest correct one; every value wrong on the command line exit 64.
@Suite("usage errors")
struct UsageErrorTests {
    @Test("a mistyped command is named, with the nearest one: not blamed on the arguments after it")
    func mistypedCommand() throws {
        let top = try CLI.run("verfy", "x.json")
        #expect(top.status == 64)
        #expect(top.err == "mxkeys: unknown command 'verfy': did you mean 'verify'?\nsee 'mxkeys --help'\n")
        #expect(top.out == "")
        let sub = try CLI.run("event", "verfiy", "--room-version", "11", "room.jsonl")
        #expect(sub.status == 64)
        #expect(sub.err == "mxkeys: unknown command 'verfiy' of 'mxkeys event': did you mean 'verify'?\nsee 'mxkeys event --help'\n")
        let far = try CLI.run("no-such-command")
        #expect(far.status == 64)
        #expect(far.err == "mxkeys: unknown command 'no-such-command'\nsee 'mxkeys --help'\n")
    }

    @Test("a mistyped option is named, with the nearest one, before anything is said of missing options")
    func mistypedOption() throws {
        let result = try CLI.run("event", "verify", "--room-verison", "11", "--server-keys", "keys/", "room.jsonl")
        #expect(result.status == 64)
        #expect(result.err == "mxkeys: unknown option '--room-verison': did you mean '--room-version'?\nsee 'mxkeys event verify --help'\n")
        let equals = try CLI.run("sign", "--sever=example.org", "--key", "k", "x.json")
        #expect(equals.status == 64)
        #expect(equals.err == "mxkeys: unknown option '--sever': did you mean '--server'?\nsee 'mxkeys sign --help'\n")
        // An option's value is not taken for an option, and a known one passes to the parser.
        let value = try CLI.run("canonical", "--check", "--", "--not-an-option")
        #expect(value.status == 2)
        #expect(value.err.hasPrefix("mxkeys: --not-an-option: "))
    }

    @Test("help with an unknown topic is a usage error with a suggestion; a known one prints the help")
    func helpTopic() throws {
        let unknown = try CLI.run("help", "verfy")
        #expect(unknown.status == 64)
        #expect(unknown.err == "mxkeys: no help topic 'verfy': did you mean 'verify'?\nsee 'mxkeys --help'\n")
        #expect(unknown.out == "")
        let nested = try CLI.run("help", "event", "inspekt")
        #expect(nested.status == 64)
        #expect(nested.err == "mxkeys: no help topic 'event inspekt': did you mean 'inspect'?\nsee 'mxkeys event --help'\n")
        let known = try CLI.run("help", "event", "inspect")
        #expect(known.status == 0)
        #expect(known.out.hasPrefix("OVERVIEW: Explain an event"))
    }

    @Test("argument-parser's own errors are one lower-case line and a pointer to the command's help")
    func parserErrors() throws {
        let missing = try CLI.run("sign", "--key", "k.key", "x.json")
        #expect(missing.status == 64)
        #expect(missing.err == "mxkeys: missing expected argument '--server <name>'\nsee 'mxkeys sign --help'\n")
        let validation = try CLI.run("event", "verify", "--room-version", "11", "--jobs", "0", "--server-keys", "keys", "x")
        #expect(validation.status == 64)
        #expect(validation.err == "mxkeys: --jobs must be between 1 and 256\nsee 'mxkeys event verify --help'\n")
    }

    @Test("every value wrong on the command line is exit 64: a room version, a public key, a key version")
    func badValues() throws {
        let dir = try TempDirectory()
        let event = try dir.write("event.json", "{}")
        let version = try CLI.run("event", "id", "--room-version", "13", event)
        #expect(version.status == 64)
        #expect(version.err == "mxkeys: unknown room version \"13\" (known: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) (--room-version)\n")
        let key = try CLI.run("event", "verify", "--room-version", "11", "--public-key", "example.org:ed25519:a=AAAA", event)
        #expect(key.status == 64)
        #expect(key.err.hasPrefix("mxkeys: ") && key.err.hasSuffix(" (--public-key)\n"))
        let keyVersion = try CLI.run("keygen", "--key-version", "a b")
        #expect(keyVersion.status == 64)
    }

    @Test("a suggestion needs a near name: the nearest by edits, transpositions counting as one")
    func distance() throws {
        let far = try CLI.run("event", "verify", "--zzzzzzzz", "1")
        #expect(far.err == "mxkeys: unknown option '--zzzzzzzz'\nsee 'mxkeys event verify --help'\n")
        let group = try CLI.run("sever-keys", "verify")
        #expect(group.err == "mxkeys: unknown command 'sever-keys': did you mean 'server-keys'?\nsee 'mxkeys --help'\n")
    }

    @Test("the README, the man page and --help state the same exit-code rule, and the README's command texts follow it")
    func oneRule() throws {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let page = try String(contentsOf: CLI.repository.appendingPathComponent("man/mxkeys.1"), encoding: .utf8)
        // (--help wraps at the terminal's width: its lines are joined here.)
        let help = try CLI.run("--help").out.replacingOccurrences(of: "\n", with: " ")
        #expect(readme.contains("One rule decides: 64 for what is wrong on the command line, 2 for input data that cannot be used"))
        #expect(page.contains("One rule decides: 64 for what is wrong on the command line, 2 for input data that cannot be used and a missing secret, 1 for a negative verdict."))
        #expect(help.contains("64 anything wrong on the command line"))
        for code in ["0", "1", "2", "64"] {
            #expect(readme.contains("\n| \(code) | "), "README lacks exit code \(code)")
            #expect(page.contains("\n.It \(code)\n"), "man page lacks exit code \(code)")
        }
        // recovery-key decode: a mistyped key is unusable input, exit 2, in the README as in the tool.
        #expect(readme.contains("a failed parity check) and exits 2."))
        let decoded = try CLI.run(["recovery-key", "decode"], stdin: Data("EsTc 0W2K".utf8))
        #expect(decoded.status == 2)
    }
}
