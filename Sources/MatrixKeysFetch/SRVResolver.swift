import CResolv

#if canImport(Glibc)
import Glibc
#endif

/// One SRV record (RFC 2782).
public struct SRVRecord: Sendable, Equatable {
    public let priority: UInt16
    public let weight: UInt16
    public let port: UInt16
    /// The target host, without the final dot.
    public let target: String

    public init(priority: UInt16, weight: UInt16, port: UInt16, target: String) {
        self.priority = priority
        self.weight = weight
        self.port = port
        self.target = target
    }
}

/// Looks up SRV records: the system's resolver, or answers a test gives.
public protocol SRVResolving: Sendable {
    /// The records of `name` (such as `_matrix-fed._tcp.example.org`); empty when the name has none
    /// (NXDOMAIN or no SRV data). Other failures (no answer from the DNS servers) throw `FetchError.dns`.
    func lookup(_ name: String) async throws(FetchError) -> [SRVRecord]
}

/// SRV records through glibc's stub resolver (`res_nquery` from libresolv, with /etc/resolv.conf).
public struct SystemSRVResolver: SRVResolving {
    /// Seconds per try, and tries, for each query.
    public var timeout: Int32
    public var attempts: Int32

    public init(timeout: Int32 = 5, attempts: Int32 = 2) {
        self.timeout = timeout
        self.attempts = attempts
    }

    public func lookup(_ name: String) async throws(FetchError) -> [SRVRecord] {
        guard let state = mxkeys_res_open() else { throw .dns(host: name, reason: "the system resolver could not be initialised (/etc/resolv.conf)") }
        defer { mxkeys_res_close(state) }
        mxkeys_res_set_timeout(state, timeout, attempts)
        var answer = [UInt8](repeating: 0, count: 65536)
        var error: Int32 = 0
        let length = answer.withUnsafeMutableBufferPointer { buffer in
            mxkeys_res_query_srv(state, name, buffer.baseAddress, Int32(buffer.count), &error)
        }
        if length < 0 {
            if error == mxkeys_host_not_found() || error == mxkeys_no_data() { return [] }
            if error == mxkeys_try_again() { throw .dns(host: name, reason: "SRV lookup: no answer from the DNS servers (try again later)") }
            throw .dns(host: name, reason: "SRV lookup failed (resolver error \(error))")
        }
        do { return try DNSMessage.srvRecords(Array(answer.prefix(Int(length)))) } catch {
            throw .dns(host: name, reason: "SRV lookup: a malformed answer (\(error.reason))")
        }
    }
}

/// Reads the SRV records of a DNS answer (RFC 1035 §4.1, RFC 2782), names with compression pointers.
enum DNSMessage {
    struct Malformed: Error { let reason: String }

    static func srvRecords(_ message: [UInt8]) throws(Malformed) -> [SRVRecord] {
        guard message.count >= 12 else { throw Malformed(reason: "shorter than a header") }
        let questions = Int(u16(message, 4)), answers = Int(u16(message, 6))
        var offset = 12
        for _ in 0..<questions {
            _ = try name(message, &offset)
            offset += 4
        }
        var records: [SRVRecord] = []
        for _ in 0..<answers {
            _ = try name(message, &offset)
            guard offset + 10 <= message.count else { throw Malformed(reason: "a record cut short") }
            let type = u16(message, offset), length = Int(u16(message, offset + 8))
            offset += 10
            guard offset + length <= message.count else { throw Malformed(reason: "record data cut short") }
            if type == UInt16(mxkeys_ns_t_srv()) {
                guard length >= 7 else { throw Malformed(reason: "an SRV record too short") }
                var targetOffset = offset + 6
                let target = try name(message, &targetOffset)
                records.append(SRVRecord(priority: u16(message, offset), weight: u16(message, offset + 2), port: u16(message, offset + 4), target: target))
            }
            offset += length
        }
        return records
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at + 1 < bytes.count else { return 0 }
        return UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    /// A domain name at `offset` (which moves past it), labels joined with dots; "." for the root.
    static func name(_ message: [UInt8], _ offset: inout Int) throws(Malformed) -> String {
        var labels: [String] = []
        var position = offset
        var jumped = false
        var jumps = 0
        while true {
            guard position < message.count else { throw Malformed(reason: "a name runs past the end") }
            let length = Int(message[position])
            if length == 0 {
                if !jumped { offset = position + 1 }
                break
            }
            if length & 0xC0 == 0xC0 {
                guard position + 1 < message.count else { throw Malformed(reason: "a pointer cut short") }
                jumps += 1
                guard jumps <= 64 else { throw Malformed(reason: "a loop of name pointers") }
                if !jumped { offset = position + 2 }
                jumped = true
                position = (length & 0x3F) << 8 | Int(message[position + 1])
                continue
            }
            guard length & 0xC0 == 0, position + 1 + length <= message.count else { throw Malformed(reason: "a label runs past the end") }
            labels.append(String(decoding: message[(position + 1)...(position + length)], as: UTF8.self))
            position += 1 + length
        }
        return labels.isEmpty ? "." : labels.joined(separator: ".")
    }
}
