import Foundation
import Testing

// The library's public API takes and lends bytes as `Span<UInt8>` or `[UInt8]`, never as raw pointers,
// whose lifetime a caller cannot see (a pointer into a reader's buffer dangles at the next read). The
// pointer forms of the fast paths are `package`. These tests read the library's sources and hold every
// public declaration to that.

@Suite("The public API holds no raw pointers")
struct PublicAPIPointerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")
    /// The library targets (MatrixKeys re-exports MatrixKeysCrypto).
    static let libraries = ["MatrixKeys", "MatrixKeysCrypto", "MatrixKeysSynapse", "MatrixKeysFetch"]

    /// Raw pointer types: `UnsafePointer`, `UnsafeRawBufferPointer`, `UnsafeMutable…`, and C's `OpaquePointer`.
    static func mentionsPointer(_ declaration: PublicDeclarations.Declaration) -> Bool {
        declaration.identifiers.contains { $0.hasPrefix("Unsafe") || $0 == "OpaquePointer" }
    }

    /// Every Swift file of a library target, with its path from `Sources/`.
    static func files(of library: String) throws -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(library)
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files.append((library + url.path.dropFirst(root.path.count), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test("no public declaration of MatrixKeys, MatrixKeysCrypto, MatrixKeysSynapse or MatrixKeysFetch mentions a raw pointer")
    func noPointers() throws {
        var offenders: [String] = []
        var declarations = 0
        var seen: Set<String> = []
        for library in Self.libraries {
            let files = try Self.files(of: library)
            #expect(files.count > 5, "\(library): no sources found under \(Self.sources.path)")
            for file in files {
                for declaration in PublicDeclarations.of(file.text) {
                    declarations += 1
                    seen.insert(declaration.text)
                    if Self.mentionsPointer(declaration) { offenders.append("\(file.path):\(declaration)") }
                }
            }
        }
        #expect(offenders == [])
        // The scan sees the API: a thousand and more declarations, among them the borrowed-bytes forms
        // over several lines, protocol requirements and public extension members.
        #expect(declarations > 1000)
        #expect(seen.contains("func parse ( _ json : Span < UInt8 > , mode : NumberMode = . strict ) throws ( JSONParseError ) -> JSONValue"))
        #expect(seen.contains("func check ( signatures : JSONValue ? , entity : String , message : Span < UInt8 > , keys : some VerifyKeySource , rule : ValidityRule , subject : String = \"\" ) -> SignatureReport"))
        #expect(seen.contains("func nextEvent < R > ( _ body : ( SourcedEvent , Span < UInt8 > ) throws -> R ) throws -> R ?"))
        #expect(seen.contains("func firstRecord ( of userID : String ) throws -> UserKeysRecord ?"))
    }

    @Test("what counts as public: modifiers, public extensions and protocols, enum cases; over several lines")
    func publicDeclarations() {
        let source = #"""
            import Foundation
            /// A comment that names UnsafePointer does not count, nor does "a string with UnsafePointer".
            public struct Reader {
                public let bytes: UnsafeRawBufferPointer
                let hidden: UnsafeRawBufferPointer
                package let shared: UnsafeRawBufferPointer
                public private(set) var count: Int = 0
                nonisolated(unsafe) static var cache: UnsafeMutableRawPointer? = nil
                @inlinable
                public func read(
                    into buffer: UnsafeMutableRawBufferPointer,
                    limit: Int = "\(UnsafePointer<Int>.self)".count
                ) throws
                    -> Int
                {
                    let local: UnsafeRawPointer? = nil  // a body is not API
                    return 0
                }
                public static let empty = UnsafeRawBufferPointer(start: nil, count: 0)
                public var first: UInt8 { bytes.first ?? 0 }
                public subscript(at index: Int) -> UnsafePointer<UInt8> { fatalError() }
                public struct Nested { public typealias Bytes = UnsafeRawBufferPointer }
            }
            public protocol Source: AnyObject {
                func next() -> UnsafeRawBufferPointer?
                var name: String { get }
            }
            public extension Reader {
                func peek(_ count: Int) -> UnsafeRawBufferPointer { bytes }
                private func secret() -> UnsafeRawBufferPointer { bytes }
            }
            extension Reader {
                func inside(_ p: UnsafeRawPointer) {}
                public func outside(_ p: OpaquePointer) {}
            }
            extension UnsafeRawBufferPointer {
                public var looksLikeJSON: Bool { first == 0x7B }
            }
            public enum Item {
                case bytes(UnsafeRawBufferPointer), nothing
                indirect case nested(Item)
            }
            enum Internal { case bytes(UnsafeRawBufferPointer) }
            #if canImport(Glibc)
            public func raw() -> UnsafeMutablePointer<CChar>? { nil }
            #endif
            public func span(_ json: Span<UInt8>) -> Int { json.count }
            """#
        let found = PublicDeclarations.of(source)
        #expect(found.map(\.description) == [
            "line 3: struct Reader",
            "line 4: let bytes : UnsafeRawBufferPointer",
            "line 7: var count : Int = 0",
            "line 9: func read ( into buffer : UnsafeMutableRawBufferPointer , limit : Int = \"\" . count ) throws -> Int",
            "line 19: let empty = UnsafeRawBufferPointer ( start : nil , count : 0 )",
            "line 20: var first : UInt8",
            "line 21: subscript ( at index : Int ) -> UnsafePointer < UInt8 >",
            "line 22: struct Nested",
            "line 22: typealias Bytes = UnsafeRawBufferPointer",
            "line 24: protocol Source : AnyObject",
            "line 25: func next ( ) -> UnsafeRawBufferPointer ?",
            "line 26: var name : String",
            "line 28: extension Reader",
            "line 29: func peek ( _ count : Int ) -> UnsafeRawBufferPointer",
            "line 34: func outside ( _ p : OpaquePointer )",
            "line 37: var looksLikeJSON : Bool",
            "line 39: enum Item",
            "line 40: case bytes ( UnsafeRawBufferPointer ) , nothing",
            "line 41: case nested ( Item )",
            "line 45: func raw ( ) -> UnsafeMutablePointer < CChar >?",
            "line 47: func span ( _ json : Span < UInt8 > ) -> Int",
        ])
        // A public member of an extension of a pointer type is pointer API too.
        #expect(found.filter(PublicAPIPointerTests.mentionsPointer).map(\.line) == [4, 9, 19, 21, 22, 25, 29, 34, 37, 40, 45])
    }
}
