/// Problems in a monitoring table itself: its name, its header, its cells. A cell of an .xlsx is
/// named by its location as Excel shows it («лист 1, C3»; `SourceLocation.sheetCell`).
public enum MonitoringError: DiagnosticMessage, Hashable {
    case fileName(String)
    case unreadable(String)
    case noHeader
    case duplicateColumn(String, first: SourceLocation)
    case notANumber(String)
    case noSchool
    case valueWithoutColumn
    case tooLarge(rows: Int, columns: Int)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .fileName: .monitoringFileName
        case .unreadable: .unreadable
        case .notANumber: .invalidNumber
        case .tooLarge: .tooLarge
        case .noHeader, .duplicateColumn, .noSchool, .valueWithoutColumn: .monitoringTable
        }
    }

    public var notes: [Note] {
        if case .duplicateColumn(_, let first) = self {
            return [Note("впервые этот показатель указан здесь", at: first)]
        }
        return []
    }

    public var message: String {
        switch self {
        case .fileName(let name):
            return "таблица мониторинга «\(name.quotedExcerpt)» должна называться датой мониторинга: 2025-12-20.csv "
                + "или 2025-12-20.xlsx"
        case .unreadable(let reason):
            return "таблица мониторинга не читается: \(reason)"
        case .noHeader:
            return "в таблице нет строки заголовка: «школа» и коды показателей дорожной карты"
        case .duplicateColumn(let id, _):
            return "показатель «\(id.quotedExcerpt)» указан в заголовке дважды"
        case .notANumber(let text):
            return
                "«\(text.quotedExcerpt)» — не число от −1 000 000 000 000 до 1 000 000 000 000; пишите 34,5 или 34,5 %, "
                + "а нет данных — пустую ячейку"
        case .noSchool:
            return "в строке есть значения, но не указана школа"
        case .valueWithoutColumn:
            return "значение в столбце без кода показателя в заголовке"
        case .tooLarge(let rows, let columns):
            return "в таблице больше \(rows) строк или \(columns) столбцов: это не таблица мониторинга"
        }
    }
}

extension DiagnosticCode {
    public static let monitoringFileName = DiagnosticCode("monitoring-file-name")
    public static let monitoringTable = DiagnosticCode("monitoring-table")
}
