/// What `event verify --json` printed over a homeserver's database, read back: one JSON object per
/// stored event, then one `{"summary": …}` object. `report merge` and `report html` read such files
/// (plain or gzip-compressed) line by line, in bounded memory.
public enum VerifyReportFile {
    /// Why a file is not a whole report of a database run.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case input(LineFile.Failure)
        case notJSON(path: String, line: Int, reason: String)
        case notAReportLine(path: String, line: Int)
        case noSummary(path: String)
        case afterSummary(path: String, line: Int)
        case notADatabaseRun(path: String)
        case countsDiffer(path: String, lines: Int, summary: Int)
        case noEventLines(path: String)

        public var description: String {
            switch self {
            case .input(let failure): return failure.description
            case let .notJSON(path, line, reason): return "\(path): line \(line) is not JSON: \(reason)"
            case let .notAReportLine(path, line):
                return "\(path): line \(line) is neither an event's report nor the summary of event verify --json"
            case .noSummary(let path):
                return "\(path): no summary at the end: not the whole output of event verify --json (cut short?)"
            case let .afterSummary(path, line):
                return "\(path): line \(line) follows the summary: give each run's output as a file of its own"
            case .notADatabaseRun(let path):
                return "\(path): the summary is not of a run over a homeserver's database (--synapse-config or --synapse-db)"
            case let .countsDiffer(path, lines, summary):
                return "\(path): \(lines) event lines but the summary counts \(summary) events: the file is not whole"
            case .noEventLines(let path):
                return "\(path): a summary without the events' lines (--quiet): the page lists each finding, so run event verify --json without --quiet"
            }
        }
    }

    /// Reads the report at `path`, handing each event's object to `event` (with its line number), and
    /// returns the summary object and its counts. A run printed with `--quiet` has no event lines: its
    /// summary alone is read. Otherwise the event lines must number what the summary counts.
    public static func read(
        path: String, event: (JSONObject, Int) throws -> Void
    ) throws -> (summary: JSONObject, counts: StoredEventSummary) {
        var summary: JSONObject?
        var events = 0
        try ReportLines.read(path: path, input: Failure.input, notJSON: { Failure.notJSON(path: path, line: $0, reason: $1) }) { value, line in
            if summary != nil { throw Failure.afterSummary(path: path, line: line) }
            guard let object = value.objectValue else { throw Failure.notAReportLine(path: path, line: line) }
            if object.count == 1, let inner = object["summary"]?.objectValue {
                summary = inner
            } else if object["verdict"]?.stringValue != nil {
                events += 1
                try event(object, line)
            } else {
                throw Failure.notAReportLine(path: path, line: line)
            }
            return true
        }
        guard let summary else { throw Failure.noSummary(path: path) }
        guard summary["database"]?.stringValue != nil, let counts = StoredEventSummary(json: summary) else {
            throw Failure.notADatabaseRun(path: path)
        }
        if events > 0 || counts.total.events == 0 {
            guard events == counts.total.events else { throw Failure.countsDiffer(path: path, lines: events, summary: counts.total.events) }
        }
        return (summary, counts)
    }
}
