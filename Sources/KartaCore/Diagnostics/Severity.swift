/// How serious a diagnostic is: errors stop a build, warnings do not.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning

    /// The word printed after the location, as a compiler does.
    public var russianLabel: String {
        switch self {
        case .error: "ошибка"
        case .warning: "предупреждение"
        }
    }
}
