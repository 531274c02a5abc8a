import Testing
@testable import MatrixKeys

@Suite("Timestamps as people type and read them")
struct TimestampTests {
    static let now: Int64 = 1_764_000_000_000

    @Test("milliseconds, ISO 8601 with Z, an offset or fractions, a date alone, and now")
    func accepted() throws {
        let cases: [(String, Int64)] = [
            ("1763805600000", 1_763_805_600_000),
            ("100000000000", 100_000_000_000),
            ("9007199254740991", 9_007_199_254_740_991),
            ("2026-11-22T10:00:00Z", 1_795_341_600_000),
            ("2026-11-22t10:00:00z", 1_795_341_600_000),
            ("2026-11-22 10:00:00Z", 1_795_341_600_000),
            ("2026-11-22T10:00Z", 1_795_341_600_000),
            ("2026-11-22T11:00:00+01:00", 1_795_341_600_000),
            ("2026-11-22T05:30:00-0430", 1_795_341_600_000),
            ("2026-11-22T10:00:00.25Z", 1_795_341_600_250),
            ("2026-11-22T10:00:00.123456Z", 1_795_341_600_123),
            ("2026-11-22", 1_795_305_600_000),
            ("2026-11-22T10:00:00", 1_795_341_600_000),
            ("1970-01-01T00:00:00Z", 0),
            ("now", Self.now),
            (" now ", Self.now),
        ]
        for (text, value) in cases { #expect(try Timestamp.parse(text, now: Self.now) == value, "\(text)") }
    }

    @Test("seconds, garbage, impossible dates and values out of range are refused, each saying why")
    func refused() {
        #expect(throws: Timestamp.ParseError.seconds("1763805600")) { try Timestamp.parse("1763805600", now: Self.now) }
        #expect(throws: Timestamp.ParseError.seconds("0")) { try Timestamp.parse("0", now: Self.now) }
        for text in ["", "-5", "1.5e12", "yesterday", "2026-02-30", "2026-13-01", "2026-11-22T24:00:00Z", "2026-11-22T10:00:00.Z", "2026-11-22X"] {
            #expect(throws: Timestamp.ParseError.invalid(text), "\(text)") { try Timestamp.parse(text, now: Self.now) }
        }
        #expect(throws: Timestamp.ParseError.outOfRange("9007199254740992")) { try Timestamp.parse("9007199254740992", now: Self.now) }
        #expect(throws: Timestamp.ParseError.outOfRange("1969-12-31T23:59:59Z")) { try Timestamp.parse("1969-12-31T23:59:59Z", now: Self.now) }
        #expect(Timestamp.ParseError.seconds("1763805600").description
            == #""1763805600" looks like seconds, not milliseconds: multiply by 1000, or give an ISO 8601 date such as 2026-11-22T10:00:00Z"#)
    }

    @Test("shown as milliseconds with the UTC date")
    func shown() throws {
        #expect(Timestamp.iso(1_795_341_600_000) == "2026-11-22T10:00:00Z")
        #expect(Timestamp.iso(1_795_341_600_250) == "2026-11-22T10:00:00.250Z")
        #expect(Timestamp.iso(1_700_000_000_000) == "2023-11-14T22:13:20Z")
        #expect(Timestamp.iso(-1) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.describe(1) == "1 (1970-01-01T00:00:00.001Z)")
        for value: Int64 in [0, 1, 999, 1_700_000_000_000, 1_795_341_600_250, 253_402_300_799_999] {
            #expect(try Timestamp.parse(Timestamp.iso(value), now: 0) == value)
        }
    }
}
