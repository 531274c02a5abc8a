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
