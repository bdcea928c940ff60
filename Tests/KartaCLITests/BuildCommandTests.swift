import Foundation
import Testing

struct BuildCommandTests {
    /// Pages are written while others are rendered: a write that fails part of the way says how
    /// many files were written instead of claiming the folder is untouched.
    @Test func failedWriteSaysWhatWasWritten() throws {
        let (folder, output, build) = try Karta.builtCopyOfDemo()
        try Karta.edit("content/schools/klyuchi-oosh.md", in: folder, replacing: "joined: 2025", with: "joined: 2024")
        let blocked = output + "/schools/klyuchi-oosh/fragment.html"
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)

        let run = try Karta.run(build + ["--quiet"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "ошибка: не удалось записать «schools/klyuchi-oosh/fragment.html»: на этом месте папка, а не файл\n"))
        #expect(
            run.stderr.contains(
                "Сборка не выполнена: ошибок: 1, предупреждений: 0. В папке «\(output)» записано файлов: "))
        #expect(!run.stderr.contains("не изменена"))
    }

    /// --timings names every phase a build went through, in pipeline order, with `cache` (loading
    /// and saving .karta-cache) last: it was outside every phase, 0.18 s of a 0.89 s rebuild.
    @Test func timingsNameEveryPhaseTheBuildWentThrough() throws {
        let (folder, _, build) = try Karta.builtCopyOfDemo()
        try Karta.edit("content/schools/klyuchi-oosh.md", in: folder, replacing: "joined: 2025", with: "joined: 2024")
        let run = try Karta.run(build + ["--timings"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let phases = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasSuffix(" мс"), let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        }
        #expect(phases == ["read", "decode", "resolve", "plan", "render", "write", "cache"], "\(run.stdout)")
    }

    @Test func outputThatIsAFileIsExplainedInRussian() throws {
        let (folder, _, _) = try Karta.builtCopyOfDemo()
        try Data("заметки\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        for output in ["notes.txt", "notes.txt/site"] {
            let run = try Karta.run(
                [
                    "build", "--quiet", "--templates", Karta.packageRoot.appendingPathComponent("Templates").path,
                    "--output", output
                ], in: folder)
            #expect(run.status == 1)
            #expect(
                run.stderr.hasPrefix(
                    "\(output): ошибка: не удалось записать «\(output)»: на этом месте или выше по пути — файл, а не папка\n"
                ),
                "\(run.stderr)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "заметки\n")
    }
}
