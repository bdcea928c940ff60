import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import KartaCore
import KartaSite

/// `karta serve`: builds the site, serves the output folder over HTTP, watches the content and the
/// assets, rebuilds what a change touches and tells the open pages to reload. The reload script is
/// added to the pages as they are served; the files in the output stay as `karta build` writes them.
public final class PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        public var port: UInt16
        /// The address to listen on; 127.0.0.1 unless asked otherwise.
        public var bind: String
        /// Also log the time of each phase of every build.
        public var timings: Bool

        public init(build: BuildOptions, port: UInt16 = 1313, bind: String = "127.0.0.1", timings: Bool = false) {
            self.build = build
            self.port = port
            self.bind = bind
            self.timings = timings
        }
    }

    private let configuration: Configuration
    private let session: PreviewSession
    private let events: EventStream
    /// Pages the current build already told to reload (`BuildOptions.pagesWritten`).
    private let announced: Locked<Set<String>>
    private let listener: HTTPListener
    private let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "karta.serve.rebuild")
    /// A rebuild is queued, and the paths changed since the last one began (nil: not known).
    private let pending = Locked<(queued: Bool, paths: Set<String>?)>((false, []))

    /// - Parameter log: receives one line per build (what changed, pages, milliseconds) and the problems.
    public init(_ configuration: Configuration, theme: any Theme, log: @escaping @Sendable (String) -> Void)
        throws(ServeError)
    {
        self.configuration = configuration
        self.log = log
        let events = EventStream(), announced = Locked(Set<String>())
        self.events = events
        self.announced = announced
        var options = configuration.build
        // The pages of the changed files reload as soon as they are written, before the index
        // and the site data, which take longer at 10,000 schools.
        options.pagesWritten = { paths in
            let pages = paths.filter(OutputFile.isPage)
            guard !pages.isEmpty else { return }
            announced.withLock { $0.formUnion(pages) }
            events.send(Self.reloadEvent(pages: pages, all: false))
        }
        session = PreviewSession(options: options, theme: theme)
        let address = try Self.address(configuration.bind, port: configuration.port)
        do {
            listener = try HTTPListener(address: address)
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw .portInUse(
                configuration.port, free: Self.freePort(after: configuration.port, bind: configuration.bind))
        } catch {
            throw .cannotListen(configuration.bind, configuration.port)
        }
    }

    static func address(_ bind: String, port: UInt16) throws(ServeError) -> any SocketAddress {
        if let address = try? sockaddr_in.inet(ip4: bind, port: port) { return address }
        if let address = try? sockaddr_in6.inet6(ip6: bind, port: port) { return address }
        throw .badAddress(bind)
    }

    /// Held while the server runs: a `karta build` of the same folder meanwhile would mix its pages
    /// with the server's.
    private let outputLock = Locked<OutputLock?>(nil)

    /// Builds, then answers requests; returns once it does.
    public func start() async throws(ServeError) {
        switch OutputLock.acquire(for: configuration.build) {
        case .failure(let busy): throw .outputBusy(busy.message)
        case .success(let lock): outputLock.withLock { $0 = lock }
        }
        _ = changedTemplates()  // The stamps as the server starts, whatever the first build finds.
        report(session.build(), first: true)
        var routes = RoutedHTTPHandler()
        routes.appendRoute(HTTPRoute("GET \(LiveReload.eventsPath)")) { [events] _ in events.response() }
        let output = configuration.build.output
        // HEAD as GET: the listener sends the fields without the body.
        routes.appendRoute(HTTPRoute(methods: [.GET, .HEAD], path: "*")) { request in
            Self.respond(to: request.path, output: output)
        }
        // Anything else is a site that is only read.
        routes.appendRoute(HTTPRoute("*")) { _ in
            HTTPResponse(
                statusCode: .methodNotAllowed,
                headers: [HTTPHeader("Allow"): "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: Data("Сайт только для чтения: поддерживаются GET и HEAD.\n".utf8))
        }
        do {
            try await listener.start { [routes] request in
                (try? await routes.handleRequest(request))
                    ?? HTTPResponse(
                        statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Data())
            }
        } catch {
            throw .cannotListen(configuration.bind, configuration.port)
        }
        FolderWatcher(folders: watchedFolders, onChange: { [self] paths in changed(paths) }).start()
    }

    /// The port the server listens on.
    public var port: UInt16 {
        switch listener.address {
        case .ip4(_, let port)?, .ip6(_, let port)?: port
        default: configuration.port
        }
    }

    /// Closes the event streams and the listening socket, and saves what was built for the next run.
    public func stop() async {
        events.finish()
        await listener.stop()
        queue.sync { session.save() }
        outputLock.withLock { $0 = nil }
    }

    /// The content folder and, when the styles come from one, the templates folder: its assets,
    /// and its Swift templates (to say that karta must be rebuilt).
    private var watchedFolders: [String] {
        [FileSystem.folder(configuration.build.content)]
            + (configuration.build.stylesFolder.map { [FileSystem.folder($0)] } ?? [])
    }

    /// A change: one rebuild at a time; changes during a rebuild are gathered into the next.
    private func changed(_ paths: Set<String>?) {
        let start = pending.withLock { pending in
            defer { pending.queued = true }
            pending.paths = paths.flatMap { paths in pending.paths?.union(paths) }
            return !pending.queued
        }
        guard start else { return }
        queue.async { [self] in
            let paths = pending.withLock { pending in
                defer { pending = (false, []) }
                return pending.paths
            }
            report(session.build(changed: paths), first: false)
        }
    }

    /// The last build failed: its problems are on the open pages.
    private let failed = Locked(false)
    /// The warnings the log last showed.
    private let lastWarnings = Locked("")

    private func report(_ report: PreviewSession.Report, first: Bool) {
        let result = report.result
        let wasFailing = failed.withLock { failing in
            defer { failing = !result.succeeded }
            return failing
        }
        // An editor's save can come as several events; the builds after the first find nothing new.
        // A Swift template saved changes no content: the notice that karta must be rebuilt is all.
        if !first, report.changed.isEmpty, result.writtenPaths.isEmpty, result.succeeded, !wasFailing {
            noticeTemplates()
            return
        }
        if !result.succeeded {
            let text = result.formattedDiagnostics()
            log(text)
            log(
                "Сборка не выполнена: ошибок: \(result.diagnostics.errorCount); открытые страницы показывают ошибки, сайт — прежний "
                    + "(\(report.milliseconds) мс)."
            )
            events.send(EventStream.event("problems", data: text), sticky: true)
            lastWarnings.withLock { $0 = "" }
            return
        }
        // Warnings, as `karta build` prints them; the same ones again are only counted.
        let warnings = result.diagnostics.all.isEmpty ? "" : result.formattedDiagnostics()
        let repeated = lastWarnings.withLock { last in
            defer { last = warnings }
            return last == warnings
        }
        if !repeated, !warnings.isEmpty { log(warnings) }
        let count = result.diagnostics.warningCount == 0 ? "" : "предупреждений: \(result.diagnostics.warningCount), "
        let changed =
            report.changed.isEmpty
            ? ""
            : "Изменено: \(report.changed.prefix(5).joined(separator: ", "))"
                + (report.changed.count > 5 ? " и ещё \(report.changed.count - 5)" : "") + ". "
        if first {
            log("Собрано: страниц \(result.pages), отрисовано \(result.rendered), \(count)\(report.milliseconds) мс.")
        } else {
            log(
                "\(changed)Отрисовано страниц: \(result.rendered), записано файлов: \(result.write.written), \(count)\(report.milliseconds) мс."
            )
        }
        if configuration.timings {
            log(
                "   "
                    + result.timings.all.map { "\($0.phase.rawValue) \(Int(($0.seconds * 1000).rounded())) мс" }.joined(
                        separator: ", "))
        }
        let announced = announced.withLock { announced in
            defer { announced = [] }
            return announced
        }
        let pages = result.writtenPaths.filter { OutputFile.isPage($0) && !announced.contains($0) }
        let all = result.writtenPaths.contains { $0.hasSuffix(".css") } || pages.count > 1000
        events.send(Self.reloadEvent(pages: pages, all: all))
        noticeTemplates()
    }

    /// Tells the open pages at `pages` (or all when `all`) to reload.
    private static func reloadEvent(pages: [String], all: Bool) -> [UInt8] {
        EventStream.event(
            "reload",
            data: "{\"all\":\(all),\"pages\":[\(all ? "" : pages.map(JSONText.quote).joined(separator: ","))]}")
    }

    private let templateStamps = Locked<[String: FileStamp]?>(nil)
    /// The templates' stamps the log last named as changed: each change is logged once.
    private let loggedTemplates = Locked<[String: FileStamp]?>(nil)

    /// When a Swift template changed since the server started: the notice on the open pages (after
    /// any reload, which would clear it), and once per change in the log.
    private func noticeTemplates() {
        guard let stamps = changedTemplates() else { return }
        let notice = ServeError.templatesChanged.message
        if loggedTemplates.withLock({ logged in
            defer { logged = stamps }; return logged != stamps
        }) {
            log(notice)
        }
        events.send(EventStream.event("problems", data: notice), sticky: true)
    }

    /// The templates' stamps when a Swift template changed since the server started (templates
    /// are compiled into karta); nil when none did.
    private func changedTemplates() -> [String: FileStamp]? {
        guard let folder = configuration.build.stylesFolder.map(FileSystem.folder) else { return nil }
        var stamps: [String: FileStamp] = [:]
        for path in FileSystem.list(folder) where path.hasSuffix(".swift") {
            stamps[path] = FileSystem.fileStamp(of: folder + "/" + path)
        }
        return templateStamps.withLock { known in
            guard let previous = known else {
                known = stamps
                return nil
            }
            return previous != stamps ? stamps : nil
        }
    }

    static func respond(to path: String, output: String) -> HTTPResponse {
        // Only a folder karta built is served: `--output /etc`, refused by the build, must not be
        // served as it is.
        guard FileSystem.isRegularFile(FileSystem.folder(output) + "/" + SiteWriter.marker) else {
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("Папка «\(output)» не создана karta: сайт из неё не показывается.\n".utf8))
        }
        guard let file = ServedFile(requestPath: path, output: output), let bytes = FileSystem.contents(file.path)
        else {
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("Не найдено: \(path)\n".utf8))
        }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: file.contentType, .cacheControl: "no-store"],
            body: Data(file.isPage ? LiveReload.inject(into: bytes) : bytes))
    }

    /// The first port after `port` that can be bound, for the message when `port` is taken.
    static func freePort(after port: UInt16, bind: String) -> UInt16? {
        for candidate in (port &+ 1)...(port &+ 100) where candidate > port {
            guard let socket = try? Socket(domain: AF_INET, type: .stream) else { return nil }
            defer { try? socket.close() }
            if let address = try? address(bind, port: candidate), (try? socket.bind(to: address)) != nil {
                return candidate
            }
        }
        return nil
    }
}
