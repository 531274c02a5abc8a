import Foundation
import Testing

/// The spec's test key (seed "YJDBA9…XA1", key ID ed25519:1) as a Synapse key file.
let specKeyFile = "ed25519 1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1\n"
let specPublicKey = "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"
/// The spec's JSON-signing example #2 and its signature.
let specSignedExample =
    #"{"one":1,"signatures":{"domain":{"ed25519:1":"KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}},"two":"Two"}"#

@Suite("mxkeys canonical")
struct CanonicalCommandTests {
    @Test("prints canonical bytes with no trailing newline")
    func canonical() throws {
        let result = try CLI.run("canonical", stdin: #"{ "b": 1, "a": "\u00e9\/", "c": [true, null] }"#)
        #expect(result.status == 0)
        #expect(result.out == #"{"a":"é/","b":1,"c":[true,null]}"#)
        #expect(result.err == "")
    }

    @Test("strict mode rejects a float with exit 2 and one line naming where; --lax keeps it")
    func numbers() throws {
        let strict = try CLI.run("canonical", stdin: #"{"a": 1E2}"#)
        #expect(strict.status == 2)
        #expect(strict.out == "")
        #expect(strict.err.hasPrefix("mxkeys: "))
        #expect(strict.err.hasSuffix(" (stdin)\n"))
        #expect(strict.err.contains("$.a"))
        #expect(strict.err.split(separator: "\n").count == 1)
        let lax = try CLI.run("canonical", "--lax", stdin: #"{"a": 1E2, "b": 123456789012345678901234567890}"#)
        #expect(lax.status == 0)
        #expect(lax.out == #"{"a":100.0,"b":123456789012345678901234567890}"#)
    }

    @Test("--check lists every rule violation and form finding, labelled, and exits 1; canonical input exits 0 silently")
    func check() throws {
        let bad = try CLI.run("canonical", "--check", stdin: #"{"a":1.5,"b":[9007199254740992,2]}"#)
        #expect(bad.status == 1)
        #expect(bad.out == """
            rule: $.a: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 5)
            rule: $.b[0]: integer 9007199254740992 is outside ±(2^53−1) (byte 14)

            """)
        #expect(bad.err == "")
        let good = try CLI.run("canonical", "--check", stdin: #"{"a":1,"b":["é","\"\\\n\u001f/"]}"#)
        #expect(good.status == 0)
        #expect(good.out == "")
        #expect(try CLI.run("canonical", "--check", "--lax", stdin: #"{"a":1.5}"#).status == 0)
    }

    @Test("--check reports form: key order, whitespace, needless escapes and numbers, each with its path")
    func checkForm() throws {
        let cases: [(input: String, lax: Bool, out: String)] = [
            (#"{"b":1,"a":2}"#, false, #"form: $: keys out of order: "a" after "b" (canonical JSON sorts keys by code point) (byte 7)"#),
            (#"{"a": 1}"#, false, "form: $: whitespace (canonical JSON has none) (byte 5)"),
            (#"{"a":"\u00e9"}"#, false, #"form: $.a: the string has the escape \u00e9 where canonical JSON writes "é" (byte 5)"#),
            (#"{"a":"\/"}"#, false, #"form: $.a: the string has the escape \/ where canonical JSON writes "/" (byte 5)"#),
            (#"{"a":"\u001F"}"#, false, #"form: $.a: the string has the escape \u001F where canonical JSON writes "\u001f" (byte 5)"#),
            (#"{"a":"\u000a"}"#, false, #"form: $.a: the string has the escape \u000a where canonical JSON writes "\n" (byte 5)"#),
            (#"{"\u0062":{"d":1,"c":2}}"#, false, #"""
                form: $.b: the key has the escape \u0062 where canonical JSON writes "b" (byte 1)
                form: $.b: keys out of order: "c" after "d" (canonical JSON sorts keys by code point) (byte 17)
                """#),
            // One final line break is accepted (every tool writes one); a space before it is not.
            (" [1,\t{\"x\":2 }] \n", false, """
                form: $: whitespace before the value (byte 0)
                form: $: whitespace (canonical JSON has none) (byte 4)
                form: $[1]: whitespace (canonical JSON has none) (byte 11)
                form: $: whitespace after the value (canonical JSON ends where the value ends) (byte 14)
                """),
            (#"{"a":1E2,"b":-0,"c":1.50,"d":[1.0]}"#, true, """
                form: $.a: the number 1E2 is written 100.0 in canonical JSON (byte 5)
                form: $.b: the number -0 is written 0 in canonical JSON (byte 13)
                form: $.c: the number 1.50 is written 1.5 in canonical JSON (byte 20)
                """),
            (#"{"z":1.5, "a":1}"#, false, """
                rule: $.z: 1.5 is not an integer (strict canonical JSON allows integers only) (byte 5)
                form: $: whitespace (canonical JSON has none) (byte 9)
                form: $: keys out of order: "a" after "z" (canonical JSON sorts keys by code point) (byte 10)
                """),
        ]
        for (input, lax, out) in cases {
            let result = try CLI.run(["canonical", "--check"] + (lax ? ["--lax"] : []), stdin: Data(input.utf8))
            #expect(result.status == 1, "\(input)")
            #expect(result.out == out + "\n", "\(input)")
        }
        let lines = try CLI.run("canonical", "--check", "--lines", stdin: "{\"a\":1}\n{\"b\":1,\"a\":2}\n")
        #expect(lines.status == 1)
        #expect(lines.out == #"line 2: form: $: keys out of order: "a" after "b" (canonical JSON sorts keys by code point) (byte 7)"# + "\n")
    }

    @Test("--lines: one canonical line per input line; a bad line is reported and the run goes on (exit 1), or stops it with --fail-fast")
    func lines() throws {
        let good = try CLI.run("canonical", "--lines", stdin: "{\"b\":2,\"a\":1}\n\n[ 1 ,2]\r\n\"x\"")
        #expect(good.status == 0)
        #expect(good.out == "{\"a\":1,\"b\":2}\n[1,2]\n\"x\"\n")
        let bad = try CLI.run("canonical", "--lines", stdin: "{\"a\":1}\n{\"a\":\n{\"b\":2}\n")
        #expect(bad.status == 1)
        #expect(bad.out == "{\"a\":1}\n{\"b\":2}\n")
        #expect(bad.err == "mxkeys: line 2: unexpected end of input at byte 5, at $.a (stdin)\n")
        let stopped = try CLI.run("canonical", "--lines", "--fail-fast", stdin: "{\"a\":1}\n{\"a\":\n{\"b\":2}\n")
        #expect(stopped.status == 2)
        #expect(stopped.out == "{\"a\":1}\n")
        #expect(stopped.err == "mxkeys: line 2: unexpected end of input at byte 5, at $.a (stdin)\n")
        let checked = try CLI.run("canonical", "--lines", "--check", stdin: "{\"a\":1}\n{\"a\":\n{\"b\" :2}\n")
        #expect(checked.status == 1)
        #expect(checked.out == "line 2: error: unexpected end of input at byte 5, at $.a\nline 3: form: $: whitespace (canonical JSON has none) (byte 4)\n")
        // JSON lines given without --lines are named, and --newline ends one document with a line break.
        let notLines = try CLI.run("canonical", stdin: "{\"a\":1}\n{\"b\":2}\n")
        #expect(notLines.status == 2)
        #expect(notLines.err == "mxkeys: the input holds several JSON values, one per line (JSON lines): use --lines (stdin)\n")
        #expect(try CLI.run("canonical", "--newline", stdin: "{\"b\":1, \"a\":2}").out == "{\"a\":2,\"b\":1}\n")
    }

    @Test("files: a missing file and a directory are one-line errors with exit 2")
    func files() throws {
        let dir = try TempDirectory()
        let missing = try CLI.run(["canonical", dir.path("nope.json")])
        #expect(missing.status == 2)
        #expect(missing.err == "mxkeys: \(dir.path("nope.json")): no such file or directory\n")
        let directory = try CLI.run(["canonical", dir.url.path])
        #expect(directory.status == 2)
        #expect(directory.err == "mxkeys: \(dir.url.path): is a directory\n")
        let directoryLines = try CLI.run(["canonical", "--lines", dir.url.path])
        #expect(directoryLines.status == 2)
        #expect(directoryLines.err == "mxkeys: \(dir.url.path): is a directory\n")
    }
}

@Suite("mxkeys keygen and pubkey")
struct KeygenCommandTests {
    @Test("keygen writes a 0600 key file atomically and refuses to overwrite without --force")
    func keygen() throws {
        let dir = try TempDirectory()
        let first = try CLI.run(["keygen", "--key-version", "a_test", "--output", dir.path("signing.key")])
        #expect(first.status == 0)
        let written = try dir.read("signing.key")
        #expect(written.hasPrefix("ed25519 a_test "))
        #expect(written.hasSuffix("\n"))
        #expect(try dir.mode("signing.key") == 0o600)
        #expect(first.out.hasPrefix("ed25519:a_test="))
        #expect(first.out.count == "ed25519:a_test=".count + 43 + 1)
        // The printed public key is the key file's.
        let pub = try CLI.run(["pubkey", "--key", dir.path("signing.key")])
        #expect(pub.out == first.out)

        let again = try CLI.run(["keygen", "--output", dir.path("signing.key")])
        #expect(again.status == 2)
        #expect(again.err == "mxkeys: \(dir.path("signing.key")): already exists (use --force to replace it)\n")
        #expect(try dir.read("signing.key") == written)

        let forced = try CLI.run(["keygen", "--output", dir.path("signing.key"), "--force"])
        #expect(forced.status == 0)
        #expect(try dir.read("signing.key") != written)
        #expect(try dir.entries() == ["signing.key"])  // no temporary files left behind
    }

    @Test("keygen to stdout prints a Synapse key file; a bad version is exit 64 (a value wrong on the command line)")
    func keygenStdout() throws {
        let result = try CLI.run("keygen")
        #expect(result.status == 0)
        let fields = result.out.split(separator: " ")
        #expect(fields.count == 3)
        #expect(fields[0] == "ed25519")
        #expect(fields[1].hasPrefix("a_"))
        let bad = try CLI.run("keygen", "--key-version", "no-dashes")
        #expect(bad.status == 64)
        #expect(bad.err == "mxkeys: invalid key version \"no-dashes\": use letters, digits and _ only (--key-version)\n")
    }

    @Test("pubkey prints keys in the syntax --public-key and --old-key read, or a verify_keys object")
    func pubkey() throws {
        let dir = try TempDirectory()
        let path = try dir.write("spec.key", specKeyFile)
        let plain = try CLI.run(["pubkey", "--key", path])
        #expect(plain.status == 0)
        #expect(plain.out == "ed25519:1=\(specPublicKey)\n")
        let server = try CLI.run(["pubkey", "--key", path, "--server", "domain"])
        #expect(server.out == "domain:ed25519:1=\(specPublicKey)\n")
        let old = try CLI.run(["pubkey", "--key", path, "--old-key-at", "2026-11-22T10:00:00Z"])
        #expect(old.out == "ed25519:1=\(specPublicKey)@1795341600000\n")
        let both = try CLI.run(["pubkey", "--key", path, "--old-key-at", "now", "--server", "domain"])
        #expect(both.status == 64)
        // What pubkey prints, each command takes: verify, request verify and event verify.
        let signed = try CLI.run(["sign", "--server", "domain", "--key", path], stdin: Data(#"{"a":1}"#.utf8))
        for key in [plain.out, server.out] {
            let verified = try CLI.run(["verify", "--server", "domain", "--public-key", String(key.dropLast())], stdin: signed.stdout)
            #expect(verified.status == 0, "\(key)")
        }
        let other = try CLI.run(["verify", "--server", "other", "--public-key", String(server.out.dropLast())], stdin: signed.stdout)
        #expect(other.status == 64)
        #expect(other.err == "mxkeys: invalid public key \"domain:ed25519:1=\(specPublicKey)\": this is a key of domain, and the keys here are other's (the form is SERVER:ed25519:ID=BASE64) (--public-key)\n")
        let published = try dir.write("keys.json", try CLI.run(["server-keys", "publish", "--server", "domain", "--key", path, "--valid-for", "1d",
                                                                 "--old-key", String(old.out.dropLast()).replacingOccurrences(of: "ed25519:1=", with: "ed25519:0=")]).out)
        #expect(try String(contentsOfFile: published, encoding: .utf8).contains(#""old_verify_keys":{"ed25519:0":{"expired_ts":1795341600000,"key":"\#(specPublicKey)"}}"#))
        let json = try CLI.run(["pubkey", "--key", path, "--json"])
        #expect(json.out == "{\"ed25519:1\":{\"key\":\"\(specPublicKey)\"}}\n")
    }

    @Test("a bad key file is exit 2 with its line number and no secret on stderr")
    func badKeyFile() throws {
        let dir = try TempDirectory()
        let path = try dir.write("bad.key", "ed25519 1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1\ned25519 2 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW\n")
        let result = try CLI.run(["pubkey", "--key", path])
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: signing key file line 2: seed: decoded to 28 bytes, expected 32 (\(path))\n")
        #expect(!result.err.contains("YJDBA9"))
    }
}

@Suite("mxkeys sign and verify")
struct SignCommandTests {
    @Test("sign reproduces the spec's signed example; verify accepts it")
    func signVerify() throws {
        let dir = try TempDirectory()
        let key = try dir.write("spec.key", specKeyFile)
        let signed = try CLI.run(["sign", "--server", "domain", "--key", key], stdin: Data(#"{"two":"Two","one":1}"#.utf8))
        #expect(signed.status == 0)
        // JSON output ends with a line break, so that >> file.jsonl builds JSON lines.
        #expect(signed.out == specSignedExample + "\n")
        let verified = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: Data(signed.stdout))
        #expect(verified.status == 0)
        #expect(verified.out == "domain ed25519:1: verified\nvalid\n")
    }

    @Test("verify: a modified object exits 1 naming the failing key; --json reports it")
    func verifyFails() throws {
        let tampered = specSignedExample.replacingOccurrences(of: #""two":"Two""#, with: #""two":"Three""#)
        let result = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: Data(tampered.utf8))
        #expect(result.status == 1)
        #expect(result.out == "domain ed25519:1: signature does not verify\nnot valid\n")
        let json = try CLI.run(["verify", "--json", "--server", "domain", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: Data(tampered.utf8))
        #expect(json.status == 1)
        #expect(json.out == #"{"entity":"domain","signatures":[{"key_id":"ed25519:1","key_source":"--public-key","result":"bad_signature"}],"valid":false}"# + "\n")
        let unknown = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:2=\(specPublicKey)"], stdin: Data(specSignedExample.utf8))
        #expect(unknown.status == 1)
        #expect(unknown.out == "domain ed25519:1: unknown key\nnot valid\n")
    }

    @Test("verify takes keys from saved server key responses, only when their self-signature verifies")
    func serverKeys() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", specKeyFile)
        let published = try CLI.run(["server-keys", "publish", "--server", "domain", "--key", key, "--valid-until", "4102444800000"])
        let path = try dir.write("keys.json", published.out)
        let result = try CLI.run(["verify", "--server", "domain", "--server-keys", path], stdin: Data(specSignedExample.utf8))
        #expect(result.status == 0)
        #expect(result.out == "domain ed25519:1: verified\nvalid\n")
        let unsigned = #"{"server_name":"domain","valid_until_ts":1,"verify_keys":{"ed25519:1":{"key":""# + specPublicKey + #""}}}"#
        let unsignedPath = try dir.write("unsigned.json", unsigned)
        let notUsed = try CLI.run(["verify", "--server", "domain", "--server-keys", unsignedPath], stdin: Data(specSignedExample.utf8))
        #expect(notUsed.status == 1)
        #expect(notUsed.out == "domain ed25519:1: unknown key: the key response for domain (file \(unsignedPath)) was refused: its self-signature does not verify\nnot valid\n")
    }

    @Test("verify needs keys: a usage error otherwise; a bad --public-key is one too, exit 64")
    func verifyUsage() throws {
        let none = try CLI.run(["verify", "--server", "domain"], stdin: Data(specSignedExample.utf8))
        #expect(none.status == 64)
        let bad = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=AAAA"], stdin: Data(specSignedExample.utf8))
        #expect(bad.status == 64)
        #expect(bad.err == "mxkeys: invalid public key \"ed25519:1=AAAA\": ed25519 public key: decoded to 3 bytes, expected 32 (the form is SERVER:ed25519:ID=BASE64) (--public-key)\n")
    }

    @Test("sign: input that is not an object is exit 2")
    func signNotObject() throws {
        let dir = try TempDirectory()
        let key = try dir.write("spec.key", specKeyFile)
        let result = try CLI.run(["sign", "--server", "domain", "--key", key], stdin: Data("[1]".utf8))
        #expect(result.status == 2)
        #expect(result.err == "mxkeys: the input must be a JSON object (stdin)\n")
    }
}

@Suite("mxkeys request")
struct RequestCommandTests {
    static let seedFile = "ed25519 a_Obwu QJvXAPj0D9MUb1exkD8pIWmCvT1xajlsB8jRYz/G5HE\n"
    static let header = #"X-Matrix origin="localhost:8800",key="ed25519:a_Obwu",sig="7vt4vP/w8zYB3Zg77nuTPwie3TxEy2OHZQMsSa4nsXZzL4/qw+DguXbyMy3BF77XvSJmBt+Gw+fU6T4HId7fBg",destination="localhost:44033""#
    static let uri = "/_matrix/federation/v1/query/directory?room_alias=%23test%3Alocalhost%3A44033"

    @Test("request sign prints the header Synapse sent (gomatrixserverlib's captured vector)")
    func sign() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", Self.seedFile)
        let result = try CLI.run(["request", "sign", "--origin", "localhost:8800", "--destination", "localhost:44033",
                                  "--method", "GET", "--uri", Self.uri, "--key", key])
        #expect(result.status == 0)
        #expect(result.out == Self.header + "\n")
    }

    @Test("request verify: 0 for the right request, 1 for another URI")
    func verify() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", Self.seedFile)
        let pub = try CLI.run(["pubkey", "--key", key]).out.split(separator: "=")[1].dropLast()
        let base = ["request", "verify", "--origin", "localhost:8800", "--destination", "localhost:44033", "--method", "GET",
                    "--authorization", Self.header, "--public-key", "ed25519:a_Obwu=\(pub)"]
        let good = try CLI.run(base + ["--uri", Self.uri])
        #expect(good.status == 0)
        #expect(good.out == "localhost:8800 ed25519:a_Obwu: verified\n")
        let bad = try CLI.run(base + ["--uri", "/other"])
        #expect(bad.status == 1)
        #expect(bad.out == "localhost:8800 ed25519:a_Obwu: signature does not verify\n")
        let malformed = try CLI.run(["request", "verify", "--origin", "a", "--destination", "b", "--method", "GET", "--uri", "/",
                                     "--authorization", "Bearer x", "--public-key", "ed25519:a_Obwu=\(pub)"])
        #expect(malformed.status == 64)
        #expect(malformed.err == "mxkeys: invalid X-Matrix Authorization header: it does not start with X-Matrix (--authorization)\n")
    }
}

@Suite("mxkeys request: key validity and the method")
struct RequestValidityTests {
    static let origin = "localhost:8800"
    static let base = ["--origin", "localhost:8800", "--destination", "localhost:44033", "--uri", RequestCommandTests.uri]

    /// A key response of localhost:8800 published with `arguments`, saved in `dir`.
    func publish(_ dir: TempDirectory, _ arguments: [String]) throws -> String {
        let published = try CLI.run(["server-keys", "publish", "--server", Self.origin] + arguments)
        #expect(published.status == 0, "\(published.err)")
        return try dir.write("keys-\(UUID().uuidString).json", published.out)
    }

    @Test("request verify judges the key at --at: an old key after its expired_ts, a current key after valid_until_ts")
    func validity() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", RequestCommandTests.seedFile)
        let newKey = try dir.write("new", "ed25519 a_new " + String(repeating: "A", count: 43) + "\n")
        let pub = try CLI.run(["pubkey", "--key", key]).out.split(separator: "=")[1].dropLast()
        // In the future, so that server-keys publish accepts the validity periods.
        let at: Int64 = 4_000_000_000_000
        let day: Int64 = 86_400_000
        let verify = ["request", "verify", "--method", "GET", "--authorization", RequestCommandTests.header] + Self.base
        // Times as reports show them: milliseconds and the UTC date (4000000000000 is 2096-10-02T07:06:40Z).
        func describe(_ ms: Int64) -> String {
            let seconds = (ms - at) / 1000 + 25_600
            let day = 2 + seconds / 86_400, rest = seconds % 86_400
            func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(ms) (2096-10-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z)"
        }

        // Retired 30 minutes before the request.
        let retired = try publish(dir, ["--key", newKey, "--old-key", "ed25519:a_Obwu=\(pub)@\(at - 1_800_000)", "--valid-until", "\(at + day)"])
        let late = try CLI.run(verify + ["--server-keys", retired, "--at", "\(at)"])
        #expect(late.status == 1)
        #expect(late.out == "localhost:8800 ed25519:a_Obwu: outside its validity period (old key, ts \(describe(at)) ≥ expired_ts \(describe(at - 1_800_000)))\n")
        let early = try CLI.run(verify + ["--server-keys", retired, "--at", "\(at - 1_800_001)"])
        #expect(early.status == 0)
        #expect(early.out == "localhost:8800 ed25519:a_Obwu: verified\n")

        // A request after the response's valid_until_ts.
        let stale = try publish(dir, ["--key", key, "--valid-until", "\(at + day)"])
        let result = try CLI.run(verify + ["--server-keys", stale, "--at", "\(at + 2 * day)", "--fetched-at", "\(at)"])
        #expect(result.status == 1)
        #expect(result.out == "localhost:8800 ed25519:a_Obwu: outside its validity period (valid_until_ts \(describe(at + day)) < ts \(describe(at + 2 * day)))\n")
        // Within 7 days of the fetch, a response valid for longer is valid; after them it is not.
        let long = try publish(dir, ["--key", key, "--valid-until", "\(at + 30 * day)"])
        #expect(try CLI.run(verify + ["--server-keys", long, "--at", "\(at + 6 * day)", "--fetched-at", "\(at)"]).status == 0)
        let capped = try CLI.run(verify + ["--server-keys", long, "--at", "\(at + 8 * day)", "--fetched-at", "\(at)"])
        #expect(capped.status == 1)
        #expect(capped.out == "localhost:8800 ed25519:a_Obwu: outside its validity period (valid_until_ts 4002592000000 (2096-11-01T07:06:40Z) capped to \(describe(at + 7 * day)) (fetched_at \(at) + 7 days) < ts \(describe(at + 8 * day)))\n")
    }

    @Test("request sign upper-cases the method: --method get signs what the receiver sees (GET)")
    func method() throws {
        let dir = try TempDirectory()
        let key = try dir.write("k", RequestCommandTests.seedFile)
        let lower = try CLI.run(["request", "sign", "--method", "get", "--key", key] + Self.base)
        #expect(lower.status == 0)
        #expect(lower.out == RequestCommandTests.header + "\n")
        let pub = try CLI.run(["pubkey", "--key", key]).out.split(separator: "=")[1].dropLast()
        let verified = try CLI.run(["request", "verify", "--method", "get", "--authorization", RequestCommandTests.header,
                                    "--public-key", "ed25519:a_Obwu=\(pub)"] + Self.base)
        #expect(verified.status == 0)
        #expect(verified.out == "localhost:8800 ed25519:a_Obwu: verified\n")
    }

    @Test("verify: a malformed key ID beside a good signature does not spoil it, as in event verification")
    func malformedKeyID() throws {
        let withExtra = specSignedExample.replacingOccurrences(of: #""ed25519:1":"#, with: #""ed25519:":"AAAA","ed25519:1":"#)
        let result = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=\(specPublicKey)"], stdin: Data(withExtra.utf8))
        #expect(result.err == "")
        #expect(result.status == 0)
        #expect(result.out == "domain ed25519:: invalid key ID (expected ed25519:VERSION)\ndomain ed25519:1: verified\nvalid\n")
    }
}
