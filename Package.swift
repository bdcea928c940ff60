// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "karta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "karta", targets: ["karta"]),
        .library(name: "KartaCore", targets: ["KartaCore"]),
        .library(name: "KartaSite", targets: ["KartaSite"]),
        .library(name: "KartaTemplates", targets: ["KartaTemplates"]),
        .library(name: "KartaImport", targets: ["KartaImport"]),
        .library(name: "KartaDiff", targets: ["KartaDiff"]),
        .library(name: "KartaServe", targets: ["KartaServe"]),
        .library(name: "KartaWord", targets: ["KartaWord"]),
        .library(name: "KartaInit", targets: ["KartaInit"])
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", exact: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20")
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "KartaCore",
            dependencies: ["KartaWord", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "KartaSite",
            dependencies: ["KartaCore", "KartaWord", "KartaDiff", "CCmark"]
        ),
        .target(
            name: "KartaTemplates",
            dependencies: ["KartaCore", "KartaSite"],
            path: "Templates",
            exclude: ["assets"],
            plugins: [.plugin(name: "EmbedFiles")]
        ),
        .target(
            name: "KartaInit",
            dependencies: ["KartaCore"],
            exclude: ["starter"],
            plugins: [.plugin(name: "EmbedFiles")]
        ),
        .executableTarget(name: "karta-embed", path: "Plugins/EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["karta-embed"]),
        .target(name: "KartaWord", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "KartaImport",
            dependencies: ["KartaCore", "KartaWord", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "KartaDiff", dependencies: ["KartaCore"]),
        .target(
            name: "KartaServe",
            dependencies: [
                "KartaCore", "KartaSite",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox")
            ]
        ),
        .target(
            name: "KartaCLI",
            dependencies: [
                "KartaCore", "KartaSite", "KartaTemplates", "KartaImport", "KartaDiff", "KartaServe", "KartaInit",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(name: "karta", dependencies: ["KartaCLI"]),
        .executableTarget(
            name: "karta-bench",
            dependencies: ["KartaTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/KartaBench"
        ),
        .target(name: "KartaTestSupport", dependencies: ["KartaCore"], path: "Tests/KartaTestSupport"),
        .testTarget(name: "KartaCoreTests", dependencies: ["KartaCore", "KartaTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "KartaSiteTests",
            dependencies: ["KartaSite", "KartaTemplates", "KartaCore", "KartaTestSupport"],
            exclude: ["Fixtures", "Pipeline/Golden"]
        ),
        .testTarget(
            name: "KartaImportTests", dependencies: ["KartaImport", "KartaCore", "KartaWord", "KartaTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "KartaDiffTests", dependencies: ["KartaDiff", "KartaCore", "KartaTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "KartaCLITests",
            dependencies: ["KartaCLI", "KartaCore", "KartaTestSupport", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(name: "KartaInitTests", dependencies: ["KartaInit", "KartaCore", "KartaTestSupport"]),
        .testTarget(
            name: "KartaWordTests",
            dependencies: ["KartaWord", "KartaTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "KartaServeTests",
            dependencies: [
                "KartaServe", "KartaCore", "KartaSite", "KartaTemplates", "KartaTestSupport",
                .product(name: "FlyingFox", package: "FlyingFox")
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
