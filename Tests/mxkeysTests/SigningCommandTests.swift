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

    @Test("--check lists every violation and exits 1; clean input exits 0 silently")
    func check() throws {
        let bad = try CLI.run("canonical", "--check", stdin: #"{"a": 1.5, "b": [9007199254740992, 2]}"#)
        #expect(bad.status == 1)
        let lines = bad.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("$.a"))
        #expect(lines[1].contains("$.b[0]"))
        #expect(bad.err == "")
        let good = try CLI.run("canonical", "--check", stdin: #"{"a": 1}"#)
        #expect(good.status == 0)
        #expect(good.out == "")
        let lax = try CLI.run("canonical", "--check", "--lax", stdin: #"{"a": 1.5}"#)
        #expect(lax.status == 0)
    }

    @Test("--lines: one canonical line per input line; a bad line stops with its line number")
    func lines() throws {
        let good = try CLI.run("canonical", "--lines", stdin: "{\"b\":2,\"a\":1}\n\n[ 1 ,2]\r\n\"x\"")
        #expect(good.status == 0)
        #expect(good.out == "{\"a\":1,\"b\":2}\n[1,2]\n\"x\"\n")
        let bad = try CLI.run("canonical", "--lines", stdin: "{\"a\":1}\n{\"a\":\n{\"b\":2}\n")
        #expect(bad.status == 2)
        #expect(bad.out == "{\"a\":1}\n")
        #expect(bad.err.hasPrefix("mxkeys: line 2: "))
        #expect(bad.err.hasSuffix("(stdin)\n"))
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
        #expect(first.out.hasPrefix("ed25519:a_test "))
        #expect(first.out.count == "ed25519:a_test ".count + 43 + 1)
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

    @Test("keygen to stdout prints a Synapse key file; a bad version is exit 2")
    func keygenStdout() throws {
        let result = try CLI.run("keygen")
        #expect(result.status == 0)
        let fields = result.out.split(separator: " ")
        #expect(fields.count == 3)
        #expect(fields[0] == "ed25519")
        #expect(fields[1].hasPrefix("a_"))
        let bad = try CLI.run("keygen", "--key-version", "no-dashes")
        #expect(bad.status == 2)
        #expect(bad.err == "mxkeys: invalid key version \"no-dashes\": use letters, digits and _ only (--key-version)\n")
    }

    @Test("pubkey prints key IDs and public keys, or a verify_keys object")
    func pubkey() throws {
        let dir = try TempDirectory()
        let path = try dir.write("spec.key", specKeyFile)
        let plain = try CLI.run(["pubkey", "--key", path])
        #expect(plain.status == 0)
        #expect(plain.out == "ed25519:1 \(specPublicKey)\n")
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
        #expect(signed.out == specSignedExample)
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
        #expect(json.out == #"{"entity":"domain","signatures":[{"key_id":"ed25519:1","result":"bad_signature"}],"valid":false}"# + "\n")
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
        #expect(notUsed.out == "domain ed25519:1: unknown key\nnot valid\n")
    }

    @Test("verify needs keys: a usage error otherwise; a bad --public-key is exit 2")
    func verifyUsage() throws {
        let none = try CLI.run(["verify", "--server", "domain"], stdin: Data(specSignedExample.utf8))
        #expect(none.status == 64)
        let bad = try CLI.run(["verify", "--server", "domain", "--public-key", "ed25519:1=AAAA"], stdin: Data(specSignedExample.utf8))
        #expect(bad.status == 2)
        #expect(bad.err == "mxkeys: invalid public key \"ed25519:1=AAAA\": ed25519 public key: decoded to 3 bytes, expected 32 (--public-key)\n")
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
        let pub = try CLI.run(["pubkey", "--key", key]).out.split(separator: " ")[1].dropLast()
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
        #expect(malformed.status == 2)
        #expect(malformed.err == "mxkeys: invalid X-Matrix Authorization header: it does not start with X-Matrix (--authorization)\n")
    }
}
