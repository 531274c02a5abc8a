import Foundation
import Testing
import TestSupport

/// Runs the built `mxkeys` binary, as a user would, and captures what it prints.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    struct TimedOut: Error, CustomStringConvertible {
        let arguments: [String]
        var description: String { "mxkeys \(arguments.joined(separator: " ")) did not finish in time (a hang)" }
    }

    /// The repository root, from this file's location.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the test bundle (or `MXKEYS_BINARY`).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["MXKEYS_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent == "MacOS" || directory.pathExtension == "xctest" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("mxkeys")
    }()

    /// Runs mxkeys with `arguments`, feeding `stdin`, with the test's environment less its MXKEYS_
    /// variables; a run longer than `timeout` seconds is killed and fails the test.
    static func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil, timeout: TimeInterval = 60
    ) throws -> Result {
        do {
            let output = try CapturedRun.run(binary, arguments, stdin: stdin, environment: environment,
                                             clearing: ["MXKEYS_"], directory: directory, timeout: timeout)
            return Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
        } catch is CapturedRun.TimedOut {
            throw TimedOut(arguments: arguments)
        }
    }

    static func run(_ arguments: String..., stdin: String = "") throws -> Result {
        try run(arguments, stdin: Data(stdin.utf8))
    }
}
