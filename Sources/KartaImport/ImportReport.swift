/// What an import wrote and what it could not place, for the closing summary.
public struct ImportReport: Sendable {
    public var files: [String] = []
    public var stages = 0
    public var measures = 0
    public var schools = 0
    public var order: String?
    /// Rows or paragraphs kept in the roadmap's notes because they could not be placed.
    public var unplaced: [String] = []
    /// Terms karta could not understand, with their measure numbers.
    public var unknownTerms: [String] = []
    public var notes: [String] = []
    /// A протокол imported instead of a roadmap: «№ 3 от 15.10.2025, вопросов: 2, решений: 3».
    public var meeting: String?
    /// An order imported alone, with no roadmap.
    public var orderOnly = false

    /// The summary in Russian, one fact per line.
    public var summary: String {
        var lines = ["Записано файлов: \(files.count)"]
        lines += files.map { "  \($0)" }
        if orderOnly, let order {
            lines.append("Приказ: \(order)")
            return lines.joined(separator: "\n")
        }
        if let meeting {
            lines.append("Протокол: \(meeting)")
            lines.append("Добавьте к решениям, чего они касаются: roadmap и measure (номер мероприятия) или school.")
            return lines.joined(separator: "\n")
        }
        lines.append("Этапов: \(stages), мероприятий: \(measures), школ: \(schools)")
        if let order { lines.append("Приказ: \(order)") }
        lines.append(
            unplaced.isEmpty
                ? "Все строки таблицы размещены."
                : "Не удалось разместить (сохранено в тексте дорожной карты под заголовком «Не разобрано при импорте»): \(unplaced.count)"
        )
        lines += unplaced.map { "  \($0)" }
        lines.append(unknownTerms.isEmpty ? "Все сроки распознаны." : "Сроки не распознаны: \(unknownTerms.count)")
        lines += unknownTerms.map { "  \($0)" }
        lines += notes
        return lines.joined(separator: "\n")
    }
}
