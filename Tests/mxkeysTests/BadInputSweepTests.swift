import Foundation
import Testing

/// The hostile inputs of the sweep. Each is a path: a file written into a fresh directory, or a path
/// of the system that reads badly in its own way.
enum Hostile: String, CaseIterable, Sendable {
    case empty
    case notJSON = "not-json"
    case wrongType = "wrong-type"
    case bigString = "10mb-string"
    case deepNesting = "deep-nesting"
    case invalidUTF8 = "invalid-utf8"
    case nulBytes = "nul-bytes"
    case directory
    /// `/proc/self/mem` opens but every read at offset 0 fails (EIO), even for root, for whom a mode
    /// 000 file would still be readable.
    case unreadable
    /// `/dev/zero` never ends: every reader must stop at its limit.
    case endless
    case missing

    /// The cases that are file contents (and so can also be fed on standard input).
    static let contents: [Hostile] = [.empty, .notJSON, .wrongType, .bigString, .deepNesting, .invalidUTF8, .nulBytes]

    var bytes: [UInt8]? {
        switch self {
        case .empty: return []
        case .notJSON: return Array("this is not json\n".utf8)
        case .wrongType: return Array("[1,2,3]\n".utf8)
        case .bigString: return Array(#"{"a":""#.utf8) + [UInt8](repeating: 0x78, count: 10_000_000) + Array("\"}\n".utf8)
        case .deepNesting: return [UInt8](repeating: 0x5B, count: 100_000) + [UInt8](repeating: 0x5D, count: 100_000)
        case .invalidUTF8: return Array(#"{"a":""#.utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)
        case .nulBytes: return Array(#"{"a":""#.utf8) + [0x00] + Array("\"}\n".utf8)
        case .directory, .unreadable, .endless, .missing: return nil
        }
    }

    func path(in dir: TempDirectory) throws -> String {
        switch self {
        case .directory:
            let path = dir.path("a-directory")
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return path
        case .unreadable: return "/proc/self/mem"
        case .endless: return "/dev/zero"
        case .missing: return dir.path("missing.json")
        default:
            let path = dir.path("hostile-\(rawValue)")
            try Data(bytes!).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)  // as a key file should be: a looser mode adds a warning line
            return path
        }
    }
}

/// What a command must do with one hostile input.
enum Expected: Sendable, Equatable {
    /// Exit 2, nothing on standard output, exactly one line on standard error: `mxkeys: ` and text
    /// that contains the fragment.
    case error(String)
    /// Exit 1, a verdict: the fragment appears in the output or on standard error, and every line on
    /// standard error starts `mxkeys: `.
    case verdict(String)
    /// Exit 0: the input is valid for this command (any JSON value is, for `canonical`).
    case accepted
}

/// How a command reads the input the sweep replaces, which decides most of the expected results.
enum InputKind: Sendable {
    case document, lines, events, signingKeyFile, recoveryKeyFile, passphraseFile, exportFile, keyResponses

    func expected(_ input: Hostile) -> Expected? {
        switch (self, input) {
        case (_, .directory): return self == .keyResponses ? .error("a directory with no key responses") : .error("is a directory")
        case (_, .unreadable): return .error("/proc/self/mem: input/output error")
        case (_, .missing): return .error("missing.json: no such file or directory")
        case (.signingKeyFile, .endless), (.recoveryKeyFile, .endless), (.passphraseFile, .endless): return .error("/dev/zero: larger than 1 MiB")
        case (.signingKeyFile, .bigString), (.recoveryKeyFile, .bigString), (.passphraseFile, .bigString): return .error("larger than 1 MiB")
        case (.lines, .endless): return .error("line 1: longer than 16 MiB (reading stops here)")
        case (.events, .endless): return .error("no event in the input could be read; line 1: longer than 16 MiB")
        case (_, .endless): return .error("/dev/zero: larger than 64 MiB")

        case (.signingKeyFile, .empty): return .error("the signing key file contains no keys")
        case (.signingKeyFile, .notJSON): return .error("signing key file line 1: expected 3 fields (ed25519 <version> <base64 seed>), found 4")
        case (.signingKeyFile, _): return .error("signing key file line 1: expected 3 fields (ed25519 <version> <base64 seed>), found 1")

        case (.recoveryKeyFile, .empty): return .error("invalid recovery key: it is empty")
        case (.recoveryKeyFile, .notJSON): return .error("invalid recovery key: it decodes to 10 bytes, not 35")
        case (.recoveryKeyFile, .wrongType), (.recoveryKeyFile, .deepNesting): return .error("invalid recovery key: character 1 ('[') is not base58")
        case (.recoveryKeyFile, _): return .error("invalid recovery key: character 1 ('{') is not base58")

        case (.passphraseFile, .empty): return .error("the passphrase is empty")
        case (.passphraseFile, _): return .verdict("the export file's HMAC does not match: a wrong passphrase, or an altered file")

        case (.exportFile, _): return .error("not a megolm session export file: no -----BEGIN MEGOLM SESSION DATA----- line")

        case (.lines, .empty): return .error("no JSON lines in the input")
        case (.events, .empty): return .error("no events in the input")
        case (_, .empty): return .error("empty input (no JSON value) at byte 0")

        case (.lines, _), (.events, _):
            let prefix = self == .lines ? "line 1: " : "no event in the input could be read; line 1: not valid JSON: "
            switch input {
            case .notJSON: return .error(prefix + "unexpected character 'h' at byte 1")
            case .deepNesting: return .error(prefix + "nesting deeper than 100 levels at byte 100")
            case .invalidUTF8: return .error(prefix + "invalid UTF-8 at byte 6, at $.a")
            case .nulBytes: return .error(prefix + "unescaped control character byte 0x00 in a string at byte 6, at $.a")
            default: return nil
            }
        case (_, .notJSON): return .error("unexpected character 'h' at byte 1")
        case (_, .deepNesting): return .error("nesting deeper than 100 levels at byte 100")
        case (_, .invalidUTF8): return .error("invalid UTF-8 at byte 6, at $.a")
        case (_, .nulBytes): return .error("unescaped control character byte 0x00 in a string at byte 6, at $.a")

        case (.keyResponses, .wrongType): return .error("$[0]: not an object")
        case (.keyResponses, .bigString): return .error("$.server_name: missing or not a non-empty string")
        default: return nil  // the slot must say
        }
    }
}

/// One input of one command: the arguments with `{}` where the hostile path goes.
struct Slot: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let kind: InputKind
    /// Results that the kind does not decide, or that differ from it.
    let overrides: [Hostile: Expected]
    /// A file the command writes with --output, which must not exist after a failure.
    let output: String?

    init(_ arguments: [String], _ kind: InputKind, _ overrides: [Hostile: Expected] = [:], output: String? = nil) {
        self.arguments = arguments
        self.kind = kind
        self.overrides = overrides
        self.output = output
    }

    var testDescription: String { arguments.joined(separator: " ") }

    /// Nil when the table does not say, which the test records as a failure.
    func expected(_ input: Hostile) -> Expected? { overrides[input] ?? kind.expected(input) }
}

/// Files the slots refer to by name: sample keys, and keys and files made by mxkeys itself for the run.
struct SweepFixtures {
    let dir: TempDirectory
    let environment: [String: String]
    let header: String

