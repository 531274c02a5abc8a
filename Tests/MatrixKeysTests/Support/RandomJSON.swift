@testable import MatrixKeys

/// A small deterministic generator (SplitMix64), so property tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomJSON {
    /// Strings drawn from ASCII, controls, escapes-needing characters, BMP and astral code points.
    static func string<G: RandomNumberGenerator>(_ rng: inout G) -> String {
        let pool: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "\u{00}", "\u{1F}", "\u{7F}", "é", "\u{2028}",
                                      "\u{E000}", "\u{FFFF}", "\u{1F600}", "\u{10FFFF}", "_", "."]
        var result = ""
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            result.unicodeScalars.append(pool[Int.random(in: 0..<pool.count, using: &rng)])
        }
        return result
    }

    /// A random value within strict-mode rules.
    static func value<G: RandomNumberGenerator>(_ rng: inout G, depth: Int = 0) -> JSONValue {
        let choice = Int.random(in: 0..<(depth >= 4 ? 5 : 8), using: &rng)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .integer(Int64.random(in: -(1 << 53) + 1...(1 << 53) - 1, using: &rng))
        case 3: return .integer(Int64.random(in: -1000...1000, using: &rng))
        case 4: return .string(string(&rng))
        case 5, 6: return .object(object(&rng, depth: depth + 1))
        default: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        }
    }

    static func object<G: RandomNumberGenerator>(_ rng: inout G, depth: Int = 0) -> JSONObject {
        var object = JSONObject()
        for _ in 0..<Int.random(in: 0...5, using: &rng) { object[string(&rng)] = value(&rng, depth: depth + 1) }
        return object
    }
}

extension RandomJSON {
    /// Valid but non-canonical JSON text for `value`: members in shuffled order, whitespace around
    /// tokens, and characters escaped that canonical JSON writes raw (`\/`, `\u00e9`, surrogate pairs).
    static func looseText<G: RandomNumberGenerator>(_ value: JSONValue, _ rng: inout G) -> String {
        let spaces = ["", "", " ", "\n", "\t ", "\r\n"]
        func space() -> String { spaces[Int.random(in: 0..<spaces.count, using: &rng)] }
        func string(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "/" where Bool.random(using: &rng): out += "\\/"
                case _ where scalar.value < 0x20 || (scalar.value >= 0x80 && Int.random(in: 0..<3, using: &rng) == 0):
                    for unit in String(scalar).utf16 { out += "\\u" + String(unit, radix: 16).leftPadded(to: 4) }
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        switch value {
        case .object(let object):
            let members = Array(object).shuffled(using: &rng)
            let body = members.map { space() + string($0.key) + space() + ":" + space() + looseText($0.value, &rng) + space() }
            return "{" + body.joined(separator: ",") + space() + "}"
        case .array(let items):
            return "[" + items.map { space() + looseText($0, &rng) + space() }.joined(separator: ",") + space() + "]"
        case .string(let s):
            return string(s)
        default:
            return CanonicalJSON.encodeString(value)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
