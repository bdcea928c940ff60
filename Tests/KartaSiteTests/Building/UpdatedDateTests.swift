import Foundation
import KartaCore
import KartaTestSupport
import Testing

/// «Обновлено»: each page says when the newest of the content files it is made of last changed.
struct UpdatedDateTests {
    static let roadmap = "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2025}\nschools: [a]\n---\n"

    @Test func eachPageTakesTheNewestOfItsFiles() throws {
        let repository = try GitFixture()
        try repository.commit(
            "start",
            [
                "site.yml": "title: Сайт\nas_of: 2026-02-02\n", "schools/a.md": "---\nname: Школа А\n---\n",
                "schools/b.md": "---\nname: Школа Б\n---\n"
            ], date: "2025-09-01")
        try repository.commit("roadmap", ["roadmaps/plan.md": Self.roadmap], date: "2025-11-12")
        // site.yml is read by every page but is not what a page says: its date does not count.
        try repository.commit("site", ["site.yml": "title: Сайт\nas_of: 2026-03-02\n"], date: "2026-03-01")
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: repository.content, output: output)
        #expect(result.succeeded, "\(result.formattedDiagnostics())")
        let pages: [(String, String)] = [
            ("schools/a/index.html", "<p class=\"updated\">Обновлено: 12.11.2025</p>"),
            ("schools/a/fragment.html", "Обновлено: 12.11.2025</p>"),
            ("schools/b/index.html", "<p class=\"updated\">Обновлено: 01.09.2025</p>"),
            ("roadmaps/plan/index.html", "<p class=\"updated\">Обновлено: 12.11.2025</p>"),
            ("roadmaps/plan/report.html", "<span class=\"updated\">Обновлено: 12.11.2025</span>"),
            ("index.html", "<p class=\"updated\">Обновлено: 12.11.2025</p>")
        ]
        for (page, line) in pages {
            #expect(try String(contentsOfFile: output + "/" + page, encoding: .utf8).contains(line), "\(page)")
        }

        // A commit of the school alone: its page and the roadmap's (which lists it) say the new day
        // on the next build, which renders them again though no text changed in them.
        try repository.commit("b", ["schools/a.md": "---\nname: Школа А\nshort_name: А\n---\n"], date: "2026-01-20")
        let again = SiteFixture.build(content: repository.content, output: output)
        #expect(again.succeeded)
        let roadmap = try String(contentsOfFile: output + "/roadmaps/plan/index.html", encoding: .utf8)
        #expect(roadmap.contains("Обновлено: 20.01.2026"))
        let other = try String(contentsOfFile: output + "/schools/b/index.html", encoding: .utf8)
        #expect(other.contains("Обновлено: 01.09.2025"))
    }
}
