// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mxkeys",
    products: [
        .library(name: "MatrixKeys", targets: ["MatrixKeys"]),
        .library(name: "MatrixKeysSynapse", targets: ["MatrixKeysSynapse"]),
        .library(name: "MatrixKeysFetch", targets: ["MatrixKeysFetch"]),
        .executable(name: "mxkeys", targets: ["mxkeys"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `make docs-api`: the library's API documentation (DocC), built with warnings as errors.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Synapse's config files are YAML (MatrixKeysSynapse only).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // The database client libraries, imported by MatrixKeysSynapse only.
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        // libpq's header only: the library is loaded when a PostgreSQL database is first read (see shim.h).
        .systemLibrary(name: "CLibPQ"),
        // zlib, for the gzip-compressed reports that `report merge` and `report html` read (MatrixKeys' Files/).
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // prctl(2) for the command-line tool's process hardening (a variadic call Swift cannot make).
        .systemLibrary(name: "CProcess"),
        // res_nquery(3) from glibc's libresolv, for SRV records (MatrixKeysFetch only).
        .systemLibrary(name: "CResolv"),
        // HTTP and TLS for MatrixKeysFetch only: libcurl built on the system's OpenSSL, the same libcrypto
        // that MatrixKeysCrypto links, so one crypto library is linked and Debian updates it.
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),

        // Typed crypto over libsodium, OpenSSL libcrypto and libargon2: the only target that imports them.
        .target(
            name: "MatrixKeysCrypto",
            dependencies: ["CSodium", "COpenSSL", "CArgon2"]),

        // All the logic, on the typed crypto (which it re-exports).
        .target(
            name: "MatrixKeys",
            dependencies: ["MatrixKeysCrypto", "CZlib"]),

        // A Synapse homeserver's own storage (SQLite or PostgreSQL) and config, as an event source and
        // a key source for MatrixKeys. The only target that imports CSQLite and CLibPQ.
        .target(
            name: "MatrixKeysSynapse",
            dependencies: ["MatrixKeys", "CSQLite", "CLibPQ", .product(name: "Yams", package: "Yams")]),

        // The fetching side: server discovery, key responses, federation events, client API calls.
        .target(
            name: "MatrixKeysFetch",
            dependencies: ["MatrixKeys", "CResolv", "CCurl"]),

        // The command-line tool: a thin layer over MatrixKeys, MatrixKeysSynapse and MatrixKeysFetch.
        .executableTarget(
            name: "mxkeys",
            dependencies: [
                "MatrixKeys", "MatrixKeysSynapse", "MatrixKeysFetch", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks: programs that print figures (`make bench`).
        .executableTarget(
            name: "mxkeys-bench",
            dependencies: ["MatrixKeys", "MatrixKeysSynapse"]),

        .testTarget(
            name: "MatrixKeysTests",
            dependencies: ["MatrixKeys", "MatrixKeysCrypto"],
            resources: [.copy("Vectors")]),
        // What the tests share: a loopback HTTP server that the fetch tests and the CLI tests talk to,
        // and the runner of a program whose output is captured.
        .target(name: "TestSupport", dependencies: ["CTestTLS"], path: "Tests/TestSupport"),
        // libssl for the loopback server's TLS (tests only: nothing that ships links it).
        .systemLibrary(name: "CTestTLS", path: "Tests/CTestTLS", pkgConfig: "libssl", providers: [.apt(["libssl-dev"])]),
        .testTarget(
            name: "MatrixKeysFetchTests",
            dependencies: ["MatrixKeysFetch", "TestSupport"]),
        .testTarget(
            name: "mxkeysTests",
            dependencies: ["mxkeys", "TestSupport"]),
        // The Synapse reader against the committed fixtures, on SQLite and on a throwaway PostgreSQL
        // cluster the tests start themselves; library and command-line tests both.
        .testTarget(
            name: "MatrixKeysSynapseTests",
            dependencies: ["MatrixKeysSynapse", "mxkeys", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
