import Foundation
import Testing
@testable import MatrixKeys

/// Both canonicalisation paths (direct bytes → bytes, and parse → tree → encode) on one input.
func canonicalBoth(_ text: [UInt8], mode: NumberMode = .strict) throws -> String {
    let direct = try CanonicalJSON.canonicalize(text, mode: mode)
    let viaTree = CanonicalJSON.encode(try JSONParser.parse(text, mode: mode))
    #expect(direct == viaTree, "the two paths disagree on \(String(decoding: text, as: UTF8.self))")
    return String(decoding: direct, as: UTF8.self)
}

func canonicalBoth(_ text: String, mode: NumberMode = .strict) throws -> String {
    try canonicalBoth(Array(text.utf8), mode: mode)
}

/// The error both paths give (they must agree on the kind and offset).
func rejection(_ text: [UInt8], mode: NumberMode = .strict) -> JSONParseError? {
    var direct: JSONParseError? = nil
    var tree: JSONParseError? = nil
    do { _ = try CanonicalJSON.canonicalize(text, mode: mode) } catch { direct = error }
    do { _ = try JSONParser.parse(text, mode: mode) } catch { tree = error }
    #expect(direct?.kind == tree?.kind, "paths disagree: \(String(describing: direct)) vs \(String(describing: tree))")
    return direct
}

@Suite("Canonical JSON vectors (canonical_json.json)")
struct CanonicalVectorTests {
    nonisolated(unsafe) static let cases: [[String: Any]] = (try? Vectors.cases("canonical_json")) ?? []

