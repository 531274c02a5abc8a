import Foundation

/// Debian's tinyproxy on 127.0.0.1, started for a test (`make deps` installs it): an HTTP proxy that
/// tunnels TLS with CONNECT, whose log says which connections went through it. `stop()` ends it.
public final class TinyProxy: @unchecked Sendable {
    public let port: Int
    private let process: Process
    private let directory: URL

    public struct ProxyError: Error, CustomStringConvertible { public let description: String }

    public init() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tinyproxy") else {
            throw ProxyError(description: "/usr/bin/tinyproxy is missing: run make deps")
        }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxkeys-proxy-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        // No ConnectPort line: CONNECT is allowed to every port (the test servers' are random).
        let config = """
            Port \(port)
            Listen 127.0.0.1
            Timeout 30
            LogFile "\(directory.path)/proxy.log"
            LogLevel Connect
            PidFile "\(directory.path)/proxy.pid"
            MaxClients 20
            Allow 127.0.0.1
            """
        try config.write(to: directory.appendingPathComponent("proxy.conf"), atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tinyproxy")
        process.arguments = ["-d", "-c", directory.appendingPathComponent("proxy.conf").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Ready when it accepts connections.
        for _ in 0..<100 {
            if Self.accepts(port) { return }
            usleep(50_000)
        }
        stop()
        throw ProxyError(description: "tinyproxy did not start on 127.0.0.1:\(port)")
    }

    /// `http://127.0.0.1:PORT`, for HTTPS_PROXY.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// The CONNECT requests it has logged, as "host:port".
    public var tunnels: [String] {
        let log = (try? String(contentsOf: directory.appendingPathComponent("proxy.log"), encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "Request (file descriptor") ?? line.range(of: "Request (") else { return nil }
            guard let connect = line[range.upperBound...].range(of: "CONNECT ") else { return nil }
            return line[connect.upperBound...].split(separator: " ").first.map(String.init)
        }
    }

    /// The whole log, for a failure's message.
    public var log: String { (try? String(contentsOf: directory.appendingPathComponent("proxy.log"), encoding: .utf8)) ?? "" }

    public func stop() {
        if process.isRunning {
            // SIGKILL: started from a test process, tinyproxy inherits a signal mask under which it
            // does not act on SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    /// A port of 127.0.0.1 that was free a moment ago: bound to port 0, read back, released for tinyproxy.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProxyError(description: "socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ProxyError(description: "no free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
