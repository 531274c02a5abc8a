#if canImport(Glibc)
import Glibc
#endif

/// Paths that name a file or a directory of files, as `--server-keys DIR` and Synapse's `-c DIR` take
/// them.
public enum DirectoryFiles {
    /// `path` itself when it is not a directory; else the files of the directory whose names end in
    /// `suffix`, hidden ones left out, in byte order of their names (an empty list when there are none).
    public static func expand(_ path: String, suffix: String) throws(FileError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileError(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return [path] }
        guard let directory = opendir(path) else { throw FileError(path: path, errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(suffix), !name.hasPrefix(".") { names.append(name) }
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { base + $0 }
    }
}
