import Foundation
import Testing

struct BuildCommandTests {
    /// Pages are written while others are rendered: a write that fails part of the way says how
    /// many files were written instead of claiming the folder is untouched.
    @Test func failedWriteSaysWhatWasWritten() throws {
        let folder = try Karta.copyOfDemoContent()
        let output = folder.appendingPathComponent("site").path
        let templates = Karta.packageRoot.appendingPathComponent("Templates").path
        #expect(try Karta.run(["build", "--quiet", "--templates", templates, "--output", output], in: folder).status == 0)
        let school = folder.appendingPathComponent("content/schools/klyuchi-oosh.md")
        let text = try String(contentsOf: school, encoding: .utf8).replacingOccurrences(of: "joined: 2025", with: "joined: 2024")
        try text.write(to: school, atomically: true, encoding: .utf8)
        let blocked = output + "/schools/klyuchi-oosh/fragment.html"
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)

        let run = try Karta.run(["build", "--quiet", "--templates", templates, "--output", output], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("ошибка: не удалось записать «schools/klyuchi-oosh/fragment.html»"))
        #expect(run.stderr.contains("Сборка не выполнена: ошибок: 1, предупреждений: 0. В папке «\(output)» записано файлов: "))
        #expect(!run.stderr.contains("не изменена"))
    }
}
