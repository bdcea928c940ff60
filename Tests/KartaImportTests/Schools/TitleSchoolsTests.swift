import Testing
@testable import KartaImport

struct TitleSchoolsTests {
    /// Schools are the quoted names that say they are schools; the project's or a district's
    /// quoted name is not one, nested quotes stay inside a name, and a name is given once.
    @Test(arguments: [
        (
            "Дорожная карта по оказанию помощи учреждениям «Основная общеобразовательная школа с.Тохтор », «Основная общеобразовательная школа с.Улача »,)",
            ["Основная общеобразовательная школа с.Тохтор", "Основная общеобразовательная школа с.Улача"]
        ),
        ("План проекта «500+» в МР «Берёзовский район»", []),
        ("План МБОУ «Гимназия «Эрудит»» и МБОУ «Гимназия «Эрудит»»", ["Гимназия «Эрудит»"]),
        ("План «Сосновской СОШ» (не закрыта «кавычка", ["Сосновской СОШ"])
    ])
    func quotedSchoolNamesAreFound(_ title: String, _ names: [String]) {
        #expect(TitleSchools.names(in: title) == names)
    }
}
