import Foundation
import Testing
@testable import MatrixKeys

/// Every case of Vectors/canonical_json.json (../shared/vectors), each checked for a concrete result or
/// explicitly counted as not applicable, with the counts pinned so that none is skipped silently.
@Suite("Canonical JSON vectors (canonical_json.json)")
struct CanonicalVectorTests {
    /// Where mautrix and the spec's example #10 normalise `-0`, `1.0`, `1e10` to integers, SPEC §2 rules
    /// instead (vectors/README.md): strict mode rejects every fraction and exponent (but `-0` is the
    /// integer 0), and lax mode keeps floats as Python writes them. These are CPython 3.11's
    /// `json.dumps(json.loads(text), separators=(",", ":"), sort_keys=True, ensure_ascii=False)`,
    /// the reference homeserver's behaviour in lax rooms.
    static let pythonLax: [String: String] = [
        "{\n    \"a\": -0,\n    \"b\": 1e10\n}": #"{"a":0,"b":10000000000.0}"#,
        #"{"a": 1.0}"#: #"{"a":1.0}"#,
        #"{"a": 0.0}"#: #"{"a":0.0}"#,
        #"{"a": -0.0}"#: #"{"a":-0.0}"#,
        #"{"a": 1e10}"#: #"{"a":10000000000.0}"#,
        #"{"a": -0, "b": 1e10}"#: #"{"a":0,"b":10000000000.0}"#,
        #"{"a": -0}"#: #"{"a":0}"#,
        #"{"a": 0e0}"#: #"{"a":0.0}"#,
        #"{"a": -0e0}"#: #"{"a":-0.0}"#,
        #"{"a": 0e10}"#: #"{"a":0.0}"#,
        #"{"a": 9007199254740991.0}"#: #"{"a":9007199254740991.0}"#,
        #"{"a": 9.007199254740991e15}"#: #"{"a":9007199254740991.0}"#,
        #"{"a": 1e15}"#: #"{"a":1000000000000000.0}"#,
        #"{"a": 1.5e2}"#: #"{"a":150.0}"#,
        #"{"a": 1e2}"#: #"{"a":100.0}"#,
        #"{"a": 1.5e+2}"#: #"{"a":150.0}"#,
        #"{"a": 10e-1}"#: #"{"a":1.0}"#,
        #"{"a": 90071992547409910e-1}"#: #"{"a":9007199254740991.0}"#,
        #"{"a": 0e-1000}"#: #"{"a":0.0}"#,
        #"{"a": 1e-1000}"#: #"{"a":0.0}"#,
        #"{"a": -1e-1000}"#: #"{"a":-0.0}"#,
        #"{"a": 0.99999999999999999}"#: #"{"a":1.0}"#,
        #"{"a": 9007199254740991.1}"#: #"{"a":9007199254740991.0}"#,
        #"{"a": 9007199254740990.5}"#: #"{"a":9007199254740990.0}"#,
        #"{"a": 999999999999999.99}"#: #"{"a":1000000000000000.0}"#,
        #"{"a": 9.0071992547409911e15}"#: #"{"a":9007199254740991.0}"#,
        // Rejected in strict mode by the vectors (mautrix canonicalizeErrorTests), kept in lax mode:
        #"{"a": 1.2}"#: #"{"a":1.2}"#,
        #"{"a": 0.1}"#: #"{"a":0.1}"#,
        #"{"a": 9007199254740991.5}"#: #"{"a":9007199254740992.0}"#,
        #"{"a": 9007199254740992}"#: #"{"a":9007199254740992}"#,
        #"{"a": -9007199254740992}"#: #"{"a":-9007199254740992}"#,
        #"{"a": 1e100}"#: #"{"a":1e+100}"#,
        #"{"a": 1e16}"#: #"{"a":1e+16}"#,
        #"{"a": 90071992547409920e-1}"#: #"{"a":9007199254740992.0}"#,
        #"{"a": 1e-10}"#: #"{"a":1e-10}"#,
        #"{"a": 5e-324}"#: #"{"a":5e-324}"#,
    ]

