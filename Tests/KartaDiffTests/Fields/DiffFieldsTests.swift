import KartaCore
@testable import KartaDiff
import Testing

/// Every stored property of every content type is a compared field or set aside with a reason:
/// a property added to the model without teaching `karta diff` about it fails here.
struct DiffFieldsTests {
    static let here = SourceLocation(file: "x.md")

    /// A value of each type and its fields, type-erased.
    static let types: [(name: String, sample: any Sendable, covered: [String], notCompared: [String])] = [
        entry(Site()),
        entry(School(slug: "s", file: "s.md", name: "Школа")),
        entry(
            Roadmap(slug: "r", file: "r.md", title: "Карта", level: .municipal, period: .academicYear(startYear: 2025))),
        entry(Stage(title: "Этап")),
        entry(Event(id: "1.1", title: "Мероприятие", location: here)),
        entry(Order(slug: "o", file: "o.md", title: "Приказ")),
        entry(Person(name: "И.И. Иванова")),
        entry(Link(title: "Справка", href: "files/a.pdf", location: here)),
        entry(SchoolDocument(kind: .order, title: "Приказ", href: "files/a.pdf", location: here)),
        entry(ColumnCaptions()),
        entry(ApprovalStamp(word: "УТВЕРЖДЕНА")),
        entry(Indicator(id: "vpr", title: "Доля", location: here)),
        entry(Meeting(slug: "m", file: "m.md", kind: "совещание", title: "по итогам")),
        entry(AgendaItem(title: "Вопрос", location: here)),
        entry(Decision(text: "Решение", location: here))
    ]

    static func entry<T: DiffFielded>(_ sample: T) -> (
        name: String, sample: any Sendable, covered: [String], notCompared: [String]
    ) {
        ("\(T.self)", sample, T.diffFields.flatMap(\.properties), Array(T.notCompared.keys))
    }

    @Test(arguments: types.map(\.name))
    func everyStoredPropertyIsComparedOrSetAside(_ name: String) {
        let type = Self.types.first { $0.name == name }!
        let stored = Set(Mirror(reflecting: type.sample).children.compactMap(\.label))
        let covered = Set(type.covered), aside = Set(type.notCompared)
        #expect(
            stored.subtracting(covered).subtracting(aside).isEmpty,
            "not compared: \(stored.subtracting(covered).subtracting(aside).sorted())")
        #expect(
            covered.union(aside).subtracting(stored).isEmpty,
            "no such property: \(covered.union(aside).subtracting(stored).sorted())")
        #expect(covered.intersection(aside).isEmpty)
        #expect(type.covered.count == covered.count, "a property compared twice")
    }

    /// Each field's comparison finds a change of its own property and names its label.
    @Test func eachFieldNamesItsLabel() {
        var school = School(slug: "s", file: "s.md", name: "Школа")
        school.curators = [Person(name: "Белова С.В.", position: "методист")]
        var changed = school
        changed.curators[0].position = "старший методист"
        #expect(
            School.differences(school, changed) == [
                "− куратор: «Белова С.В., методист»", "+ куратор: «Белова С.В., старший методист»"
            ])
        changed = school
        changed.curators.append(Person(name: "Петренко Н.И."))
        changed.curators.reverse()
        #expect(School.differences(school, changed) == ["+ куратор: «Петренко Н.И.»"])
        var reordered = school
        reordered.riskProfiles = ["А", "Б"]
        var swapped = reordered
        swapped.riskProfiles = ["Б", "А"]
        #expect(School.differences(reordered, swapped) == ["профиль риска: изменён порядок"])
        var site = Site()
        site.coordinator = Person(name: "Н.И. Петренко")
        #expect(Site.differences(Site(), site) == ["+ координатор (coordinator): «Н.И. Петренко»"])
    }
}
