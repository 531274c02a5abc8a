#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MatrixKeys

@Suite("The encrypted keystore")
struct KeystoreTests {
    /// Cheap Argon2id for tests; the default (t=3, m=64 MiB) is exercised by the CLI tests.
    static let fast = Argon2id.Parameters(timeCost: 1, memoryKiB: 64, parallelism: 1)
    static let passphrase = SecretBytes(copying: Array("correct horse".utf8))

    /// Runs `body` with a keystore in a new temporary directory, which is removed afterwards.
    static func withTemporaryStore(_ body: (Keystore) throws -> Void) throws {
        var template = Array("/tmp/mxkeys-keystore-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(Keystore(directory: path + "/store"))
    }

    static func entry(_ name: String = "k", kind: KeystoreKind = .recoveryKey, secret: SecretBytes = SecretBytes.random(count: 32)) throws -> KeystoreEntry {
        try KeystoreEntry.seal(name: name, kind: kind, publicPart: kind == .recoveryKey ? [:] : ["public_key": "pk"], secret: secret,
                               passphrase: passphrase, parameters: fast)
    }

    @Test("round trips for every kind, through the file's bytes")
    func roundTrips() throws {
        for kind in KeystoreKind.allCases {
            let secret = SecretBytes.random(count: 32)
            let sealed = try Self.entry("e", kind: kind, secret: secret)
            let read = try KeystoreEntry(bytes: sealed.bytes, expectedName: "e")
            #expect(read.kind == kind)
            #expect(try read.open(Self.passphrase) == secret)
        }
        #expect(KeystoreKind(name: "ssss-key") == .recoveryKey)
    }

    @Test("a wrong passphrase and a flipped byte in any region give the same error")
    func tampering() throws {
        let sealed = try Self.entry(kind: .backupKey)
        #expect(throws: KeystoreError.cannotOpen("k")) { try sealed.open(SecretBytes(copying: Array("wrong".utf8))) }
        let text = String(decoding: sealed.bytes, as: UTF8.self)
        func flipped(_ field: String, at offset: Int) throws -> KeystoreEntry {
            // The base64 value of `field`, one character changed.
            let marker = "\"\(field)\":\""
            let start = try #require(text.range(of: marker)).upperBound
            let end = try #require(text[start...].firstIndex(of: "\""))
            var value = Array(text[start..<end])
            let index = offset >= 0 ? offset : value.count + offset
            value[index] = value[index] == "A" ? "B" : "A"
            return try KeystoreEntry(bytes: Array((text[..<start] + String(value) + text[end...]).utf8), expectedName: "k")
        }
        // header (the public part), salt, nonce, ciphertext, and the tag at the ciphertext's end
        let variants = [try flipped("public_key", at: 0), try flipped("salt", at: 2), try flipped("nonce", at: 5),
                        try flipped("ciphertext", at: 3), try flipped("ciphertext", at: -3)]
        for variant in variants {
            #expect(throws: KeystoreError.cannotOpen("k")) { try variant.open(Self.passphrase) }
        }
        // Raised costs in the header: also refused, not silently used.
        let costlier = text.replacingOccurrences(of: "\"time_cost\":1", with: "\"time_cost\":2")
        #expect(throws: KeystoreError.cannotOpen("k")) { try KeystoreEntry(bytes: Array(costlier.utf8), expectedName: "k").open(Self.passphrase) }
    }

    @Test("a truncated file, a renamed file, and bad fields are named as damaged")
    func damaged() throws {
        let bytes = try Self.entry().bytes
        #expect(throws: KeystoreError.malformed("k", reason: "not a JSON object (truncated?)")) { try KeystoreEntry(bytes: Array(bytes.prefix(100)), expectedName: "k") }
        #expect(throws: KeystoreError.malformed("other", reason: "its name does not match its file name")) { try KeystoreEntry(bytes: bytes, expectedName: "other") }
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"version\":1", with: "\"version\":2")
        #expect(throws: KeystoreError.malformed("k", reason: "unsupported version")) { try KeystoreEntry(bytes: Array(text.utf8), expectedName: "k") }
    }

    @Test("key derivation costs above the limits (t=10, m=1 GiB, p=16) are refused before any work, each named")
    func costLimits() throws {
        let text = String(decoding: try Self.entry().bytes, as: UTF8.self)
        func edited(_ field: String, _ value: Int) -> [UInt8] {
            Array(text.replacingOccurrences(of: "\"\(field)\":\(field == "memory_kib" ? 64 : 1)", with: "\"\(field)\":\(value)").utf8)
        }
        #expect(throws: KeystoreError.malformed("k", reason: "Argon2id memory_kib 4194304 is outside 8 to 1048576 (1 GiB), the limit")) {
            try KeystoreEntry(bytes: edited("memory_kib", 4 << 20), expectedName: "k")
        }
        #expect(throws: KeystoreError.malformed("k", reason: "Argon2id time_cost 11 is outside 1 to 10, the limit")) {
            try KeystoreEntry(bytes: edited("time_cost", 11), expectedName: "k")
        }
        #expect(throws: KeystoreError.malformed("k", reason: "Argon2id parallelism 17 is outside 1 to 16, the limit")) {
            try KeystoreEntry(bytes: edited("parallelism", 17), expectedName: "k")
        }
        // At the limits an entry is read (and its AEAD then tells that the header was changed).
        let atLimit = try KeystoreEntry(bytes: edited("memory_kib", 1 << 20), expectedName: "k")
        #expect(atLimit.parameters.memoryKiB == 1 << 20)
    }

    @Test("the store: 0700 directory, 0600 files, no overwrite, refuses a 0644 file, lists, removes")
    func store() throws {
        try Self.withTemporaryStore { store in
            #expect(try store.list().isEmpty)
            try store.save(try Self.entry("a"), replace: false)
            try store.save(try Self.entry("b", kind: .backupKey), replace: false)
            var info = stat()
            #expect(stat(store.directory, &info) == 0 && info.st_mode & 0o777 == 0o700)
            #expect(stat(store.path("a"), &info) == 0 && info.st_mode & 0o777 == 0o600)
            #expect(throws: KeystoreError.exists("a")) { try store.save(try Self.entry("a"), replace: false) }
            #expect(try store.list().map { try $0.get().name } == ["a", "b"])
            chmod(store.path("b"), 0o644)
            #expect(throws: KeystoreError.insecureMode(store.path("b"), mode: 0o644)) { try store.load("b") }
            try store.remove("a")
            #expect(throws: KeystoreError.notFound("a")) { try store.load("a") }
            #expect(throws: KeystoreError.invalidName("../x")) { try store.load("../x") }
            #expect(throws: KeystoreError.invalidName(".hidden")) { try Self.entry(".hidden") }
        }
    }
}
