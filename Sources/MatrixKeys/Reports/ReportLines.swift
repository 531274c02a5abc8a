/// The lines of a report file (a command's `--json` output, plain or gzip-compressed) as JSON values,
/// blank lines skipped, read one at a time in bounded memory: how `report merge` and `report html` read
/// their inputs (`VerifyReportFile`, `DevicesReportFile`, `ReportFileKind`).
enum ReportLines {
    /// Calls `body` with each line's value and line number until it returns false or the file ends.
    /// `input` and `notJSON` make the caller's own errors for a file that cannot be read and a line that
    /// is not JSON.
    static func read(
        path: String, input: (LineFile.Failure) -> any Error, notJSON: (_ line: Int, _ reason: String) -> any Error,
        _ body: (JSONValue, Int) throws -> Bool
    ) throws {
        let file: LineFile
        do { file = try LineFile(path: path) } catch { throw input(error) }
        defer { file.close() }
        while true {
            let next: ArraySlice<UInt8>?
            do { next = try file.nextLine() } catch { throw input(error) }
            guard let line = next else { return }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let value: JSONValue
            do { value = try JSONParser.parse(Array(line), mode: .lax) } catch { throw notJSON(file.lineNumber, error.description) }
            guard try body(value, file.lineNumber) else { return }
        }
    }
}
