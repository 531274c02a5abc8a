#if canImport(Glibc)
import Glibc
#endif

/// A server name as the Matrix spec's grammar has it: `hostname [ ":" port ]`, where the hostname is a
/// DNS name, an IPv4 literal, or an IPv6 literal in brackets.
public struct ServerName: Sendable, Hashable, CustomStringConvertible {
    public enum Host: Sendable, Hashable {
        case dns(String)
        case ipv4(String)
        /// Without the brackets.
        case ipv6(String)
    }

    public let host: Host
    public let port: Int?

    /// Parses `text`; the errors say what the grammar does not allow.
    public init(parsing text: String) throws(FetchError) {
        func fail(_ reason: String) -> FetchError { .invalidServerName(text, reason: reason) }
        guard !text.isEmpty else { throw fail("empty") }
        guard text.utf8.count <= 255 else { throw fail("longer than 255 bytes") }
        var hostPart = Substring(text)
        var portPart: Substring? = nil
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw fail("an IPv6 literal without its closing bracket") }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.first == ":" else { throw fail("unexpected text after the IPv6 literal") }
                portPart = rest.dropFirst()
            }
            let literal = String(hostPart)
            guard Self.isIPv6(literal) else { throw fail("\"\(literal)\" is not an IPv6 address") }
            host = .ipv6(literal)
        } else {
            if let colon = text.lastIndex(of: ":") {
                hostPart = text[..<colon]
                portPart = text[text.index(after: colon)...]
            }
            guard !hostPart.isEmpty else { throw fail("no hostname") }
            let name = String(hostPart)
            if hostPart.contains(":") { throw fail("an IPv6 literal must be in brackets") }
            if Self.isIPv4(name) {
                host = .ipv4(name)
            } else {
                let allowed = hostPart.utf8.allSatisfy { c in
                    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
                }
                guard allowed else { throw fail("a hostname has only letters, digits, '-' and '.'") }
                guard !hostPart.hasPrefix("."), !hostPart.hasSuffix("."), !hostPart.contains("..") else {
                    throw fail("a hostname has no empty label")
                }
                host = .dns(name)
            }
        }
        if let portPart {
            guard !portPart.isEmpty, portPart.count <= 5, portPart.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let value = Int(portPart), (1...65535).contains(value) else {
                throw fail("the port must be a number from 1 to 65535")
            }
            port = value
        } else {
            port = nil
        }
    }

    public var isIPLiteral: Bool {
        if case .dns = host { return false }
        return true
    }

    /// The hostname as written in a URL or a `Host` header: IPv6 in brackets.
    public var hostText: String {
        switch host {
        case .dns(let name), .ipv4(let name): return name
        case .ipv6(let address): return "[\(address)]"
        }
    }

    /// The hostname for DNS and certificates: IPv6 without brackets.
    public var bareHost: String {
        switch host {
        case .dns(let name), .ipv4(let name), .ipv6(let name): return name
        }
    }

    public var description: String { port.map { "\(hostText):\($0)" } ?? hostText }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}
