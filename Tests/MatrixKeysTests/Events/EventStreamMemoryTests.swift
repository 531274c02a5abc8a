#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MatrixKeys

/// The pipeline's bound on what it holds: read but not yet consumed, in bytes as well as batches.
@Suite("Event stream: bounded in flight")
struct EventStreamMemoryTests {
    @Test("long lines on many threads: never more than maxInFlightBytes and one batch read ahead of what is consumed",
          arguments: [1, 2, 8, 64])
    func bytesInFlight(jobs: Int) throws {
        // 120 events of 64 KiB, one per batch: the count bound alone (4 batches a thread) would let 8
        // threads read 32 of them (2 MiB) ahead.
        let body = String(repeating: "x", count: 64 << 10)
        let line = #"{"type":"m.room.message","sender":"@a:example.org","room_id":"!r:example.org","origin_server_ts":1,"content":{"body":""# + body + "\"}}\n"
        let count = 120
        var template = Array("/tmp/mxkeys-test-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        defer { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        let bytes = Array(String(repeating: line, count: count).utf8)
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        lseek(fd, 0, SEEK_SET)

        let ring = KeyRing(responses: [], explicitKeys: [], fetchedAt: 0)
        var stream = EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: .v11), jobs: jobs)
        stream.batchSize = 1
        stream.maxInFlightBytes = 256 << 10
        let reader = try JSONItemReader(fd: fd, name: "test", closeWhenDone: true)
        var consumed = 0
        var lead = 0
        var lines: [Int] = []
        try stream.run(reader, transform: { entry -> Int in
            if case .line(let number, _) = entry.location { return number }
            return 0
        }) { batch in
            // Handed out by the reader but not yet consumed, this batch included.
            lead = max(lead, reader.position - consumed * line.utf8.count)
            consumed += batch.count
            lines += batch
        }
        #expect(lines == Array(1...count))
        #expect(lead <= stream.maxInFlightBytes + line.utf8.count, "\(lead) bytes were read ahead with \(jobs) jobs")
    }
}
