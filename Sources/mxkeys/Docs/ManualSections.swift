import ArgumentParser
import MatrixKeys

/// The man page's ENVIRONMENT, FILES, EXIT STATUS and EXAMPLES sections (after those of `ManualSection`),
/// and the README's examples, written from the values the tool itself uses, so that they cannot drift:
/// `make docs` puts them in (scripts/docs.sh), and `make test` checks that every MXKEYS_ variable the
/// sources read is listed here.
enum ManualSections {
    /// Every environment variable mxkeys reads, with what it holds.
    static let environment: [(name: String, text: String)] = [
        ("MXKEYS_RECOVERY_KEY", "A recovery key (Security Key), where --recovery-key-file is not given."),
        ("MXKEYS_PASSPHRASE", "A secret storage passphrase (Security Phrase), where --passphrase-file (or --ssss-passphrase-file) is not given."),
        ("MXKEYS_EXPORT_PASSPHRASE", "The passphrase of a session export file, where --passphrase-file is not given."),
        ("MXKEYS_KEYSTORE_PASSPHRASE", "The passphrase of a keystore entry, where --passphrase-file or --keystore-passphrase-file is not given."),
        ("MXKEYS_KEYSTORE_NEW_PASSPHRASE", "The new passphrase for keystore passwd, where --new-passphrase-file is not given."),
        ("MXKEYS_ACCESS_TOKEN", "A client access token for backup fetch, backup upload, ssss fetch, keys query, keys upload-signatures and cross-signing upload, where --access-token-file is not given (else they prompt, without echo)."),
        ("MXKEYS_PASSWORD", "The account's password for cross-signing upload, when the server asks for it and --password-file is not given (else it prompts, without echo)."),
        ("MXKEYS_HOME", "The keystore's directory."),
        ("XDG_DATA_HOME", "Without MXKEYS_HOME, the keystore is $XDG_DATA_HOME/mxkeys."),
        ("HOME", "Without either, the keystore is ~/.local/share/mxkeys."),
        ("PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSFILE, PGSERVICE, PGSSLMODE", "And the other variables of libpq, for a PostgreSQL database given with --synapse-db, exactly as psql reads them."),
        ("https_proxy, HTTPS_PROXY", "The commands that fetch (server-keys fetch, event fetch, backup fetch, backup upload, ssss fetch) go through this proxy, as curl does: http://[user:password@]host:port, the TLS tunnelled with CONNECT, so the certificate is still checked against the server's name. A plain-HTTP --homeserver on loopback uses http_proxy instead (lower case only). ALL_PROXY applies when neither is set."),
        ("NO_PROXY, no_proxy", "Hosts reached without the proxy: a comma-separated list of names (a name covers its subdomains), IP addresses or CIDR ranges, or * for all. It is matched against the name in the request's URL, which is the name the certificate must be valid for (a delegated or SRV target's connection address is not matched)."),
        ("SSL_CERT_FILE", "A PEM bundle of certificate authorities that replaces the system's (/etc/ssl/certs/ca-certificates.crt), as for OpenSSL's tools; --ca-file adds to whichever is used."),
    ]