    /// The exact error of every rejected text (the vectors only say "error": true).
    static let rejections: [String: JSONParseError] = [
        #"{"a":1,"a":2}"#: JSONParseError(kind: .duplicateKey("a"), offset: 7),
        #"{"a":1,"\u0061":2}"#: JSONParseError(kind: .duplicateKey("a"), offset: 7),
        #""\B""#: JSONParseError(kind: .invalidEscape, offset: 1),
        #""\T""#: JSONParseError(kind: .invalidEscape, offset: 1),
        #""\N""#: JSONParseError(kind: .invalidEscape, offset: 1),
        #""\F""#: JSONParseError(kind: .invalidEscape, offset: 1),
        #""\R""#: JSONParseError(kind: .invalidEscape, offset: 1),
        #""\uD800""#: JSONParseError(kind: .loneSurrogate, offset: 1),
        #""\uDC00""#: JSONParseError(kind: .loneSurrogate, offset: 1),
        #"{"a": 1.2}"#: JSONParseError(kind: .floatNotAllowed("1.2"), offset: 6, path: "$.a"),
        #"{"a": 0.1}"#: JSONParseError(kind: .floatNotAllowed("0.1"), offset: 6, path: "$.a"),
        #"{"a": 9007199254740991.5}"#: JSONParseError(kind: .floatNotAllowed("9007199254740991.5"), offset: 6, path: "$.a"),
        #"{"a": 9007199254740992}"#: JSONParseError(kind: .integerOutOfRange("9007199254740992"), offset: 6, path: "$.a"),
        #"{"a": -9007199254740992}"#: JSONParseError(kind: .integerOutOfRange("-9007199254740992"), offset: 6, path: "$.a"),
        #"{"a": -010}"#: JSONParseError(kind: .invalidNumber, offset: 6, path: "$.a"),
        #"{"a": 010}"#: JSONParseError(kind: .invalidNumber, offset: 6, path: "$.a"),
        #"{"a": 1e100}"#: JSONParseError(kind: .floatNotAllowed("1e100"), offset: 6, path: "$.a"),
        #"{"a": 1e16}"#: JSONParseError(kind: .floatNotAllowed("1e16"), offset: 6, path: "$.a"),
        #"{"a": 90071992547409920e-1}"#: JSONParseError(kind: .floatNotAllowed("90071992547409920e-1"), offset: 6, path: "$.a"),
        #"{"a": 1e-10}"#: JSONParseError(kind: .floatNotAllowed("1e-10"), offset: 6, path: "$.a"),
        #"{"a": 5e-324}"#: JSONParseError(kind: .floatNotAllowed("5e-324"), offset: 6, path: "$.a"),
        #"{"a":1,}"#: JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "}")), offset: 7),
        #"{/*hi*/"a":1}"#: JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "/")), offset: 1),
        #"{"a": NaN}"#: JSONParseError(kind: .nonFiniteNumber, offset: 6, path: "$.a"),
        #"{"a": Infinity}"#: JSONParseError(kind: .nonFiniteNumber, offset: 6, path: "$.a"),
        #"{a:1}"#: JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "a")), offset: 1),
        #"{}{}"#: JSONParseError(kind: .trailingData, offset: 2),
        "": JSONParseError(kind: .empty, offset: 0),
        // gomatrixserverlib's compactor passes an unterminated string through; it is not JSON.
        "\"": JSONParseError(kind: .unexpectedEnd, offset: 1),
        // gomatrixserverlib drops a lone surrogate silently; SPEC §2 rejects it (vectors/README.md).
        #"["\uDEAD"]"#: JSONParseError(kind: .loneSurrogate, offset: 2, path: "$[0]"),
    ]