    @Test("every one of the 219 cases is checked or explicitly accounted for")
    func allCases() throws {
        #expect(Self.cases.count == 219)
        var counts: [String: Int] = [:]
        for vector in Self.cases {
            let input = try #require(vector["input"] as? [String: Any])
            let expected = try #require(vector["expected"] as? [String: Any])
            let description = (vector["description"] as? String) ?? ""
            let lenient = ((vector["note"] as? String) ?? "").contains("Lenient number normalisation")
                || description.contains("Examples\" #10")

            if let text = input["json_text"] as? String {
                let bytes = Array(text.utf8)
                if description.contains("gomatrixserverlib-specific: lone surrogate silently dropped") {
                    // gomatrixserverlib drops a lone surrogate; SPEC §2 rejects it (vectors/README.md).
                    #expect(rejection(bytes)?.kind == .loneSurrogate)
                    counts["gomatrixserverlib-only: lone surrogate rejected, not dropped", default: 0] += 1
                } else if description.contains("TestCompactJSON"), text == "\"" {
                    // gomatrixserverlib's compactor passes an unterminated string through; it is not JSON.
                    #expect(rejection(bytes)?.kind == .unexpectedEnd)
                    counts["gomatrixserverlib-only: unterminated string rejected", default: 0] += 1
                } else if let canonical = expected["canonical"] as? String {
                    if lenient {
                        // SPEC §2 over mautrix and spec example #10: strict mode rejects non-integer literals
                        // (but -0 is the integer 0); lax mode keeps them as Python floats.
                        if let error = rejection(bytes) {
                            guard case .floatNotAllowed = error.kind else {
                                Issue.record("\(description): expected a float rejection, got \(error)"); continue
                            }
                            let lax = try canonicalBoth(bytes, mode: .lax)
                            let expectedValue = try JSONParser.parse(canonical, mode: .lax)
                            let laxValue = try JSONParser.parse(lax, mode: .lax)
                            #expect(numbersEqual(laxValue, expectedValue), "\(description): lax \(lax) vs \(canonical)")
                            counts["lenient: strict rejects, lax keeps the float", default: 0] += 1
                        } else {
                            #expect(try canonicalBoth(bytes) == canonical, "\(description)")
                            counts["lenient: -0 is the integer 0", default: 0] += 1
                        }
                    } else {
                        #expect(try canonicalBoth(bytes) == canonical, "\(description)")
                        counts["canonical", default: 0] += 1
                    }
                } else if expected["error"] != nil {
                    #expect(rejection(bytes) != nil, "\(description) must be rejected")
                    counts["rejected", default: 0] += 1
                } else if let valid = expected["valid"] as? Bool {
                    // "valid": the number rules of the room version hold (gomatrixserverlib's enforced check,
                    // which also refuses -0 as a way of writing 0): the linter finds nothing.
                    let versions = (input["room_versions"] as? [String]) ?? ["11"]
                    for version in versions {
                        let mode = try RoomVersion(identifier: version).numberMode
                        let ok = (try? bytes.withUnsafeBytes { try JSONLint.violations($0, mode: mode) })?.isEmpty ?? false
                        #expect(ok == valid, "\(description) in room version \(version)")
                    }
                    counts["valid", default: 0] += 1
                } else if let v1 = expected["room_v1"] as? String, let v6 = expected["room_v6"] as? String {
                    #expect((rejection(bytes, mode: .lax) == nil) == (v1 == "valid"), "\(description) v1")
                    #expect((rejection(bytes, mode: .strict) == nil) == (v6 == "valid"), "\(description) v6")
                    counts["room v1/v6", default: 0] += 1
                }
            } else if let hex = input["json_text_hex"] as? String {
                let error = rejection(try Hex.decode(hex))
                #expect(error?.kind == .invalidUTF8)
                counts["rejected", default: 0] += 1
            } else if let value = input["value"] {
                let text = try JSONSerializationBytes(value)
                #expect(try canonicalBoth(text) == (try expected.string("canonical")), "\(description)")
                counts["value", default: 0] += 1
            } else if let values = input["values"] as? [String], let each = expected["canonical_each"] as? [String] {
                #expect(values.count == each.count)
                for (value, canonical) in zip(values, each) {
                    #expect(CanonicalJSON.encodeString(.string(value)) == canonical)
                }
                counts["values", default: 0] += 1
            } else if let python = input["python_value"] as? String {
                // float('inf'), float('-inf'), float('nan'): not expressible as JSON text; the equivalent
                // literals are rejected as non-finite in both modes.
                let literal = python.contains("nan") ? "NaN" : (python.contains("-inf") ? "-Infinity" : "Infinity")
                #expect(rejection(Array(literal.utf8), mode: .lax)?.kind == .nonFiniteNumber)
                #expect(rejection(Array("1e400".utf8), mode: .lax)?.kind == .nonFiniteNumber)
                counts["python non-finite", default: 0] += 1
            } else if let equivalent = input["json_equivalent"] as? String {
                // i64::MAX as JSON: out of strict range.
                #expect(rejection(Array(equivalent.utf8))?.kind == .integerOutOfRange("9223372036854775807"))
                counts["rust with JSON equivalent", default: 0] += 1
            } else if input["rust_value"] != nil {
                // Rust-typed inputs (a float field, two fields serialised under one name, non-string map keys)
                // have no JSON text; their JSON counterparts are covered by our own cases: floats and duplicate
                // keys are rejected (JSONEdgeCaseTests), and JSON object keys are always strings.
                counts["rust-only, not expressible as JSON text", default: 0] += 1
            }
        }
        #expect(counts == [
            "canonical": 105, "lenient: strict rejects, lax keeps the float": 25, "lenient: -0 is the integer 0": 1,
            "rejected": 29, "valid": 7, "room v1/v6": 2, "value": 40, "values": 1, "python non-finite": 3,
            "rust with JSON equivalent": 1, "rust-only, not expressible as JSON text": 3,
            "gomatrixserverlib-only: lone surrogate rejected, not dropped": 1,
            "gomatrixserverlib-only: unterminated string rejected": 1,
        ])
        #expect(counts.values.reduce(0, +) == 219)
    }
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
