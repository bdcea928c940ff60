/// Latin slugs from Russian names: «МБОУ Буденновская СОШ» → «budennovskaya-sosh».
public enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya"
    ]
    static let legalForms: Set<String> = [
        "мбоу", "маоу", "мкоу", "моу", "гбоу", "гоу", "мбу", "му", "чоу", "ноу", "огбоу", "кгбоу"
    ]

    /// Lowercase latin letters, digits and single hyphens.
    public static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if let latin = table[character] {
                result += latin
            } else if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// A school's slug without its legal form («МБОУ»).
    public static func slug(forSchool name: String) -> String {
        let name = shortName(forSchool: name)
        let words = name.split(separator: " ").filter { !legalForms.contains($0.lowercased()) }
        let candidate = slug(words.joined(separator: " "))
        return candidate.isEmpty ? slug(name) : candidate
    }

    /// «Основная общеобразовательная школа с.Тохтор» → «ООШ с.Тохтор»: the short name (and slug) a
    /// reader expects.
    public static func shortName(forSchool name: String) -> String {
        var name = name
        for (words, short) in [
            ("основная общеобразовательная школа", "ООШ"), ("средняя общеобразовательная школа", "СОШ"),
            ("начальная общеобразовательная школа", "НОШ")
        ] {
            if let range = name.range(of: words, options: .caseInsensitive) { name.replaceSubrange(range, with: short) }
        }
        return name
    }
}
