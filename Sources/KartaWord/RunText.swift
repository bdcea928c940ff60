/// Text gathered from the runs of one paragraph, with what fields hide and how much of it is bold.
struct RunText {
    private(set) var text = ""
    private let styleBold: Bool
    private var boldCount = 0
    private var plainCount = 0
    /// Open complex fields: their instruction, and whether their result is being read.
    private var fields: [(instruction: String, inResult: Bool)] = []

    init(styleBold: Bool) {
        self.styleBold = styleBold
    }

    var bold: Bool { boldCount > 0 && plainCount == 0 }

    mutating func append(_ piece: String, bold: Bool?, superscript: Bool) {
        // Inside a field only the result shows, and not for page numbers.
        if let field = fields.last, !field.inResult || Self.isPageField(field.instruction) { return }
        if fields.contains(where: { Self.isPageField($0.instruction) }) { return }
        let piece = superscript ? Self.superscript(piece) : piece
        text += piece
        let letters = piece.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        if bold ?? styleBold { boldCount += letters } else { plainCount += letters }
    }

    mutating func field(_ type: String) {
        switch type {
        case "begin": fields.append(("", false))
        case "separate": if !fields.isEmpty { fields[fields.count - 1].inResult = true }
        case "end": if !fields.isEmpty { fields.removeLast() }
        default: break
        }
    }

    mutating func instruction(_ text: String) {
        if !fields.isEmpty { fields[fields.count - 1].instruction += text }
    }

    static func isPageField(_ instruction: String) -> Bool {
        let name = instruction.split(separator: " ").first?.uppercased() ?? ""
        return ["PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF"].contains(name)
    }

    /// «2» → «²»: a footnote mark typed as a superscript run keeps its look in plain text.
    static func superscript(_ text: String) -> String {
        let table: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
            "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"
        ]
        return String(text.map { table[$0] ?? $0 })
    }
}
