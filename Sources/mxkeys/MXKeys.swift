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
            Exit codes: 0 success (or a positive verdict); 1 a negative verdict (a signature that does not \
            verify, a wrong key, a rejected event); 2 unusable input data (unparseable JSON, a bad key file, \
            a wrong length, an unreadable file) or a missing secret; 64 anything wrong on the command line \
            (an unknown command or option, a missing option or argument, a value that is not what the \
            option takes, such as an unknown room version or a malformed key). Errors are one line on \
            standard error: "mxkeys: <what is wrong> (<where>)"; a usage error may add one line, "see \
            'mxkeys COMMAND --help'". Warnings are one line starting "mxkeys: warning:".

            Every write to standard output, and its close at the end, is checked: a failure (a full disk, \
            /dev/full, a closed descriptor, a reader that has gone: SIGPIPE is ignored) is "mxkeys: standard \
            output: <reason>" and exit 2.

            Files: the keystore is $MXKEYS_HOME, else $XDG_DATA_HOME/mxkeys, else ~/.local/share/mxkeys: one \
            NAME.json per entry (mode 0600) and a .lock file. The directory must belong to the user and not \
            be writable by group or others; each directory above it must belong to the user or root and may \
            be writable by others only if sticky (/tmp); entries and the lock must be regular files of the \
            user's that group and others cannot open, and symbolic links there are never followed. \
            Otherwise the keystore is refused (exit 2). Files written with --output, and keystore entries, \
            get mode 0600: the bytes go to an unnamed temporary file (O_TMPFILE) in the same directory, are \
            flushed to disk, and only then linked into place, so that an interrupted or killed run leaves \
            nothing. An existing file is replaced only with --force and only if it is a regular file: a \
            device, a FIFO, a directory or a symbolic link is refused. --output - is standard output. Where \
            the file system has no O_TMPFILE, a temporary file named .mxkeys-tmp-XXXXXXXXXXXX is used, and \
            removed on SIGINT, SIGTERM, SIGHUP and SIGQUIT; with --force the finished file also has such a \
            name between being linked and being renamed over the old one, a moment in which only SIGKILL \
            could leave it behind.

            Security: secrets (private keys, recovery keys, passphrases) are never taken from the command \
            line: they come from files, environment variables, standard input or a no-echo prompt. Before \
            anything is read, mxkeys makes itself non-dumpable (no core file, no ptrace or /proc/PID/mem \
            access by other processes of the user) and sets its core size limit to 0. An interrupted \
            passphrase prompt (SIGINT, SIGTERM, SIGHUP, SIGQUIT) turns the terminal's echo back on. Key, \
            recovery key and passphrase files that group or others can open are used with a warning that \
            names the file and its mode. Commands that change the keystore hold its lock from reading an \
            entry to replacing it, and wait for another mxkeys process's lock at most --lock-timeout seconds \
            (default 30), saying so after a second.

            Fetching: server-keys fetch, event fetch, backup fetch, backup upload and ssss fetch are the \
            only commands that use the network; every other command, verification included, works offline \
            on what they saved. TLS certificates are verified against the system's trust store, plus a \
            private CA with --ca-file; there is no way to turn verification off. Every request has a \
            connect timeout (--connect-timeout, default 10 s) and a total timeout (--timeout, default \
            60 s), and every answer a size limit (1 MiB for a key response, 64 KiB for a well-known \
            lookup, which follows at most 5 redirects, 64 MiB for events and backups). A failure is one \
            line naming the step (DNS, connect, TLS, timeout, HTTP status, not JSON, wrong server_name, bad \
            signature) and exit 2. A saved key response is the answer as received with \
            "unsigned":{"fetched_at":MS,"fetched_from":"URL"} inserted after its opening brace: signing \
            ignores unsigned, so the file still verifies with any signed-JSON tool, and mxkeys uses \
            fetched_at as the response's fetch time (--fetched-at overrides it). The access token of the \
            client API commands comes from --access-token-file, MXKEYS_ACCESS_TOKEN or a prompt that does \
            not echo; it is never taken from the command line, printed, saved, or shown in an error.

            Limits, so that no input can exhaust memory or time: JSON nested deeper than \(JSONParser.maxDepth) \
            levels is rejected; a document read whole (an event, a key response, a backup, an export \
            file) may be up to \(AtomicFile.maxDocumentLength >> 20) MiB; key, recovery key and passphrase \
            files, and secrets on standard input, up to \(AtomicFile.maxSecretFileLength >> 20) MiB; JSON \
            lines and the elements of a JSON array of events up to \(JSONItemReader.maxItemLength >> 20) MiB \
            each, read in bounded memory (a longer line stops the reading); an export file may ask for at \
            most \(SessionExportFile.maximumRounds) PBKDF2 rounds, an m.pbkdf2 key description for at most \
            \(PassphraseInfo.maximumIterations) iterations and \(PassphraseInfo.maximumBits) bits, and a \
            keystore entry for at most Argon2id t=\(KeystoreEntry.maximumParameters.timeCost), \
            m=\(KeystoreEntry.maximumParameters.memoryKiB >> 20) GiB, p=\(KeystoreEntry.maximumParameters.parallelism) \
            (more is refused before any work is done).
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
