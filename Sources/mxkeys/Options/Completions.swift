import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Completions the shells ask mxkeys for: keystore entry names, for `keystore export|passwd|remove`
/// and after `keystore:` wherever a key file is taken (the shells run `mxkeys ---completion ...`).
enum Completions {
    /// The names of the keystore's entries (its `*.json` files), without reading or opening any.
    static func keystoreNames() -> [String] {
        guard let directory = opendir(Keystore.defaultDirectory()) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
        }
        return names.sorted()
    }

    /// An entry's name, for the keystore commands that take one.
    static let entry = CompletionKind.custom { _, _, prefix in keystoreNames().filter { $0.hasPrefix(prefix) } }

    /// A key file, or `keystore:NAME`: the files and directories that match the word, and the entries
    /// once it starts with `keystore:` (or could).
    static let keyFileOrEntry = CompletionKind.custom { _, _, prefix in
        var results: [String] = []
        if "keystore:".hasPrefix(prefix) || prefix.hasPrefix("keystore:") {
            results += keystoreNames().map { "keystore:" + $0 }.filter { $0.hasPrefix(prefix) }
        }
        if !prefix.hasPrefix("keystore:") { results += files(matching: prefix) }
        return results
    }

    /// The paths that start with `prefix`, directories ending in `/`.
    static func files(matching prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let directoryPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePart = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        guard let directory = opendir(directoryPart.isEmpty ? "." : directoryPart) else { return [] }
        defer { closedir(directory) }
        var results: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", name.hasPrefix(namePart), !name.hasPrefix(".") || namePart.hasPrefix(".") else { continue }
            var info = stat()
            let isDirectory = stat(directoryPart + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            results.append(directoryPart + name + (isDirectory ? "/" : ""))
        }
        return results.sorted()
    }
}
