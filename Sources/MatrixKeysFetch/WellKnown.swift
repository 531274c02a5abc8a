import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// `https://<hostname>/.well-known/matrix/server` over HTTPS: redirects followed (at most
/// `redirectLimit`, no loops), at most 64 KiB, a JSON object with a string `m.server`.
public struct HTTPWellKnownFetcher: WellKnownFetching {
    public let transport: HTTPTransport
    public static let redirectLimit = 5
    public static let sizeLimit = 64 << 10
    /// `https` and 443, as the spec says; tests use a plain HTTP server on loopback.
    let scheme: String
    let port: Int

    public init(transport: HTTPTransport) {
        self.init(transport: transport, scheme: "https", port: 443)
    }

    init(transport: HTTPTransport, scheme: String, port: Int) {
        self.transport = transport
        self.scheme = scheme
        self.port = port
    }

    public func serverWellKnown(hostname: String) async -> WellKnownAnswer {
        let host = hostname.contains(":") ? "[\(hostname)]" : hostname
        let answer: HTTPAnswer
        do {
            answer = try await transport.send(
                HTTPTarget(scheme: scheme, host: host, port: port), path: "/.well-known/matrix/server", limit: Self.sizeLimit,
                redirects: Self.redirectLimit)
        } catch {
            return .failed(error.description)
        }
        guard answer.status == 200 else { return .failed("HTTP status \(answer.status) (\(answer.url))") }
        guard case .object(let object)? = try? JSONParser.parse(answer.body, mode: .lax) else {
            return .failed("not a JSON object (\(answer.url))")
        }
        guard case .string(let server)? = object["m.server"] else { return .failed("no string m.server (\(answer.url))") }
        return .delegated(server)
    }
}

/// Wall-clock milliseconds since the epoch.
public enum WallClock {
    public static func nowMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }
}

/// Percent-encoding of one path segment or query value (RFC 3986: everything but the unreserved
/// characters), as room and event IDs need (`!`, `$`, `:`).
public enum PercentEncoding {
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if unreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}

/// The Matrix error body of an answer, `{"errcode", "error"}`, when it has one.
func matrixError(_ body: [UInt8]) -> (errcode: String?, message: String?) {
    guard case .object(let object)? = try? JSONParser.parse(body, mode: .lax) else { return (nil, nil) }
    var errcode: String? = nil, message: String? = nil
    if case .string(let code)? = object["errcode"] { errcode = code }
    if case .string(let text)? = object["error"] { message = String(text.prefix(300)) }
    return (errcode, message)
}
