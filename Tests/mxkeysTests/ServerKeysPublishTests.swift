import Foundation
import Testing

/// server-keys publish signs only what a verifier can accept.
@Suite("mxkeys server-keys publish: timestamps")
struct ServerKeysPublishTests {
    static let range = "is outside -(2^53-1) to 2^53-1, the integers canonical JSON allows, so no verifier would accept it"

    @Test("timestamps beyond 2^53-1 and a validity that ends before the response is made are refused, exit 2, nothing printed")
    func refused() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let old = "ed25519:old=\(specPublicKey)@9223372036854775807"
        let cases: [([String], String)] = [
            (["--valid-until", "9223372036854775807"], "mxkeys: valid_until_ts: 9223372036854775807 \(Self.range)"),
            (["--valid-until=-9223372036854775808"], "mxkeys: valid_until_ts: -9223372036854775808 \(Self.range)"),
            (["--valid-for", "999999999w"],
             "mxkeys: --valid-for 999999999w: the response would be valid until after 2^53-1 ms since the epoch, which no verifier accepts"),
            (["--old-key", old], "mxkeys: old key \"\(old)\": 9223372036854775807 \(Self.range) (--old-key)"),
        ]
        for (arguments, error) in cases {
            let result = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.out == "", "\(arguments)")
            #expect(result.err == error + "\n", "\(arguments)")
        }
        let past = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "1"])
        #expect(past.status == 2)
        #expect(past.err.hasPrefix("mxkeys: --valid-until 1 is before now ("))
        #expect(past.err.hasSuffix("): the response would expire before it is made\n"))
        // The largest timestamp that is accepted.
        let largest = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "9007199254740991",
                                   "--old-key", "ed25519:old=\(specPublicKey)@9007199254740991"])
        #expect(largest.status == 0)
        #expect(largest.out.contains(#""valid_until_ts":9007199254740991"#) && largest.out.contains(#""expired_ts":9007199254740991"#))
    }
}