    /// One megolm session, as `backup encrypt` and `session-export encrypt` read them.
    static let sessions = #"[{"algorithm":"m.megolm.v1.aes-sha2","room_id":"!r:x","sender_claimed_keys":{},"sender_key":"k","session_id":"s","session_key":"AQ"}]"#

    /// What every slot's fixtures hold, made once by mxkeys itself: a backup key and its auth_data, a
    /// secret-storage key and its description, a session export, and a signed request's header. (Bytes
    /// as arrays, not `Data`, whose packed storage pointer LeakSanitizer does not see from a global.)
    private struct Material: Sendable {
        let authData: [UInt8], recoveryKey: String, keyDescription: [UInt8], storageKey: String, export: [UInt8], header: String

        static let shared = Result { try Material() }

        init() throws {
            let dir = try TempDirectory()
            let backup = try CLI.run(["backup", "new-key", "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: backup.stdout) as? [String: Any])
            authData = [UInt8](try JSONSerialization.data(withJSONObject: try #require(object["auth_data"] as? [String: Any])))
            recoveryKey = try #require(object["recovery_key"] as? String)
            let storage = try CLI.run(["ssss", "new-key", "--key-id", "K1"])
            let ssss = try #require(try JSONSerialization.jsonObject(with: storage.stdout) as? [String: Any])
            keyDescription = [UInt8](try JSONSerialization.data(withJSONObject: try #require(ssss["key_description"] as? [String: Any])))
            storageKey = try #require(ssss["recovery_key"] as? String)
            try dir.write("pass", "correct horse\n")
            try dir.write("sessions.json", SweepFixtures.sessions)
            let exported = try CLI.run(["session-export", "encrypt", "--rounds", "1000", "--passphrase-file", dir.path("pass"),
                                        "--output", dir.path("export.txt"), dir.path("sessions.json")])
            #expect(exported.status == 0)
            export = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir.path("export.txt"))))
            let signed = try CLI.run(["request", "sign", "--origin", "example.org", "--destination", "other.example", "--method", "GET",
                                      "--uri", "/x", "--key", Sample.signingKey("example.org")])
            header = signed.out.trimmingCharacters(in: .newlines)
        }
    }

    /// A directory of its own (a slot's outputs and keystore), with copies of the shared material.
    init() throws {
        let material = try Material.shared.get()
        dir = try TempDirectory()
        try Data(material.authData).write(to: URL(fileURLWithPath: dir.path("auth.json")))
        try dir.write("backup.rk", material.recoveryKey)
        try Data(material.keyDescription).write(to: URL(fileURLWithPath: dir.path("kd.json")))
        try dir.write("ssss.rk", material.storageKey)
        try dir.write("pass", "correct horse\n")
        try dir.write("sessions.json", SweepFixtures.sessions)
        try Data(material.export).write(to: URL(fileURLWithPath: dir.path("export.txt")))
        header = material.header
        environment = [
            "MXKEYS_RECOVERY_KEY": material.recoveryKey, "MXKEYS_PASSPHRASE": "correct horse", "MXKEYS_EXPORT_PASSPHRASE": "correct horse",
            "MXKEYS_KEYSTORE_PASSPHRASE": "correct horse", "MXKEYS_HOME": dir.path("keystore"),
        ]
    }

    /// `@name` in an argument is a fixture file.
    func resolve(_ argument: String, hostile: String) -> String {
        if argument == "{}" { return hostile }
        if argument == "@header" { return header }
        if argument.hasPrefix("@") { return dir.path(String(argument.dropFirst())) }
        return argument
    }
}

extension Sample {
    /// A 0600 copy of a sample key: git keeps examples/signing/ at 0644, and mxkeys warns about that.
    static func signingKey(_ server: String) -> String { privateKeys.appendingPathComponent("\(server).key").path }

    /// The copies, made once (and left in the temporary directory, as small as they are).
    private static let privateKeys: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-sample-keys-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = CLI.repository.appendingPathComponent("examples/signing")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? [] {
            let contents = FileManager.default.contents(atPath: source.appendingPathComponent(name).path)
            _ = FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: contents, attributes: [.posixPermissions: 0o600])
        }
        return directory
    }()
}

@Suite("the bad-input sweep: every command that reads input, with every hostile input")
struct BadInputSweepTests {
    static let key = Sample.signingKey("example.org")
    static let anyJSON: [Hostile: Expected] = [.wrongType: .accepted, .bigString: .accepted]
    static let event: [Hostile: Expected] = [.wrongType: .error("the event must be a JSON object"), .bigString: .accepted]

