/// Which command's `--json` output a report file holds, told by its first line: `event verify`'s (an
/// event's object or its summary) or `devices verify`'s (a user's or a device's object, or its
/// summary). `report html` takes both, and sorts its inputs with this before it reads them whole.
public enum ReportFileKind: Equatable, Sendable {
    case events, devices

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case input(LineFile.Failure)
        case empty(path: String)
        case notJSON(path: String, line: Int, reason: String)
        case unknown(path: String, line: Int)

        public var description: String {
            switch self {
            case .input(let failure): return failure.description
            case .empty(let path): return "\(path): empty: not the output of event verify --json or devices verify --json"
            case let .notJSON(path, line, reason): return "\(path): line \(line) is not JSON: \(reason)"
            case let .unknown(path, line):
                return "\(path): line \(line) is a line of neither event verify --json nor devices verify --json"
            }
        }
    }

    /// The kind of the report at `path`, from its first line that is not blank.
    public static func of(path: String) throws -> ReportFileKind {
        var kind: ReportFileKind?
        try ReportLines.read(path: path, input: Failure.input, notJSON: { Failure.notJSON(path: path, line: $0, reason: $1) }) { value, line in
            guard let object = value.objectValue else { throw Failure.unknown(path: path, line: line) }
            if DevicesReportFile.isDevicesObject(object) {
                kind = .devices
            } else if object.count == 1, let summary = object["summary"]?.objectValue, summary["events"] != nil {
                kind = .events
            } else if object["verdict"]?.stringValue != nil {
                kind = .events
            } else {
                throw Failure.unknown(path: path, line: line)
            }
            return false
        }
        guard let kind else { throw Failure.empty(path: path) }
        return kind
    }
}