    static let files: [(path: String, text: String)] = [
        ("$MXKEYS_HOME, $XDG_DATA_HOME/mxkeys or ~/.local/share/mxkeys",
         "The keystore: a directory of mode 0700 owned by the user, with one file per entry, NAME.json, of mode 0600 (Argon2id parameters, the public part in the clear, the secret sealed with XChaCha20-Poly1305), and .lock, which commands that change the keystore hold while they do. The directory must belong to the user and not be writable by group or others; each directory above it must belong to the user or root and may be writable by others only if sticky (/tmp); entries and the lock must be regular files of the user's that group and others cannot open, and symbolic links there are never followed. Otherwise the keystore is refused (exit 2)."),
        ("DATABASE-wal, DATABASE-shm beside an SQLite database",
         "mxkeys only reads a database (read-only, with query_only). A database in WAL mode that no process has open (no lock on its -shm file) and whose -wal file is missing or empty holds every commit in its main file: it is read as immutable, which takes no lock and creates nothing, so a stopped database is left exactly as it was, and a user who may read it but not write its directory can read it. Any other is read as every SQLite reader reads it, through its -wal file, with the shared index DATABASE-shm (32 KiB), which SQLite creates when it is missing; a reader cannot fold the -wal file back into the database, so both files may remain beside a stopped database after the run. They are SQLite's own, opened the same way by Synapse, which checkpoints and reuses them: harmless. Where the -wal file holds commits and the -shm file cannot be created or opened (a read-only mount, another user's directory), mxkeys says so in one line and reads nothing, rather than read the database without those commits: run as the database's owner, or copy the database with its -wal file. An immutable read does not see a server started during the run: let a run on a stopped database finish before starting the server."),
        ("--output files",
         "Written whole or not at all: the bytes go to an unnamed temporary file (O_TMPFILE) in the same directory, are flushed to disk, and only then linked into place, so that an interrupted or killed run leaves nothing. Files written with --output, and keystore entries, get mode 0600. An existing file is replaced only with --force, and only when it is a regular file: a device, a FIFO, a directory or a symbolic link is refused. --output - is standard output. Where the file system has no O_TMPFILE, a temporary file named .mxkeys-tmp-XXXXXXXXXXXX is used, and removed on SIGINT, SIGTERM, SIGHUP and SIGQUIT; with --force the finished file also has such a name between being linked and being renamed over the old one, a moment in which only SIGKILL could leave it behind."),
    ]

    static let exitStatus: [(code: Int32, text: String)] = [
        (0, "Success, or a positive verdict (every event valid, the key matches, the signature verifies)."),
        (ExitStatus.negative, "A negative verdict: a signature that does not verify, a wrong key or passphrase, a redacted or rejected event, a failed check, a line of a stream that could not be read."),
        (ExitStatus.badInput, "Unusable input: unparseable JSON, a bad key file, a wrong length, an unreadable file, a mistyped recovery key, no usable key, input of which the first 1000 items are none of them events; a missing secret; a failed fetch or database; a failed write to standard output; a refused keystore, or a lock wait that timed out."),
        (ExitStatus.usage, "Anything wrong on the command line: an unknown command or option (named with the nearest one), help of an unknown topic, a missing option or argument, a value that is not of the kind the option takes (an unknown room version, a malformed key or time, --jobs 0, --shard 5/4)."),
    ]

