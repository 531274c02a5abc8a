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

    /// The raw bytes of a bundled file, such as a fuzzer's input kept as a regression case.
    static func bytes(_ path: String) throws -> [UInt8] {
        let name = (path as NSString).deletingPathExtension, ext = (path as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Vectors") else {
            throw MissingFile(name: path)
        }
        return Array(try Data(contentsOf: url))
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
    /// A vector case's "input" and "expected" objects.
    var input: [String: Any] { self["input"] as? [String: Any] ?? [:] }
    var expected: [String: Any] { self["expected"] as? [String: Any] ?? [:] }

    /// The signing key of a vector case's input: `ed25519_seed_unpadded_base64`, or a PKCS#8 DER
    /// (`pkcs8_der_base64`) whose 32-byte seed follows the `04 20` octet-string header; with `key_id`.
    func signingKey() throws -> SigningKey {
        let input = self.input
        let seed: [UInt8]
        if let text = input["ed25519_seed_unpadded_base64"] as? String {
            seed = try Base64.decode(text, expectedLength: 32, field: "seed")
        } else {
            let der = try Base64.decode(try input.string("pkcs8_der_base64"))
            let marker = try #require((0..<(der.count - 1)).first { der[$0] == 0x04 && der[$0 + 1] == 0x20 })
            seed = Array(der[(marker + 2)..<(marker + 34)])
        }
        return try SigningKey(keyID: KeyID(parsing: try input.string("key_id")), privateKey: Ed25519.PrivateKey(seed: seed))
    }

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
