import Foundation
import Testing

/// A throwaway PostgreSQL cluster for the tests: `initdb` into a temporary directory (as the `postgres`
/// user when the tests run as root, since initdb refuses root), listening on a Unix socket in that
/// directory only (`listen_addresses = ''`: no TCP), with every statement logged, and the fixture dumps
/// loaded with `psql -v ON_ERROR_STOP=1`. It starts once per test process, at the first test that asks
/// for it, and is stopped (`pg_ctl stop -m immediate`) and removed at exit; a watchdog process does the
/// same when the test process dies any other way (a crash, SIGKILL), and PostgreSQL itself shuts down
/// when its data directory disappears.
final class PostgresCluster: @unchecked Sendable {
    struct SetupFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// The cluster of this test process; its setup error, if it could not start (which fails the tests
    /// that need it: none is skipped).
    static let shared: Result<PostgresCluster, SetupFailed> = {
        do { return .success(try PostgresCluster()) } catch let error as SetupFailed {
            return .failure(error)
        } catch {
            return .failure(SetupFailed(description: "\(error)"))
        }
    }()

    static func get() throws -> PostgresCluster { try shared.get() }

    let directory: String
    let port = "54329"
    let bin: String
    var log: String { directory + "/postgres.log" }
    private var data: String { directory + "/data" }
    private let asPostgres: Bool
    private let lock = NSLock()
    private var copies = 0
    private var stopped = false

    /// The role that must give a password (for the credential tests), and its password.
    static let passwordRole = "mxkeys_reader"
    static let password = "S3cret+Pass/word%42"

    private init() throws {
        guard let bin = PostgresCluster.binDirectory() else {
            throw SetupFailed(description: "no PostgreSQL server (initdb, pg_ctl) under /usr/lib/postgresql/*/bin: run make deps")
        }
        self.bin = bin
        asPostgres = getuid() == 0
        var template = Array("/tmp/mxkeys-pg-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw SetupFailed(description: "cannot make a temporary directory")
        }
        directory = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if asPostgres {
            // initdb refuses root: the cluster belongs to the postgres user.
            try Run.checked("/bin/chown", ["postgres:postgres", directory])
        }
        try Run.checked("/bin/chmod", ["0700", directory])
        startWatchdog()
        atexit { PostgresCluster.stopShared() }

        try server(["initdb", "-D", data, "-U", "postgres", "-A", "trust", "--locale=C", "--encoding=UTF8", "--no-sync"])
        // The credential tests' role must give its password; everyone else is trusted (on this socket only).
        try server(["/bin/sh", "-c", "printf 'local all \(Self.passwordRole) scram-sha-256\\nlocal all all trust\\n' > '\(data)/pg_hba.conf'"])
        let options = "-c listen_addresses='' -c unix_socket_directories='\(directory)' -c port=\(port) -c fsync=off"
            + " -c log_statement=all -c log_line_prefix='%m [%p] app=%a %u@%d ' -c password_encryption=scram-sha-256"
        // pg_ctl's server keeps its descriptors: its output goes to a file, not to pipes that would stay open.
        let start = ["pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"]
        if asPostgres {
            try Run.daemon("/usr/sbin/runuser", ["-u", "postgres", "--", bin + "/pg_ctl"] + start.dropFirst(), output: directory + "/pg_ctl.out")
        } else {
            try Run.daemon(bin + "/pg_ctl", Array(start.dropFirst()), output: directory + "/pg_ctl.out")
        }

        try psql("postgres", "CREATE ROLE \(Self.passwordRole) LOGIN PASSWORD '\(Self.password)'")
        // Templates that no test connects to, so that copies can be made at any time.
        for server in ["hs1", "hs2"] {
            try psql("postgres", "CREATE DATABASE tpl_\(server) ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0")
            try Run.checked(bin + "/psql", connection("tpl_\(server)") + ["-v", "ON_ERROR_STOP=1", "-q", "-f", Fixtures.path("\(server).pg.sql")])
            try psql("tpl_\(server)", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(Self.passwordRole)")
            try psql("postgres", "CREATE DATABASE \(server) TEMPLATE tpl_\(server)")
        }
        // The identity fixtures' hs1 (Tests/Fixtures/synapse-identities), as `identities`.
        try psql("postgres", "CREATE DATABASE tpl_identities ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0")
        try Run.checked(bin + "/psql", connection("tpl_identities") + ["-v", "ON_ERROR_STOP=1", "-q", "-f", Fixtures.Identities.path("hs1.pg.sql")])
        try psql("postgres", "CREATE DATABASE identities TEMPLATE tpl_identities")
        try psql("postgres", "CREATE DATABASE empty ENCODING 'UTF8' TEMPLATE template0")
    }

    /// The newest server's bin directory.
    static func binDirectory() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        return nil
    }

    /// Runs a server program (from the bin directory unless absolute) as the cluster's owner.
    private func server(_ command: [String]) throws {
        let program = command[0].hasPrefix("/") ? command[0] : bin + "/" + command[0]
        if asPostgres {
            try Run.checked("/usr/sbin/runuser", ["-u", "postgres", "--", program] + command.dropFirst(), directory: directory)
        } else {
            try Run.checked(program, Array(command.dropFirst()), directory: directory)
        }
    }

    /// psql's arguments to reach `database` as the superuser.
    func connection(_ database: String) -> [String] {
        ["-h", directory, "-p", port, "-U", "postgres", "-d", database, "-X"]
    }

    /// Runs SQL in `database` (stopping at the first error).
    @discardableResult
    func psql(_ database: String, _ sql: String) throws -> String {
        try Run.checked(bin + "/psql", connection(database) + ["-v", "ON_ERROR_STOP=1", "-q", "-At", "-c", sql]).out
    }

    /// A conninfo string for `database`.
    func conninfo(_ database: String, user: String = "postgres", extra: String = "") -> String {
        "host=\(directory) port=\(port) user=\(user) dbname=\(database)" + (extra.isEmpty ? "" : " " + extra)
    }

    /// A new database copied from a fixture's (hs1 or hs2), for a test that alters it.
    func copy(of server: String) throws -> String {
        lock.lock()
        copies += 1
        let name = "\(server)_copy\(copies)"
        lock.unlock()
        try psql("postgres", "CREATE DATABASE \(name) TEMPLATE tpl_\(server)")
        return name
    }

    /// The statements the server logged for sessions of `application`: what each ran, in order.
    func loggedStatements(application: String) throws -> [String] {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        var statements: [String] = []
        for line in text.split(separator: "\n") where line.contains(" app=\(application) ") {
            for marker in ["LOG:  statement: ", "LOG:  execute <unnamed>: ", "LOG:  execute "] {
                if let range = line.range(of: marker) {
                    statements.append(String(line[range.upperBound...]))
                    break
                }
            }
        }
        return statements
    }

    /// A shell process, in its own session, that waits for this process to end, then stops the cluster
    /// and removes its directory: for a test process that ends without running its exit handlers.
    private func startWatchdog() {
        let stop = asPostgres
            ? "/usr/sbin/runuser -u postgres -- '\(bin)/pg_ctl' -D '\(data)' -m immediate stop"
            : "'\(bin)/pg_ctl' -D '\(data)' -m immediate stop"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf '\(directory)'"
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID: out of the test's session and process group
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        closeInherited(&actions)
        let words: [String] = ["/bin/sh", "-c", script]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        _ = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        for pointer in argv { free(pointer) }
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
    }

    static func stopShared() {
        guard case .success(let cluster) = shared else { return }
        cluster.stop()
    }

    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        try? server(["pg_ctl", "-D", data, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }
}
