import Foundation
import KartaTestSupport
import Testing
import Yams

/// The CI that `karta init` writes. GitLab and GitHub cannot run here, so the files are checked as
/// YAML and for what each job runs, and every step they run (`ci/karta.sh`) runs for real against a
/// git repository with two commits.
@Suite(.serialized) struct StarterCITests {
    /// A new repository with a school committed, then a second commit that changes it.
    static func repository() throws -> (folder: URL, environment: [String: String]) {
        let home = try ScratchFolder.make("ci")
        #expect(try Karta.run(["init", "repo"], in: home).status == 0)
        let folder = home.appendingPathComponent("repo")
        let school = """
            ---
            name: Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»
            short_name: Школа № 1
            director: И. И. Иванова
            ---
            Раздел школы.

            """
        try ScratchFolder.write(school, to: folder.appendingPathComponent("content/schools/shkola-1.md").path)
        let environment = [
            "PATH": Karta.executable.deletingLastPathComponent().path + ":"
                + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
            "GIT_AUTHOR_NAME": "karta", "GIT_AUTHOR_EMAIL": "karta@example.org",
            "GIT_COMMITTER_NAME": "karta", "GIT_COMMITTER_EMAIL": "karta@example.org",
            "GITHUB_STEP_SUMMARY": "", "KARTA_GITLAB_TOKEN": "", "CI": ""
        ]
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "Школа"]] {
            #expect(try Command.run("git", arguments, in: folder, environment: environment).status == 0)
        }
        try ScratchFolder.edit(
            folder.appendingPathComponent("content/schools/shkola-1.md").path,
            replacing: "director: И. И. Иванова", with: "director: П. П. Петров")
        #expect(
            try Command.run("git", ["commit", "-q", "-am", "Новый директор"], in: folder, environment: environment)
                .status == 0)
        return (folder, environment)
    }

    static func step(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> Command.Run {
        try Command.run("sh", ["ci/karta.sh"] + arguments, in: folder, environment: environment)
    }

    @Test func theCIFilesAreYAMLWhoseJobsRunOnlyTheScriptsSteps() throws {
        let (folder, _) = try Self.repository()
        let gitlab = try #require(
            try Yams.load(yaml: String(contentsOf: folder.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8))
                as? [String: Any])
        let github = try #require(
            try Yams.load(
                yaml: String(contentsOf: folder.appendingPathComponent(".github/workflows/karta.yml"), encoding: .utf8))
                as? [String: Any])

        var commands: [String] = []
        let template = try #require(gitlab[".karta"] as? [String: Any])
        commands += try #require(template["before_script"] as? [String])
        for job in ["check", "review", "pages"] {
            let body = try #require(gitlab[job] as? [String: Any], "\(job)")
            #expect(body["extends"] as? String == ".karta")
            commands += try #require(body["script"] as? [String])
        }
        #expect(
            ((gitlab["pages"] as? [String: Any])?["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
        #expect(
            ((gitlab["review"] as? [String: Any])?["artifacts"] as? [String: Any])?["paths"] as? [String] == [
                "karta-diff.md"
            ])

        // The whole history, for the pages' «Обновлено» dates and for karta diff.
        #expect((gitlab["variables"] as? [String: Any])?["GIT_DEPTH"] as? Int == 0)
        let jobs = try #require(github["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["check", "review", "publish", "deploy"])
        for name in ["check", "review", "publish"] {
            let steps = (jobs[name] as? [String: Any])?["steps"] as? [[String: Any]] ?? []
            let checkout = steps.first { ($0["uses"] as? String)?.hasPrefix("actions/checkout") == true }
            #expect((checkout?["with"] as? [String: Any])?["fetch-depth"] as? Int == 0, "\(name)")
        }
        for (_, job) in jobs {
            for step in (job as? [String: Any])?["steps"] as? [[String: Any]] ?? [] {
                if let run = step["run"] as? String { commands.append(run) }
            }
        }
        #expect(
            Set(commands) == [
                "sh ci/karta.sh install", "sh ci/karta.sh check", "sh ci/karta.sh publish public",
                "sh ci/karta.sh review \"$CI_MERGE_REQUEST_DIFF_BASE_SHA\"",
                "sh ci/karta.sh review \"${{ github.event.pull_request.base.sha }}\""
            ])
    }

    @Test func checkReviewAndPublishRunAsTheJobsRunThem() throws {
        let (folder, environment) = try Self.repository()
        let check = try Self.step(["check"], in: folder, environment: environment)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ошибок: 0"))

        let summary = folder.appendingPathComponent("summary.md").path
        _ = FileManager.default.createFile(atPath: summary, contents: Data("Сводка\n".utf8))
        var github = environment
        github["GITHUB_STEP_SUMMARY"] = summary
        let review = try Self.step(["review", "HEAD~1"], in: folder, environment: github)
        #expect(review.status == 0, "\(review.stderr)")
        let diff = try String(contentsOf: folder.appendingPathComponent("karta-diff.md"), encoding: .utf8)
        #expect(diff.hasPrefix("## Изменения содержимого: HEAD~1 → HEAD\n"))
        #expect(diff.contains("П. П. Петров"))
        #expect(try String(contentsOfFile: summary, encoding: .utf8) == "Сводка\n" + diff)

        let publish = try Self.step(["publish", "public"], in: folder, environment: environment)
        #expect(publish.status == 0, "\(publish.stderr)")
        let school = try String(
            contentsOf: folder.appendingPathComponent("public/schools/shkola-1/index.html"), encoding: .utf8)
        #expect(school.contains("Петров"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/assets/style.css").path))
        // .gitignore keeps what CI makes out of the repository.
        let status = try Command.run("git", ["status", "--porcelain"], in: folder, environment: environment)
        #expect(status.stdout.split(separator: "\n").map(String.init) == ["?? summary.md"])
    }

    @Test func aContentErrorTurnsCheckAndReviewRed() throws {
        let (folder, environment) = try Self.repository()
        try ScratchFolder.edit(
            folder.appendingPathComponent("content/schools/shkola-1.md").path,
            replacing: "short_name: Школа № 1", with: "short_name: [Школа № 1")
        #expect(
            try Command.run("git", ["commit", "-q", "-am", "Опечатка"], in: folder, environment: environment).status
                == 0)
        let check = try Self.step(["check"], in: folder, environment: environment)
        #expect(check.status == 1)
        #expect(check.stderr.contains("content/schools/shkola-1.md:3:"))
        #expect(try Self.step(["review", "HEAD~1"], in: folder, environment: environment).status != 0)
        let unknown = try Self.step(["deploy"], in: folder, environment: environment)
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr == "ошибка: неизвестный шаг «deploy»; шаги: install, check, review БАЗА, publish [ПАПКА]\n")
    }

    /// On GitLab with a token, review leaves the diff as a note on the merge request: here a local
    /// server stands in for GitLab's API and keeps what it was sent.
    @Test func reviewPostsTheDiffAsAMergeRequestNote() throws {
        let (folder, environment) = try Self.repository()
        let received = folder.appendingPathComponent("received.txt").path
        let server = Process()
        server.executableURL = Command.python
        server.arguments = ["-c", Self.gitlab, received]
        let out = Pipe()
        server.standardOutput = out
        try server.run()
        defer { server.stop() }
        let port = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        var gitlab = environment
        gitlab.merge([
            "KARTA_GITLAB_TOKEN": "glpat-test", "CI_MERGE_REQUEST_IID": "7", "CI_PROJECT_ID": "42",
            "CI_API_V4_URL": "http://127.0.0.1:\(port)/api/v4"
        ]) { _, new in new }
        let review = try Self.step(["review", "HEAD~1"], in: folder, environment: gitlab)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Заметка оставлена в запросе на слияние !7."))
        let request = try String(contentsOfFile: received, encoding: .utf8).split(separator: "\n", maxSplits: 2).map(
            String.init)
        #expect(request.count == 3)
        #expect(request[0] == "/api/v4/projects/42/merge_requests/7/notes")
        #expect(request[1] == "glpat-test")
        let diff = try String(contentsOf: folder.appendingPathComponent("karta-diff.md"), encoding: .utf8)
        #expect(request[2] == diff)
    }

    /// Answers one POST like GitLab's notes API and writes its path, token and `body` field.
    static let gitlab = """
        import http.server, sys, urllib.parse
        class Notes(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                data = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
                body = urllib.parse.parse_qs(data)["body"][0]
                with open(sys.argv[1], "w", encoding="utf-8") as out:
                    out.write(self.path + "\\n" + self.headers["PRIVATE-TOKEN"] + "\\n" + body)
                self.send_response(201); self.end_headers(); self.wfile.write(b"{}")
            def log_message(self, *args): pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Notes)
        print(server.server_address[1], flush=True)
        server.timeout = 30
        server.handle_request()
        """

    /// install clones karta at a revision, runs its `make install`, and builds again only when the
    /// revision's commit changes. A stand-in repository whose install writes a script keeps this
    /// test from compiling karta.
    @Test func installBuildsOncePerCommitOfTheKartaRepository() throws {
        let (folder, environment) = try Self.repository()
        let source = try ScratchFolder.make(
            "karta-source",
            files: [
                "Makefile": """
                install:
                \tmkdir -p $(PREFIX)/bin
                \tprintf '#!/bin/sh\\necho "karta %s"\\n' "$$(cat VERSION)" > $(PREFIX)/bin/karta
                \tchmod +x $(PREFIX)/bin/karta

                """, "VERSION": "1\n"
            ])
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "1"]] {
            #expect(try Command.run("git", arguments, in: source, environment: environment).status == 0)
        }
        var ci = environment
        ci["KARTA_REPOSITORY"] = source.path
        let first = try Self.step(["install"], in: folder, environment: ci)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("karta 1\n"))
        let commit = try Command.run("git", ["rev-parse", "HEAD"], in: source).stdout
        #expect(
            try String(contentsOf: folder.appendingPathComponent(".karta-tool/revision"), encoding: .utf8) == commit)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".karta-tool/src").path))

        let cached = try Self.step(["install"], in: folder, environment: ci)
        #expect(cached.stdout == "karta \(commit.dropLast()) — из кэша\n")

        try "2\n".write(to: source.appendingPathComponent("VERSION"), atomically: true, encoding: .utf8)
        #expect(try Command.run("git", ["commit", "-q", "-am", "2"], in: source, environment: environment).status == 0)
        let rebuilt = try Self.step(["install"], in: folder, environment: ci)
        #expect(rebuilt.stdout.hasSuffix("karta 2\n"), "\(rebuilt.stdout)")
        // The steps after it take karta from .karta-tool/bin.
        let check = try Self.step(["check"], in: folder, environment: ci)
        #expect(check.stdout == "karta 2\n")

        var missing = environment
        missing["KARTA_REPOSITORY"] = ""
        let refused = try Self.step(["install"], in: folder, environment: missing)
        #expect(refused.status == 2)
        #expect(refused.stderr == "ошибка: не задана переменная KARTA_REPOSITORY — адрес git-репозитория karta\n")
    }
}