    /// The walk-throughs: what a user does, and the commands, nothing but mxkeys between them. Every file
    /// they read is in examples/ (examples/make-sample.sh makes them); a test runs them there, as
    /// written, but for the steps that need the network or a homeserver.
    static let examples: [(text: String, commands: [String])] = [
        ("Verify a room's events against the servers' saved key responses, fetched when the room began:",
         ["mxkeys event verify --room-version 11 --server-keys keys/ --fetched-at 2023-11-14T22:13:20Z room.jsonl"]),
        ("Verify every event a Synapse homeserver stored, with the keys it fetched:",
         ["mxkeys event verify --synapse-config /etc/matrix-synapse/homeserver.yaml"]),
        ("Verify beside a running Synapse without competing with it for CPU (the reads hold no lock longer than a batch; what the server feels is CPU), in short transactions so that VACUUM is not held back:",
         ["nice -n 19 mxkeys event verify --jobs 1 --quiet --synapse-config /etc/matrix-synapse/homeserver.yaml"]),
        ("Fetch a server's keys, directly and through a notary, then verify a room's events with them later, offline:",
         ["mxkeys server-keys fetch --notary matrix.org --output-dir keys/ example.org",
          "mxkeys event verify --room-version 11 --server-keys keys/ room.jsonl"]),
        ("Check saved key responses, and whether each key is valid now:",
         ["mxkeys server-keys verify --at now keys/"]),
        ("Make a server signing key, sign a JSON object with it, and verify the signature:",
         ["mxkeys keygen --output signing.key",
          "mxkeys sign --server example.org --key signing.key object.json > signed.json",
          "mxkeys verify --server example.org --public-key \"$(mxkeys pubkey --key signing.key)\" signed.json"]),
        ("Sign events one by one into a JSON-lines file that event verify reads:",
         ["mxkeys event sign --room-version 11 --server example.org --key signing.key event.json >> room.jsonl"]),
        ("Open a key backup with the Security Key, through secret storage, into a file a client imports:",
         ["mxkeys backup export --account-data account-data.json --recovery-key-file security-key.txt --auth-data version.json --output keys.txt backup.json"]),
        ("Fetch a key backup and the account data that holds its key, and open it with the Security Key:",
         ["mxkeys backup fetch --user-id @alice:example.org --output backup.json",
          "mxkeys ssss fetch --user-id @alice:example.org --output account-data.json",
          "mxkeys backup decrypt --account-data account-data.json --recovery-key-file security-key.txt --output sessions.json backup.json"]),
        ("Turn a Security Phrase into the Security Key, with the key description alone or the whole account data:",
         ["mxkeys ssss passphrase --key-description key.json",
          "mxkeys ssss passphrase --key-description account-data.json"]),
        ("Keep a signing key in the keystore and publish the server's keys with it:",
         ["mxkeys keystore import srv --kind signing-key signing.key",
          "mxkeys server-keys publish --server example.org --key keystore:srv"]),
        ("Find the devices that are not cross-signed, in a saved /keys/query response (exit 1 if any):",
         ["mxkeys devices verify --require-cross-signed keys.json"]),
        ("Sign my new device from my Security Key: check my devices in a saved /keys/query response of my own user, then sign those that are not cross-signed with the self-signing key in secret storage (account-data.json, as ssss fetch saves it, opened with the Security Key in security-key.txt), into a /keys/signatures/upload body:",
         ["mxkeys devices verify --user-id @alice:example.org keys.json",
          "mxkeys cross-signing sign-device --keys keys.json --account-data account-data.json --recovery-key-file security-key.txt > signatures.json"]),
        ("Find the devices that are not cross-signed on my server: audit every user's devices in the Synapse database (read-only; users of other servers are counted apart), then list the devices that clients following MSC4153 will stop sending keys to:",
         ["mxkeys devices verify --synapse-config /etc/matrix-synapse/homeserver.yaml --json > audit.jsonl",
          "grep '\"verdict\":\"not-cross-signed\"' audit.jsonl"]),
        ("Sign my new device from my Security Key and upload the signature, then check that the server shows it cross-signed:",
         ["mxkeys keys query --user-id @alice:example.org --output keys.json",
          "mxkeys cross-signing sign-device --keys keys.json --account-data account-data.json --recovery-key-file security-key.txt > signatures.json",
          "mxkeys keys upload-signatures --user-id @alice:example.org signatures.json",
          "mxkeys keys query --user-id @alice:example.org --output keys.json --force && mxkeys devices verify --require-cross-signed keys.json"]),
        ("Make a user's cross-signing keys into the keystore, and check the upload body:",
         ["mxkeys cross-signing new --user-id @bot:example.org --name bot > device-signing.json",
          "mxkeys devices verify device-signing.json",
          "mxkeys cross-signing upload --user-id @bot:example.org --password-file bot-password.txt device-signing.json"]),
    ]

