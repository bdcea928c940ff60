/// Problems in a monitoring table itself: its name, its header, its cells. A cell of an .xlsx is
/// also named as Excel shows it («лист 1, C3»).
public enum MonitoringError: DiagnosticMessage, Hashable {
    case fileName(String)
    case unreadable(String)
    case noHeader
    case emptyColumn(cell: String?)
    case duplicateColumn(String, first: SourceLocation, cell: String?)
    case notANumber(String, cell: String?)
    case noSchool(cell: String?)
    case valueWithoutColumn(cell: String?)
    case tooLarge(rows: Int, columns: Int)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .fileName: .monitoringFileName
        case .unreadable: .unreadable
        case .notANumber: .invalidNumber
        case .tooLarge: .tooLarge
        case .noHeader, .emptyColumn, .duplicateColumn, .noSchool, .valueWithoutColumn: .monitoringTable
        }
    }

    public var notes: [Note] {
        if case .duplicateColumn(_, let first, _) = self {
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
        case .emptyColumn(let cell):
            return "у столбца нет кода показателя в строке заголовка\(Self.at(cell))"
        case .duplicateColumn(let id, _, let cell):
            return "показатель «\(id.quotedExcerpt)» указан в заголовке дважды\(Self.at(cell))"
        case .notANumber(let text, let cell):
            return
                "«\(text.quotedExcerpt)» — не число\(Self.at(cell)); пишите 34,5 или 34,5 %, а нет данных — пустую ячейку"
        case .noSchool(let cell):
            return "в строке есть значения, но не указана школа\(Self.at(cell))"
        case .valueWithoutColumn(let cell):
            return "значение в столбце без кода показателя в заголовке\(Self.at(cell))"
        case .tooLarge(let rows, let columns):
            return "в таблице больше \(rows) строк или \(columns) столбцов: это не таблица мониторинга"
        }
    }

    private static func at(_ cell: String?) -> String {
        cell.map { " (\($0))" } ?? ""
    }
}

extension DiagnosticCode {
    public static let monitoringFileName = DiagnosticCode("monitoring-file-name")
    public static let monitoringTable = DiagnosticCode("monitoring-table")
}
