import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// One HTTP exchange on libcurl: the options every request gets, the callbacks that enforce the size
/// limit as the answer arrives, the blocking transfer on a thread of its own (never on Swift's
/// cooperative pool, whose threads are as few as the cores), and libcurl's outcome as a `FetchError`
/// that names the step.
final class CurlRequest: @unchecked Sendable {
    let target: HTTPTarget
    let url: String
    let method: String
    let headers: [(String, String)]
    let body: [UInt8]?
    let limit: Int
    /// A 3xx answer with a Location will be followed: its body is read (within the limit) and dropped.
    let followsRedirect: Bool
    let sink: @Sendable (ArraySlice<UInt8>) throws -> Void

    /// The answer's head as it arrives (the last one, after any 1xx).
    private(set) var status = 0
    private(set) var answerHeaders: [(name: String, value: String)] = []
    private var headerBytes = 0
    private var contentLength: Int?
    private var chunked = false
    private var received = 0
    /// Why a callback stopped the transfer.
    private enum Stop { case tooLarge, lengthConflict, headersTooLarge, sink(any Error) }
    private var stop: Stop?

    /// The head of an answer is refused beyond this (libcurl limits each line, not their number).
    static let headerLimit = 256 << 10

    init(
        target: HTTPTarget, url: String, method: String, headers: [(String, String)], body: [UInt8]?, limit: Int,
        followsRedirect: Bool, sink: @escaping @Sendable (ArraySlice<UInt8>) throws -> Void
    ) {
        self.target = target
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.limit = limit
        self.followsRedirect = followsRedirect
        self.sink = sink
    }

    struct Answer: Sendable {
        let status: Int
        let headers: [(name: String, value: String)]
        let location: String?
    }

    /// A libcurl easy handle: it keeps its connections open for the next request to the same target,
    /// and closes them when it goes.
    final class Handle: @unchecked Sendable {
        let raw: UnsafeMutableRawPointer

        init?() {
            guard CurlRequest.initialised, let raw = curl_easy_init() else { return nil }
            self.raw = raw
        }

        deinit { curl_easy_cleanup(raw) }
    }

    /// libcurl's global set-up, once per process, before the first handle.
    static let initialised: Bool = mxkeys_curl_global_init() == CURLE_OK

    /// The certificate authorities trusted.
    enum Trust: Sendable {
        /// libcurl's defaults: the system's bundle and directory (Debian's ca-certificates).
        case system
        /// A bundle file (`SSL_CERT_FILE`).
        case file(String)
        /// The system's (or `SSL_CERT_FILE`'s) bundle with `--ca-file` after it.
        case bundle([UInt8])

        /// `SSL_CERT_FILE` replaces the system's bundle, as for OpenSSL's tools; `caFile` is trusted
        /// besides whichever it is.
        static func make(caFile: String?) throws(FetchError) -> Trust {
            let environment = getenv("SSL_CERT_FILE").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            guard let caFile else { return environment.map { .file($0) } ?? .system }
            guard let added = readFile(caFile) else {
                throw .file("--ca-file \(caFile): \(String(cString: strerror(errno)).lowercased())")
            }
            let base = environment ?? defaultBundle()
            var bytes = base.flatMap(readFile) ?? []
            bytes.append(0x0A)
            bytes += added
            return .bundle(bytes)
        }

        /// The bundle libcurl was built to use.
        static func defaultBundle() -> String? {
            guard let handle = Handle() else { return nil }
            var path: UnsafeMutablePointer<CChar>? = nil
            guard mxkeys_curl_get_string(handle.raw, CURLINFO_CAINFO, &path) == CURLE_OK, let path else { return nil }
            return String(cString: path)
        }

