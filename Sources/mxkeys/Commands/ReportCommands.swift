import ArgumentParser
import MatrixKeys

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge event verify reports; make one HTML page.",
        subcommands: [ReportMergeCommand.self, ReportHTMLCommand.self])
}

struct ReportMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the --json reports of event verify runs over one database into the summary of one run.",
        discussion: Help.discussion("""
            Reads the --json outputs (plain or .gz) of event verify runs over one database, the N shards \
            of a run or runs over disjoint sets of rooms, and prints what one run over all their events \
            prints. What would make a wrong total is refused (exit 2). Exit 0 when every event is valid \
            (or censored), 1 when any is redacted or rejected.
            """, examples: [
                "mxkeys report merge shard-*.json.gz",
                "mxkeys report merge --json shard-*.json.gz > merged.json",
            ], more: ManualSection.see("What must match, and what is refused", .reports)))

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
        discussion: Help.discussion("""
            Reads the same reports as report merge (and refuses what it refuses), and writes one HTML page \
            that loads nothing from anywhere: what was checked, the totals, the rooms, each server's keys \
            on a time line, and every event that is not valid; for devices verify --json, the device audit. Exit 0 when the page is written.
            """, examples: [
                "mxkeys report html shard-*.json.gz --output report.html",
                "mxkeys report html audit.jsonl --output devices.html",
            ], more: ManualSection.see("What the page shows", .reports)))

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
