import Foundation
import KartaCore
import KartaInit
import KartaTestSupport
import Testing

struct RepositoryStarterTests {
    @Test func writesEveryStarterFileIntoANewFolderAndMakesTheScriptExecutable() throws {
        let folder = ScratchFolder.url("starter").appendingPathComponent("nested/repo").path
        let report = try RepositoryStarter.create(in: folder).get()
        #expect(report.written == StarterFile.all.map(\.path))
        #expect(report.kept.isEmpty)
        #expect(!report.isGitRepository)
        let written = ScratchFolder.snapshot(folder)
        #expect(Set(written.keys) == Set(StarterFile.all.map(\.path)))
        for file in StarterFile.all { #expect(written[file.path] == Data(file.bytes), "\(file.path)") }
        #expect(FileManager.default.isExecutableFile(atPath: folder + "/ci/karta.sh"))
        #expect(!FileManager.default.isExecutableFile(atPath: folder + "/content/site.yml"))
    }

    @Test func acceptsAnEmptyFolderAndAFreshCloneHoldingOnlyGit() throws {
        let empty = try ScratchFolder.make("empty")
        #expect(try RepositoryStarter.create(in: empty.path).get().written.count == StarterFile.all.count)
        let clone = try ScratchFolder.make("clone")
        try FileManager.default.createDirectory(
            at: clone.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let report = try RepositoryStarter.create(in: clone.path + "/").get()
        #expect(report.isGitRepository)
        #expect(FileManager.default.fileExists(atPath: clone.path + "/content/site.yml"))
    }

    @Test func addsOnlyWhatAContentRepositoryLacksAndNeverOverwrites() throws {
        let folder = try ScratchFolder.make(
            "repo",
            files: [
                "content/site.yml": "title: Свой сайт\n",
                "README.md": "Свой README\n"
            ])
        let report = try RepositoryStarter.create(in: folder.path).get()
        #expect(report.kept == ["README.md", "content/site.yml"])
        #expect(report.written.contains(".gitlab-ci.yml") && report.written.contains("ci/karta.sh"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("content/site.yml"), encoding: .utf8)
                == "title: Свой сайт\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) == "Свой README\n")
        let again = try RepositoryStarter.create(in: folder.path).get()
        #expect(again.written.isEmpty)
        #expect(again.kept.count == StarterFile.all.count)
    }

    /// Each refusal is a Russian error at the folder, and the disk is as it was.
    @Test(arguments: [
        Refusal(
            name: "not empty", files: ["notes.txt": "мои заметки"], target: "",
            expected: .notEmpty(entries: ["notes.txt"], total: 1)),
        Refusal(name: "a file", files: ["plan.docx": "x"], target: "plan.docx", expected: .notAFolder),
        Refusal(
            name: "under a file", files: ["plan.docx": "x"], target: "plan.docx/repo",
            expected: .cannotWrite(reason: "на этом месте или выше по пути — файл, а не папка"))
    ])
    func refusesAndWritesNothing(_ refusal: Refusal) throws {
        let folder = try ScratchFolder.make("refused", files: refusal.files)
        let before = ScratchFolder.snapshot(folder.path)
        let target = refusal.target.isEmpty ? folder.path : folder.path + "/" + refusal.target
        let result = RepositoryStarter.create(in: target)
        guard case .failure(let problem) = result else { Issue.record("\(refusal.name): written"); return }
        #expect(problem.code == refusal.expected.code)
        #expect(problem.message == refusal.expected.message)
        #expect(problem.location.file == target)
        #expect(ScratchFolder.snapshot(folder.path) == before, "\(refusal.name)")
        #expect(FileSystem.list(folder.path, hidden: true).sorted() == before.keys.sorted(), "\(refusal.name)")
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let files: [String: String]
        let target: String
        let expected: InitError
        var testDescription: String { name }
    }

    @Test func aFolderThatCannotBeMadeIsNamedInRussian() {
        // /proc takes no new folders, even from root (the tests may run as root, whom modes do not stop).
        guard case .failure(let problem) = RepositoryStarter.create(in: "/proc/karta-init-test") else {
            Issue.record("written into /proc")
            return
        }
        #expect(problem.code == .initCannotWrite)
        #expect(problem.message.hasPrefix("не удалось создать репозиторий: "))
        #expect(problem.message.hasSuffix("; ничего не записано"))
        #expect(!FileManager.default.fileExists(atPath: "/proc/karta-init-test"))
    }

    @Test func anEmptyNameIsRefused() {
        guard case .failure(let problem) = RepositoryStarter.create(in: "") else { Issue.record("written"); return }
        #expect(problem.code == .initEmptyName)
    }

    /// A failure after some files are in place takes them back, with the folders made for them.
    @Test func aFailureHalfwayLeavesNothingBehind() throws {
        let parent = try ScratchFolder.make("halfway")
        let target = parent.path + "/repo"
        let files = [
            StarterFile.all[0], StarterFile(path: "ci/karta.sh", bytes: Array("x".utf8)),
            StarterFile(path: "ci/karta.sh/inner", bytes: Array("y".utf8))
        ]
        guard case .failure(let problem) = RepositoryStarter.create(in: target, files: files) else {
            Issue.record("a file under a file was written")
            return
        }
        #expect(problem.code == .initCannotWrite)
        #expect(FileSystem.list(parent.path, hidden: true).isEmpty)
    }
}
