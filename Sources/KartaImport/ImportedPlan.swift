import KartaCore

/// Everything read from one document, ready to become content files.
struct ImportedPlan {
    let slug: String
    var order: ImportedOrder?
    var header: PlanHeader
    var period: Period
    var periodNote: String?
    var columns: [(role: ColumnRole, caption: String)]
    var stages: [ImportedStage]
    var unplaced: [(line: Int, text: String)]
    var schools: [ImportedSchool] = []
    /// The document's footnotes («¹ Текст сноски»), kept in the roadmap's notes.
    var notes: [String] = []

    init(document: SourceDocument, measures: SourceTable, slug: String, period: Period?) {
        self.slug = slug
        let (order, rest) = OrderTextReader.read(document.preface)
        self.order = order
        let tableIndex = document.tables.firstIndex { $0.line == measures.line } ?? 0
        let paragraphs = order == nil ? rest : rest.isEmpty ? document.title(of: tableIndex) : rest
        header = PlanHeader(paragraphs: paragraphs)
        let read = MeasuresTableReader(table: measures).read()
        stages = read.stages
        unplaced = read.unplaced
        columns = zip(measures.roles, measures.captions).compactMap { role, caption in
            guard let role, [.number, .title, .when, .responsible, .result].contains(role) else { return nil }
            // The caption as the document writes it, its footnote mark included («… реализации²»).
            return (role, caption)
        }
        if let period {
            self.period = period
        } else if let found = PlanHeader.period(in: header.title) {
            self.period = found
        } else if let year = order.flatMap({ LocalDate(parsing: $0.date) })?.year {
            self.period = .year(year)
            periodNote = "Период не указан в заголовке: взят \(year) год по дате приказа; уточните его в поле period."
        } else {
            let year = Calendar.current.component(.year, from: Date())
            self.period = .year(year)
            periodNote =
                "Период не найден: указан \(year) год; уточните поле period или используйте --year / --academic-year."
        }
    }

    var orderSlug: String { "\(slug)-prikaz" }

    var level: RoadmapLevel {
        let lower = header.title.lowercased()
        return lower.contains("региональн") && !lower.contains("муниципальн") ? .regional : .municipal
    }
}

import Foundation
