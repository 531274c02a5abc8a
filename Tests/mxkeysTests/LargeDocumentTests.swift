import Foundation
import Testing

/// An input that is one document too big to read whole is the size error, whatever its shape.
@Suite("event verify: a document over 64 MiB")
struct LargeDocumentTests {
    @Test("a pretty-printed {\"pdus\": [...]} over 64 MiB is the size error (exit 2), not 200,000 JSON lines")
    func prettyTransaction() throws {
        let dir = try TempDirectory()
        let path = dir.path("transaction.json")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let body = String(repeating: "x", count: 900)
        let pdu = """
                {
                  "type": "m.room.message",
                  "sender": "@alice:example.org",
                  "content": {
                    "body": "\(body)"
                  }
                },

            """
        try file.write(contentsOf: Data("{\n  \"origin\": \"example.org\",\n  \"pdus\": [\n".utf8))
        let chunk = Data(String(repeating: pdu, count: 1000).utf8)
        for _ in 0..<70 { try file.write(contentsOf: chunk) }  // about 70 MB
        try file.write(contentsOf: Data("    {}\n  ]\n}\n".utf8))
        try file.close()
        let result = try CLI.run(["event", "verify", "--room-version", "11", "--public-key", "example.org:ed25519:a=\(specPublicKey)", path])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == "mxkeys: \(path): larger than 64 MiB, the limit for this input\n")
    }
}