        static func readFile(_ path: String) -> [UInt8]? {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n < 0 { return nil }
                if n == 0 { return bytes }
                bytes += buffer[0..<n]
                // A trust bundle is small; anything this big is not one.
                if bytes.count > 64 << 20 { errno = EFBIG; return nil }
            }
        }
    }

    // MARK: - The transfer

    /// Runs the request on `handle` (its options reset first; its connections kept), within `timeout`
    /// seconds in all.
    func perform(on handle: Handle, settings: FetchSettings, trust: Trust, timeout: Double) async -> Result<Answer, FetchError> {
        let started = HTTPTransport.monotonicSeconds()
        guard timeout > 0 else {
            return .failure(.timeout(url: url, what: "no complete answer", seconds: settings.totalTimeout))
        }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(mxkeys_curl_error_size()))
        errorBuffer.initialize(repeating: 0, count: Int(mxkeys_curl_error_size()))
        defer { errorBuffer.deallocate() }
        var list: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(list) }
        var connectTo: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(connectTo) }

        let curl = handle.raw
        curl_easy_reset(curl)
        let context = Unmanaged.passUnretained(self).toOpaque()
        var setup = [
            mxkeys_curl_set_string(curl, CURLOPT_URL, url),
            mxkeys_curl_set_string(curl, CURLOPT_PROTOCOLS_STR, "http,https"),
            mxkeys_curl_set_long(curl, CURLOPT_NOSIGNAL, 1),
            mxkeys_curl_set_long(curl, CURLOPT_FOLLOWLOCATION, 0),
            mxkeys_curl_set_long(curl, CURLOPT_SSL_VERIFYPEER, 1),
            mxkeys_curl_set_long(curl, CURLOPT_SSL_VERIFYHOST, 2),
            mxkeys_curl_set_long(curl, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)),
            mxkeys_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT_MS, Int(min(Double(settings.connectTimeout), timeout) * 1000)),
            mxkeys_curl_set_long(curl, CURLOPT_TIMEOUT_MS, max(1, Int(timeout * 1000))),
            // A Content-Length over the limit is refused before the body (the callbacks check it too).
            mxkeys_curl_set_off(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limit)),
            mxkeys_curl_set_string(curl, CURLOPT_USERAGENT, "mxkeys"),
            mxkeys_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer),
            mxkeys_curl_set_write(curl, { data, size, count, context in
                guard let context else { return 0 }
                let request = Unmanaged<CurlRequest>.fromOpaque(context).takeUnretainedValue()
                return request.receiveBody(UnsafeRawBufferPointer(start: data.map { UnsafeRawPointer($0) }, count: size * count))
            }),
            mxkeys_curl_set_pointer(curl, CURLOPT_WRITEDATA, context),
            mxkeys_curl_set_header(curl, { data, size, count, context in
                guard let context else { return 0 }
                let request = Unmanaged<CurlRequest>.fromOpaque(context).takeUnretainedValue()
                return request.receiveHeader(UnsafeRawBufferPointer(start: data.map { UnsafeRawPointer($0) }, count: size * count))
            }),
            mxkeys_curl_set_pointer(curl, CURLOPT_HEADERDATA, context),
        ]
        switch trust {
        case .system: break
        case .file(let path): setup.append(mxkeys_curl_set_string(curl, CURLOPT_CAINFO, path))
        case .bundle(let bytes): setup.append(bytes.withUnsafeBytes { mxkeys_curl_set_blob(curl, CURLOPT_CAINFO_BLOB, $0.baseAddress, $0.count) })
        }
        if let connectHost = target.connectHost {
            // The URL keeps the certificate's name (and SNI); the connection goes to connectHost.
            let host = connectHost.contains(":") && !connectHost.hasPrefix("[") ? "[\(connectHost)]" : connectHost
            connectTo = curl_slist_append(connectTo, "::\(host):\(target.port)")
            setup.append(mxkeys_curl_set_list(curl, CURLOPT_CONNECT_TO, connectTo))
        }
        var lines: [String] = []
        if let hostHeader = target.hostHeader { lines.append("Host: \(hostHeader)") }
        for (name, value) in headers { lines.append("\(name): \(value)") }
        // No "Expect: 100-continue" round trip before a large body.
        lines.append("Expect:")
        if let body {
            if !headers.contains(where: { $0.0.lowercased() == "content-type" }) { lines.append("Content-Type: application/json") }
            setup.append(mxkeys_curl_set_long(curl, CURLOPT_POST, 1))
            setup.append(mxkeys_curl_set_off(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            setup.append(body.withUnsafeBytes { mxkeys_curl_set_pointer(curl, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress ?? UnsafeRawPointer(errorBuffer))) })
            if method != "POST" { setup.append(mxkeys_curl_set_string(curl, CURLOPT_CUSTOMREQUEST, method)) }
        } else if method == "GET" {
            setup.append(mxkeys_curl_set_long(curl, CURLOPT_HTTPGET, 1))
        } else {
            setup.append(mxkeys_curl_set_string(curl, CURLOPT_CUSTOMREQUEST, method))
        }
        for line in lines { list = curl_slist_append(list, line) }
        setup.append(mxkeys_curl_set_list(curl, CURLOPT_HTTPHEADER, list))
        if let failed = setup.first(where: { $0 != CURLE_OK }) {
            return .failure(.transport(url: url, reason: "libcurl refused an option: \(String(cString: curl_easy_strerror(failed)))"))
        }

        let code = await Self.onThread { curl_easy_perform(handle.raw) }
        if code == CURLE_OK {
            if let stop { return .failure(error(for: stop)) }
            let location = answerHeaders.last { $0.name.lowercased() == "location" }?.value
            return .success(Answer(status: status, headers: answerHeaders, location: followsRedirect ? location : nil))
        }
        let text = String(cString: errorBuffer)
        return .failure(classify(code, text: text.isEmpty ? String(cString: curl_easy_strerror(code)) : text, curl: curl, settings: settings,
                                 timeout: timeout, elapsed: HTTPTransport.monotonicSeconds() - started))
    }

    /// Runs `body` on a new thread and waits for it without holding a thread of the cooperative pool.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let box = Unmanaged.passRetained(ThreadBody { continuation.resume(returning: body()) }).toOpaque()
            var thread = pthread_t()
            let created = pthread_create(&thread, nil, { raw in
                guard let raw else { return nil }
                Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue().run()
                return nil
            }, box)
            if created == 0 {
                pthread_detach(thread)
            } else {
                // No thread to be had: run it here rather than not at all.
                Unmanaged<ThreadBody>.fromOpaque(box).takeRetainedValue().run()
            }
        }
    }

    // MARK: - Callbacks (on the transfer's thread, one at a time)

    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Int {
        headerBytes += bytes.count
        if headerBytes > Self.headerLimit {
            stop = .headersTooLarge
            return 0
        }
        var line = Array(bytes)
        while let last = line.last, last == 0x0A || last == 0x0D { line.removeLast() }
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("HTTP/") {
            // A new answer (after a 1xx): only the last one counts.
            status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            answerHeaders = []
            contentLength = nil
            chunked = false
            return bytes.count
        }
        if line.isEmpty {
            // The end of a head: a length given twice over is refused before any of the body.
            if !(100..<200).contains(status), contentLength != nil, chunked {
                stop = .lengthConflict
                return 0
            }
            return bytes.count
        }
        guard let colon = text.firstIndex(of: ":") else { return bytes.count }
        let name = String(text[..<colon])
        let value = String(text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
        answerHeaders.append((name: name, value: value))
        switch name.lowercased() {
        case "content-length":
            contentLength = Int(value) ?? Int.max
            if let length = contentLength, length > limit {
                stop = .tooLarge
                return 0
            }
        case "transfer-encoding":
            if value.lowercased().contains("chunked") { chunked = true }
        default: break
        }
        return bytes.count
    }

    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        if stop != nil { return 0 }
        received += bytes.count
        if received > limit {
            // Cut here: libcurl closes a connection whose transfer was stopped.
            stop = .tooLarge
            return 0
        }
        if followsRedirect && (300..<400).contains(status) { return bytes.count }
        do { try sink(ArraySlice(bytes)) } catch {
            stop = .sink(error)
            return 0
        }
        return bytes.count
    }

    // MARK: - Errors

    private func error(for stop: Stop) -> FetchError {
        switch stop {
        case .tooLarge: return .tooLarge(url: url, limit: limit)
        case .lengthConflict:
            return .invalidResponse(url: url, reason: "both Content-Length and Transfer-Encoding: chunked, which conflict: refused")
        case .headersTooLarge: return .invalidResponse(url: url, reason: "an answer head over \(FetchError.size(Self.headerLimit))")
        case .sink(let error): return error as? FetchError ?? .transport(url: url, reason: "\(error)")
        }
    }

    /// libcurl's outcome as the step that failed.
    private func classify(_ code: CURLcode, text: String, curl: UnsafeMutableRawPointer, settings: FetchSettings, timeout: Double, elapsed: Double) -> FetchError {
        if let stop { return error(for: stop) }
        if chunked && contentLength != nil { return error(for: .lengthConflict) }
        let address = target.address
        switch code {
        case CURLE_WRITE_ERROR, CURLE_FILESIZE_EXCEEDED:
            return code == CURLE_FILESIZE_EXCEEDED ? .tooLarge(url: url, limit: limit) : .transport(url: url, reason: text)
        case CURLE_COULDNT_RESOLVE_HOST:
            return .dns(host: HTTPTransport.bare(target.connectHost ?? target.host), reason: "no address found (no A or AAAA record)")
        case CURLE_COULDNT_RESOLVE_PROXY:
            return .connect(target: address, reason: "the proxy's name has no address (\(text))")
        case CURLE_COULDNT_CONNECT:
            var osError = 0
            _ = mxkeys_curl_get_long(curl, CURLINFO_OS_ERRNO, &osError)
            let reason = Self.describe(errno: Int32(osError), fallback: text)
            // libcurl names the address it failed to reach: another than the target's is a proxy's.
            if let (host, port) = Self.failedAddress(text), port != target.port
                || ![HTTPTransport.bare(target.host), target.connectHost.map(HTTPTransport.bare)].contains(host) {
                let proxy = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
                return .connect(target: proxy, reason: "\(reason) (the proxy, on the way to \(address))")
            }
            return .connect(target: address, reason: reason)
        case CURLE_OPERATION_TIMEDOUT:
            // Which deadline: the connect timeout, when the connection (TLS included) was not made and
            // that timeout came first; else the whole request's.
            var connected: curl_off_t = 0, handshaken: curl_off_t = 0
            _ = mxkeys_curl_get_off(curl, CURLINFO_CONNECT_TIME_T, &connected)
            _ = mxkeys_curl_get_off(curl, CURLINFO_APPCONNECT_TIME_T, &handshaken)
            let connecting = connected == 0 || (target.scheme == "https" && handshaken == 0)
            if connecting && Double(settings.connectTimeout) < timeout && elapsed < timeout - 0.05 {
                return .timeout(url: url, what: "no connection to \(address)", seconds: settings.connectTimeout)
            }
            return .timeout(url: url, what: "no complete answer", seconds: settings.totalTimeout)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED:
            return .tls(target: address, reason: tlsReason(text))
        case CURLE_GOT_NOTHING:
            return .transport(url: url, reason: "the server closed the connection before answering")
        case CURLE_PARTIAL_FILE:
            return .transport(url: url, reason: "the connection closed before the whole body arrived")
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR:
            if text.contains("reset by peer") { return .transport(url: url, reason: "connection reset") }
            return .transport(url: url, reason: text)
        case CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_BAD_CONTENT_ENCODING, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidResponse(url: url, reason: "not a valid HTTP answer (\(text))")
        case CURLE_URL_MALFORMAT:
            return .invalidURL(url, reason: "not a usable URL")
        default:
            return .transport(url: url, reason: text)
        }
    }

    private func tlsReason(_ text: String) -> String {
        let lower = text.lowercased()
        if lower.contains("subject name") || lower.contains("does not match target host") || lower.contains("hostname mismatch") {
            return "the certificate is not valid for \(HTTPTransport.bare(target.host)) (\(text))"
        }
        if lower.contains("certificate has expired") { return "the certificate has expired (\(text))" }
        if lower.contains("not yet valid") { return "the certificate is not valid yet (\(text))" }
        if lower.contains("certificate problem") || lower.contains("verify failed") {
            return "the certificate could not be verified: it is not signed by a certificate authority of the system's trust store"
                + " or --ca-file (\(text))"
        }
        if lower.contains("wrong version number") || lower.contains("packet length too long") || lower.contains("http request") {
            return "the server does not speak TLS on this port (\(text))"
        }
        return "handshake failed (\(text))"
    }

    /// The host and port of libcurl's "Failed to connect to HOST port PORT ..." message.
    static func failedAddress(_ text: String) -> (String, Int)? {
        let marker = "Failed to connect to "
        guard let start = text.firstRange(of: marker) else { return nil }
        let words = text[start.upperBound...].split(separator: " ")
        guard words.count >= 3, words[1] == "port", let port = Int(words[2]) else { return nil }
        return (String(words[0]), port)
    }

    static func describe(errno code: Int32, fallback: String) -> String {
        switch code {
        case ECONNREFUSED: return "connection refused"
        case ENETUNREACH: return "network unreachable"
        case EHOSTUNREACH: return "host unreachable"
        case ETIMEDOUT: return "timed out"
        case ECONNRESET: return "connection reset"
        case 0: return fallback
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    // MARK: - Redirect targets

    /// `location` resolved against `base`: an http(s) URL's target and path, or nil.
    static func resolve(_ location: String, against base: String) -> (target: HTTPTarget, path: String, url: String)? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, base, 0) == CURLUE_OK,
              curl_url_set(handle, CURLUPART_URL, location, 0) == CURLUE_OK else { return nil }
        func part(_ what: CURLUPart, _ flags: UInt32 = 0) -> String? {
            var value: UnsafeMutablePointer<CChar>? = nil
            guard curl_url_get(handle, what, &value, flags) == CURLUE_OK, let value else { return nil }
            defer { curl_free(value) }
            return String(cString: value)
        }
        guard let scheme = part(CURLUPART_SCHEME)?.lowercased(), scheme == "https" || scheme == "http",
              let host = part(CURLUPART_HOST), let port = part(CURLUPART_PORT, mxkeys_curlu_default_port()).flatMap({ Int($0) }),
              part(CURLUPART_USER) == nil else { return nil }
        var path = part(CURLUPART_PATH) ?? "/"
        if let query = part(CURLUPART_QUERY) { path += "?" + query }
        let target = HTTPTarget(scheme: scheme, host: host, port: port)
        return (target, path, target.origin + path)
    }
}

/// What a transfer's thread runs.
private final class ThreadBody {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