    /// The sections in mdoc: `ManualSection`'s, then these four.
    static var mdoc: String {
        var lines: [String] = [ManualSection.mdoc]
        lines.append(".Sh ENVIRONMENT")
        lines.append(".Bl -tag -width 6n")
        for (name, text) in environment { lines += [".It Ev \(name)", text] }
        lines.append(".El")
        lines.append(".Sh FILES")
        lines.append(".Bl -tag -width 6n")
        for (path, text) in files { lines += [".It Pa \(path)", text] }
        lines.append(".El")
        lines.append(".Sh EXIT STATUS")
        lines.append(".Bl -tag -width 6n")
        for (code, text) in exitStatus { lines += [".It \(code)", text] }
        lines.append(".El")
        lines.append(".Pp")
        lines.append("One rule decides: 64 for what is wrong on the command line, 2 for input data that cannot be used and a missing secret, 1 for a negative verdict.")
        lines.append("Every error is one line on standard error, mxkeys: followed by what is wrong and where; a usage error may add one line, see 'mxkeys COMMAND --help'.")
        lines.append("Every warning is one line, mxkeys: warning: followed by what is wrong, and the run goes on.")
        lines.append("Every write to standard output, and its close at the end, is checked: a failure (a full disk, /dev/full, a closed descriptor, a reader that has gone: SIGPIPE is ignored) is mxkeys: standard output: followed by the reason, and exit 2.")
        lines.append(".Sh EXAMPLES")
        for (index, (text, commands)) in examples.enumerated() {
            if index > 0 { lines.append(".Pp") }
            lines.append(text)
            lines.append(".Bd -literal -offset indent")
            // In roff a backslash starts an escape; \e prints one.
            lines += commands.map { "$ " + ManualSection.roff($0) }
            lines.append(".Ed")
        }
        return lines.joined(separator: "\n")
    }

    /// The examples in Markdown, for the README.
    static var markdown: String {
        var lines: [String] = []
        for (text, commands) in examples {
            lines.append(text)
            lines.append("")
            lines.append("```sh")
            lines += commands
            lines.append("```")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// Prints the generated manual sections (hidden: `make docs` uses it).
struct ManualSectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual-sections", abstract: "Print the man page's generated sections.", shouldDisplay: false)

    @Flag(help: "The examples in Markdown, for the README.")
    var markdown = false

    @Flag(help: "The subcommands' names, for completing after help.")
    var subcommands = false

    @Flag(help: "Read --experimental-dump-help's JSON on standard input; print each option's default value.")
    var defaults = false

    func run() throws {
        if subcommands {
            return Output().line(MXKeys.configuration.subcommands.map { $0.configuration }.filter(\.shouldDisplay).compactMap(\.commandName).joined(separator: " "))
        }
        if defaults { return try printDefaults() }
        Output().line(markdown ? ManualSections.markdown : ManualSections.mdoc)
    }

    /// One line per option that has a default value: the command's path (empty for the root), its long
    /// name and the value, separated by tabs. argument-parser's help shows these, its man page does not;
    /// `make docs` adds them there.
    func printDefaults() throws {
        let dump: JSONValue
        do { dump = try JSONParser.parse(try StandardInput.read(for: "the help dump", limit: AtomicFile.maxDocumentLength), mode: .lax) } catch {
            throw Failure("the help dump: \(error)")
        }
        let out = Output()
        func walk(_ command: JSONObject, _ path: [String]) {
            for case .object(let argument) in command["arguments"]?.arrayValue ?? [] {
                guard let value = argument["defaultValue"]?.stringValue else { continue }
                for case .object(let name) in argument["names"]?.arrayValue ?? [] where name["kind"]?.stringValue == "long" {
                    out.write(path.joined(separator: " ") + "\t--" + (name["name"]?.stringValue ?? "") + "\t" + value + "\n")
                }
            }
            for case .object(let subcommand) in command["subcommands"]?.arrayValue ?? [] {
                walk(subcommand, path + [subcommand["commandName"]?.stringValue ?? ""])
            }
        }
        guard case .object(let root) = dump, case .object(let command)? = root["command"] else { throw Failure("the help dump has no command") }
        walk(command, [])
    }
}
