import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

struct MXKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mxkeys",
        abstract: "Matrix keys and signatures, offline: canonical JSON, signing, events, server keys and secrets; and fetching what they need.",
        discussion: """
            Exit codes: 0 success; 1 a negative verdict; 2 unusable input; 64 anything wrong on the command \
            line. \(ManualSection.see("Errors, files, security, the network and limits", .exitStatus, .files, .security, .fetching, .limits))
            """,
        version: MatrixKeys.version,
        subcommands: [
            Canonical.self, Keygen.self, Pubkey.self, Sign.self, Verify.self, Request.self, ServerKeys.self, Event.self, RoomVersions.self, Report.self,
            RecoveryKeyCommand.self, SecretStorageCommand.self, BackupCommand.self, SessionExportCommand.self, KeystoreCommand.self,
            DevicesCommand.self, CrossSigningCommand.self, KeysCommand.self,
            ManualSectionsCommand.self,
        ]
    )
}

@main
enum Entry {
    static func main() {
        StandardInput.holdDescriptor()
        ProcessSafety.harden()
        Heap.tune()
        // Parsing (values, missing options, --help, --version, completion scripts) is argument-parser's.
        // When it fails, a mistyped command or option is named first, with the nearest correct one,
        // rather than what the parser blames on what follows it; the command line is walked only then,
        // so that a run that parses pays nothing for it. `help TOPIC` parses whatever the topic: its
        // topic is checked first (a walk of the command names only).
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help", let usage = UsageError.check(arguments, root: MXKeys.self) { exitUsage(usage) }
        var command: any ParsableCommand
        do { command = try MXKeys.parseAsRoot() } catch {
            if !MXKeys.exitCode(for: error).isSuccess, let usage = UsageError.check(arguments, root: MXKeys.self) { exitUsage(usage) }
            exitParsing(error)
        }
        // Standard input can be read once: two options given - cannot both have it.
        let dashed = StandardInput.optionsGivenDash(Array(CommandLine.arguments.dropFirst()))
        if dashed.count > 1 {
            Stderr.line("mxkeys: standard input can be read once, and \(dashed.joined(separator: " and ")) are \(dashed.count == 2 ? "both" : "all") given -: give files to all but one")
            finish(ExitStatus.badInput)
        }
        do {
            try command.run()
        } catch let failure as Failure {
            Stderr.line("mxkeys: \(failure.message)")
            finish(failure.code)
        } catch is NegativeVerdict {
            finish(ExitStatus.negative)
        } catch let error as any MatrixKeysError {
            // A library error that reached here without context: still one line and exit 2.
            Stderr.line("mxkeys: \(error)")
            finish(ExitStatus.badInput)
        } catch {
            // Help, version and usage errors raised while running belong to argument-parser.
            exitParsing(error)
        }
        finish(0)
    }

    /// Ends the run: standard output is closed and checked first, so that a failure there is exit 2.
    static func finish(_ code: Int32) -> Never {
        StandardOutput.close()
        Glibc.exit(code)
    }

    /// What `MXKeys.exit(withError:)` does, with standard output written (help, a completion script) and
    /// closed through the checked path.
    static func exitParsing(_ error: any Error) -> Never {
        let text = MXKeys.fullMessage(for: error)
        let code = MXKeys.exitCode(for: error)
        guard !text.isEmpty else { finish(code.rawValue) }
        if code.isSuccess {
            Array((text + "\n").utf8).withUnsafeBytes { StandardOutput.write($0) }
            finish(code.rawValue)
        }
        exitUsage(UsageError.from(parserMessage: MXKeys.message(for: error), arguments: Array(CommandLine.arguments.dropFirst()), root: MXKeys.self),
                  code: code.rawValue)
    }

    /// A usage error: one `mxkeys:` line, at most one `see 'mxkeys COMMAND --help'` line, exit 64.
    static func exitUsage(_ error: UsageError, code: Int32 = ExitStatus.usage) -> Never {
        for line in error.lines { Stderr.line(line) }
        finish(code)
    }
}