    @Test("every one of the 219 cases is checked or explicitly accounted for")
    func allCases() throws {
        let cases = try JSONVectors.cases("canonical_json")
        #expect(cases.count == 219)
        var counts: [String: Int] = [:]
        var laxChecked = Set<String>()
        for vector in cases {
            let input = try #require(vector["input"] as? [String: Any])
            let expected = try #require(vector["expected"] as? [String: Any])
            let description = (vector["description"] as? String) ?? ""
            let note = (vector["note"] as? String) ?? ""

            if let text = input["json_text"] as? String {
                let bytes = Array(text.utf8)
                if let canonical = expected["canonical"] as? String {
                    if note.contains("Lenient number normalisation") || description.contains("Examples\" #10") {
                        // SPEC §2 over the vector (see `pythonLax`).
                        let python = try #require(Self.pythonLax[text], "\(description): no Python form for \(text)")
                        #expect(try canonicalBoth(bytes, mode: .lax) == python, "\(description)")
                        laxChecked.insert(text)
                        // Whatever the two forms, they are the same numbers.
                        #expect(numbersEqual(try JSONParser.parse(python, mode: .lax), try JSONParser.parse(canonical, mode: .lax)))
                        if let error = rejection(bytes) {
                            guard case .floatNotAllowed = error.kind else {
                                Issue.record("\(description): expected a float rejection, got \(error)")
                                continue
                            }
                            counts["number normalisation: strict rejects, lax keeps the Python float", default: 0] += 1
                        } else {
                            // Only `-0` is accepted in strict mode, as the integer 0: the vector's own output.
                            #expect(try canonicalBoth(bytes) == canonical, "\(description)")
                            #expect(!text.contains("."))
                            counts["number normalisation: -0 is the integer 0", default: 0] += 1
                        }
                    } else if description.contains("gomatrixserverlib-specific: lone surrogate silently dropped") {
                        #expect(rejection(bytes) == Self.rejections[text], "\(description)")
                        counts["gomatrixserverlib-only: lone surrogate rejected, not dropped", default: 0] += 1
                    } else if description.contains("TestCompactJSON"), text == "\"" {
                        #expect(rejection(bytes) == Self.rejections[text], "\(description)")
                        counts["gomatrixserverlib-only: unterminated string rejected", default: 0] += 1
                    } else {
                        #expect(try canonicalBoth(bytes) == canonical, "\(description)")
                        // Canonical output is a fixed point, and valid in lax mode too (same bytes).
                        #expect(try canonicalBoth(canonical) == canonical, "\(description)")
                        #expect(try canonicalBoth(bytes, mode: .lax) == canonical, "\(description)")
                        counts["canonical output", default: 0] += 1
                    }
                } else if expected["error"] != nil {
                    let error = rejection(bytes)
                    #expect(error != nil && error == Self.rejections[text], "\(description): \(String(describing: error))")
                    if let python = Self.pythonLax[text] {
                        // Strict-only rejections: lax mode keeps the number (Python's form).
                        #expect(try canonicalBoth(bytes, mode: .lax) == python, "\(description)")
                        laxChecked.insert(text)
                    } else if let error {
                        #expect(rejection(bytes, mode: .lax) == error, "\(description): lax mode must reject the same way")
                    }
                    counts["rejected with the exact error", default: 0] += 1
                } else if let valid = expected["valid"] as? Bool {
                    if let versions = input["room_versions"] as? [String] {
                        // gomatrixserverlib TestJSONIntegerRanges: the number rules of each room version hold,
                        // i.e. the linter (strict for v6+, lax for v1–5) finds nothing.
                        for version in versions {
                            let mode: NumberMode = (Int(version) ?? 99) <= 5 ? .lax : .strict
                            #expect(((try? lint(text, mode: mode))?.isEmpty ?? false) == valid, "\(description) in v\(version)")
                        }
                        counts["valid under the number rules of each listed room version", default: 0] += 1
                    } else {
                        // gomatrixserverlib TestVerifyCanonical (room v11): the text is strict canonical JSON:
                        // strict parsing accepts it and canonicalising changes nothing (so `{"a":-0}` is not
                        // valid: it parses, as 0, but is written `{"a":0}`). The linter agrees.
                        let canonical = try? CanonicalJSON.canonicalize(bytes)
                        #expect((canonical == bytes) == valid, "\(description)")
                        #expect(((try? lint(text))?.isEmpty ?? false) == valid, "\(description)")
                        counts["valid means already strict canonical JSON", default: 0] += 1
                    }
                } else if let v1 = expected["room_v1"] as? String, let v6 = expected["room_v6"] as? String {
                    #expect((rejection(bytes, mode: .lax) == nil) == (v1 == "valid"), "\(description) v1")
                    #expect((rejection(bytes, mode: .strict) == nil) == (v6 == "valid"), "\(description) v6")
                    counts["room v1 (lax) / v6 (strict)", default: 0] += 1
                } else {
                    Issue.record("unhandled case shape: \(description)")
                }
            } else if let hex = input["json_text_hex"] as? String {
                let bytes = try JSONVectors.hex(hex)
                #expect(rejection(bytes) == JSONParseError(kind: .invalidUTF8, offset: 1), "\(description)")
                #expect(rejection(bytes, mode: .lax)?.kind == .invalidUTF8)
                counts["rejected with the exact error", default: 0] += 1
            } else if let value = input["value"] {
                // A value given as data (Python's encode_canonical_json(value)): encode our tree of it.
                let tree = try JSONVectors.value(value)
                let canonical = try #require(expected["canonical"] as? String)
                #expect(CanonicalJSON.encodeString(tree) == canonical, "\(description)")
                #expect(try JSONParser.parse(canonical) == tree, "\(description)")
                counts["value encoded", default: 0] += 1
            } else if let values = input["values"] as? [String], let each = expected["canonical_each"] as? [String] {
                #expect(values.count == each.count)
                #expect(values.count == 92)
                for (value, canonical) in zip(values, each) {
                    #expect(CanonicalJSON.encodeString(.string(value)) == canonical, "\(value)")
                }
                counts["values encoded one by one", default: 0] += 1
            } else if let python = input["python_value"] as? String {
                // Python's float('inf') / float('-inf') / float('nan') make encode_canonical_json raise.
                // JSON text cannot hold them: the literals are rejected in both modes, a literal that
                // overflows a double is too (lax mode), and a non-finite float put into a tree by code
                // is written as null, never as invalid JSON.
                let literal = python.contains("nan") ? "NaN" : (python.contains("-inf") ? "-Infinity" : "Infinity")
                let overflow = python.contains("-inf") ? "-1e400" : "1e400"
                for mode in [NumberMode.strict, .lax] {
                    #expect(rejection(literal, mode: mode) == JSONParseError(kind: .nonFiniteNumber, offset: 0))
                }
                if !python.contains("nan") {
                    #expect(rejection(overflow, mode: .lax) == JSONParseError(kind: .nonFiniteNumber, offset: 0))
                }
                let double: Double = python.contains("nan") ? .nan : (python.contains("-inf") ? -.infinity : .infinity)
                #expect(CanonicalJSON.encodeString(["x": .float(double)]) == #"{"x":null}"#)
                counts["python non-finite float: rejected as a literal", default: 0] += 1
            } else if input["rust_value"] != nil {
                // ruma's to_canonical_value over Rust types. Where the Rust value has a JSON counterpart,
                // check that; map keys that are not strings have none (JSON keys are always strings).
                if let equivalent = input["json_equivalent"] as? String {
                    #expect(rejection(equivalent) == JSONParseError(kind: .integerOutOfRange("9223372036854775807"), offset: 7, path: "$.foo"))
                    #expect(try canonicalBoth(equivalent, mode: .lax) == equivalent)
                    counts["rust value: checked as its JSON equivalent", default: 0] += 1
                } else if description.contains("invalid_type") {
                    // `foo: f32 = 10.0` is the JSON {"foo":10.0}.
                    #expect(rejection(#"{"foo":10.0}"#) == JSONParseError(kind: .floatNotAllowed("10.0"), offset: 7, path: "$.foo"))
                    counts["rust value: checked as its JSON equivalent", default: 0] += 1
                } else if description.contains("duplicate_object_key") {
                    // Two fields serialised as "foo": the JSON {"foo":"string","foo":[0,1,2]}.
                    #expect(rejection(#"{"foo":"string","foo":[0,1,2]}"#) == JSONParseError(kind: .duplicateKey("foo"), offset: 16))
                    counts["rust value: checked as its JSON equivalent", default: 0] += 1
                } else {
                    #expect(description.contains("invalid_object_key_type"))
                    counts["rust value: non-string map keys, not expressible as JSON text", default: 0] += 1
                }
            } else {
                Issue.record("unhandled case shape: \(description)")
            }
        }
        #expect(counts == [
            "canonical output": 105,
            "number normalisation: strict rejects, lax keeps the Python float": 25,
            "number normalisation: -0 is the integer 0": 1,
            "gomatrixserverlib-only: lone surrogate rejected, not dropped": 1,
            "gomatrixserverlib-only: unterminated string rejected": 1,
            "rejected with the exact error": 29,
            "valid under the number rules of each listed room version": 1,
            "valid means already strict canonical JSON": 6,
            "room v1 (lax) / v6 (strict)": 2,
            "value encoded": 40,
            "values encoded one by one": 1,
            "python non-finite float: rejected as a literal": 3,
            "rust value: checked as its JSON equivalent": 3,
            "rust value: non-string map keys, not expressible as JSON text": 1,
        ])
        #expect(counts.values.reduce(0, +) == 219)
        // Every Python form above was used.
        #expect(laxChecked == Set(Self.pythonLax.keys))
    }
}
