import Foundation
import Testing

/// server-keys publish signs only what a verifier can accept.
@Suite("mxkeys server-keys publish: timestamps")
struct ServerKeysPublishTests {
    static let range = "is outside -(2^53-1) to 2^53-1, the integers canonical JSON allows, so no verifier would accept it"

    @Test("timestamps beyond 2^53-1, seconds and a validity that ends before the response is made are refused, nothing printed")
    func refused() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let old = "ed25519:old=\(specPublicKey)@9223372036854775807"
        // Values that are not timestamps are usage errors (64), with the reason on the first line.
        let usage: [([String], String)] = [
            (["--valid-until", "9223372036854775807"],
             #"mxkeys: the value '9223372036854775807' is invalid for '--valid-until <ts>': "9223372036854775807" is outside the timestamps Matrix can carry (0 to 2^53-1 milliseconds)"#),
            (["--valid-until=-9223372036854775808"],
             #"mxkeys: the value '-9223372036854775808' is invalid for '--valid-until <ts>': "-9223372036854775808" is not a timestamp: give milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now"#),
            (["--valid-until", "1"],
             #"mxkeys: the value '1' is invalid for '--valid-until <ts>': "1" looks like seconds, not milliseconds: multiply by 1000, or give an ISO 8601 date such as 2026-11-22T10:00:00Z"#),
        ]
        for (arguments, error) in usage {
            let result = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.out == "", "\(arguments)")
            #expect(result.err.split(separator: "\n").first.map(String.init) == error, "\(arguments)")
        }
        let cases: [([String], String)] = [
            (["--valid-for", "999999999w"],
             "mxkeys: --valid-for 999999999w: the response would be valid until after 2^53-1 ms since the epoch, which no verifier accepts"),
            (["--old-key", old],
             #"mxkeys: old key "\#(old)": EXPIRED_TS: "9223372036854775807" is outside the timestamps Matrix can carry (0 to 2^53-1 milliseconds) (--old-key)"#),
        ]
        // Values the option takes but that make no response: on the command line too, so 64 as well.
        for (arguments, error) in cases {
            let result = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.out == "", "\(arguments)")
            #expect(result.err == error + "\n", "\(arguments)")
        }
        let past = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "2001-09-09T01:46:40Z"])
        #expect(past.status == 64)
        #expect(past.err.hasPrefix("mxkeys: --valid-until 1000000000000 is before now ("))
        #expect(past.err.hasSuffix("): the response would expire before it is made\n"))
        // The largest timestamp that is accepted.
        let largest = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "9007199254740991",
                                   "--old-key", "ed25519:old=\(specPublicKey)@9007199254740991"])
        #expect(largest.status == 0)
        #expect(largest.out.contains(#""valid_until_ts":9007199254740991"#) && largest.out.contains(#""expired_ts":9007199254740991"#))
    }
}
