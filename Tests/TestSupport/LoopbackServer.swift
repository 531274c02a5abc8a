import CTestTLS

#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of the fetching side, in plain HTTP or over TLS (with
/// `LoopbackTLS`'s throwaway certificate): it answers every request the same way, or never answers, or
/// never even accepts, or stalls mid-answer. It records the heads of the requests it reads. Only ever
/// loopback; each connection is handled on its own thread; `stop()` closes everything.
public final class LoopbackServer: @unchecked Sendable {
    public enum Behavior: Sendable {
        /// Answer with this status, these headers and this body (a Content-Length is added).
        case respond(status: Int, headers: [(String, String)] = [], body: [UInt8])
        /// Answer with a head that promises `total` bytes, chunked, then send them in 64 KiB chunks.
        case chunked(total: Int)
        /// Accept, read the request, and never answer.
        case neverAnswer
        /// Never accept: the listen queue is filled, so new connections cannot even be made.
        case neverAccept
        /// A different answer for each path prefix (the first match), else 404.
        case routes([(prefix: String, status: Int, body: [UInt8])])
        /// The same with headers (a redirect's Location).
        case answers([(prefix: String, status: Int, headers: [(String, String)], body: [UInt8])])
        /// A head promising `length` bytes, then one byte every `interval` seconds until `length` or stop().
        case trickle(length: Int, interval: Double)
        /// These bytes as the whole answer, exactly (a malformed head), sent as soon as a connection is
        /// accepted, then the connection held open.
        case raw([UInt8])
        /// The n-th request gets the n-th answer (JSON), the last one repeated after that.
        case sequence([(status: Int, body: [UInt8])])
    }

    public let port: Int
    private let fd: Int32
    private let behavior: Behavior
    private let lock = NSLockLike()
    private var connections: [Int32] = []
    private var fillers: [Int32] = []
    private var stopped = false
    private var heads: [String] = []
    private var cut = 0
    private let tls: OpaquePointer?
    private var bodies: [[UInt8]] = []

