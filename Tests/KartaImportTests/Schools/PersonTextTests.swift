import KartaCore
import Testing
@testable import KartaImport

struct PersonTextTests {
    /// A cell of an assignment table as the seeds write it: a new person starts at «Фамилия И.О.»
    /// (initials with or without spaces, a double surname); anything else continues a position.
    @Test(
        arguments: [
            (
                "Баланина С.В., заместитель директора по УВР",
                [Person(name: "Баланина С.В.", position: "заместитель директора по УВР")]
            ),
            (
                "Баланина С.В., заместитель директора по УВР, Потачинская Н.И., методист МК РОО",
                [
                    Person(name: "Баланина С.В.", position: "заместитель директора по УВР"),
                    Person(name: "Потачинская Н.И.", position: "методист МК РОО")
                ]
            ),
            ("Зивенко Н. В. учитель математики", [Person(name: "Зивенко Н. В.", position: "учитель математики")]),
            (
                "Нисанова-Ким А.А., руководитель ШМО, учитель",
                [Person(name: "Нисанова-Ким А.А.", position: "руководитель ШМО, учитель")]
            ),
            ("директор школы", [Person(name: "директор школы")]),
            ("", [])
        ] as [(String, [Person])])
    func aCellBecomesPeople(_ cell: String, _ people: [Person]) {
        #expect(PersonText.people(cell) == people)
    }
}
