// swift-tools-version:5.9
// The Groundwork core for Swift: the uniffi-generated bindings (target GroundworkCore) over the
// Rust library groundwork-core (C module groundwork_coreFFI).
//
// Where groundwork_coreFFI comes from:
// - If GroundworkCoreFFI.xcframework sits next to this file (bindings/build-xcframework.sh makes
//   it, on a Mac), it is a binary target: the static library for iOS devices and simulators.
//   That is how an iOS app consumes this package.
// - Otherwise (and always on Linux) it is a system library: the C header and a module map that
//   links libgroundwork_core, which bindings/generate.sh builds into target/debug. The caller
//   passes the library directory to the linker (see run-tests.sh).
// Set GROUNDWORK_SWIFT_FFI=system to use the system library even when the xcframework exists
// (run-tests.sh does, so host tests on a Mac use the freshly built host library).
import Foundation
import PackageDescription

let packageDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let xcframeworkName = "GroundworkCoreFFI.xcframework"

let useXCFramework: Bool = {
    #if os(Linux)
    return false
    #else
    if ProcessInfo.processInfo.environment["GROUNDWORK_SWIFT_FFI"] == "system" {
        return false
    }
    var isDirectory: ObjCBool = false
    let path = packageDir.appendingPathComponent(xcframeworkName).path
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    #endif
}()

let ffiTarget: Target = useXCFramework
    ? .binaryTarget(name: "groundwork_coreFFI", path: xcframeworkName)
    : .systemLibrary(name: "groundwork_coreFFI", path: "Sources/groundwork_coreFFI")

// The xcframework holds a static library built with SQLCipher on CommonCrypto, which needs these
// frameworks at link time (a static library cannot carry its own link lines). The system library
// is a shared library that already links what it needs.
let coreLinkerSettings: [LinkerSetting] = useXCFramework
    ? [
        .linkedFramework("Security", .when(platforms: [.iOS, .macOS])),
        .linkedFramework("CoreFoundation", .when(platforms: [.iOS, .macOS])),
    ]
    : []

let package = Package(
    name: "GroundworkCore",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "GroundworkCore", targets: ["GroundworkCore"]),
        .library(name: "GroundworkPresentation", targets: ["GroundworkPresentation"]),
    ],
    targets: [
        ffiTarget,
        .target(
            name: "GroundworkCore",
            dependencies: ["groundwork_coreFFI"],
            path: "Sources/GroundworkCore",
            linkerSettings: coreLinkerSettings
        ),
        // The app model over the core's navigation (AppModel, and the Platform protocol the
        // iOS app implements), compiled and tested on Linux too.
        .target(
            name: "GroundworkPresentation",
            dependencies: ["GroundworkCore"],
            path: "Sources/GroundworkPresentation"
        ),
        .testTarget(
            name: "GroundworkPresentationTests",
            dependencies: ["GroundworkPresentation", "GroundworkCore"],
            path: "Tests/GroundworkPresentationTests"
        ),
        .testTarget(
            name: "GroundworkCoreTests",
            dependencies: ["GroundworkCore"],
            path: "Tests/GroundworkCoreTests"
        ),
    ]
)
