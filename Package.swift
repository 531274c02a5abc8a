// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mxkeys",
    products: [
        .library(name: "MatrixKeys", targets: ["MatrixKeys"]),
        .executable(name: "mxkeys", targets: ["mxkeys"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `make docs-api`: the library's API documentation (DocC), built with warnings as errors.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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

        // Typed crypto over libsodium, OpenSSL libcrypto and libargon2: the only target that imports them.
        .target(
            name: "MatrixKeysCrypto",
            dependencies: ["CSodium", "COpenSSL", "CArgon2"]),

        // All the logic, on the typed crypto (which it re-exports).
        .target(
            name: "MatrixKeys",
            dependencies: ["MatrixKeysCrypto"]),

        // The command-line tool: a thin layer over MatrixKeys.
        .executableTarget(
            name: "mxkeys",
            dependencies: [
                "MatrixKeys", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks: programs that print figures (`make bench`).
        .executableTarget(
            name: "mxkeys-bench",
            dependencies: ["MatrixKeys"]),

        .testTarget(
            name: "MatrixKeysTests",
            dependencies: ["MatrixKeys", "MatrixKeysCrypto"],
            resources: [.copy("Vectors")]),
        .testTarget(
            name: "mxkeysTests",
            dependencies: ["mxkeys"]),
    ],
    swiftLanguageModes: [.v6]
)
