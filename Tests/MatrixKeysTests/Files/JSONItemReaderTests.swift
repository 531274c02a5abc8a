#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MatrixKeys

/// The items of `text` read through a temporary file: (line, text or problem) each, and the format.
func readItems(_ text: String) throws -> (format: JSONItemReader.Format, items: [(Int, String)]) {
    var template = Array("/tmp/mxkeys-test-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    #expect(fd >= 0)
    defer { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
    lseek(fd, 0, SEEK_SET)
    let reader = try JSONItemReader(fd: fd, name: "test", closeWhenDone: true)
    var items: [(Int, String)] = []
    while let item = try reader.next() {
        items.append((item.line, item.problem.map { "problem: " + $0 } ?? String(decoding: item.bytes, as: UTF8.self)))
    }
    return (reader.format, items)
}

@Suite("Reading streams of events: JSON lines, arrays, transactions, single documents")
struct JSONItemReaderTests {
    @Test("JSON lines: blank lines skipped, CRLF trimmed, a malformed line is still an item with its number")
    func lines() throws {
        let (format, items) = try readItems("{\"a\":1}\r\n\n  \n{oops\n{\"b\":2}\n[3]")
        #expect(format == .lines)
        #expect(items.map(\.0) == [1, 4, 5, 6])
        #expect(items.map(\.1) == [#"{"a":1}"#, "{oops", #"{"b":2}"#, "[3]"])
    }

    @Test("a line longer than 16 MiB ends the stream with an item that says so, even when more lines follow")
    func overLongLine() throws {
        let long = "{\"a\":\"" + String(repeating: "x", count: JSONItemReader.maxItemLength) + "\"}"
        let (format, items) = try readItems("{\"a\":1}\n" + long + "\n{\"b\":2}\n")
        #expect(format == .lines)
        #expect(items.map(\.0) == [1, 2])
        #expect(items.map(\.1) == [#"{"a":1}"#, "problem: longer than 16 MiB (reading stops here)"])
    }

    @Test("a JSON array is split element by element, with the line each starts on")
    func array() throws {
        let (format, items) = try readItems("[\n  {\"a\": \"x,]}\\\"\"},\n  {\"b\": [1, {\"c\": 2}]}, 7 ,\"s\"\n]\n")
        #expect(format == .array)
        #expect(items.map(\.0) == [2, 3, 3, 3])
        #expect(items.map(\.1) == [#"{"a": "x,]}\""}"#, #"{"b": [1, {"c": 2}]}"#, "7", #""s""#])
        #expect(try readItems("[]").items.isEmpty)
    }

    @Test("a broken array ends with an item that says why")
    func brokenArray() throws {
        #expect(try readItems("[{\"a\":1},\n{\"b\":").items.map(\.1) == [#"{"a":1}"#, "problem: element 2 is cut off (unexpected end of input)"])
        #expect(try readItems("[{\"a\":1} {\"b\":2}]").items.map(\.1) == [#"{"a":1}"#, "problem: expected , or ] after element 1"])
        #expect(try readItems("[{\"a\":1}] x").items.map(\.1) == [#"{"a":1}"#, "problem: data after the end of the array"])
        #expect(try readItems("[{\"a\":1},").items.map(\.1) == [#"{"a":1}"#, "problem: the array is not closed (unexpected end of input)"])
    }

    @Test("a state response: pdus and auth_chain in document order, each item marked with its list")
    func stateResponse() throws {
        var template = Array("/tmp/mxkeys-test-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        defer { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        let bytes = Array("{\"pdus\": [{\"a\": 1}],\n \"auth_chain\": [\n{\"b\": 2}, {\"c\": 3}], \"pdus_extra\": [4]}".utf8)
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        lseek(fd, 0, SEEK_SET)
        let reader = try JSONItemReader(fd: fd, name: "test", closeWhenDone: true)
        var items: [String] = []
        while let item = try reader.next() { items.append("\(item.line) \(item.list ?? "nil") \(String(decoding: item.bytes, as: UTF8.self))") }
        #expect(reader.format == .stateResponse)
        #expect(items == [#"1 pdus {"a": 1}"#, #"3 auth_chain {"b": 2}"#, #"3 auth_chain {"c": 3}"#])
    }

    @Test("one document: a pretty-printed event, or a transaction's pdus")
    func documents() throws {
        let single = try readItems("{\n  \"type\": \"m.room.message\",\n  \"n\": 1.5\n}\n")
        #expect(single.format == .single)
        #expect(single.items.map(\.0) == [1])
        let oneLine = try readItems(#"{"a":1}"#)
        #expect(oneLine.format == .single)
        let transaction = try readItems("{\n\"origin\": \"x\",\n\"pdus\": [\n {\"a\": 1},\n {\"b\": 2}\n],\n\"edus\": []}")
        #expect(transaction.format == .transaction)
        #expect(transaction.items.map(\.0) == [4, 5])
        #expect(transaction.items.map(\.1) == [#"{"a": 1}"#, #"{"b": 2}"#])
        #expect(try readItems("").items.isEmpty)
        #expect(try readItems(" \n\n ").items.isEmpty)
        // Not one document and not JSON lines either: each line is an item, to be reported.
        let broken = try readItems("{\n\"a\": \n")
        #expect(broken.format == .lines)
        #expect(broken.items.map(\.1) == ["{", "\"a\": "])
    }

    @Test("the stream verifier keeps input order on several threads, and reports malformed lines in place")
    func streamOrder() throws {
        let key = try SigningKey.generate(version: "a_1")
        var text = ""
        for i in 0..<300 {
            if i == 150 { text += "{not json\n"; continue }
            let event: JSONObject = ["type": "m.room.message", "sender": "@a:example.org", "content": ["i": .integer(Int64(i))],
                                     "origin_server_ts": 1, "room_id": "!r:example.org"]
            text += CanonicalJSON.encodeString(.object(try EventSigning.sign(event, version: .v11, server: "example.org", key: key))) + "\n"
        }
        var template = Array("/tmp/mxkeys-test-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        defer { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        lseek(fd, 0, SEEK_SET)
        let ring = KeyRing(responses: [], explicitKeys: [.init(server: "example.org", spec: PublicKeySpec(keyID: key.keyID, publicKey: key.publicKey), source: "test")], fetchedAt: 0)
        var stream = EventStreamVerifier(verifier: EventVerifier(keyRing: ring, version: .v11), jobs: 3)
        stream.batchSize = 7
        var seen: [(Int, EventVerification.Verdict)] = []
        try stream.run(try JSONItemReader(fd: fd, name: "test", closeWhenDone: true), transform: { entry -> (Int, EventVerification.Verdict) in
            guard case .line(let line, _) = entry.location else { return (0, entry.verification.verdict) }
            return (line, entry.verification.verdict)
        }) {
            seen += $0
        }
        #expect(seen.map(\.0) == Array(1...300))
        #expect(seen.filter { $0.1 == .valid }.count == 299)
        #expect(seen[150].1 == .rejected)
    }

    @Test("too big for a document: a cut-off document (the size error) is told from JSON lines with a broken first line")
    func documentPrefix() {
        func prefix(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { JSONItemReader.shape($0) == .cutOff }
        }
        #expect(prefix("{\n  \"pdus\": [\n    {\"a\": 1},\n    {\"b\": \"cut off her"))
        #expect(prefix("{\n  \"pdus\": [\n    {\"a\": 12"))
        #expect(prefix("[{\"a\": tr"))
        #expect(!prefix("{\"a\":\n{\"b\":1}\n{\"c\":2}\n{\"d\":3}\n"))
        #expect(!prefix("not json\n{\"b\":1}\n"))
        #expect(!prefix("{\"a\":1}"))
        #expect(!prefix("   "))
    }
}
