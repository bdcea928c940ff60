import KartaCore

/// Problems with the theme's assets folder.
public enum AssetsError: DiagnosticMessage, Hashable {
    case missingFolder

    public var severity: Severity { .error }

    public var code: DiagnosticCode { .assetsMissing }

    public var message: String {
        "в указанной папке шаблонов нет папки со стилями оформления (assets); без параметра --templates karta берёт встроенные стили"
    }
}

extension DiagnosticCode {
    public static let assetsMissing = DiagnosticCode("assets-missing")
}
