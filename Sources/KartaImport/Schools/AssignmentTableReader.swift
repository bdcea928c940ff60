/// Reads curator and methodist assignment tables (seed 001, приложения 2 и 3) into schools.
enum AssignmentTableReader {
    static func read(_ tables: [SourceTable]) -> [ImportedSchool] {
        var schools: [ImportedSchool] = []
        func index(of name: String) -> Int {
            if let existing = schools.firstIndex(where: { $0.name == name }) { return existing }
            schools.append(ImportedSchool(name: name, slug: Transliteration.slug(forSchool: name)))
            return schools.count - 1
        }
        for table in tables where table.isCurators || table.isMethodists {
            guard let schoolColumn = table.column(.school) else { continue }
            for (_, content) in table.body {
                guard case .row(let cells) = content, schoolColumn < cells.count, !cells[schoolColumn].isEmpty else {
                    continue
                }
                let school = index(of: cells[schoolColumn])
                if let column = table.column(.schoolResponsible), column < cells.count {
                    schools[school].responsible = PersonText.people(cells[column]).first ?? schools[school].responsible
                }
                if table.isCurators, let column = table.column(.curators), column < cells.count {
                    schools[school].curators += PersonText.people(cells[column])
                }
                if table.isMethodists, let column = table.column(.methodists), column < cells.count {
                    schools[school].methodists += PersonText.people(cells[column])
                }
            }
        }
        return schools
    }
}
