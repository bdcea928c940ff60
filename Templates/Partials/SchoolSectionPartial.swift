import KartaCore
import KartaSite

/// A school's «500+» section, shared by its page and its fragment: facts, progress, risk profiles,
/// curators and methodists, documents, its own roadmap and its measures in the others.
enum SchoolSectionPartial {
    static func render(_ section: SchoolSection) -> HTML {
        """
        <section class="school" aria-labelledby="school-\(section.slug)">
        <h1 id="school-\(section.slug)">Проект «500+»: \(section.shortName)</h1>
        <p class="lead">\(section.shortName)\(typeset: participation(since: section.joined))</p>
        <dl class="facts">
        <dt>Полное наименование</dt><dd>\(section.name)</dd>
        \(nonEmpty: section.address, { "<dt>Адрес</dt><dd>\($0)</dd>" })
        \(nonEmpty: section.director, { "<dt>Директор</dt><dd>\($0)</dd>" })
        \(ifLet: section.responsible, { "<dt>Ответственный за проект</dt><dd>\($0.name)\(nonEmpty: $0.position, { ", \($0)" })</dd>" })
        </dl>
        \(ProgressPartial.render(section.progress))
        \(if: !section.riskProfiles.isEmpty, """
        <h2>Рисковый профиль школы</h2>
        <ul class="tags">\(each: section.riskProfiles, { "<li>\($0)</li>" })</ul>

        """)\(if: !section.curators.isEmpty, people("Кураторы", section.curators))\
        \(if: !section.methodists.isEmpty, people("Методисты регионального методического актива", section.methodists))\
        \(if: !section.documentGroups.isEmpty, documents(section.documentGroups))\(each: section.ownRoadmaps, own)\
        \(if: !section.roadmaps.isEmpty, measures(section.roadmaps))\
        \(if: !section.indicators.isEmpty, "<h2>Целевые показатели</h2>\n\(each: section.indicators, IndicatorsPartial.school)")\
        \(if: !section.decisions.isEmpty, "<h2>Решения совещаний</h2>\n\(DecisionsPartial.render(section.decisions))")\
        \(if: !section.body.isEmpty, "<h2>О работе школы</h2>\(section.body)")
        <p class="data"><a href="\(section.calendarHref)">Мероприятия школы в календаре (iCalendar)</a></p>
        </section>
        """
    }

    private static func people(_ heading: String, _ people: [PersonLine]) -> HTML {
        """
        <h2>\(heading)</h2>
        <ul class="people">\(each: people, { person in
            "<li><strong>\(person.name)</strong>\(nonEmpty: person.position, { ", \($0)" })\(nonEmpty: person.organization, { ", \($0)" })</li>"
        })</ul>

        """
    }

    private static func documents(_ groups: [SchoolSection.DocumentGroup]) -> HTML {
        """
        <h2>Документы</h2>
        \(each: groups, { group in """
        <h3>\(title(of: group.kind))</h3>
        <ul class="documents">\(each: group.documents, document)</ul>

        """ })
        """
    }

    /// What follows the school's name in the lead: «участвует с 2023 года в проекте …».
    private static func participation(since year: Int?) -> String {
        " участвует\(year.map { " с \($0) года" } ?? "") в проекте адресной методической помощи «500+» — "
            + "программе поддержки школ с низкими образовательными результатами."
    }

    private static func title(of kind: SchoolDocumentKind) -> String {
        switch kind {
        case .order: "Приказы"
        case .riskProfile: "Рисковый профиль"
        case .concept: "Концепция развития"
        case .midtermProgram: "Среднесрочная программа развития"
        case .antiRiskProgram: "Программы антирисковых мер"
        case .roadmap: "Дорожные карты"
        case .report: "Отчёты и мониторинг"
        case .other: "Другие документы"
        }
    }

    private static func document(_ document: SchoolSection.Document) -> HTML {
        """
        <li><a href="\(document.href)">\(document.title)\(FileInfoPartial.render(document.file))</a>\
        \(nonEmpty: document.date, { " <span class=\"meta\">от \($0)</span>" })\
        \(nonEmpty: document.riskProfile, { " <span class=\"meta\">(\($0))</span>" })\
        \(ifLet: document.signed, { " · \(SignedCopyPartial.render($0))" })</li>
        """
    }

    private static func own(_ roadmap: SchoolSection.OwnRoadmap) -> HTML {
        """
        <h2>Дорожная карта школы</h2>
        <p><a href="\(roadmap.href)">\(roadmap.title)</a> <span class="meta">\(roadmap.period)</span>\
        \(DownloadPartial.render(roadmap.pdf, "Дорожная карта в формате PDF"))\
        \(DownloadPartial.render(roadmap.docx, "Дорожная карта в формате Word"))</p>
        \(ProgressPartial.render(roadmap.progress))
        \(EventsTablePartial.render(roadmap.table))

        """
    }

    private static func measures(_ roadmaps: [SchoolSection.Measures]) -> HTML {
        """
        <h2>Мероприятия муниципальных и региональных дорожных карт</h2>
        \(each: roadmaps, { roadmap in """
        <h3><a href="\(roadmap.href)">\(roadmap.title)</a></h3>
        \(ProgressPartial.render(roadmap.progress))
        \(roadmap.list)

        """ })
        """
    }

    /// The list of a school's measures in a roadmap that is not its own.
    static func measures(_ items: [SchoolSection.Measure]) -> HTML {
        "<ul class=\"measures\">\(each: items, item)</ul>"
    }

    private static func item(_ item: SchoolSection.Measure) -> HTML {
        """
        <li class="state-\(item.state)"><a href="\(item.href)">\(item.id)</a> \(item.title) — \
        <span class="when">\(item.when)</span> <span class="badge badge-\(item.state)">\(item.stateLabel)</span></li>
        """
    }
}
