import ArgumentParser
import MatrixKeys

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge the reports of event verify runs, and turn them (and device audits) into one HTML page.",
        subcommands: [ReportMergeCommand.self, ReportHTMLCommand.self])
}

struct ReportMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the --json reports of event verify runs over one database into the summary of one run.",
        discussion: """
            Reads the output of event verify --json over a homeserver's database (--synapse-config or \
            --synapse-db), plain or gzip-compressed, line by line in bounded memory, and prints the \
            summary that one run over all their events prints: the table of rooms and the totals, or \
            with --json the summary object, field for field (the time is the sum of the runs' times). \
            It merges the N shards of a run (--shard K/N), and runs over disjoint sets of rooms (--room), \
            each whole or sharded; all must be of the same database, mxkeys version, key ring and \
            options (--since, --until, --fetched-at). Runs over different databases are refused, since \
            two servers hold their own copies of the same rooms' events. Refused as well, with one line \
            and exit 2: a missing shard (named), shards of different splits, a file cut short (no \
            summary, or fewer event lines than it counts), and a stored event in two files. Exit 0 when \
            every event is valid (or censored), 1 when any is redacted or rejected.
            """)

    @Flag(help: "Print the summary object, as event verify --json ends with it.")
    var json = false

    @Argument(help: ArgumentHelp("The reports (event verify --json output; .gz or plain).", valueName: "file"), completion: .file())
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Missing expected argument '<file> ...'") }
    }

    func run() throws {
        let merged: ReportMerge
        do { merged = try ReportMerge(paths: files) } catch { throw Failure(error) }
        let out = Output()
        if json {
            out.write(CanonicalJSON.encode(["summary": .object(merged.summaryJSON)]))
            out.write([0x0A])
        } else {
            let rate = ReportMerge.rate(events: merged.summary.total.events, milliseconds: merged.elapsedMilliseconds)
            EventVerify.printSummary(
                merged.summary, source: merged.database, seconds: Double(merged.elapsedMilliseconds) / 1000, rate: Int(rate), to: out)
        }
        out.flush()
        if !merged.summary.total.isAllValid { throw NegativeVerdict() }
    }
}

struct ReportHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write the --json reports of event verify and devices verify runs as one self-contained HTML page.",
        discussion: """
            Reads the same reports as report merge (and refuses what it refuses), and writes one HTML \
            file that loads nothing from anywhere: its style and script are inline, allowed by a \
            Content-Security-Policy that names their hashes and allows no request. The page shows what \
            was checked (the database, server, when, mxkeys' version, the options, the room versions \
            seen, each key with its source and fetch time), the totals with each verdict in a colour and \
            a word, a sortable table of rooms, per origin server the events it signed, its keys and a \
            time line with one bar per key ID (from when the key was first seen to valid_until_ts, cut \
            by the 7-day cap after its fetch where that applies, or to expired_ts) with the events \
            signed by that key as marks and those not valid standing out, and every event that is not \
            valid with its reasons as event verify words them, filtered by verdict, room and server. \
            Everything from the events is escaped; control and bidi characters are shown by their code point (U+202E). \
            A report printed with --quiet has no event lines, and is refused. event verify --html \
            writes the same page straight from a run.

            The output of devices verify --json (one run, or the N shards of one, each once, of the \
            same source, --as, --user-id and mxkeys version) is told apart by its lines and adds the \
            device audit, below the events or as a page of its own: what was audited (the source, when, \
            as whom), the totals (users, devices, cross-signed, not cross-signed, invalid, findings; \
            local and remote apart), a sortable row per user (the master, self-signing and user-signing \
            keys' verdicts, signed by you, devices, cross-signed devices, the reasons about the keys) and \
            every device that is not cross-signed or is invalid with its reasons as devices verify words \
            them, filtered by verdict and user. Each file must be whole: every user followed by the \
            devices its line counts, and the summary's counts those of the lines. devices verify --html \
            writes the same page straight from a run. A file of neither command's output is refused. \
            Exit 0 when the page is written, 2 for input refused or a file that cannot be written.
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The page to write (- for standard output).", valueName: "file"), completion: .file())
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: ArgumentHelp("The reports (event verify --json or devices verify --json output; .gz or plain).", valueName: "file"), completion: .file())
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Missing expected argument '<file> ...'") }
    }

    func run() throws {
        if output != "-" { do { try AtomicFile.checkTarget(output, overwrite: force) } catch { throw Failure(error.description) } }
        let page: [UInt8]
        do { page = try HTMLReport.page(ofReports: files) } catch { throw Failure(error) }
        if output == "-" {
            let out = Output()
            out.write(page)
            out.flush()
        } else {
            do { try AtomicFile.write(page, to: output, mode: 0o644, overwrite: force) } catch { throw Failure(error.description) }
        }
    }
}
