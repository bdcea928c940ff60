/// A table of the document: its header captions with roles, and the lines that follow it.
struct SourceTable: Sendable {
    let captions: [String]
    let roles: [ColumnRole?]
    /// Line number (1-based) of the header.
    let line: Int
    /// Rows and stand-alone text lines between the header and the table's last row, with line numbers.
    var body: [(line: Int, content: SourceLine)] = []

    init?(captions: [String], line: Int) {
        // A role belongs to the first column that has it: a second «Наименование …» column is
        // not a second title (found by fuzzing: it wrote the key `title` twice).
        var taken = Set<ColumnRole>()
        let roles = captions.map { caption -> ColumnRole? in
            guard let role = ColumnRole.recognise(CellText.withoutFootnoteMarks(caption)), taken.insert(role).inserted
            else { return nil }
            return role
        }
        guard roles.compactMap({ $0 }).count >= 2 else { return nil }
        self.captions = captions
        self.roles = roles
        self.line = line
    }

    func column(_ role: ColumnRole) -> Int? { roles.firstIndex(of: role) }

    var isMeasures: Bool { column(.title) != nil && (column(.when) != nil || column(.responsible) != nil) }
    var isCurators: Bool { column(.school) != nil && column(.curators) != nil }
    var isMethodists: Bool { column(.school) != nil && column(.methodists) != nil && column(.curators) == nil }
}
