import KartaImport
import Testing

struct TransliterationTests {
    @Test(arguments: [
        ("Дорожная карта на 2025 год", "dorozhnaya-karta-na-2025-god"),
        ("Щучье, Ёлки и Хвойная", "shchuche-elki-i-khvoynaya"),
        ("  «План» — 500+ ", "plan-500"),
        ("Plan B", "plan-b"),
        ("«»", "")
    ])
    func slugsAreLowercaseLatin(_ text: String, _ slug: String) {
        #expect(Transliteration.slug(text) == slug)
    }

    /// A school's slug leaves out its legal form; its short name abbreviates the kind of school.
    @Test(arguments: [
        ("МБОУ Буденновская СОШ", "budennovskaya-sosh", "МБОУ Буденновская СОШ"),
        ("Основная общеобразовательная школа с.Тохтор", "oosh-s-tokhtor", "ООШ с.Тохтор"),
        ("МКОУ «Средняя общеобразовательная школа № 2»", "sosh-2", "МКОУ «СОШ № 2»"),
        ("МБОУ", "mbou", "МБОУ")
    ])
    func schoolsGetAShortNameAndASlug(_ name: String, _ slug: String, _ shortName: String) {
        #expect(Transliteration.slug(forSchool: name) == slug)
        #expect(Transliteration.shortName(forSchool: name) == shortName)
    }
}
