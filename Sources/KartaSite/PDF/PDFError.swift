import KartaCore

/// Why PDFs were not made; the HTML is built anyway.
public enum PDFError: DiagnosticMessage, Hashable {
    case chromiumMissing

    public var severity: Severity { .warning }
    public var code: DiagnosticCode { .chromiumMissing }
    public var message: String {
        "PDF не созданы: не найден Chromium. Установите его командой «sudo apt-get install chromium» (или укажите путь в переменной KARTA_CHROMIUM); "
            + "HTML-версии документов собраны."
    }
}

extension DiagnosticCode {
    public static let chromiumMissing = DiagnosticCode("chromium-missing")
}