    static let slots: [Slot] = [
        Slot(["canonical", "{}"], .document, anyJSON),
        // Valid JSON ending in one line break: the line break is accepted: canonical JSON written by any tool ends with one.
        Slot(["canonical", "--check", "{}"], .document, anyJSON),
        Slot(["canonical", "--lines", "{}"], .lines, anyJSON),
        Slot(["pubkey", "--key", "{}"], .signingKeyFile),
        Slot(["sign", "--server", "example.org", "--key", key, "{}"], .document,
             [.wrongType: .error("the input must be a JSON object"), .bigString: .accepted]),
        Slot(["verify", "--server", "other.example", "--server-keys", Sample.keyFile("other.example"), "{}"], .document,
             [.wrongType: .error("the input must be a JSON object"), .bigString: .verdict("not valid")]),
        Slot(["verify", "--server", "other.example", "--server-keys", "{}", Sample.altered], .keyResponses),
        Slot(["request", "sign", "--origin", "example.org", "--destination", "other.example", "--method", "PUT", "--uri", "/x",
              "--key", key, "--content", "{}"], .document, anyJSON),
        Slot(["request", "sign", "--origin", "example.org", "--destination", "other.example", "--method", "GET", "--uri", "/x",
              "--key", "{}"], .signingKeyFile),
        Slot(["request", "verify", "--origin", "example.org", "--destination", "other.example", "--method", "GET", "--uri", "/x",
              "--authorization", "@header", "--server-keys", "{}"], .keyResponses),
        Slot(["server-keys", "verify", "{}"], .keyResponses),
        Slot(["server-keys", "verify", "--notary-keys", "{}", Sample.keyFile("example.org")], .keyResponses),
        Slot(["server-keys", "publish", "--server", "example.org", "--key", "{}"], .signingKeyFile),
        Slot(["event", "redact", "--room-version", "11", "{}"], .document, event),
        Slot(["event", "hash", "--room-version", "11", "--lines", "{}"], .lines,
             [.wrongType: .error("line 1: the event must be a JSON object"), .bigString: .accepted]),
        Slot(["event", "id", "--room-version", "11", "{}"], .document, event),
        Slot(["event", "room-id", "{}"], .document,
             [.wrongType: .error("the create event must be a JSON object"), .bigString: .error("type: missing or not a string")]),
        Slot(["event", "sign", "--room-version", "11", "--server", "example.org", "--key", key, "{}"], .document, event),
        Slot(["event", "sign", "--room-version", "11", "--server", "example.org", "--key", "{}", Sample.altered], .signingKeyFile),
        Slot(["event", "inspect", "--room-version", "11", "{}"], .document,
             [.wrongType: .error("the event must be a JSON object"), .bigString: .error("sender: missing or not a string")]),
        Slot(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "{}"], .events,
             [.wrongType: .error("no event in the input could be read; line 1: the event must be a JSON object"),
              .bigString: .verdict("line 1: $RnTnQZanSaBz8hySrnhbNcbctEOyp23BxTz3GfYj4tc rejected: the required signers cannot be worked out: sender: missing or not a string")]),
        Slot(["event", "verify", "--room-version", "11", "--server-keys", "{}", Sample.altered], .keyResponses),
        // A recovery key that does not decode is exit 1 here: checking one is what the command is for.
        Slot(["recovery-key", "decode", "--recovery-key-file", "{}", "--output", "@out"], .recoveryKeyFile,
             [.empty: .error("invalid recovery key: it is empty"), .notJSON: .error("it decodes to 10 bytes, not 35"),
              .wrongType: .error("character 1 ('[') is not base58"), .deepNesting: .error("character 1 ('[') is not base58"),
              .invalidUTF8: .error("character 1 ('{') is not base58"), .nulBytes: .error("character 1 ('{') is not base58")],
             output: "out"),
        Slot(["ssss", "check-key", "--key-description", "{}"], .document,
             [.wrongType: .error("the key description must be a JSON object"), .bigString: .error("algorithm: missing or not a string")]),
        Slot(["ssss", "check-key", "--key-description", "@kd.json", "--recovery-key-file", "{}"], .recoveryKeyFile),
        Slot(["ssss", "decrypt", "--key-description", "@kd.json", "--name", "m.cross_signing.master", "--key-id", "K1",
              "--recovery-key-file", "@ssss.rk", "--output", "@out", "{}"], .document,
             [.wrongType: .error("the secret must be a JSON object"), .bigString: .error("m.cross_signing.master.encrypted: missing or not an object")],
             output: "out"),
        Slot(["ssss", "decrypt", "--account-data", "{}", "--recovery-key-file", "@ssss.rk"], .document,
             [.wrongType: .error("account data event 0: not an object"), .bigString: .error("a: the content is not an object")]),
        Slot(["backup", "auth-data", "--sign-with", "{}", "--user-id", "@u:example.org"], .signingKeyFile),
        Slot(["backup", "check-key", "--auth-data", "{}"], .document,
             [.wrongType: .error("auth_data must be a JSON object"), .bigString: .error("auth_data.public_key: missing or not a string")]),
        Slot(["backup", "check-key", "--auth-data", "@auth.json", "--recovery-key-file", "{}"], .recoveryKeyFile),
        Slot(["backup", "encrypt", "--auth-data", "@auth.json", "{}"], .document,
             [.wrongType: .error("session 0: not an object"), .bigString: .accepted]),
        Slot(["backup", "encrypt", "--auth-data", "{}", "@sessions.json"], .document,
             [.wrongType: .error("auth_data must be a JSON object"), .bigString: .error("auth_data.public_key: missing or not a string")]),
        Slot(["backup", "decrypt", "--auth-data", "@auth.json", "--output", "@out", "{}"], .document,
             [.wrongType: .error("backup: not a JSON object"), .bigString: .error(#"backup: expected {"rooms": …}"#)], output: "out"),
        Slot(["backup", "export", "--rounds", "1000", "--auth-data", "@auth.json", "--output", "@out", "{}"], .document,
             [.wrongType: .error("backup: not a JSON object"), .bigString: .error(#"backup: expected {"rooms": …}"#)], output: "out"),
        Slot(["session-export", "decrypt", "--output", "@out", "{}"], .exportFile, output: "out"),
        Slot(["session-export", "decrypt", "--output", "@out", "--passphrase-file", "{}", "@export.txt"], .passphraseFile, output: "out"),
        Slot(["session-export", "encrypt", "--rounds", "1000", "--output", "@out", "{}"], .document,
             [.wrongType: .error("session 0: not an object"), .bigString: .error("expected a JSON array of sessions")], output: "out"),
        Slot(["keystore", "import", "k", "--kind", "signing-key", "{}"], .signingKeyFile, output: "keystore"),
        Slot(["keystore", "import", "k", "--kind", "backup-key", "{}"], .recoveryKeyFile,
             Dictionary(uniqueKeysWithValues: Hostile.contents.filter { $0 != .bigString }.map { ($0, Expected.error("expected a recovery key or a base64 32-byte key")) }),
             output: "keystore"),
    ]

    @Test("each hostile input gives its exit code, one mxkeys: line naming the problem, and no output file", arguments: slots)
    func sweep(_ slot: Slot) throws {
        let fixtures = try SweepFixtures()
        for input in Hostile.allCases {
            guard let expected = slot.expected(input) else {
                Issue.record("the sweep table does not say what \(slot.testDescription) does with \(input.rawValue)")
                continue
            }
            let path = try input.path(in: fixtures.dir)
            let arguments = slot.arguments.map { fixtures.resolve($0, hostile: path) }
            let result = try CLI.run(arguments, environment: fixtures.environment, timeout: 120)
            try check(result, expected, "\(slot.testDescription) with \(input.rawValue)")
            if let output = slot.output {
                #expect(!FileManager.default.fileExists(atPath: fixtures.dir.path(output)) || expected == .accepted,
                        "\(slot.testDescription) with \(input.rawValue) left \(output) behind")
            }
            if input == .directory { try FileManager.default.removeItem(atPath: path) }
        }
    }

    /// Commands that read their input on standard input: the content cases fed there.
    static let standardInputSlots: [(arguments: [String], expected: [Hostile: Expected])] = [
        (["canonical"], [.empty: .error("empty input (no JSON value) at byte 0 (stdin)"), .notJSON: .error("unexpected character 'h' at byte 1 (stdin)"),
                         .wrongType: .accepted, .bigString: .accepted, .deepNesting: .error("nesting deeper than 100 levels"),
                         .invalidUTF8: .error("invalid UTF-8"), .nulBytes: .error("control character byte 0x00")]),
        (["recovery-key", "encode"], [.empty: .error("no key: give a 32-byte key on standard input, in base64 (standard input is empty)"),
                                      .notJSON: .error("base64 text of 13 characters is truncated"),
                                      .wrongType: .error("invalid base64 character '[' at offset 0 (stdin)"),
                                      .bigString: .error("stdin: larger than 1 MiB"),
                                      .deepNesting: .error("invalid base64 character '[' at offset 0 (stdin)"),
                                      .invalidUTF8: .error("invalid base64 character '{' at offset 0 (stdin)"),
                                      .nulBytes: .error("invalid base64 character '{' at offset 0 (stdin)")]),
        (["ssss", "encrypt", "--name", "m.cross_signing.master", "--key-id", "K1", "--key-description", "@kd.json", "--recovery-key-file", "@ssss.rk"],
         [.empty: .error("no secret: give it on standard input (standard input is empty)"), .notJSON: .accepted, .wrongType: .accepted,
          .bigString: .error("stdin: larger than 1 MiB"), .deepNesting: .accepted, .invalidUTF8: .accepted, .nulBytes: .accepted]),
        (["keystore", "import", "k", "--kind", "recovery-key"],
         [.empty: .error("expected a recovery key or a base64 32-byte key (stdin)"), .notJSON: .error("expected a recovery key or a base64 32-byte key"),
          .wrongType: .error("expected a recovery key"), .bigString: .error("stdin: larger than 1 MiB"), .deepNesting: .error("expected a recovery key"),
          .invalidUTF8: .error("expected a recovery key"), .nulBytes: .error("expected a recovery key")]),
    ]

    @Test("the same on standard input", arguments: 0..<standardInputSlots.count)
    func standardInput(_ index: Int) throws {
        let fixtures = try SweepFixtures()
        let slot = Self.standardInputSlots[index]
        for input in Hostile.contents {
            let arguments = slot.arguments.map { fixtures.resolve($0, hostile: "-") }
            guard let expected = slot.expected[input] else {
                Issue.record("the sweep table does not say what \(arguments.joined(separator: " ")) does with \(input.rawValue) on stdin")
                continue
            }
            let result = try CLI.run(arguments, stdin: Data(input.bytes!), environment: fixtures.environment, timeout: 120)
            try check(result, expected, "\(arguments.joined(separator: " ")) with \(input.rawValue) on stdin")
        }
    }

    func check(_ result: CLI.Result, _ expected: Expected, _ what: String) throws {
        let errorLines = result.err.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        switch expected {
        case .error(let fragment):
            #expect(result.status == 2, "\(what): exit \(result.status), stderr \(result.err.prefix(300))")
            #expect(errorLines.count == 1, "\(what): \(errorLines.count) lines on stderr: \(result.err.prefix(300))")
            #expect(result.err.hasPrefix("mxkeys: ") && result.err.contains(fragment), "\(what): stderr \(result.err.prefix(300))")
            #expect(result.stdout.isEmpty, "\(what): \(result.stdout.count) bytes on stdout")
        case .verdict(let fragment):
            #expect(result.status == 1, "\(what): exit \(result.status), stderr \(result.err.prefix(300))")
            #expect((result.out + result.err).contains(fragment), "\(what): stdout \(result.out.prefix(300)) stderr \(result.err.prefix(300))")
            // Errors start with "mxkeys: "; a status line (backup's summary) does not.
            #expect(errorLines.allSatisfy { $0.hasPrefix("mxkeys: ") || $0.hasPrefix("decrypted ") }, "\(what): stderr \(result.err.prefix(300))")
        case .accepted:
            #expect(result.status == 0, "\(what): exit \(result.status), stderr \(result.err.prefix(300))")
            #expect(result.stderr.isEmpty, "\(what): stderr \(result.err.prefix(300))")
        }
    }
}

/// A document with required fields, and what a command says when each is missing or of the wrong type.
struct FieldCase: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    /// The valid document, from the fixtures.
    let document: @Sendable (SweepFixtures) throws -> Any
    /// Where the fields are: keys of objects, or indexes of arrays.
    let path: [String]
    /// For each field: the result when it is missing, and when it has the wrong type.
    let fields: [(name: String, missing: Expected, wrongType: Expected)]
    let output: String?

    var testDescription: String { (arguments + path).joined(separator: " ") }
}

/// Valid documents made from the fixtures with mxkeys.
extension SweepFixtures {
    func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path(name))))
    }

