import MatrixKeys

/// A JSON document read whole from a file an option names (`--auth-data`, `--key-description`,
/// `--content`, `--account-data`) or from the positional input: the one place that reads, parses and
/// names the source in errors.
enum JSONFile {
    /// The document at `path`, at most 64 MiB.
    static func read(_ path: String, mode: NumberMode) throws -> JSONValue {
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw Failure(error.description) }
        return try parse(bytes, source: path, mode: mode)
    }

    /// The document at `path`, which must be a JSON object; `what` names it in the error.
    static func readObject(_ path: String, mode: NumberMode, what: String) throws -> JSONObject {
        try object(try read(path, mode: mode), source: path, what: what)
    }

    static func parse(_ bytes: [UInt8], source: String, mode: NumberMode) throws -> JSONValue {
        do { return try JSONParser.parse(bytes, mode: mode) } catch { throw Failure(error, source: source) }
    }

    static func object(_ value: JSONValue, source: String, what: String) throws -> JSONObject {
        guard case .object(let object) = value else { throw Failure("\(what) must be a JSON object (\(source))") }
        return object
    }
}
