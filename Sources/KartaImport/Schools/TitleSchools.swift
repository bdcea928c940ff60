/// Schools a roadmap's title names in quotes (seed 000: «… учреждениям «Основная
/// общеобразовательная школа с.Тохтор », «Основная общеобразовательная школа с.Улача »,)»).
enum TitleSchools {
    /// Words that make a quoted name a school's rather than a district's or a project's.
    private static let markers = ["школ", "сош", "оош", "нош", "гимнази", "лице", "интернат", "кадетск"]

    static func names(in title: String) -> [String] {
        var names: [String] = []
        var depth = 0
        var current = ""
        for character in title {
            switch character {
            case "«":
                if depth > 0 { current.append(character) }
                depth += 1
            case "»" where depth > 0:
                depth -= 1
                if depth > 0 { current.append(character); continue }
                let name = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let lower = name.lowercased()
                if markers.contains(where: lower.contains), !names.contains(name) { names.append(name) }
                current = ""
            default:
                if depth > 0 { current.append(character) }
            }
        }
        return names
    }
}
