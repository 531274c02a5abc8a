/// Saved key responses on disk: files, or directories of `*.json` files (read in name order), each file
/// holding one response, a notary response (`{"server_keys": [...]}`) or an array of responses, and
/// perhaps when and where it was fetched (`SavedFetch`, as `server-keys fetch` records it).
public enum KeyResponseFiles {
    /// Problems loading saved key responses; each names the file.
    public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        case file(FileError)
        /// A directory with no `*.json` file in it.
        case emptyDirectory(String)
        /// A file that is not JSON, or not key responses.
        case invalid(path: String, reason: String)

        public var description: String {
            switch self {
            case .file(let error): return error.description
            case .emptyDirectory(let path): return "\(path): a directory with no key responses (*.json files) in it"
            case let .invalid(path, reason): return "\(reason) (\(path))"
            }
        }
    }

    /// Every response in `paths`, each with its source (the file, and its place when the file holds
    /// several) and its fetch time: `fetchedAt` when given (it overrides), else the time saved in the file
    /// (`unsigned.fetched_at`, as `server-keys fetch` records it), else nil (unknown).
    public static func load(_ paths: [String], fetchedAt: Int64? = nil) throws(LoadError) -> [KeyRing.Loaded] {
        var result: [KeyRing.Loaded] = []
        for path in paths {
            for file in try files(path) {
                let bytes: [UInt8]
                do { bytes = try AtomicFile.read(file) } catch { throw .file(error) }
                result += try parse(bytes, name: file, fetchedAt: fetchedAt)
            }
        }
        return result
    }

    /// The responses in one file's bytes; `name` is its source in reports (a path, or `stdin`). Their
    /// fetch time is `fetchedAt` when given, else the one saved in the file.
    public static func parse(_ bytes: [UInt8], name: String, fetchedAt: Int64? = nil) throws(LoadError) -> [KeyRing.Loaded] {
        let responses: [ServerKeyResponse]
        let saved: SavedFetch
        do {
            let value = try JSONParser.parse(bytes, mode: .strict)
            responses = try ServerKeyResponse.parseAll(value)
            saved = try SavedFetch(value)
        } catch {
            throw .invalid(path: name, reason: "\(error)")
        }
        return responses.enumerated().map { index, response in
            KeyRing.Loaded(response, source: .file(name, index: responses.count == 1 ? nil : index),
                           fetchedAt: fetchedAt ?? saved.fetchedAt, fetchedFrom: saved.fetchedFrom)
        }
    }

    /// When and where a saved response was fetched, as `server-keys fetch` records it: in the `unsigned`
    /// object of the file's top-level object (the response itself, or a notary's `{"server_keys": [...]}`),
    /// which signing ignores, so the file still verifies with any signed-JSON tool:
    ///
    /// ```json
    /// {"unsigned":{"fetched_at":1764655200000,"fetched_from":"https://example.org:8448/_matrix/key/v2/server"},
    ///  "server_name":"example.org", ... the response as received ...}
    /// ```
    public struct SavedFetch: Sendable, Equatable {
        /// Field names inside `unsigned`.
        public static let fetchedAtField = "fetched_at"
        public static let fetchedFromField = "fetched_from"

        public var fetchedAt: Int64?
        public var fetchedFrom: String?

        public init(fetchedAt: Int64?, fetchedFrom: String?) {
            self.fetchedAt = fetchedAt
            self.fetchedFrom = fetchedFrom
        }

        /// Reads them from a file's JSON; both nil when it has none. A value of the wrong type is an error.
        public init(_ value: JSONValue) throws(ServerKeyError) {
            guard case .object(let object) = value, let unsigned = object["unsigned"] else { return }
            guard case .object(let fields) = unsigned else { throw .invalidField(field: "$.unsigned", reason: "not an object") }
            switch fields[Self.fetchedAtField] {
            case nil: fetchedAt = nil
            case .integer(let value)?: fetchedAt = value
            default: throw .invalidField(field: "$.unsigned.\(Self.fetchedAtField)", reason: "not an integer (milliseconds since the epoch)")
            }
            switch fields[Self.fetchedFromField] {
            case nil: fetchedFrom = nil
            case .string(let value)?: fetchedFrom = value
            default: throw .invalidField(field: "$.unsigned.\(Self.fetchedFromField)", reason: "not a string")
            }
        }

        /// `body` (a response or a notary's answer, exactly as received) with these fields recorded:
        /// the member `"unsigned":{...}` is inserted right after the opening brace, and every other byte
        /// stays as it came. A body that already has a top-level `unsigned` object gets the fields added to
        /// it, and is then written as canonical JSON (its signatures still verify: signing ignores
        /// `unsigned`, and canonical JSON is what was signed). Throws when `body` is not a JSON object.
        public func annotate(_ body: [UInt8]) throws -> [UInt8] {
            guard case .object(var object) = try JSONParser.parse(body, mode: .strict) else {
                throw ServerKeyError.notAResponse("expected a JSON object")
            }
            var fields = JSONObject()
            if let fetchedAt { fields[Self.fetchedAtField] = .integer(fetchedAt) }
            if let fetchedFrom { fields[Self.fetchedFromField] = .string(fetchedFrom) }
            if let existing = object["unsigned"] {
                guard case .object(var merged) = existing else {
                    throw ServerKeyError.invalidField(field: "$.unsigned", reason: "not an object")
                }
                for (key, value) in fields { merged[key] = value }
                object["unsigned"] = .object(merged)
                return CanonicalJSON.encode(.object(object))
            }
            guard let open = body.firstIndex(of: UInt8(ascii: "{")) else { throw ServerKeyError.notAResponse("expected a JSON object") }
            var member = Array(#""unsigned":"#.utf8)
            CanonicalJSON.encode(.object(fields), into: &member)
            if !object.isEmpty { member.append(UInt8(ascii: ",")) }
            return Array(body[...open]) + member + Array(body[(open + 1)...])
        }
    }

    /// `path` itself, or the `*.json` files of a directory in name order (hidden ones left out).
    static func files(_ path: String) throws(LoadError) -> [String] {
        let files: [String]
        do { files = try DirectoryFiles.expand(path, suffix: ".json") } catch { throw .file(error) }
        guard !files.isEmpty else { throw .emptyDirectory(path) }
        return files
    }
}
