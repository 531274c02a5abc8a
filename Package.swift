// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mxkeys",
    products: [
        .library(name: "MatrixKeys", targets: ["MatrixKeys"]),
        .library(name: "MatrixKeysFetch", targets: ["MatrixKeysFetch"]),
        .executable(name: "mxkeys", targets: ["mxkeys"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // HTTP/1.1 and TLS for MatrixKeysFetch only: the offline library does not depend on them.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // C libraries, found with pkg-config. `make deps` installs the Debian packages.
        .systemLibrary(
            name: "CSodium", pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(
            name: "COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CArgon2", pkgConfig: "libargon2",
            providers: [.apt(["libargon2-dev"])]),
        // prctl(2) for the command-line tool's process hardening (a variadic call Swift cannot make).
        .systemLibrary(name: "CProcess"),
        // res_nquery(3) from glibc's libresolv, for SRV records (MatrixKeysFetch only).
        .systemLibrary(name: "CResolv"),

        // All the logic. Only Sources/MatrixKeys/Crypto imports the C modules.
        .target(
            name: "MatrixKeys",
            dependencies: ["CSodium", "COpenSSL", "CArgon2"]),

        // The fetching side: server discovery, key responses, federation events, client API calls.
        .target(
            name: "MatrixKeysFetch",
            dependencies: [
                "MatrixKeys", "CResolv",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),

        // The command-line tool: a thin layer over MatrixKeys and MatrixKeysFetch.
        .executableTarget(
            name: "mxkeys",
            dependencies: [
                "MatrixKeys", "MatrixKeysFetch", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks: programs that print figures (`make bench`).
        .executableTarget(
            name: "mxkeys-bench",
            dependencies: ["MatrixKeys"]),

        .testTarget(
            name: "MatrixKeysTests",
            dependencies: ["MatrixKeys"],
            resources: [.copy("Vectors")]),
        // A loopback HTTP server that the fetch tests and the CLI tests talk to.
        .target(name: "TestHTTPServer", path: "Tests/TestHTTPServer"),
        .testTarget(
            name: "MatrixKeysFetchTests",
            dependencies: ["MatrixKeysFetch", "TestHTTPServer"]),
        .testTarget(
            name: "mxkeysTests",
            dependencies: ["mxkeys", "TestHTTPServer"]),
    ],
    swiftLanguageModes: [.v6]
)
