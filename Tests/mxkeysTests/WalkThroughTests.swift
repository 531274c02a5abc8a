import Foundation
import Testing

/// The README's walk-throughs, run exactly as written, one command line at a time, in a temporary copy
/// of examples/ with the built mxkeys first on PATH. The steps that need the network (the fetch
/// commands) or a homeserver's own config are skipped; `make integration` runs the fetches against real
/// servers. The secrets a user would type at a prompt come from the environment.
@Suite("the README's walk-throughs")
struct WalkThroughTests {
    /// The command lines of the README's walk-throughs, in order.
    static func commands() throws -> [String] {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- examples: made by make docs from Sources/mxkeys/Docs/ManualSections.swift -->\n"))
        let end = try #require(readme.range(of: "<!-- end of examples -->"))
        var commands: [String] = []
        var inBlock = false
        for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```sh" { inBlock = true } else if line == "```" { inBlock = false } else if inBlock { commands.append(String(line)) }
        }
        return commands
    }

    /// What a step needs that the test machine does not have, or nil to run it.
    static func skipReason(_ command: String) -> String? {
        for network in [" fetch ", "keys query ", "keys upload-signatures ", "cross-signing upload "] where command.contains(network) {
            return "network"
        }
        if command.contains("/etc/matrix-synapse/") { return "a homeserver's config" }
        return nil
    }

    /// The files a step writes (`> FILE`, `--output FILE`): a later step that reads one that a skipped
    /// step would have made (not one the sample holds) is skipped too.
    static func outputs(_ command: String) -> Set<String> {
        let words = command.split(separator: " ").map(String.init)
        return Set(zip(words, words.dropFirst()).filter { $0.0 == ">" || $0.0 == "--output" }.map(\.1))
    }

    /// The steps whose exit code is 1 on the sample, as the README says: its room and key responses hold
    /// events and a response damaged on purpose.
    static let negativeOnSample: Set = [
        "mxkeys event verify --room-version 11 --server-keys keys/ --fetched-at 2023-11-14T22:13:20Z room.jsonl",
        "mxkeys event verify --room-version 11 --server-keys keys/ room.jsonl",
        "mxkeys server-keys verify --at now keys/",
        "mxkeys devices verify --require-cross-signed keys.json",
    ]

    @Test("every walk-through step runs in a copy of examples/, with the exit code it should have, and leaves what it says")
    func walkThroughs() throws {
        let dir = try TempDirectory()
        let examples = CLI.repository.appendingPathComponent("examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: dir.url.appendingPathComponent(name))
        }
        // A checkout leaves secret files readable by others (mxkeys would warn, as it should); a user's are not.
        chmod(dir.path("security-key.txt"), 0o600)
        let home = dir.path("keystore")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let environment = [
            "PATH": CLI.binary.deletingLastPathComponent().path + ":/usr/bin:/bin",
            "MXKEYS_HOME": home,
            "MXKEYS_PASSPHRASE": "correct horse battery staple",
            "MXKEYS_EXPORT_PASSPHRASE": "an export passphrase",
            "MXKEYS_KEYSTORE_PASSPHRASE": "a keystore passphrase",
        ]
        let commands = try Self.commands()
        #expect(commands.count >= 15)
        var ran = 0
        var unmade: Set<String> = []
        for command in commands {
            let reads = Set(command.split(separator: " ").map(String.init))
            if Self.skipReason(command) != nil || !reads.isDisjoint(with: unmade) {
                // What the sample already holds is there whether or not the step ran.
                unmade.formUnion(Self.outputs(command).filter { !FileManager.default.fileExists(atPath: dir.path($0)) })
                continue
            }
            let result = try Tool.runShell(command, directory: dir.url, environment: environment)
            let expected: Int32 = Self.negativeOnSample.contains(command) ? 1 : 0
            #expect(result.status == expected, "\(command): exit \(result.status): \(result.stderr)")
            #expect(!result.stderr.contains("mxkeys:"), "\(command): \(result.stderr)")
            ran += 1
        }
        #expect(ran >= 12)
        // What the steps made: a signature that verified, a signed event appended, the sessions opened
        // (both of the backup's), an export file, the Security Key back from the Security Phrase.
        #expect(try dir.read("room.jsonl").split(separator: "\n").count == 293)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(try dir.read("sessions.json").utf8)) as? [[String: Any]])
        #expect(sessions.count == 2)
        #expect(try dir.read("keys.txt").hasPrefix("-----BEGIN MEGOLM SESSION DATA-----\n"))
        // The new device signed with the self-signing key from secret storage, and only it.
        let signatures = try #require(try JSONSerialization.jsonObject(with: Data(try dir.read("signatures.json").utf8)) as? [String: [String: Any]])
        #expect(signatures.keys.sorted() == ["@alice:example.org"])
        #expect(signatures["@alice:example.org"]?.keys.sorted() == ["ALICE2"])
        let upload = try #require(try JSONSerialization.jsonObject(with: Data(try dir.read("device-signing.json").utf8)) as? [String: Any])
        #expect(upload.keys.sorted() == ["master_key", "self_signing_key", "user_signing_key"])
        let phrase = try Tool.runShell("mxkeys ssss passphrase --key-description account-data.json", directory: dir.url, environment: environment)
        #expect(phrase.stdout == (try dir.read("security-key.txt")))
    }
}

extension Tool {
    /// `sh -c command` in `directory`, with exactly `environment`; its status, standard output and error.
    static func runShell(_ command: String, directory: URL, environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard error is small; standard output is read to its end first, then standard error.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
