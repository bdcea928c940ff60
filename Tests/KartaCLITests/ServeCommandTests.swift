import Foundation
import KartaTestSupport
import Testing

/// `karta serve` as a user runs it: a real server process, real HTTP, a real event stream.
@Suite(.serialized) struct ServeCommandTests {
    /// Sends one GET with the path exactly as given (no client-side clean-up of `..`) and prints
    /// the status, then the body.
    static let get = """
        import http.client, sys
        c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=10)
        c.request(sys.argv[3] if len(sys.argv) > 3 else "GET", sys.argv[2])
        r = c.getresponse()
        print(r.status)
        sys.stdout.write(r.read().decode("utf-8", "replace"))
        """

    /// Listens to the event stream and writes each line to a file as it arrives.
    static let listen = """
        import http.client, sys
        c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=60)
        c.request("GET", "/__karta/events")
        r = c.getresponse()
        with open(sys.argv[2], "a", encoding="utf-8") as out:
            while True:
                line = r.readline()
                if not line: break
                out.write(line.decode("utf-8")); out.flush()
        """

    static func fetch(_ port: Int, _ path: String, method: String = "GET") throws -> (status: Int, body: String) {
        let run = try Command.run("python3", ["-c", get, String(port), path, method])
        let lines = run.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (Int(lines.first ?? "") ?? 0, lines.count > 1 ? String(lines[1]) : "")
    }

    /// Waits up to 20 s for a condition on the text of a file.
    static func wait(for file: String, until condition: (String) -> Bool) -> String {
        var text = ""
        for _ in 0..<200 {
            text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return text
    }

    /// Starts `karta serve --port 0` with more arguments, its output going to `serve.log` in the
    /// folder; returns once the server names its address.
    static func start(
        _ karta: URL, _ arguments: [String], in folder: URL,
        environment: [String: String]? = nil
    ) throws -> (server: Process, log: String, port: String) {
        let server = Process()
        server.executableURL = karta
        server.arguments = ["serve", "--port", "0"] + arguments
        server.currentDirectoryURL = folder
        if let environment { server.environment = environment }
        let log = folder.appendingPathComponent("serve.log").path
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        server.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        server.standardError = server.standardOutput
        try server.run()
        let started = wait(for: log) { $0.contains("Сайт: http://127.0.0.1:") }
        guard let port = started.split(separator: "127.0.0.1:").last?.prefix(while: { $0.isNumber }), !port.isEmpty
        else {
            server.stop()
            throw StartFailure(log: started)
        }
        return (server, log, String(port))
    }

    struct StartFailure: Error {
        let log: String
    }

    @Test func servesReloadsShowsProblemsRefusesTraversalAndStopsOnCtrlC() throws {
        let folder = try Karta.copyOfDemoContent()
        let (server, log, port) = try Self.start(
            Karta.executable, ["--output", "site", "--templates", Karta.templates], in: folder)
        defer { if server.isRunning { server.terminate() } }
        let page = "/roadmaps/berezovka-2025/index.html"
        let first = try Self.fetch(Int(port)!, page)
        #expect(first.status == 200)
        #expect(first.body.contains("karta-live-reload"))
        // The script is added as the page is served, never to the file in the output.
        let onDisk = try String(contentsOfFile: folder.appendingPathComponent("site" + page).path, encoding: .utf8)
        #expect(!onDisk.contains("karta-live-reload"))

        let events = folder.appendingPathComponent("events.txt").path
        let listener = Process()
        listener.executableURL = Command.python
        listener.arguments = ["-c", Self.listen, port, events]
        try listener.run()
        defer { listener.stop() }
        _ = Self.wait(for: events) { $0.contains(": karta") }

        try Karta.edit(
            "content/roadmaps/berezovka-2025.md", in: folder, replacing: "title: ", with: "title: Правка из теста — ")
        let reloaded = Self.wait(for: events) { $0.contains("\"roadmaps/berezovka-2025/index.html\"") }
        #expect(reloaded.contains("event: reload"))
        #expect(try Self.fetch(Int(port)!, page).body.contains("Правка из теста"))
        // The index shows the title too; the edited page is told to reload before it.
        let both = Self.wait(for: events) { $0.contains("\"index.html\"") }
        let own = try #require(both.range(of: "\"roadmaps/berezovka-2025/index.html\""))
        let index = try #require(both.range(of: "\"index.html\""))
        #expect(own.lowerBound < index.lowerBound)
        #expect(Self.wait(for: log) { $0.contains("Изменено: roadmaps/berezovka-2025.md") }.contains("мс."))

        try Karta.edit("content/roadmaps/berezovka-2025.md", in: folder, replacing: "title: ", with: "title: [")
        let broken = Self.wait(for: events) { $0.contains("event: problems") }
        #expect(broken.contains("data: content/roadmaps/berezovka-2025.md:3:"))
        #expect(broken.contains("ошибка: неверный YAML"))
        // The last good pages stay served.
        #expect(try Self.fetch(Int(port)!, page).body.contains("Правка из теста"))
        // Fixed: the pages reload (which clears the problems) with the new text.
        try Karta.edit(
            "content/roadmaps/berezovka-2025.md", in: folder, replacing: "title: [", with: "title: Исправлено — ")
        let fixed = Self.wait(for: events) {
            $0.components(separatedBy: "event: problems").last!.contains("event: reload")
        }
        #expect(fixed.components(separatedBy: "event: problems").last!.contains("berezovka-2025/index.html"))
        #expect(try Self.fetch(Int(port)!, page).body.contains("Исправлено"))

        // A warning: the site is built and the log names it, once; later builds only count it.
        try Karta.edit(
            "content/schools/klyuchi-oosh.md", in: folder, replacing: "short_name: ",
            with: "unknown_key: 1\nshort_name: ")
        let warned = Self.wait(for: log) { $0.contains("Изменено: schools/klyuchi-oosh.md") }
        #expect(warned.contains("content/schools/klyuchi-oosh.md:"))
        #expect(warned.contains("предупреждение: неизвестное поле «unknown_key»"))
        #expect(warned.contains("записано файлов: 0, предупреждений: 1, "))
        try Karta.edit(
            "content/roadmaps/berezovka-2025.md", in: folder, replacing: "title: Исправлено", with: "title: Снова")
        let again = Self.wait(for: log) { $0.components(separatedBy: "предупреждений: 1, ").count == 3 }
        #expect(
            again.components(separatedBy: "\n").last { $0.hasPrefix("Изменено:") }?.hasPrefix(
                "Изменено: roadmaps/berezovka-2025.md") == true)
        #expect(again.components(separatedBy: "неизвестное поле").count == 2)
        #expect(try Self.fetch(Int(port)!, page).body.contains("Снова"))

        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("site/leak").path, withDestinationPath: "/etc")
        for path in [
            "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/.karta", "/leak/passwd",
            "/roadmaps/nowhere.html"
        ] {
            #expect(try Self.fetch(Int(port)!, path).status == 404, "\(path)")
        }

