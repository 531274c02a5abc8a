import Foundation
import Testing
@testable import MatrixKeys

/// Loads the known-answer vector files bundled in `Vectors/` (copied from ../shared/vectors and from
/// public RFC/NIST test vectors). Foundation's JSON reader is fine here: it only reads the test data.
enum Vectors {
    struct MissingFile: Error, CustomStringConvertible {
        let name: String
        var description: String { "vector file \(name).json is not bundled" }
    }

    static func load(_ name: String) throws -> Any {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw MissingFile(name: name)
        }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
    }

    /// The cases of one group of an object-of-groups file (such as crypto_kat.json).
    static func group(_ file: String, _ group: String) throws -> [[String: Any]] {
        let root = try #require(try load(file) as? [String: Any])
        return try #require(root[group] as? [[String: Any]], "group \(group) missing from \(file).json")
    }

    /// The cases of an array file (the ../shared/vectors format).
    static func cases(_ file: String) throws -> [[String: Any]] {
        try #require(try load(file) as? [[String: Any]])
    }
}

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) throws -> String {
        try #require(self[key] as? String, "missing string field \(key)")
    }

    func hex(_ key: String) throws -> [UInt8] {
        try Hex.decode(string(key))
    }

    func int(_ key: String) throws -> Int {
        try #require((self[key] as? NSNumber)?.intValue, "missing integer field \(key)")
    }

    var source: String { (self["source"] as? String) ?? "?" }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
