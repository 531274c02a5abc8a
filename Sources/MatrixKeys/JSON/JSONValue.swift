/// Number handling of the JSON parser (SPEC §2).
public enum NumberMode: Sendable, Equatable {
    /// Room versions 6+ and plain JSON: integers in ±(2^53−1) only; `-0` is the integer 0.
    case strict
    /// Room versions 1–5: integers of any size kept exactly, floats kept and written as Python does.
    case lax
}

/// A JSON value.
///
/// Objects keep their members sorted by the UTF-8 bytes of the key, so encoding canonical JSON is
/// linear; strings compare by their bytes, never by Unicode canonical equivalence (`"é"` and
/// `"e\u{301}"` are different values). Floats compare by bit pattern, so `-0.0 != 0.0` and a value
/// equals itself.
///
/// There is deliberately no `nil` literal for JSON null: write `.null`. With one, `nil` would silently
/// become JSON null wherever the type checker can choose it, e.g. `found ? value : nil` in a function
/// returning `JSONValue?` returns `.some(.null)`, and `#expect(object["k"] == nil)` fails for an absent
/// key. `nil` always means "absent": `object["k"] = nil` removes the member.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// An integer. Strict mode only produces values in ±(2^53−1); lax mode any value of Int64.
    case integer(Int64)
    /// Lax mode only: an integer literal outside Int64, kept as its exact decimal text (an optional
    /// `-`, then digits without leading zeros).
    case bigInteger(String)
    /// Lax mode only: a number with a fraction or exponent. The parser only produces finite values; a
    /// non-finite one put here by code is encoded as `null` (JSON has no NaN or Infinity).
    case float(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var integerValue: Int64? { if case .integer(let i) = self { return i } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The member `key` of an object; nil for a missing key and for anything that is not an object.
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
        case let (.bigInteger(a), .bigInteger(b)): return UTF8Bytes.equal(a, b)
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.string(a), .string(b)): return UTF8Bytes.equal(a, b)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b): hasher.combine(1 as UInt8); hasher.combine(b)
        case .integer(let i): hasher.combine(2 as UInt8); hasher.combine(i)
        case .bigInteger(let s): hasher.combine(3 as UInt8); UTF8Bytes.hash(s, into: &hasher)
        case .float(let d): hasher.combine(4 as UInt8); hasher.combine(d.bitPattern)
        case .string(let s): hasher.combine(5 as UInt8); UTF8Bytes.hash(s, into: &hasher)
        case .array(let a): hasher.combine(6 as UInt8); hasher.combine(a)
        case .object(let o): hasher.combine(7 as UInt8); hasher.combine(o)
        }
    }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// A later duplicate key replaces an earlier one.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension JSONValue: CustomStringConvertible {
    /// The canonical JSON text (lax number forms included).
    public var description: String { CanonicalJSON.encodeString(self) }
}

/// Byte-wise comparisons of strings: code point order, and equality without canonical equivalence.
enum UTF8Bytes {
    /// −1, 0 or 1 as `a` sorts before, equal to or after `b` by UTF-8 bytes (= code point order).
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        withBytes(a) { pa in withBytes(b) { pb in compare(pa.baseAddress, pa.count, pb.baseAddress, pb.count) } }
    }

    /// Calls `body` with the UTF-8 bytes of `s`, without copying native strings.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = s
        return copy.withUTF8(body)
    }

    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && compare(a, b) == 0
    }

    static func hash(_ s: String, into hasher: inout Hasher) {
        withBytes(s) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }

    /// Compares two byte ranges: eight bytes at a time as big-endian words, then the lengths.
    @inline(__always)
    static func compare(_ a: UnsafePointer<UInt8>?, _ la: Int, _ b: UnsafePointer<UInt8>?, _ lb: Int) -> Int {
        let common = Swift.min(la, lb)
        if common > 0, let a, let b {
            // Most keys differ in their first byte: decide that without loading words.
            if a[0] != b[0] { return a[0] < b[0] ? -1 : 1 }
            var i = 0
            while i + 8 <= common {
                let x = UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self).bigEndian
                let y = UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self).bigEndian
                if x != y { return x < y ? -1 : 1 }
                i += 8
            }
            while i < common {
                if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                i += 1
            }
        }
        return la == lb ? 0 : (la < lb ? -1 : 1)
    }
}