        kill(server.processIdentifier, SIGINT)
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        #expect((try String(contentsOfFile: log, encoding: .utf8)).contains("Остановлено."))
    }

    /// Sends a request line or a field of the given length and prints the status line that
    /// comes back; then opens an event stream, starts a head it never ends and holds both.
    static let hostile = """
        import socket, sys, time
        port = int(sys.argv[1])
        def ask(data):
            s = socket.create_connection(("127.0.0.1", port)); s.settimeout(20)
            try: s.sendall(data)
            except OSError: pass  # refused before the end: the answer is already sent
            print(s.recv(100).split(b"\\r\\n")[0].decode())
        ask(b"GET /" + b"a" * 1000000 + b" HTTP/1.1\\r\\n\\r\\n")
        ask(b"GET / HTTP/1.1\\r\\nX-Long: " + b"a" * 1000000 + b"\\r\\n\\r\\n")
        ask(b"GET / HTTP/1.1\\r\\n" + b"X: 1\\r\\n" * 200 + b"\\r\\n")
        ask(b"GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n")
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
        held[0].sendall(b"GET /__karta/events HTTP/1.1\\r\\n\\r\\n")
        held[1].sendall(b"GET /" + b"a" * 5000)
        print("held", flush=True)
        time.sleep(60)
        """

    /// A request line or a field of a megabyte is refused with 414 or 431 at once, and the pages
    /// are served on; Ctrl-C stops the server whatever its clients do meanwhile.
    @Test func overlongHeadsAreRefusedAndCtrlCStopsWithClientsHolding() throws {
        let folder = try Karta.copyOfDemoContent()
        let (server, log, port) = try Self.start(Karta.executable, ["--output", "site"], in: folder)
        defer { if server.isRunning { server.terminate() } }
        let answers = folder.appendingPathComponent("answers.txt").path
        _ = FileManager.default.createFile(atPath: answers, contents: nil)
        let client = Process()
        client.executableURL = Command.python
        client.arguments = ["-c", Self.hostile, port]
        client.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: answers))
        try client.run()
        defer { client.stop() }
        let held = Self.wait(for: answers) { $0.contains("held") }
        #expect(
            held.split(separator: "\n").prefix(4) == [
                "HTTP/1.1 414 URI Too Long", "HTTP/1.1 431 Request Header Fields Too Large",
                "HTTP/1.1 431 Request Header Fields Too Large", "HTTP/1.1 200 OK"
            ], "\(held)")

        kill(server.processIdentifier, SIGINT)
        // Bounded: a server that does not stop fails here instead of hanging the suite.
        for _ in 0..<100 where server.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!server.isRunning)
        if !server.isRunning { #expect(server.terminationStatus == 0) }
        #expect((try String(contentsOfFile: log, encoding: .utf8)).contains("Остановлено."))
    }

    @Test func aPortInUseIsNamedWithAFreeOne() throws {
        let folder = try Karta.copyOfDemoContent()
        let holder = Process()
        holder.executableURL = Command.python
        let hold =
            "import socket, sys, time\ns = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(60)"
        holder.arguments = ["-c", hold]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer { holder.stop() }
        let line = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)))
        let run = try Karta.run(
            [
                "serve", "--port", String(port), "--output", "site",
                "--templates", Karta.packageRoot.appendingPathComponent("Templates").path
            ], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("ошибка: порт \(port) занят другой программой; свободен, например, "))
    }

    /// An address that is not one is refused, without first warning that the site will be seen
    /// from other computers.
    @Test func aBadAddressIsRefusedWithoutAWarning() throws {
        let folder = try Karta.copyOfDemoContent()
        let run = try Command.run(
            "timeout", ["20", Karta.executable.path, "serve", "--bind", "999.1.1.1", "--port", "0"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "karta serve: ошибка: «999.1.1.1» — не IP-адрес; укажите, например, --bind 127.0.0.1\n")
    }

    /// While karta serve has the folder, karta build of it is refused with a reason, not mixed in.
    @Test func buildIsRefusedWhileServeHasTheFolder() throws {
        let folder = try Karta.copyOfDemoContent()
        let (server, _, _) = try Self.start(Karta.executable, ["--output", "site"], in: folder)
        defer { server.stop() }
        let build = try Karta.run(["build", "--output", "site"], in: folder)
        #expect(build.status == 1)
        #expect(
            build.stderr.contains("site: ошибка: папку сайта «site» сейчас собирает другая karta"), "\(build.stderr)")
        let second = try Command.run(
            "timeout", ["20", Karta.executable.path, "serve", "--output", "site", "--port", "0"], in: folder)
        #expect(second.status == 1)
        #expect(
            second.stderr.hasPrefix("karta serve: ошибка: папку сайта «site» сейчас собирает другая karta"),
            "\(second.stderr)")
    }

    /// HEAD answers as GET without a body; other methods are 405, the site being only read.
    @Test func headIsAnsweredAndOtherMethodsAreNotAllowed() throws {
        let folder = try Karta.copyOfDemoContent()
        let (server, _, port) = try Self.start(Karta.executable, ["--output", "site"], in: folder)
        defer { server.stop() }
        let head = try Self.fetch(Int(port)!, "/roadmaps/berezovka-2025/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(try Self.fetch(Int(port)!, "/nowhere.html", method: "HEAD").status == 404)
        for method in ["POST", "OPTIONS", "PUT", "DELETE"] {
            let answer = try Self.fetch(Int(port)!, "/index.html", method: method)
            #expect(answer.status == 405, "\(method)")
        }
    }

    /// A Swift template saved while serving is named at once, though no content changed: the
    /// templates are compiled into karta, which must be rebuilt.
    @Test func aSavedTemplateIsNamedAtOnce() throws {
        let folder = try Karta.copyOfDemoContent()
        try FileManager.default.copyItem(
            at: Karta.packageRoot.appendingPathComponent("Templates"), to: folder.appendingPathComponent("Templates"))
        let (server, log, _) = try Self.start(Karta.executable, ["--output", "site"], in: folder)
        defer { server.stop() }
        Thread.sleep(forTimeInterval: 1.1)
        let template = folder.appendingPathComponent("Templates/IndexTemplate.swift").path
        try (String(contentsOfFile: template, encoding: .utf8) + "// правка\n").write(
            toFile: template, atomically: false, encoding: .utf8)
        let text = Self.wait(for: log) { $0.contains("пересоберите karta") }
        #expect(text.components(separatedBy: "Шаблоны (Templates/*.swift) встроены в karta").count == 2, "\(text)")
    }

    /// The content folder removed and copied back while serving is watched again: the site comes
    /// back, and a later edit is seen (the watch on the old folder died with it).
    @Test func aContentFolderMadeAgainIsWatchedAgain() throws {
        let folder = try Karta.copyOfDemoContent()
        let content = folder.appendingPathComponent("content")
        let copy = try ScratchFolder.copy(content, as: "content")
        let (server, log, port) = try Self.start(Karta.executable, ["--output", "site"], in: folder)
        defer { server.stop() }
        try FileManager.default.removeItem(at: content)
        _ = Self.wait(for: log) { $0.contains("папка с содержимым не найдена") }
        try FileManager.default.copyItem(at: copy, to: content)
        // A build that succeeds after the last failed one: the site is back.
        let back = Self.wait(for: log) {
            $0.components(separatedBy: "Сборка не выполнена").last?.contains("Отрисовано страниц") == true
        }
        #expect(
            back.components(separatedBy: "Сборка не выполнена").last?.contains("Отрисовано страниц") == true, "\(back)")
        try Karta.edit("content/roadmaps/berezovka-2025.md", in: folder, replacing: "title: ", with: "title: Снова ")
        let page = "/roadmaps/berezovka-2025/index.html"
        var seen = false
        for _ in 0..<100 {
            seen = (try? Self.fetch(Int(port)!, page).body.contains("Снова")) ?? false
            if seen { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(seen)
    }
}
