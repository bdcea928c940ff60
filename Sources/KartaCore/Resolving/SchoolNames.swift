/// Schools as monitoring tables name them: by slug, short name or full name, with case, «ё»,
/// quotes and spaces aside. Tables name schools mostly by slug, so the names of every school
/// are normalised only when a name is not one (thousands of names, on every rebuild of `karta
/// serve`).
public struct SchoolNames {
    private let schools: [School]
    private let slugs: [String: Int]
    private var names: [String: Int]?

    /// - Parameter slugs: the schools' positions by slug, when the caller has them already.
    public init(_ schools: [School], slugs: [String: Int]? = nil) {
        self.schools = schools
        self.slugs =
            slugs ?? Dictionary(schools.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position in `schools` of the school a table's cell names.
    public mutating func find(_ name: String) -> Int? {
        if let index = slugs[name] { return index }
        if names == nil {
            var all: [String: Int] = [:]
            for (index, school) in schools.enumerated() {
                for name in [school.slug, school.shortName, school.name] where !name.isEmpty {
                    let key = Self.normalised(name)
                    if all[key] == nil { all[key] = index }
                }
            }
            names = all
        }
        return names?[Self.normalised(name)]
    }

    /// «МБОУ  "Сосновская СОШ"» and «мбоу сосновская сош» are one name: case, «ё», quotes and
    /// spaces aside. One pass over the scalars: Foundation's `replacingOccurrences` costs a hundred
    /// times more.
    public static func normalised(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        var afterSpace = true
        for original in name.unicodeScalars {
            // Most letters are lower case already: only the others are mapped (`lowercased()` of
            // the whole name walks it through Unicode's tables).
            let scalar =
                original.properties.isUppercase
                ? original.properties.lowercaseMapping.unicodeScalars.first ?? original : original
            switch scalar {
            case "«", "»", "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}": continue
            case "ё":
                result.append("е")
                afterSpace = false
            case _ where scalar.properties.isWhitespace:
                if !afterSpace { result.append(" ") }
                afterSpace = true
            default:
                result.append(scalar)
                afterSpace = false
            }
        }
        if result.last == " " { result.removeLast() }
        return String(result)
    }
}