    /// `{"rooms": {"!r:example.org": {"sessions": {"s1": {..., "session_data": ...}}}}}` with one real session.
    func backup() throws -> Any {
        let sessionData = try CLI.run(["backup", "encrypt", "--auth-data", dir.path("auth.json")],
                                      stdin: Data(#"{"algorithm":"m.megolm.v1.aes-sha2","sender_key":"k","session_key":"AQ"}"#.utf8))
        let data = try JSONSerialization.jsonObject(with: sessionData.stdout)
        let session: [String: Any] = ["first_message_index": 0, "forwarded_count": 0, "is_verified": false, "session_data": data]
        return ["rooms": ["!r:example.org": ["sessions": ["s1": session]]]]
    }

    /// A secret encrypted for the secret storage key K1.
    func secret() throws -> Any {
        let encrypted = try CLI.run(["ssss", "encrypt", "--name", "m.cross_signing.master", "--key-id", "K1",
                                     "--key-description", dir.path("kd.json"), "--recovery-key-file", dir.path("ssss.rk")],
                                    stdin: Data("c2VjcmV0".utf8))
        return try JSONSerialization.jsonObject(with: encrypted.stdout)
    }
}

extension BadInputSweepTests {
    static func sameForBoth(_ names: [String], _ expected: (String) -> Expected) -> [(name: String, missing: Expected, wrongType: Expected)] {
        names.map { ($0, expected($0), expected($0)) }
    }

    /// The sample key response of example.org.
    static func sampleKeyResponse() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Sample.keyFile("example.org"))))
    }

    /// A valid event of the sample room (a message from @alice:example.org).
    static func sampleEvent() throws -> Any {
        let line = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n")[10]
        return try JSONSerialization.jsonObject(with: Data(line.utf8))
    }

    static let fieldCases: [FieldCase] = [
        FieldCase(arguments: ["server-keys", "verify", "{}"],
                  document: { _ in try sampleKeyResponse() },
                  path: [],
                  fields: [
                      ("server_name", .error("$.server_name: missing or not a non-empty string"), .error("$.server_name: missing or not a non-empty string")),
                      ("verify_keys", .verdict("self-signature: NOT VALID (ed25519:a_2024: unknown key)"), .error("$.verify_keys: not an object")),
                      ("valid_until_ts", .verdict("self-signature: NOT VALID (ed25519:a_2024: signature does not verify)"), .error("$.valid_until_ts: not an integer")),
                      ("signatures", .verdict("self-signature: NOT VALID (the object has no signatures)"), .verdict(#"self-signature: NOT VALID ("signatures" is not an object)"#)),
                  ], output: nil),
        FieldCase(arguments: ["server-keys", "verify", "{}"],
                  document: { _ in try sampleKeyResponse() },
                  path: ["verify_keys", "ed25519:a_2024"],
                  fields: sameForBoth(["key"]) { _ in .error(#"$.verify_keys["ed25519:a_2024"].key: missing or not a string"#) }, output: nil),
        FieldCase(arguments: ["backup", "check-key", "--auth-data", "{}"], document: { try $0.json("auth.json") }, path: [],
                  fields: sameForBoth(["public_key"]) { _ in .error("auth_data.public_key: missing or not a string") }, output: nil),
        FieldCase(arguments: ["ssss", "check-key", "--key-description", "{}", "--recovery-key-file", "@ssss.rk"], document: { try $0.json("kd.json") }, path: [],
                  fields: sameForBoth(["algorithm", "iv", "mac"]) { .error("\($0): missing or not a string") }, output: nil),
        FieldCase(arguments: ["ssss", "decrypt", "--key-description", "@kd.json", "--name", "m.cross_signing.master", "--key-id", "K1",
                              "--recovery-key-file", "@ssss.rk", "--output", "@out", "{}"],
                  document: { try $0.secret() }, path: [],
                  fields: sameForBoth(["encrypted"]) { _ in .error("m.cross_signing.master.encrypted: missing or not an object") }, output: "out"),
        FieldCase(arguments: ["ssss", "decrypt", "--key-description", "@kd.json", "--name", "m.cross_signing.master", "--key-id", "K1",
                              "--recovery-key-file", "@ssss.rk", "--output", "@out", "{}"],
                  document: { try $0.secret() }, path: ["encrypted", "K1"],
                  fields: sameForBoth(["iv", "ciphertext", "mac"]) { .error("m.cross_signing.master.encrypted.K1.\($0): missing or not a string") }, output: "out"),
        FieldCase(arguments: ["backup", "decrypt", "--auth-data", "@auth.json", "--output", "@out", "{}"], document: { try $0.backup() }, path: [],
                  fields: [("rooms", .error(#"backup: expected {"rooms": …}"#), .error("rooms: not an object"))], output: "out"),
        FieldCase(arguments: ["backup", "decrypt", "--auth-data", "@auth.json", "--output", "@out", "{}"], document: { try $0.backup() },
                  path: ["rooms", "!r:example.org"],
                  fields: sameForBoth(["sessions"]) { _ in .error("rooms.!r:example.org.sessions: missing or not an object") }, output: "out"),
        FieldCase(arguments: ["backup", "decrypt", "--auth-data", "@auth.json", "--output", "@out", "{}"], document: { try $0.backup() },
                  path: ["rooms", "!r:example.org", "sessions", "s1"],
                  fields: sameForBoth(["session_data"]) { _ in .verdict("mxkeys: room !r:example.org, session s1: session_data is missing or not an object") },
                  output: "out"),
        FieldCase(arguments: ["backup", "export", "--rounds", "1000", "--auth-data", "@auth.json", "--output", "@out", "{}"], document: { try $0.backup() },
                  path: ["rooms", "!r:example.org", "sessions", "s1", "session_data"],
                  fields: sameForBoth(["ephemeral", "ciphertext", "mac"]) { .verdict("mxkeys: room !r:example.org, session s1: session_data.\($0): missing or not a string") },
                  output: "out"),
        FieldCase(arguments: ["session-export", "encrypt", "--rounds", "1000", "--output", "@out", "{}"], document: { try $0.json("sessions.json") },
                  path: ["0"],
                  fields: sameForBoth(["algorithm", "room_id", "sender_key", "session_id", "session_key"]) { .error("session 0.\($0): missing or not a string") },
                  output: "out"),
        FieldCase(arguments: ["backup", "encrypt", "--auth-data", "@auth.json", "{}"], document: { try $0.json("sessions.json") }, path: ["0"],
                  fields: sameForBoth(["algorithm", "room_id", "sender_key", "session_id", "session_key"]) { .error("session 0.\($0): missing or not a string") },
                  output: nil),
        FieldCase(arguments: ["event", "inspect", "--room-version", "11", "{}"], document: { _ in try sampleEvent() }, path: [],
                  fields: sameForBoth(["sender"]) { _ in .error("sender: missing or not a string") }, output: nil),
        FieldCase(arguments: ["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "{}"], document: { _ in try sampleEvent() }, path: [],
                  fields: [
                      ("sender", .verdict("rejected: the required signers cannot be worked out: sender: missing or not a string"),
                       .verdict("rejected: the required signers cannot be worked out: sender: missing or not a string")),
                      ("signatures", .verdict("rejected: example.org: the event has no signatures"), .verdict(#"rejected: example.org: "signatures" is not an object"#)),
                      ("origin_server_ts", .verdict("no origin_server_ts to check the key's validity period against"),
                       .verdict("no origin_server_ts to check the key's validity period against")),
                      ("hashes", .verdict("rejected: example.org: ed25519:a_2023: signature does not verify"),
                       .verdict("rejected: example.org: ed25519:a_2023: signature does not verify")),
                      ("content", .verdict("redacted: content hash differs"), .verdict("redacted: content hash differs")),
                  ], output: nil),
    ]

    @Test("each required field missing, and of the wrong type", arguments: fieldCases)
    func requiredFields(_ field: FieldCase) throws {
        let fixtures = try SweepFixtures()
        let document = try field.document(fixtures)
        for (name, missing, wrongType) in field.fields {
            for (wrong, expected) in [(false, missing), (true, wrongType)] {
                let changed = try Self.mutate(document, at: field.path[...], field: name, wrongType: wrong)
                let path = fixtures.dir.path("document.json")
                try JSONSerialization.data(withJSONObject: changed).write(to: URL(fileURLWithPath: path))
                let arguments = field.arguments.map { fixtures.resolve($0, hostile: path) }
                let result = try CLI.run(arguments, environment: fixtures.environment, timeout: 120)
                let what = "\(field.testDescription) \(name) \(wrong ? "of the wrong type" : "missing")"
                try check(result, expected, what)
                if let output = field.output {
                    #expect(!FileManager.default.fileExists(atPath: fixtures.dir.path(output)), "\(what) left \(output) behind")
                }
            }
        }
    }

    /// The document with `field` (of the object at `path`) removed, or replaced by a value of another type.
    static func mutate(_ value: Any, at path: ArraySlice<String>, field: String, wrongType: Bool) throws -> Any {
        if let key = path.first {
            if var array = value as? [Any], let index = Int(key) {
                array[index] = try mutate(array[index], at: path.dropFirst(), field: field, wrongType: wrongType)
                return array
            }
            var object = try #require(value as? [String: Any], "no object at \(key)")
            object[key] = try mutate(try #require(object[key], "no \(key)"), at: path.dropFirst(), field: field, wrongType: wrongType)
            return object
        }
        var object = try #require(value as? [String: Any])
        let current = try #require(object[field], "the document has no \(field)")
        object[field] = wrongType ? (current is String ? 12345 as Any : "x" as Any) : nil
        return object
    }
}

@Suite("JSON-lines input with bad lines: huge, and first")
struct HugeLinesTests {
    /// The sample room 20 times over (5,840 events, 8.6 MB) with a line that is not JSON after the
    /// first 2,920.
    static func write(in dir: TempDirectory) throws -> String {
        let room = try String(contentsOfFile: Sample.room, encoding: .utf8)
        let half = String(repeating: room, count: 10)
        return try dir.write("huge.jsonl", half + "{not json}\n" + half)
    }

    @Test("streaming commands report the bad line in its place and go on (exit 1); with --fail-fast they stop there (exit 2)")
    func streamingStops() throws {
        let dir = try TempDirectory()
        let path = try Self.write(in: dir)
        let ids = try CLI.run(["event", "id", "--room-version", "11", "--lines", path], timeout: 120)
        #expect(ids.status == 1)
        #expect(ids.err == "mxkeys: line 2921: unexpected character 'n' at byte 1 (\(path))\n")
        #expect(ids.out.split(separator: "\n").count == 5_840)
        let stopped = try CLI.run(["event", "id", "--room-version", "11", "--lines", "--fail-fast", path], timeout: 120)
        #expect(stopped.status == 2)
        #expect(stopped.err == "mxkeys: line 2921: unexpected character 'n' at byte 1 (\(path))\n")
        #expect(stopped.out.split(separator: "\n").count == 2_920)
        let canonical = try CLI.run(["canonical", "--lines", "--fail-fast", path], timeout: 120)
        #expect(canonical.status == 2)
        #expect(canonical.err == "mxkeys: line 2921: unexpected character 'n' at byte 1 (\(path))\n")
    }

    @Test("event verify: a bad first line is held back until an event is read, then reported in its place")
    func badFirstLine() throws {
        let events = try String(contentsOfFile: Sample.room, encoding: .utf8).split(separator: "\n").prefix(2).joined(separator: "\n")
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", "1700000000000"],
                                 stdin: Data(("nope\n" + events + "\n").utf8))
        #expect(result.status == 1)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[0] == "key ring: 4 keys of 3 servers (fetched_at 1700000000000 (2023-11-14T22:13:20Z))")
        #expect(lines[3] == "line 1: rejected: not valid JSON: unexpected character 'o' at byte 1")
        #expect(lines[4] == "3 events (JSON lines, room version 11): 2 valid, 0 redacted, 1 rejected")
    }

    @Test("event verify gives the bad line its verdict and goes on to the end")
    func verifyGoesOn() throws {
        let dir = try TempDirectory()
        let path = try Self.write(in: dir)
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", Sample.keys, "--fetched-at", "1700000000000", "--jobs", "2", path],
                                 timeout: 300)
        #expect(result.status == 1)
        #expect(result.err.isEmpty)
        #expect(result.out.contains("\nline 2921: rejected: not valid JSON: unexpected character 'n' at byte 1\n"))
        #expect(result.out.contains("\n5841 events (JSON lines, room version 11): 5720 valid, 40 redacted, 81 rejected\n"))
    }
}
