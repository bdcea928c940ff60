import KartaCore
import Testing
@testable import KartaImport

struct YAMLBuilderTests {
    /// Text that YAML would read as something else — a number, a date, a boolean, null, an alias,
    /// a tag, a comment, a list item, a mapping — is written so that karta reads it back as the
    /// same text, with no diagnostic.
    @Test(arguments: [
        "2025", "1.1", "2025-09-01", "yes", "Нет", "null", "~", "*якорь", "&a", "!тег", "#хэштег", "- пункт",
        "ключ: значение", "«Кавычки» и \"кавычки\"", "'апостроф'", "50%", "@упоминание", "строка\nвторая", "[список]",
        "{набор}", "Проект «500+»: итоги"
    ])
    func textComesBackAsText(_ value: String) throws {
        var yaml = YAMLBuilder()
        yaml.add("name", value)
        yaml.add("risk_profiles", lines: [value, "второй"])
        let text = try yaml.document(body: "")
        let document = try Document.split(text, path: "schools/a.md").get()
        let (school, diagnostics) = School.decode(document)
        #expect(diagnostics.isEmpty, "\(text)")
        #expect(school?.name == value, "\(text)")
        #expect(school?.riskProfiles == [value, "второй"], "\(text)")
    }

    /// Nested mappings are indented under their key; lists of mappings are not.
    @Test func nestedMappingsAndListsKeepTheirShape() throws {
        var person = YAMLBuilder()
        person.add("name", "Иванова И. И.")
        person.add("position", "куратор")
        var yaml = YAMLBuilder()
        yaml.add("name", "Школа")
        yaml.add("responsible", person)
        yaml.add("curators", list: [person, person])
        #expect(
            try yaml.yaml() == """
                name: Школа
                responsible:
                  name: Иванова И. И.
                  position: куратор
                curators:
                - name: Иванова И. И.
                  position: куратор
                - name: Иванова И. И.
                  position: куратор

                """)
    }
}
