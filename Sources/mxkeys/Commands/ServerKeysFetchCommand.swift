import ArgumentParser
import MatrixKeys
import MatrixKeysFetch

#if canImport(Glibc)
import Glibc
#endif

struct ServerKeysFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch servers' key responses, directly or through notaries, check them, and save them as received.",
        discussion: """
            Each server is found as the Matrix spec's server name resolution says: an IP literal (with or \
            without a port); a hostname with an explicit port; /.well-known/matrix/server, whose m.server \
            is used as an IP literal, a name with a port, or through the SRV records _matrix-fed._tcp, then \
            the deprecated _matrix._tcp, then port 8448; then those SRV records of the server name itself; \
            then port 8448. Each step sets the Host header and the name the TLS certificate must be valid \
            for as the spec says; the output shows which step decided and where the request went. \
            Certificates are verified against the system's trust store, plus --ca-file; there is no way to \
            turn that off.

            Without --notary, GET /_matrix/key/v2/server of each server: its server_name must be the server \
            asked for, and its self-signature must verify. With --notary, each notary's own keys are fetched \
            directly first (and saved), then POST /_matrix/key/v2/query asks each notary for each server's \
            keys: every response must be the server's, self-signed, and signed by the notary. A notary \
            asked for all keys may answer from its cache only; --key-id names key IDs, which makes it fetch \
            them.

            Each answer is saved byte for byte as received, in DIR/SERVER.json (DIR is made when missing), or \
            DIR/SERVER.via.NOTARY.json for a notary's answer (mode 0644, written atomically; an existing \
            regular file is replaced), with one member added right after its opening brace: \
            "unsigned":{"fetched_at":MS,"fetched_from":"URL"}. Signing ignores unsigned, so any \
            signed-JSON tool still verifies the file; server-keys verify and event verify --server-keys use \
            fetched_at as each response's fetch time for the 7-day cap (--fetched-at overrides it).

            A key response over 1 MiB is refused; a well-known lookup follows at most 5 redirects and reads \
            at most 64 KiB. Each failure is one line naming the step: DNS, connect, TLS (with the \
            certificate problem), timeout, HTTP status, not JSON, wrong server_name, bad signature. Every \
            server is tried; exit 2 if any failed.
            """)

    @Argument(help: ArgumentHelp("The servers whose keys to fetch.", valueName: "server"))
    var servers: [String] = []

    @Option(help: ArgumentHelp("Ask this notary for the keys instead of the servers themselves (repeatable).", valueName: "server"))
    var notary: [String] = []

    @Option(name: .customLong("key-id"), help: ArgumentHelp(
        "Ask notaries for this key ID, valid at least until now (repeatable; default: every key the notary has).", valueName: "key-id"))
    var keyIDs: [String] = []

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Save the responses in this directory (default: the current one).", valueName: "dir"),
            completion: .directory)
    var outputDirectory: String = "."

    @Flag(help: "Print one JSON object per saved response, and per failure (its error and resolution).")
    var json = false

    @OptionGroup var network: NetworkOptions

    func validate() throws {
        if servers.isEmpty { throw ValidationError("give at least one server name") }
        if !keyIDs.isEmpty && notary.isEmpty { throw ValidationError("--key-id is for notary queries: give --notary too") }
        for id in keyIDs where (try? KeyID(parsing: id)) == nil { throw ValidationError("--key-id \(id): expected ed25519:ID") }
    }

    func run() throws {
        // A missing directory is made when the first response is saved into it, so that a fetch that
        // fails leaves none behind; what would stop it (no parent, a file of that name) is found first.
        var info = stat()
        var exists = false
        if stat(outputDirectory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw Failure("--output-dir \(outputDirectory): not a directory") }
            exists = true
        } else if errno != ENOENT {
            throw Failure("--output-dir \(outputDirectory): \(String(cString: strerror(errno)).lowercased())")
        } else {
            var parentInfo = stat()
            let parent = Self.parent(of: outputDirectory)
            guard stat(parent, &parentInfo) == 0, (parentInfo.st_mode & S_IFMT) == S_IFDIR else {
                throw Failure("--output-dir \(outputDirectory): no such directory, and \(parent) is not one to make it in")
            }
        }
        let servers = self.servers, notaries = self.notary, keyIDs = self.keyIDs, directory = outputDirectory
        let results = try network.run { transport -> [Result<FetchedKeyResponse, FetchError>] in
            let resolver = ServerResolver(srv: SystemSRVResolver(), wellKnown: HTTPWellKnownFetcher(transport: transport))
            return await ServerKeyFetcher(transport: transport, resolver: resolver).fetchAll(servers, notaries: notaries, keyIDs: keyIDs)
        }
        let out = Output()
        // Each failure is one line; the last one is what the command throws (exit 2).
        var failures: [String] = []
        for result in results {
            switch result {
            case .failure(let error):
                failures.append(error.description)
                if json {
                    out.write(CanonicalJSON.encode(error.json))
                    out.write([0x0A])
                }
            case .success(let fetched):
                let path = (directory.hasSuffix("/") ? directory : directory + "/") + fetched.fileName
                if !exists {
                    guard mkdir(directory, 0o755) == 0 || errno == EEXIST else {
                        throw Failure("--output-dir \(directory): \(String(cString: strerror(errno)).lowercased())")
                    }
                    exists = true
                }
                do { try AtomicFile.write(try fetched.saved(), to: path, mode: 0o644, overwrite: true) } catch {
                    failures.append("\(error)")
                    continue
                }
                if json {
                    out.write(CanonicalJSON.encode(fetched.json(savedAs: path)))
                    out.write([0x0A])
                } else {
                    for line in fetched.reportLines(savedAs: path) { out.line(line) }
                }
            }
        }
        out.flush()
        guard let last = failures.popLast() else { return }
        for failure in failures { Stderr.line("mxkeys: \(failure)") }
        throw Failure(last)
    }

    /// The directory a new directory `path` would be made in.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
