import Foundation
import Testing
import TestSupport

/// Paths that must be regular files (a SQLite database, a keystore entry) refuse a FIFO, a socket, a
/// device and a directory at once, in one line with exit 2; inputs read as streams (event files, key
/// files) keep taking pipes, named or from process substitution, and refuse only a directory (and a
/// socket, which cannot be read).
@Suite("Files that are not regular files")
struct NonRegularFileTests {
    /// A FIFO, a socket, a character device (what /dev/null is) and a directory in `dir`, with the words
    /// that name each.
    static func specials(in dir: TempDirectory) throws -> [(path: String, kind: String)] {
        let fifo = dir.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let socketPath = dir.path("socket")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.enumerated() where index < raw.count - 1 { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        close(fd)
        let device = dir.path("device")
        // Major 1, minor 3: what /dev/null is.
        #expect(mknod(device, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0)
        let directory = dir.path("directory")
        #expect(mkdir(directory, 0o700) == 0)
        return [(fifo, "is a FIFO"), (socketPath, "is a socket"), (device, "is a character device"), (directory, "is a directory")]
    }

    @Test("--synapse-db naming a FIFO, a socket, a device or a directory: one line, exit 2, at once")
    func database() throws {
        let dir = try TempDirectory()
        for (path, kind) in try Self.specials(in: dir) {
            for command in [["event", "verify"], ["server-keys", "verify"]] {
                let result = try CLI.run(command + ["--synapse-db", path], timeout: 20)
                #expect(result.status == 2, "\(path)")
                #expect(result.out == "")
                #expect(result.err == "mxkeys: \(path): \(kind), not a regular file\n")
            }
        }
    }

    @Test("a keystore entry that is a socket, a device or a directory: refused in one line, exit 2")
    func keystoreEntry() throws {
        let dir = try TempDirectory()
        let store = dir.path("store")
        #expect(mkdir(store, 0o700) == 0)
        let environment = ["MXKEYS_HOME": store, "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        for (path, kind) in try Self.specials(in: dir) where !kind.hasSuffix("FIFO") {
            let entry = store + "/x.json"
            #expect(rename(path, entry) == 0)
            let export = try CLI.run(["keystore", "export", "x"], environment: environment, timeout: 20)
            #expect(export.status == 2)
            #expect(export.err == "mxkeys: \(entry) \(kind), not a regular file: refused\n")
            if kind.hasSuffix("directory") { rmdir(entry) } else { unlink(entry) }
        }
    }

    /// A signed event and the key response that verifies it.
    static func signedEvent(_ dir: TempDirectory) throws -> (events: String, keys: String, keyFile: String) {
        let keyFile = try dir.write("example.key", "ed25519 a_1 YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1\n")
        let published = try CLI.run(["server-keys", "publish", "--server", "example.org", "--key", keyFile, "--valid-until", "4000000000000"])
        #expect(published.status == 0)
        let keys = try dir.write("example.org.json", published.out)
        let event = #"{"type":"m.room.message","room_id":"!r:example.org","sender":"@a:example.org","origin_server_ts":1764655300000,"content":{"body":"x"},"depth":1,"prev_events":[],"auth_events":[]}"#
        let signed = try CLI.run(["event", "sign", "--room-version", "11", "--server", "example.org", "--key", keyFile, "-"], stdin: Data(event.utf8))
        #expect(signed.status == 0)
        return (try dir.write("events.jsonl", signed.out), keys, keyFile)
    }

    /// `script` run by bash, with `$MXKEYS` the binary under test.
    static func bash(_ script: String, in dir: TempDirectory) throws -> CLI.Result {
        let output = try CapturedRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script], stdin: Data(), environment: ["MXKEYS": CLI.binary.path],
                                         clearing: ["MXKEYS_"], directory: dir.url, timeout: 30)
        return CLI.Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    @Test("streams: process substitution for events and keys, a named pipe whose writer comes later; a directory or a socket refused at once")
    func streams() throws {
        let dir = try TempDirectory()
        let (events, keys, keyFile) = try Self.signedEvent(dir)
        let substituted = try Self.bash("\"$MXKEYS\" event verify --room-version 11 --server-keys <(cat '\(keys)') <(cat '\(events)')", in: dir)
        #expect(substituted.status == 0, "\(substituted.err)")
        #expect(substituted.out.contains("\n1 event (single JSON document, room version 11): 1 valid, 0 redacted, 0 rejected\n"), "\(substituted.out)")
        let key = try Self.bash("\"$MXKEYS\" pubkey --key <(cat '\(keyFile)')", in: dir)
        #expect(key.status == 0, "\(key.err)")
        #expect(key.err == "")
        #expect(key.out.hasPrefix("ed25519:a_1="))

        // A named pipe whose writer opens it a moment after mxkeys does.
        let fifo = dir.path("events.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let late = try Self.bash("(sleep 0.5; cat '\(events)' > '\(fifo)') & \"$MXKEYS\" event verify --room-version 11 --server-keys '\(keys)' '\(fifo)'; status=$?; wait; exit $status", in: dir)
        #expect(late.status == 0, "\(late.err)")
        #expect(late.out.contains("\n1 event (single JSON document, room version 11): 1 valid, 0 redacted, 0 rejected\n"), "\(late.out)")

        let specials = try Self.specials(in: dir)
        for (path, kind) in specials where kind == "is a directory" || kind == "is a socket" {
            let words = kind == "is a socket" ? "is a socket, not a file that can be read" : kind
            let verify = try CLI.run(["event", "verify", "--room-version", "11", "--server-keys", keys, path], timeout: 20)
            #expect(verify.status == 2)
            #expect(verify.err == "mxkeys: \(path): \(words)\n")
            let pubkey = try CLI.run(["pubkey", "--key", path], timeout: 20)
            #expect(pubkey.status == 2)
            #expect(pubkey.err.hasPrefix("mxkeys: \(path): \(words)"), "\(pubkey.err)")
        }
    }
}
