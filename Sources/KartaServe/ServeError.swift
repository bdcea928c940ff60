/// Why `karta serve` cannot start, in Russian.
public enum ServeError: Error, Equatable, Sendable {
    case badAddress(String)
    case portInUse(UInt16, free: UInt16?)
    case cannotListen(String, UInt16)
    case templatesChanged
    /// Another karta builds or serves the output folder (`OutputError.busy`'s text).
    case outputBusy(String)

    public var message: String {
        switch self {
        case .badAddress(let address):
            "«\(address)» — не IP-адрес; укажите, например, --bind 127.0.0.1"
        case .portInUse(let port, let free):
            "порт \(port) занят другой программой"
                + (free.map { "; свободен, например, \($0): karta serve --port \($0)" } ?? "")
        case .cannotListen(let address, let port):
            "не удалось начать приём соединений на \(address):\(port)"
        case .outputBusy(let message):
            message
        case .templatesChanged:
            "Шаблоны (Templates/*.swift) встроены в karta: чтобы увидеть изменение шаблона, пересоберите karta (make site) и запустите karta serve снова."
        }
    }
}
