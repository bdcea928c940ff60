import Foundation
import KartaTestSupport
import Testing

/// A coordinator's first day, with karta installed by `make install` into a temporary HOME far
/// from this checkout: init → import a Word file → check → build with PDF and Word → commit →
/// edit a measure → diff → serve.
struct InstalledJourneyTests {
    @Test func installInitImportCheckBuildCommitEditDiffServe() throws {
        let home = try ScratchFolder.make("home")
        let prefix = home.appendingPathComponent(".local").path
        let install = try Command.run(
            "make",
            [
                "-C", Karta.packageRoot.path, "install", "PREFIX=\(prefix)",
                "KARTA_BIN=\(Karta.executable.path)"
            ])
        #expect(install.status == 0, "\(install.stderr)")
        let zsh = try String(contentsOfFile: prefix + "/share/zsh/site-functions/_karta", encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef karta"))
        #expect(zsh.contains("Создать репозиторий содержимого"))
        #expect(zsh.contains("Показать справку.") && !zsh.contains("Show help information."))
        let fish = try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/karta.fish", encoding: .utf8)
        #expect(fish.contains("Папка с содержимым.") && !fish.contains("Show the version."))
        let bash = prefix + "/share/bash-completion/completions/karta"
        #expect(try Command.run("bash", ["-n", bash]).status == 0)

        // Only the installed karta on PATH; git commits with a name of their own.
        let environment = [
            "HOME": home.path, "PATH": prefix + "/bin:/usr/local/bin:/usr/bin:/bin",
            "GIT_AUTHOR_NAME": "Координатор", "GIT_AUTHOR_EMAIL": "k@example.org",
            "GIT_COMMITTER_NAME": "Координатор", "GIT_COMMITTER_EMAIL": "k@example.org"
        ]
        func karta(_ arguments: String..., in folder: URL) throws -> Command.Run {
            try Command.run("karta", arguments, in: folder, environment: environment)
        }
        func git(_ arguments: String..., in folder: URL) throws {
            let run = try Command.run("git", arguments, in: folder, environment: environment)
            #expect(run.status == 0, "git \(arguments): \(run.stderr)")
        }
        #expect(
            try Command.run("sh", ["-c", "command -v karta"], environment: environment).stdout == prefix
                + "/bin/karta\n")

        #expect(try karta("init", "dorozhnye-karty", in: home).status == 0)
        let repo = home.appendingPathComponent("dorozhnye-karty")
        try git("init", "-q", "-b", "main", in: repo)
        let word = Karta.packageRoot.appendingPathComponent("Tests/KartaImportTests/Fixtures/word/001.docx").path
        let imported = try karta("import", word, "--slug", "proletarskiy-2023", in: repo)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("content/roadmaps/proletarskiy-2023.md"))

        let check = try karta("check", in: repo)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix("ошибок: 0, предупреждений: 0\n"))
        let build = try karta("build", "--pdf", "--docx", in: repo)
        #expect(build.status == 0, "\(build.stderr)")
        let output = repo.appendingPathComponent("output")
        let orders = try FileManager.default.contentsOfDirectory(atPath: output.path + "/orders")
        #expect(orders.count == 1)
        for file in [
            "orders/\(orders[0])/order.pdf", "orders/\(orders[0])/order.docx", "roadmaps/proletarskiy-2023/report.pdf",
            "roadmaps/proletarskiy-2023/index.html", "assets/style.css"
        ] {
            #expect(FileManager.default.fileExists(atPath: output.path + "/" + file), "\(file)")
        }

        try git("add", "-A", in: repo)
        try git("commit", "-q", "-m", "Дорожная карта и приказ из Word", in: repo)
        #expect(
            try Command.run("git", ["status", "--porcelain"], in: repo).stdout.isEmpty,
            "output/ and the cache are ignored")

        try ScratchFolder.edit(
            repo.appendingPathComponent("content/roadmaps/proletarskiy-2023.md").path,
            replacing: "    result: Протоколы рабочих совещаний\n",
            with: "    result: Протоколы рабочих совещаний и справки\n")
        let diff = try karta("diff", in: repo)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("Протоколы рабочих совещаний и справки"), "\(diff.stdout)")
        #expect(diff.stdout.contains("1.3"))

        let (server, _, port) = try ServeCommandTests.start(
            URL(fileURLWithPath: prefix + "/bin/karta"), [], in: repo,
            environment: environment)
        defer { server.stop() }
        let page = try ServeCommandTests.fetch(Int(port)!, "/roadmaps/proletarskiy-2023/")
        #expect(page.status == 200)
        #expect(page.body.contains("Протоколы рабочих совещаний и справки"))

        let uninstall = try Command.run("make", ["-C", Karta.packageRoot.path, "uninstall", "PREFIX=\(prefix)"])
        #expect(uninstall.status == 0)
        #expect(!FileManager.default.fileExists(atPath: prefix + "/bin/karta"))
        #expect(!FileManager.default.fileExists(atPath: bash))
    }
}
