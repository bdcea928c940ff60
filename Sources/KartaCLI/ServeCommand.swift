import ArgumentParser
import Dispatch
import Foundation
import KartaCore
import KartaServe
import KartaSite
import KartaTemplates

/// `karta serve`: build, serve the output on 127.0.0.1, rebuild on every change, reload the pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Собрать сайт и показывать его в браузере, пересобирая после каждого изменения содержимого.",
        discussion: """
            Открытые страницы обновляются сами; при ошибке в содержимом они показывают ошибки, а сайт \
            остаётся прежним. Шаблоны (Templates/*.swift) встроены в karta: после их изменения пересоберите \
            karta (make site) и запустите karta serve снова. Остановить: Ctrl-C.
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    // `.unconditional`: «--port -1» is a wrong number, not a missing one.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Порт; 0 — любой свободный.", valueName: "номер"))
    var port: UInt16 = 1313

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Адрес, на котором принимать соединения; другой, чем 127.0.0.1, открывает сайт другим компьютерам сети.",
            valueName: "адрес"))
    var bind = "127.0.0.1"

    @Flag(name: .long, help: "Показывать время каждого этапа каждой сборки.")
    var timings = false

    func run() throws {
        let options = folders.buildOptions
        let server: PreviewServer
        do {
            server = try PreviewServer(
                .init(
                    build: options, port: port, bind: bind == "localhost" ? "127.0.0.1" : bind,
                    timings: timings),
                theme: DefaultTheme()
            ) { line in Console.out(line) }
        } catch {
            Console.error("karta serve: ошибка: \(error.message)")
            throw ExitCode.failure
        }
        // Only for an address that is one: «999.1.1.1» is refused above, without a warning first.
        if bind != "127.0.0.1" && bind != "::1" && bind != "localhost" {
            Console.error(
                "karta serve: предупреждение: сайт будет доступен с других компьютеров по адресу \(bind); для себя достаточно 127.0.0.1"
            )
        }
        let stopped = DispatchSemaphore(value: 0)
        let failure = Locked<ServeError?>(nil)
        Task {
            do throws(ServeError) {
                try await server.start()
                let port = server.port
                Console.out(
                    "Сайт: http://\(bind.contains(":") ? "[\(bind)]" : bind):\(port)/ — страницы обновляются после каждого сохранения. Остановить: Ctrl-C."
                )
            } catch {
                failure.withLock { $0 = error }
                stopped.signal()
            }
        }
        // Ctrl-C (and `kill`): stop accepting, close the streams, save the cache, exit 0.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopped.signal() }
            source.resume()
            return source
        }
        // The sources must live until a signal comes: a released source is cancelled, and the
        // optimiser ends a local's life at its last use (a release build then ignored Ctrl-C).
        withExtendedLifetime(signals) { stopped.wait() }
        if let error = failure.withLock({ $0 }) {
            Console.error("karta serve: ошибка: \(error.message)")
            throw ExitCode.failure
        }
        let done = DispatchSemaphore(value: 0)
        Task {
            await server.stop()
            done.signal()
        }
        done.wait()
        Console.out("Остановлено.")
    }
}
