/// Number handling of the JSON parser (SPEC §2).
public enum NumberMode: Sendable, Equatable {
    /// Room versions 6+ and plain JSON: integers in ±(2^53−1) only.
    case strict
    /// Room versions 1–5: integers of any size kept exactly, floats kept and written as Python does.
    case lax
}

/// A JSON value. (It deliberately has no nil literal: `object[key] == nil` must mean "absent", never JSON null.)
/// Objects keep their members sorted by the UTF-8 bytes of the key, so encoding canonical
/// JSON is linear; strings compare by their bytes, never by Unicode canonical equivalence.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// An integer. Strict mode only produces values in ±(2^53−1).
    case integer(Int64)
    /// Lax mode only: an integer literal outside Int64, kept as its exact decimal text.
    case bigInteger(String)
    /// Lax mode only: a number with a fraction or exponent.
    case float(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var integerValue: Int64? { if case .integer(let i) = self { return i } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }

    /// The member `key` of an object; nil for anything else.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// A short name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .bigInteger: return "an integer"
        case .float: return "a float"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue: Equatable, Hashable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.bigInteger(a), .bigInteger(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.string(a), .string(b)): return UTF8Bytes.equal(a, b)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .integer(let i): hasher.combine(i)
        case .bigInteger(let s): hasher.combine(Array(s.utf8))
        case .float(let d): hasher.combine(d.bitPattern)
        case .string(let s): hasher.combine(s.utf8.count); for byte in s.utf8 { hasher.combine(byte) }
        case .array(let a): hasher.combine(a)
        case .object(let o): hasher.combine(o)
        }
    }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

/// Byte-wise comparisons of strings: code point order, and equality without canonical equivalence.
enum UTF8Bytes {
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                let common = min(pa.count, pb.count)
                if common > 0 {
                    let c = memcmp(pa.baseAddress!, pb.baseAddress!, common)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1)
            }
        }
    }

    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool { compare(a, b) == 0 }
}

#if canImport(Glibc)
import Glibc
#endif
