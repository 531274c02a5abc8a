#if canImport(Glibc)
import Glibc
#endif

/// Saved key responses on disk: files, or directories of `*.json` files (read in name order), each file
/// holding one response, a notary response (`{"server_keys": [...]}`) or an array of responses.
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
    /// several) and `fetchedAt`.
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

    /// The responses in one file's bytes; `name` is its source in reports (a path, or `stdin`).
    public static func parse(_ bytes: [UInt8], name: String, fetchedAt: Int64? = nil) throws(LoadError) -> [KeyRing.Loaded] {
        let responses: [ServerKeyResponse]
        do { responses = try ServerKeyResponse.parseAll(bytes) } catch {
            throw .invalid(path: name, reason: (error as? CustomStringConvertible)?.description ?? "\(error)")
        }
        return responses.enumerated().map { index, response in
            KeyRing.Loaded(response, source: .file(name, index: responses.count == 1 ? nil : index), fetchedAt: fetchedAt)
        }
    }

    /// `path` itself, or the `*.json` files of a directory in name order (hidden ones left out).
    static func files(_ path: String) throws(LoadError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .file(FileError(path: path, errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return [path] }
        guard let directory = opendir(path) else { throw .file(FileError(path: path, errno: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        guard !names.isEmpty else { throw .emptyDirectory(path) }
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.sorted().map { base + $0 }
    }
}
