import ArgumentParser
import Foundation

/// `karta-bench generate`: a deterministic synthetic content set for benchmarks, and its Hugo twin.
struct KartaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "karta-bench",
        abstract: "Синтетический набор содержимого для замеров скорости karta (и такой же сайт Hugo)."
    )

    @Option(help: "Число школ; муниципальных дорожных карт и приказов — в 10 раз меньше, региональных — 85.")
    var schools = 10_000

    @Option(help: "Зерно генератора: одно и то же зерно даёт один и тот же набор.")
    var seed: UInt64 = 500

    @Option(help: "Папка, в которую записать content/ (и hugo/ с --hugo).")
    var output: String

    @Flag(help: "Также записать тот же набор как сайт Hugo в <output>/hugo.")
    var hugo = false

    func run() throws {
        var set = SyntheticSet(schools: schools, seed: seed)
        let files = set.files()
        let content = ContentWriter(root: output + "/content")
        let hugoSite = ContentWriter(root: output + "/hugo")
        for (path, text) in files {
            try content.write(path, text)
            if hugo, path.hasSuffix(".md") { try hugoSite.write("content/" + path, text) }
            // The monitoring tables as they are, for the layouts' indicator tables.
            if hugo, path.hasPrefix("monitoring/") { try hugoSite.write("assets/" + path, text) }
        }
        if hugo {
            try hugoSite.write("hugo.toml", HugoSite.config)
            for (path, text) in HugoSite.layouts { try hugoSite.write(path, text) }
        }
        print(
            "Записано файлов содержимого: \(files.count) в \(output)/content\(hugo ? " и сайт Hugo в \(output)/hugo" : "")"
        )
    }
}

KartaBench.main()
