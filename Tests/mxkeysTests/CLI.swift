import Foundation
import Testing

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

    /// Runs mxkeys with `arguments`, feeding `stdin`, and kills it after `timeout` seconds so that a hang
    /// fails the test instead of stalling the suite.
    /// A child that exits without reading its standard input must not kill the test process with SIGPIPE.
    private static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil, timeout: TimeInterval = 60
    ) throws -> Result {
        _ = ignoreSIGPIPE
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("MXKEYS_") { env[key] = nil }
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes concurrently so that a full pipe cannot block the child.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async {
            // EPIPE (the child did not read its input) is expected for commands that read a file.
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            // SIGKILL: the child inherits the test thread's blocked signals, SIGTERM among them.
            kill(process.processIdentifier, SIGKILL)
            throw TimedOut(arguments: arguments)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: errData)
    }

    static func run(_ arguments: String..., stdin: String = "") throws -> Result {
        try run(arguments, stdin: Data(stdin.utf8))
    }
}
