// swift-tools-version:6.0
// Coverage-guided fuzzing of karta's parsers with libFuzzer; built only by `make fuzz`
// (Fuzz/run.sh), which links the repository as `.deps/karta`.
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let linker: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

func harness(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name, dependencies: ["FuzzDriver", "FuzzChecks"] + products.map { .product(name: $0, package: "karta") },
        swiftSettings: fuzzer, linkerSettings: linker)
}

let package = Package(
    name: "karta-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".deps/karta"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20")
    ],
    targets: [
        .target(name: "FuzzDriver", dependencies: ["ZIPFoundation"]),
        .target(
            name: "FuzzChecks",
            dependencies: [
                .product(name: "KartaCore", package: "karta"), .product(name: "KartaImport", package: "karta")
            ]),
        harness("fuzz-front-matter", ["KartaCore"]),
        harness("fuzz-schedule", ["KartaCore"]),
        harness("fuzz-import", ["KartaImport", "KartaCore"]),
        harness("fuzz-word", ["KartaImport"]),
        harness("fuzz-monitoring", []),
        harness("fuzz-sheet", [])
    ],
    swiftLanguageModes: [.v6]
)
