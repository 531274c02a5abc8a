import Foundation
import Testing

/// The config's signing key is read for its public half only: Synapse's own 0640 (its group reads it)
/// gets no warning; a key others can read, or anyone but its owner can write, gets one line whose words
/// match its mode.
@Suite("The warning about the config's signing key file")
struct SigningKeyModeTests {
    @Test("0600 and 0640: no warning; 0644, 0604, 0660, 0620, 0666: one line in the mode's words; exit 0")
    func modes() throws {
        let scratch = try Scratch()
        let key = try scratch.copy(Fixtures.hs1.keyFile, as: "homeserver.signing.key")
        let config = try Alter.config(Fixtures.hs1, database: "  name: sqlite3\n  args:\n    database: \(Fixtures.hs1.database)\n", in: scratch,
                                      replacing: [("signing_key_path: \(Fixtures.hs1.keyFile)", "signing_key_path: \(key)")])
        let cases: [(mode: mode_t, words: String?)] = [
            (0o600, nil), (0o640, nil),
            (0o644, "readable by its group and by others (mode 644)"),
            (0o604, "readable by others (mode 604)"),
            (0o660, "readable and writable by its group (mode 660)"),
            (0o620, "writable by its group (mode 620)"),
            (0o666, "readable and writable by its group and by others (mode 666)"),
        ]
        for (mode, words) in cases {
            #expect(chmod(key, mode) == 0)
            let result = try Run.mxkeys(["event", "verify", "--synapse-config", config, "--quiet"])
            #expect(result.status == 0, "\(result)")
            #expect(result.err == (words.map { "mxkeys: warning: \(key) is \($0); chmod 640 it\n" } ?? ""), "mode \(String(mode, radix: 8))")
        }
    }
}
