import Foundation
import Testing

/// Reading an SQLite database in WAL mode as its owner, or as a user who may read it but not write its
/// directory: a stopped database with an empty or no -wal file is read as immutable (exact, and nothing
/// is created beside it); one whose -wal file holds commits is read through it, and where the -shm file
/// cannot be made that is one line saying what is needed, never a read that leaves the commits out.
@Suite("SQLite databases read-only: WAL, immutable reads, what is left beside them", .serialized)
struct SQLiteReadOnlyTests {
    /// A directory the unprivileged user can enter, holding a WAL-mode copy of hs1's database.
    final class Place {
        let scratch: Scratch
        let directory: String
        let database: String

        init() throws {
            scratch = try Scratch()
            chmod(scratch.path, 0o755)
            directory = scratch.file("db")
            mkdir(directory, 0o755)
            database = directory + "/homeserver.db"
            try FileManager.default.copyItem(atPath: Fixtures.hs1.database, toPath: database)
            chmod(database, 0o644)
            // WAL mode is written into the file's header; the last connection's close removes the -wal.
            try SQLiteTool.execute(database, "PRAGMA journal_mode=WAL;")
            #expect(try entries() == ["homeserver.db"])
        }

        func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory).sorted() }

        /// Leaves a -wal file holding a commit that deletes the newest event, as a server that was
        /// stopped without its last checkpoint leaves it: the writer's files are copied while it is open.
        func commitToWALOnly() throws {
            let script = """
                import sqlite3, shutil, sys
                source = sys.argv[1] + ".writer"
                shutil.copy(sys.argv[1], source)
                db = sqlite3.connect(source)
                db.execute("PRAGMA wal_autocheckpoint=0")
                db.execute("DELETE FROM events WHERE stream_ordering = (SELECT max(stream_ordering) FROM events)")
                db.commit()
                shutil.copy(source, sys.argv[1])
                shutil.copy(source + "-wal", sys.argv[1] + "-wal")
                db.close()
                """
            try Run.checked("/usr/bin/env", ["python3", "-c", script, database])
            for name in ["homeserver.db.writer", "homeserver.db.writer-wal", "homeserver.db.writer-shm"] { unlink(directory + "/" + name) }
            chmod(database + "-wal", 0o644)
        }

        /// The config naming this database (in the scratch directory, readable by all).
        /// The config, with a copy of the signing key that the user nobody may read: the checkout's own
        /// may be 0600 (as mxkeys asks of a real server's key), and the reader needs it.
        func config() throws -> String {
            let key = try scratch.copy(Fixtures.hs1.keyFile, as: "hs1.signing.key")
            chmod(key, 0o644)
            return try Alter.config(Fixtures.hs1, database: "  name: sqlite3\n  args:\n    database: \(database)\n", in: scratch,
                                    replacing: [("signing_key_path: \(Fixtures.hs1.keyFile)", "signing_key_path: \(key)")])
        }
    }

    /// `mxkeys arguments` as the unprivileged user `nobody`, which may read the database but not write
    /// its directory; the binary is copied where that user can run it.
    static func asNobody(_ arguments: [String], in place: Place) throws -> Run.Result {
        let binary = place.scratch.file("mxkeys")
        if !FileManager.default.fileExists(atPath: binary) {
            try FileManager.default.copyItem(atPath: Run.binary, toPath: binary)
            chmod(binary, 0o755)
        }
        let result = try Run.program("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary] + arguments, directory: place.scratch.path)
        return result
    }

    static func verify(_ config: String) -> [String] { ["event", "verify", "--synapse-config", config, "--json", "--quiet"] }

    @Test("a stopped WAL database with no -wal file: read whole as immutable, by its owner and by a user who cannot write its directory; nothing appears beside it")
    func immutable() throws {
        let place = try Place()
        let config = try place.config()
        let owner = try Run.mxkeys(Self.verify(config))
        #expect(owner.status == 0, "\(owner)")
        #expect(Run.summary(owner)["events"] as? Int == Fixtures.hs1.events)
        #expect(try place.entries() == ["homeserver.db"])

        chmod(place.directory, 0o555)
        let reader = try Self.asNobody(Self.verify(config), in: place)
        #expect(reader.status == 0, "\(reader)")
        #expect(Run.summary(reader)["events"] as? Int == Fixtures.hs1.events)
        #expect(try place.entries() == ["homeserver.db"])

        // An empty -wal and a -shm that no process holds, as an earlier reader left them: still exact.
        chmod(place.directory, 0o755)
        try Data().write(to: URL(fileURLWithPath: place.database + "-wal"))
        try Data(repeating: 0, count: 32768).write(to: URL(fileURLWithPath: place.database + "-shm"))
        chmod(place.directory, 0o555)
        let again = try Self.asNobody(Self.verify(config), in: place)
        #expect(again.status == 0, "\(again)")
        #expect(Run.summary(again)["events"] as? Int == Fixtures.hs1.events)
        chmod(place.directory, 0o755)
    }

    @Test("a -wal file holding a commit: its owner reads the commit; a user who cannot create the -shm file gets one line saying what is needed, exit 2")
    func walWithCommits() throws {
        let place = try Place()
        try place.commitToWALOnly()
        let config = try place.config()
        #expect(try place.entries() == ["homeserver.db", "homeserver.db-wal"])
        let checksum = try sha256(place.database + "-wal")

        chmod(place.directory, 0o555)
        let reader = try Self.asNobody(Self.verify(config), in: place)
        #expect(reader.status == 2, "\(reader)")
        #expect(reader.out == "")
        #expect(reader.err == "mxkeys: \(place.database): its -wal file holds changes not yet in the database, and reading them needs the -shm file beside it, which this user cannot create or open: run as the database's owner, or copy the database and its -wal file\n")
        #expect(try place.entries() == ["homeserver.db", "homeserver.db-wal"])

        // The owner reads through the WAL: the deleted event is gone.
        chmod(place.directory, 0o755)
        let owner = try Run.mxkeys(Self.verify(config))
        #expect(owner.status == 0, "\(owner)")
        #expect(Run.summary(owner)["events"] as? Int == Fixtures.hs1.events - 1)
        #expect(try sha256(place.database + "-wal") == checksum)
    }
}
