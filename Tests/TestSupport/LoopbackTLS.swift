#if canImport(Glibc)
import Glibc
#endif

/// The loopback server's TLS certificate: a throwaway certificate authority and a server certificate
/// it signs for `localhost`, `127.0.0.1`, `::1` and `matrix.example.test`, made once per test process
/// with the `openssl` command (which `make deps` installs) in a temporary directory. Clients trust it
/// through `caFile` (`--ca-file`).
public struct LoopbackTLS: Sendable {
    /// The CA certificate, to trust.
    public let caFile: String
    /// The server's certificate and then the CA's.
    public let chain: String
    public let key: String
    /// The names the server certificate is valid for.
    public static let names = ["localhost", "matrix.example.test"]

    private static let lock = NSLockLike()
    nonisolated(unsafe) private static var made: Result<LoopbackTLS, ServerTLSError>?

    public struct ServerTLSError: Error, CustomStringConvertible { public let description: String }

    public static func shared() throws -> LoopbackTLS {
        try lock.with { () -> Result<LoopbackTLS, ServerTLSError> in
            if let made { return made }
            let result = Result { () throws(ServerTLSError) in try make() }
            made = result
            return result
        }.get()
    }

    private static func make() throws(ServerTLSError) -> LoopbackTLS {
        var template = Array("/tmp/mxkeys-tls-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ServerTLSError(description: "mkdtemp failed") }
        let dir = String(cString: made)
        let names = Self.names.map { "DNS:\($0)" }.joined(separator: ",") + ",IP:127.0.0.1,IP:::1"
        let script = """
            set -e
            cd '\(dir)'
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 \
                -subj /CN=mxkeys-test-ca -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj /CN=localhost 2>/dev/null
            printf 'subjectAltName=\(names)\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf -out server.pem 2>/dev/null
            cat server.pem ca.pem > chain.pem
            """
        guard system(script) == 0 else { throw ServerTLSError(description: "openssl could not make the test certificates in \(dir)") }
        return LoopbackTLS(caFile: dir + "/ca.pem", chain: dir + "/chain.pem", key: dir + "/server.key")
    }
}
