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
        discussion: Help.discussion("""
            Each server is found by the spec's server name resolution (well-known, SRV records, port 8448), \
            and each answer checked: its server_name, its self-signature and, with --notary, the notary's \
            signature. Each is saved as received, in DIR/SERVER.json or DIR/SERVER.via.NOTARY.json, with \
            the time it was fetched, for server-keys verify and event verify --server-keys. Every server \
            is tried; exit 2 if any failed.
            """, examples: [
                "mxkeys server-keys fetch --output-dir keys/ example.org matrix.org",
                "mxkeys server-keys fetch --notary matrix.org --output-dir keys/ example.org",
            ], more: ManualSection.see("Server name resolution, notaries, the saved files and the errors", .fetching)))

    @Argument(help: ArgumentHelp("The servers whose keys to fetch.", valueName: "server"))
    var servers: [String] = []

    @Option(help: ArgumentHelp("Ask this notary for the keys instead of the servers themselves (repeatable).", valueName: "server"))
    var notary: [String] = []

    @Option(name: .customLong("key-id"), help: ArgumentHelp(
        "Ask notaries for this key ID, valid at least until now (repeatable; default: every key the notary has).", valueName: "key-id"))
    var keyIDs: [String] = []

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Save the responses in this directory.", valueName: "dir"),
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
