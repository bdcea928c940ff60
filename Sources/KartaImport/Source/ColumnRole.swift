/// What a column of a measures table holds, recognised by its caption.
enum ColumnRole: String, Sendable, CaseIterable {
    case number, title, when, responsible, result
    /// Assignment tables: the school, its responsible person, curators, methodists.
    case school, schoolResponsible, curators, methodists

    static func recognise(_ caption: String) -> ColumnRole? {
        let text = caption.lowercased().replacingOccurrences(of: "ё", with: "е")
        if text.hasPrefix("№") || text == "n" || text == "п/п" { return .number }
        if text.contains("куратор") { return .curators }
        if text.contains("методист") { return .methodists }
        if text.contains("ответственный от") { return .schoolResponsible }
        if text == "оо" || text == "оу" || text.hasPrefix("наименование оо") || text == "школа"
            || text == "образовательная организация"
        {
            return .school
        }
        if text.contains("срок") || text.contains("дата") || text.contains("период") { return .when }
        if text.contains("ответствен") || text.contains("исполнител") { return .responsible }
        if text.contains("результат") || text.contains("показател") || text.contains("продукт") { return .result }
        if text.contains("мероприят") || text.contains("действ") || text.contains("наименование")
            || text.contains("содержание")
        {
            return .title
        }
        return nil
    }
}
