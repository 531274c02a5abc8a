import MatrixKeys

/// A JSON document read whole from a file an option names (`--auth-data`, `--key-description`,
/// `--content`, `--account-data`) or from the positional input: the one place that reads, parses and
/// names the source in errors.
enum JSONFile {
    /// The document at `path` (standard input for `-`), given with `option`; at most 64 MiB.
    static func read(_ path: String, option: String, mode: NumberMode) throws -> JSONValue {
        try parse(try StandardInput.readFile(path, option: option), source: path == "-" ? "stdin" : path, mode: mode)
    }

    /// The document at `path`, which must be a JSON object; `what` names it in the error.
    static func readObject(_ path: String, option: String, mode: NumberMode, what: String) throws -> JSONObject {
        try object(try read(path, option: option, mode: mode), source: path == "-" ? "stdin" : path, what: what)
    }

    static func parse(_ bytes: [UInt8], source: String, mode: NumberMode) throws -> JSONValue {
        do { return try JSONParser.parse(bytes, mode: mode) } catch { throw Failure(error, source: source) }
    }

    static func object(_ value: JSONValue, source: String, what: String) throws -> JSONObject {
        guard case .object(let object) = value else { throw Failure("\(what) must be a JSON object (\(source))") }
        return object
    }
}