    /// The server; over TLS with `LoopbackTLS.shared`'s certificate when `tls` is true.
    public init(_ behavior: Behavior, tls: Bool = false) throws {
        self.behavior = behavior
        // A client that hangs up mid-answer must fail a write, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        if tls {
            let files = try LoopbackTLS.shared()
            guard let context = mxkeys_tls_server(files.chain, files.key) else { throw ServerError(reason: "TLS context failed") }
            self.tls = context
        } else {
            self.tls = nil
        }
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw ServerError(reason: "socket failed") }
        var one: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { close(socketFD); throw ServerError(reason: "bind failed") }
        if case .neverAccept = behavior {
            listen(socketFD, 0)
        } else {
            listen(socketFD, 64)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        getsockname(socketFD, withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { $0 } }, &length)
        port = Int(UInt16(bigEndian: address.sin_port))
        fd = socketFD
        if case .neverAccept = behavior {
            // Fill the accept queue: the kernel then drops new SYNs, and a connect hangs.
            for _ in 0..<4 {
                let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
                var target = address
                target.sin_addr.s_addr = inet_addr("127.0.0.1")
                _ = withUnsafePointer(to: &target) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
                }
                fillers.append(filler)
            }
            usleep(100_000)
            return
        }
        spawn { [self] in acceptLoop() }
    }

    /// The request heads read so far (request line and headers).
    public var requestHeads: [String] { lock.with { heads } }

    /// Answers the client stopped reading before they were whole (the connection closed under them).
    public var cutAnswers: Int { lock.with { cut } }
    /// The request bodies read so far, in order.
    public var requestBodies: [[UInt8]] { lock.with { bodies } }

    public func stop() {
        // Once only: a descriptor closed twice may by then be another server's.
        let all: [Int32]? = lock.with {
            if stopped { return nil }
            stopped = true
            let list = connections + fillers
            connections = []
            fillers = []
            return list
        }
        guard let all else { return }
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
        for connection in all {
            shutdown(connection, Int32(SHUT_RDWR))
            close(connection)
        }
    }

    deinit {
        stop()
        if let tls { mxkeys_tls_context_free(tls) }
    }

    private func acceptLoop() {
        while !lock.with({ stopped }) {
            let connection = accept(fd, nil, nil)
            if connection < 0 { return }
            let keep: Bool = lock.with {
                if stopped { return false }
                connections.append(connection)
                return true
            }
            guard keep else { close(connection); return }
            spawn { [self] in
                if let tls {
                    // A failed handshake: the connection is closed by stop(), with the others.
                    guard let ssl = mxkeys_tls_accept(tls, connection) else { return }
                    serve(Connection(fd: connection, ssl: ssl))
                    mxkeys_tls_free(ssl)
                } else {
                    serve(Connection(fd: connection, ssl: nil))
                }
            }
        }
    }

    /// A connection, plain or TLS.
    struct Connection {
        let fd: Int32
        let ssl: OpaquePointer?

        func read(_ buffer: inout [UInt8]) -> Int {
            if let ssl { return Int(buffer.withUnsafeMutableBytes { mxkeys_tls_read(ssl, $0.baseAddress, Int32($0.count)) }) }
            return Glibc.read(fd, &buffer, buffer.count)
        }

        func write(_ bytes: ArraySlice<UInt8>) -> Int {
            if let ssl { return Int(bytes.withUnsafeBytes { mxkeys_tls_write(ssl, $0.baseAddress, Int32($0.count)) }) }
            return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        }
    }

    private func serve(_ connection: Connection) {
        var buffer: [UInt8] = []
        var byte = [UInt8](repeating: 0, count: 4096)
        if case .raw(let bytes) = behavior {
            // At once, before any request: a TLS client gets it in place of the server's hello.
            writeAll(connection, bytes)
            while connection.read(&byte) > 0 {}
            return
        }
        while true {
            // Read one request head (and its body, when it has a Content-Length).
            while findHeadEnd(buffer) == nil {
                let n = connection.read(&byte)
                if n <= 0 { return }
                buffer += byte[0..<n]
            }
            guard let end = findHeadEnd(buffer) else { return }
            let head = String(decoding: buffer[..<end], as: UTF8.self)
            var bodyLength = 0
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                bodyLength = Int(line.dropFirst("content-length:".count).trimmingCharacters()) ?? 0
            }
            while buffer.count < end + 4 + bodyLength {
                let n = connection.read(&byte)
                if n <= 0 { return }
                buffer += byte[0..<n]
            }
            let body = Array(buffer[(end + 4)..<(end + 4 + bodyLength)])
            buffer.removeFirst(end + 4 + bodyLength)
            let index = lock.with { () -> Int in
                heads.append(head)
                bodies.append(body)
                return heads.count - 1
            }
            let path = head.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            switch behavior {
            case .neverAnswer, .neverAccept:
                // Hold the connection until stop() closes it.
                while connection.read(&byte) > 0 {}
                return
            case let .respond(status, headers, body):
                send(connection, status: status, headers: headers, body: body)
            case .routes(let routes):
                if let route = routes.first(where: { path.hasPrefix($0.prefix) }) {
                    send(connection, status: route.status, headers: [("Content-Type", "application/json")], body: route.body)
                } else {
                    send(connection, status: 404, headers: [], body: Array(#"{"errcode":"M_NOT_FOUND","error":"Not found"}"#.utf8))
                }
            case .answers(let routes):
                if let route = routes.first(where: { path.hasPrefix($0.prefix) }) {
                    send(connection, status: route.status, headers: route.headers, body: route.body)
                } else {
                    send(connection, status: 404, headers: [], body: Array(#"{"errcode":"M_NOT_FOUND","error":"Not found"}"#.utf8))
                }
            case let .trickle(length, interval):
                guard writeAll(connection, Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(length)\r\n\r\n".utf8)) else { return }
                for _ in 0..<length {
                    usleep(UInt32(interval * 1_000_000))
                    if lock.with({ stopped }) || !writeAll(connection, [0x20]) { return }
                }
            case .raw:
                return
            case .sequence(let answers):
                guard let answer = answers.isEmpty ? nil : answers[min(index, answers.count - 1)] else { return }
                send(connection, status: answer.status, headers: [("Content-Type", "application/json")], body: answer.body)
            case .chunked(let total):
                var out = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
                writeAll(connection, out)
                var sent = 0
                let chunk = [UInt8](repeating: 0x20, count: 65536)
                while sent < total {
                    let size = min(chunk.count, total - sent)
                    out = Array(String(size, radix: 16).utf8) + [0x0D, 0x0A] + chunk[0..<size] + [0x0D, 0x0A]
                    if !writeAll(connection, out) { return }
                    sent += size
                }
                writeAll(connection, Array("0\r\n\r\n".utf8))
            }
        }
    }

    private func send(_ connection: Connection, status: Int, headers: [(String, String)], body: [UInt8]) {
        var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        writeAll(connection, Array(head.utf8) + body)
    }

    @discardableResult
    private func writeAll(_ connection: Connection, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = connection.write(bytes[offset...])
            if n <= 0 {
                lock.with { cut += 1 }
                return false
            }
            offset += n
        }
        return true
    }

    private func findHeadEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 0x0D && bytes[index + 1] == 0x0A && bytes[index + 2] == 0x0D && bytes[index + 3] == 0x0A {
            return index
        }
        return nil
    }

    struct ServerError: Error { let reason: String }
}

/// Runs `body` on a thread of its own: a server thread blocks in accept or read, which must never
/// starve a shared pool (Dispatch's has as few threads as the machine has cores).
func spawn(_ body: @escaping () -> Void) {
    final class Box { let body: () -> Void; init(_ body: @escaping () -> Void) { self.body = body } }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(&thread, nil, { raw in
        guard let raw else { return nil }
        let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue() as! Box
        box.body()
        return nil
    }, box)
    if created == 0 { pthread_detach(thread) } else { Unmanaged<AnyObject>.fromOpaque(box).release() }
}

/// A pthread mutex, without Foundation.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func with<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " || $0 == "\r" }).reversed())
    }
}
