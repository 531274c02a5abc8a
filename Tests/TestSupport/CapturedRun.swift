import Foundation

/// Runs a program for a test, feeding its standard input and capturing what it prints; a hang is
/// killed after a timeout so that it fails the test instead of stalling the suite.
public enum CapturedRun {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: Data
    }

    /// The program did not finish in time; it was killed.
    public struct TimedOut: Error {}

    /// A child that exits without reading its standard input must not kill the test process with SIGPIPE.
    private static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// `executable arguments`, in `directory`, with the test's environment less every variable whose
    /// name starts with one of `clearing`, plus `environment`.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data, environment: [String: String],
        clearing prefixes: [String], directory: URL?, timeout: TimeInterval
    ) throws -> Output {
        _ = ignoreSIGPIPE
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where prefixes.contains(where: { key.hasPrefix($0) }) { env[key] = nil }
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
            throw TimedOut()
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: outData, stderr: errData)
    }
}
