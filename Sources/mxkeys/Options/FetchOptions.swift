import ArgumentParser
import Dispatch
import MatrixKeys
import MatrixKeysFetch

#if canImport(Glibc)
import Glibc
#endif

/// Trust and limits of the commands that fetch: `--ca-file`, `--timeout`, `--connect-timeout`.
/// Certificates are always verified; there is no option to turn that off.
struct NetworkOptions: ParsableArguments {
    @Option(name: .customLong("ca-file"), help: ArgumentHelp(
        "Also trust the CA certificates of this PEM file.", valueName: "file"),
        completion: .file())
    var caFile: String?

    @Option(help: ArgumentHelp("Seconds a whole request may take.", valueName: "seconds"))
    var timeout: Int64 = 60

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp(
        "Seconds for connecting, TLS included.", valueName: "seconds"))
    var connectTimeout: Int64 = 10

    func validate() throws {
        guard (1...3600).contains(timeout) else { throw ValidationError("--timeout must be between 1 and 3600 seconds") }
        guard (1...600).contains(connectTimeout) else { throw ValidationError("--connect-timeout must be between 1 and 600 seconds") }
    }

    var settings: FetchSettings { FetchSettings(connectTimeout: connectTimeout, totalTimeout: timeout, caFile: caFile) }

    /// Runs `body` with a transport, which is shut down however `body` ends; a `FetchError` becomes one
    /// `mxkeys:` line (exit 2).
    func run<T: Sendable>(_ body: @escaping @Sendable (HTTPTransport) async throws -> T) throws -> T {
        if let caFile, access(caFile, R_OK) != 0 {
            throw Failure("--ca-file \(caFile): \(String(cString: strerror(errno)).lowercased())")
        }
        let settings = self.settings
        return try Blocking.run { try await HTTPTransport.using(settings, body) }
    }
}

/// Runs async work from a synchronous command and waits for it.
enum Blocking {
    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = box.result else { throw Failure("the fetch did not finish") }
        switch result {
        case .success(let value): return value
        // A backup version of another key is a negative answer (exit 1); every other failure, exit 2.
        case .failure(FetchError.otherBackupKey(let version)):
            throw Failure(FetchError.otherBackupKey(version: version).description, code: ExitStatus.negative)
        case .failure(let error as FetchError): throw Failure(error.description)
        case .failure(let error): throw error
        }
    }
}

/// The access token: `--access-token-file`, `MXKEYS_ACCESS_TOKEN`, or a no-echo prompt. Never argv.
struct AccessTokenInput: ParsableArguments {
    @Option(name: .customLong("access-token-file"), help: ArgumentHelp(
        "Read the access token from this file.", valueName: "file"),
        completion: .file())
    var file: String?

    func read() throws -> AccessToken {
        var bytes: [UInt8]
        if let file {
            bytes = try SecretSource.file(file, option: "--access-token-file")
        } else if let value = SecretSource.environment("MXKEYS_ACCESS_TOKEN") {
            bytes = value
        } else {
            guard let typed = SecretSource.prompt("Access token: ") else {
                throw Failure("no access token: give --access-token-file FILE or MXKEYS_ACCESS_TOKEN (there is no terminal to ask on)")
            }
            bytes = typed
        }
        defer { wipe(&bytes) }
        guard let token = AccessToken(String(decoding: bytes, as: UTF8.self)) else {
            throw Failure("the access token is empty or has characters a header cannot carry (\(file ?? "MXKEYS_ACCESS_TOKEN"))")
        }
        return token
    }
}

/// Whose account, and which homeserver: `--user-id`, and `--homeserver` or discovery through
/// `/.well-known/matrix/client`.
struct AccountOptions: ParsableArguments {
    @Option(name: .customLong("user-id"), help: ArgumentHelp("The account, as @localpart:server.name.", valueName: "id"))
    var userID: String

    @Option(help: ArgumentHelp(
        "The homeserver's URL (default: found by .well-known).",
        valueName: "url"))
    var homeserver: String?

    @OptionGroup var token: AccessTokenInput

    func validate() throws {
        guard userID.hasPrefix("@"), let colon = userID.firstIndex(of: ":"), colon > userID.index(after: userID.startIndex),
              userID.index(after: colon) < userID.endIndex else {
            throw ValidationError("--user-id \(userID): expected @localpart:server.name")
        }
    }

    /// The token is read before anything goes over the network, so that a prompt comes first.
    func session(_ transport: HTTPTransport, token: AccessToken) async throws -> ClientSession {
        let url: HomeserverURL
        if let homeserver {
            do { url = try HomeserverURL(parsing: homeserver) } catch { throw Failure("--homeserver: \(error)", code: ExitStatus.usage) }
        } else {
            url = try await HomeserverDiscovery.discover(userID: userID, transport: transport)
        }
        return ClientSession(transport: transport, homeserver: url, userID: userID, token: token)
    }
}

/// Where a fetch's summary goes: standard output when the data went to a file, else standard error.
enum FetchSummary {
    static func say(_ line: String, dataOnStandardOutput: Bool) {
        if dataOnStandardOutput {
            Stderr.line("mxkeys: " + line)
        } else {
            Output().line(line)
        }
    }
}
