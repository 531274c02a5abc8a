import Testing
@testable import MatrixKeys

/// Random JSON for the property tests, from the shared seeded `SplitMix64` (Support/RandomJSON.swift).
enum JSONFuzz {
    static let scalars: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\u{00}", "\u{08}", "\u{1F}", "\u{7F}", "\u{80}", "é", "\u{301}", "\u{2028}",
        "\u{D7FF}", "\u{E000}", "\u{FEFF}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "_", ".", "k",
    ]

    static func string<G: RandomNumberGenerator>(_ rng: inout G) -> String {
        var result = ""
        // Mostly short (keys), sometimes past the eight-byte scanning words.
        let length = Int.random(in: 0...10, using: &rng) == 0 ? Int.random(in: 9...40, using: &rng) : Int.random(in: 0...6, using: &rng)
        for _ in 0..<length { result.unicodeScalars.append(scalars[Int.random(in: 0..<scalars.count, using: &rng)]) }
        return result
    }

    /// A random value; in lax mode also floats (any finite double), Int64 extremes and big integers.
    static func value<G: RandomNumberGenerator>(_ rng: inout G, lax: Bool, depth: Int = 0) -> JSONValue {
        let kinds = depth >= 4 ? 6 : 9
        switch Int.random(in: 0..<kinds, using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .integer(Int64.random(in: -(1 << 53) + 1...(1 << 53) - 1, using: &rng))
        case 3: return .integer(Int64.random(in: -1000...1000, using: &rng))
        case 4, 5:
            guard lax else { return .string(string(&rng)) }
            switch Int.random(in: 0..<5, using: &rng) {
            case 0:
                var bits = rng.next()
                while !Double(bitPattern: bits).isFinite { bits = rng.next() }
                return .float(Double(bitPattern: bits))
            case 1: return .float(Double(Int.random(in: -100_000...100_000, using: &rng)) / 64)
            case 2: return .integer(Bool.random(using: &rng) ? Int64.max - Int64.random(in: 0...3, using: &rng) : Int64.min + Int64.random(in: 0...3, using: &rng))
            case 3:
                let digits = (0..<Int.random(in: 20...40, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
                return .bigInteger((Bool.random(using: &rng) ? "-" : "") + String(Int.random(in: 1...9, using: &rng)) + digits)
            default: return .string(string(&rng))
            }
        case 6, 7:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...6, using: &rng) { object[string(&rng)] = value(&rng, lax: lax, depth: depth + 1) }
            return .object(object)
        default:
            return .array((0..<Int.random(in: 0...5, using: &rng)).map { _ in value(&rng, lax: lax, depth: depth + 1) })
        }
    }

    /// The JSON text of `value` written non-canonically: whitespace, members in reverse order, strings
    /// with random escapes (\u in either case, surrogate pairs, short forms, `\/`), floats in Swift's
    /// notation where it differs from Python's.
    static func noisyText<G: RandomNumberGenerator>(_ value: JSONValue, _ rng: inout G) -> String {
        let spaces = [" ", "\t", "\n", "\r", "", "", ""]
        func space() -> String { spaces[Int.random(in: 0..<spaces.count, using: &rng)] }
        switch value {
        case .object(let object):
            let members = object.reversed().map { space() + escaped($0.key, &rng) + space() + ":" + noisyText($0.value, &rng) }
            return "{" + members.joined(separator: space() + ",") + space() + "}"
        case .array(let elements):
            return "[" + elements.map { space() + noisyText($0, &rng) }.joined(separator: ",") + space() + "]"
        case .string(let s):
            return escaped(s, &rng)
        case .float(let d) where Bool.random(using: &rng):
            return d.description
        default:
            return CanonicalJSON.encodeString(value)
        }
    }

    static func escaped<G: RandomNumberGenerator>(_ s: String, _ rng: inout G) -> String {
        let hex = Array("0123456789abcdef")
        func u(_ unit: UInt16, upper: Bool) -> String {
            let digits = [hex[Int(unit >> 12)], hex[Int(unit >> 8 & 0xF)], hex[Int(unit >> 4 & 0xF)], hex[Int(unit & 0xF)]]
            let text = String(digits)
            return "\\u" + (upper ? text.uppercased() : text)
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            let choice = Int.random(in: 0..<4, using: &rng)
            if choice == 0 || scalar.value < 0x20 || scalar == "\"" || scalar == "\\" {
                if choice == 1, scalar == "\"" { out += "\\\""; continue }
                if choice == 1, scalar == "\\" { out += "\\\\"; continue }
                if choice == 1, scalar == "\n" { out += "\\n"; continue }
                for unit in String(scalar).utf16 { out += u(unit, upper: Bool.random(using: &rng)) }
            } else if scalar == "/" && choice == 2 {
                out += "\\/"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// How many numbers in `value` strict mode refuses.
    static func strictViolations(_ value: JSONValue) -> Int {
        switch value {
        case .float, .bigInteger: return 1
        case .integer(let i): return i.magnitude > 9_007_199_254_740_991 ? 1 : 0
        case .array(let elements): return elements.map(strictViolations).reduce(0, +)
        case .object(let object): return object.map { strictViolations($0.value) }.reduce(0, +)
        default: return 0
        }
    }
}

@Suite("Canonical JSON properties over seeded random values")
struct JSONPropertyTests {
    @Test("strict: encode is a fixed point of canonicalize, parse(encode(v)) == v, noisy text gives the same bytes",
          arguments: 0..<4)
    func strictRoundTrips(seed: UInt64) throws {
        var rng = SplitMix64(seed: 1000 + seed)
        for _ in 0..<150 {
            let value = JSONFuzz.value(&rng, lax: false)
            let canonical = CanonicalJSON.encode(value)
            #expect(try CanonicalJSON.canonicalize(canonical) == canonical)
            #expect(try JSONParser.parse(canonical) == value)
            let violations = try lint(String(decoding: canonical, as: UTF8.self))
            #expect(violations == [], "\(violations) in \(String(decoding: canonical, as: UTF8.self))")
            let noisy = Array(JSONFuzz.noisyText(value, &rng).utf8)
            let once = try canonicalBoth(noisy)
            #expect(once == String(decoding: canonical, as: UTF8.self))
            #expect(try canonicalBoth(once) == once)
            // --check finds nothing exactly when the bytes are already canonical.
            #expect(try JSONLint.check(String(decoding: canonical, as: UTF8.self)) == [])
            let findings = try JSONLint.check(String(decoding: noisy, as: UTF8.self))
            #expect(findings.isEmpty == (noisy == canonical), "\(findings) in \(String(decoding: noisy, as: UTF8.self))")
            #expect(findings.allSatisfy { $0.kind == .form })
        }
    }

    @Test("lax: floats in Python form and big integers round-trip; strict refuses exactly those numbers",
          arguments: 0..<4)
    func laxRoundTrips(seed: UInt64) throws {
        var rng = SplitMix64(seed: 2000 + seed)
        for _ in 0..<150 {
            let value = JSONFuzz.value(&rng, lax: true)
            let canonical = CanonicalJSON.encode(value)
            let text = String(decoding: canonical, as: UTF8.self)
            #expect(try CanonicalJSON.canonicalize(canonical, mode: .lax) == canonical)
            #expect(try JSONParser.parse(canonical, mode: .lax) == value, "\(text)")
            let noisy = Array(JSONFuzz.noisyText(value, &rng).utf8)
            #expect(try canonicalBoth(noisy, mode: .lax) == text)
            // The linter finds one violation per float or out-of-range integer; strict parsing fails
            // exactly when there is one.
            let expected = JSONFuzz.strictViolations(value)
            #expect(try lint(text).count == expected, "\(text)")
            #expect(try lint(text, mode: .lax) == [])
            let error = rejection(noisy)
            #expect((error == nil) == (expected == 0))
            if let error {
                switch error.kind {
                case .floatNotAllowed, .integerOutOfRange: break
                default: Issue.record("unexpected strict error \(error) for \(text)")
                }
            }
        }
    }

    @Test("mutated input: both paths accept the same bytes or reject with the same error; lint agrees",
          arguments: 0..<4)
    func mutations(seed: UInt64) throws {
        var rng = SplitMix64(seed: 3000 + seed)
        let pool: [UInt8] = Array("\"\\{}[],:-0123456789.eE+ \nutfnalsx".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]
        var accepted = 0, rejected = 0
        for _ in 0..<300 {
            let lax = Bool.random(using: &rng)
            let value = JSONFuzz.value(&rng, lax: lax)
            var bytes = Array(JSONFuzz.noisyText(value, &rng).utf8)
            for _ in 0..<Int.random(in: 1...3, using: &rng) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes[at] = pool[Int.random(in: 0..<pool.count, using: &rng)]
                case 1: bytes.remove(at: at)
                default: bytes.insert(pool[Int.random(in: 0..<pool.count, using: &rng)], at: at)
                }
            }
            let mode: NumberMode = lax ? .lax : .strict
            let laxError = rejection(bytes, mode: .lax)  // checks that the two paths agree
            if let error = rejection(bytes, mode: mode) {
                rejected += 1
                #expect(error.description.contains("at byte \(error.offset)"))
            } else {
                accepted += 1
                let once = try CanonicalJSON.canonicalize(bytes, mode: mode)
                #expect(try CanonicalJSON.canonicalize(once, mode: mode) == once)
            }
            // The linter reads numbers leniently: it fails exactly where lax parsing fails.
            do {
                _ = try JSONLint.violations(bytes)
                #expect(laxError == nil)
            } catch {
                #expect(error == laxError)
            }
        }
        #expect(accepted + rejected == 300)
        #expect(accepted > 20 && rejected > 20)
    }
}
