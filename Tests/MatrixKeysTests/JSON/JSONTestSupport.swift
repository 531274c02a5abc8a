import Foundation
import Testing
@testable import MatrixKeys

/// Helpers for the JSON tests. They use only the JSON module and Foundation (for reading the vector
/// file, never for the JSON under test), so the JSON tests build on their own.
enum JSONVectors {
    struct Missing: Error, CustomStringConvertible {
        let what: String
        var description: String { what }
    }

    /// The cases of `Vectors/<name>.json` (an array of `{source, description, input, expected, note?}`).
    static func cases(_ name: String) throws -> [[String: Any]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw Missing(what: "vector file \(name).json is not bundled")
        }
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let cases = root as? [[String: Any]] else { throw Missing(what: "\(name).json is not an array of objects") }
        return cases
    }

    /// A JSON value read by Foundation (strings, objects, arrays and null: what the `value` cases hold)
    /// as a `JSONValue`. Numbers and booleans are refused: Foundation cannot tell them apart reliably on
    /// every platform, and the cases that use this have none.
    static func value(_ any: Any) throws -> JSONValue {
        switch any {
        case let string as String: return .string(string)
        case let object as [String: Any]:
            var result = JSONObject()
            for (key, member) in object { result[key] = try value(member) }
            return .object(result)
        case let array as [Any]: return .array(try array.map(value))
        case is NSNull: return .null
        default: throw Missing(what: "unsupported vector value \(any)")
        }
    }

    static func hex(_ text: String) throws -> [UInt8] {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { throw Missing(what: "odd-length hex \(text)") }
        func nibble(_ c: UInt8) throws -> UInt8 {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: throw Missing(what: "bad hex \(text)")
            }
        }
        return try stride(from: 0, to: digits.count, by: 2).map { try nibble(digits[$0]) << 4 | nibble(digits[$0 + 1]) }
    }
}

/// Both canonicalisation paths (direct bytes → bytes, and parse → tree → encode) on one input; they
/// must agree byte for byte. Returns the canonical text.
func canonicalBoth(_ text: [UInt8], mode: NumberMode = .strict) throws -> String {
    let direct = try CanonicalJSON.canonicalize(text, mode: mode)
    let viaTree = CanonicalJSON.encode(try JSONParser.parse(text, mode: mode))
    #expect(direct == viaTree, "the two paths disagree on \(String(decoding: text, as: UTF8.self))")
    // The stream canonicaliser appends the same bytes.
    var appended: [UInt8] = [0x2A]
    try text.withUnsafeBytes { try CanonicalJSON.Canonicalizer(capacity: 16).canonicalize($0, mode: mode, appendingTo: &appended) }
    #expect(appended == [0x2A] + direct)
    return String(decoding: direct, as: UTF8.self)
}

func canonicalBoth(_ text: String, mode: NumberMode = .strict) throws -> String {
    try canonicalBoth(Array(text.utf8), mode: mode)
}

/// The error both paths give; they must agree on the kind, offset and path. Nil if both accept.
func rejection(_ text: [UInt8], mode: NumberMode = .strict) -> JSONParseError? {
    var direct: JSONParseError? = nil
    var tree: JSONParseError? = nil
    do { _ = try CanonicalJSON.canonicalize(text, mode: mode) } catch { direct = error }
    do { _ = try JSONParser.parse(text, mode: mode) } catch { tree = error }
    #expect(direct == tree, "paths disagree: \(String(describing: direct)) vs \(String(describing: tree))")
    return direct
}

func rejection(_ text: String, mode: NumberMode = .strict) -> JSONParseError? {
    rejection(Array(text.utf8), mode: mode)
}

/// The linter's findings for `text`.
func lint(_ text: String, mode: NumberMode = .strict) throws -> [JSONViolation] {
    try JSONLint.violations(Array(text.utf8), mode: mode)
}

/// Numbers compared by value (an integer and a float of the same value are equal), recursively.
func numbersEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
    func number(_ v: JSONValue) -> Double? {
        switch v {
        case .integer(let i): return Double(i)
        case .float(let d): return d
        case .bigInteger(let t): return Double(t)
        default: return nil
        }
    }
    if let x = number(a), let y = number(b) { return x == y }
    switch (a, b) {
    case let (.object(x), .object(y)):
        return x.keys == y.keys && x.keys.allSatisfy { key in numbersEqual(x[key] ?? .null, y[key] ?? .null) }
    case let (.array(x), .array(y)):
        return x.count == y.count && zip(x, y).allSatisfy(numbersEqual)
    default:
        return a == b
    }
}

/// `\uXXXX` (lowercase hex) for a UTF-16 code unit.
func unicodeEscape(_ unit: UInt16) -> String {
    let hex = Array("0123456789abcdef")
    return "\\u" + String([hex[Int(unit >> 12)], hex[Int(unit >> 8 & 0xF)], hex[Int(unit >> 4 & 0xF)], hex[Int(unit & 0xF)]])
}
