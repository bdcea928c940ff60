import KartaCore

/// Reads an order (ПРИКАЗ) from the lines before the first table; returns the rest as plan paragraphs.
///
/// An order reads top to bottom in fixed parts: issuer, kind, requisites (date, place, number),
/// heading, preamble, «приказываю:» and the points, signature, then the plan's own paragraphs.
struct OrderTextReader {
    static let kinds = OrderKind.Act.allCases.compactMap(\.word)
    static let commands = ["приказываю", "постановляю", "обязываю", "предлагаю"]

    /// Where the body's paragraphs go.
    private enum Section {
        case preamble, points, afterSignature
    }

    /// The text of each line; nil for a blank line or a table.
    private let texts: [String?]
    private var index: Int
    private var order = ImportedOrder()
    private var rest: [String] = []
    private var section = Section.preamble
    /// Lines of the paragraph being read.
    private var paragraph: [String] = []

    /// The order, if the text has one, and the paragraphs after it.
    static func read(_ lines: [SourceDocument.Numbered]) -> (order: ImportedOrder?, rest: [String]) {
        let texts = lines.map { line -> String? in if case .text(let t) = line.content { t } else { nil } }
        guard let kindIndex = texts.firstIndex(where: { $0.flatMap(kind) != nil }) else {
            return (nil, paragraphs(lines))
        }
        var reader = OrderTextReader(texts: texts, index: kindIndex)
        reader.order.kind = kind(texts[kindIndex]!)!
        reader.order.issuer = texts[..<kindIndex].compactMap { $0 }.flatMap {
            $0.split(separator: "\n").map(String.init)
        }
        reader.index += 1
        reader.readRequisites()
        reader.readHeading()
        reader.readBody()
        return (reader.order, reader.rest)
    }

    private init(texts: [String?], index: Int) {
        self.texts = texts
        self.index = index
    }

    /// Date, place and number in any order, until the heading «Об …».
    private mutating func readRequisites() {
        while index < texts.count {
            guard let text = texts[index] else { index += 1; continue }
            if text.hasPrefix("О ") || text.hasPrefix("Об ") || text.hasPrefix("О внесении") { break }
            if let number = Self.number(text) {
                order.number = number
            } else if let (date, number) = Self.dateAndNumber(text) {
                order.date = date
                if let number { order.number = number }
            } else if order.place.isEmpty {
                order.place = text
            }
            index += 1
        }
    }

    /// The heading: lines up to a blank line.
    private mutating func readHeading() {
        var heading: [String] = []
        while index < texts.count, let text = texts[index] {
            heading.append(text)
            index += 1
        }
        order.title = heading.joined(separator: " ")
    }

    /// Preamble and points, the signature, and the paragraphs after it.
    private mutating func readBody() {
        while index < texts.count {
            defer { index += 1 }
            guard let text = texts[index] else {
                endParagraph()
                continue
            }
            if section == .afterSignature {
                readAfterSignature(text)
            } else {
                readPreambleOrPoint(text)
            }
        }
        endParagraph()
    }

    private mutating func readPreambleOrPoint(_ text: String) {
        let lower = text.lowercased()
        if let command = Self.commands.first(where: { lower.hasSuffix($0 + ":") || lower == $0 + ":" }) {
            let before = String(text.dropLast(command.count + 1)).trimming(" ")
            if !before.isEmpty { paragraph.append(before) }
            order.command = command.uppercased() + ":"
            endParagraph()
            section = .points
            return
        }
        if section == .points, Self.isSignatureName(text) {
            endParagraph()
            // The line above the name is the signatory's position, not a point.
            if let last = order.points.last, !Self.startsWithNumber(last) {
                order.signatoryPosition = order.points.removeLast()
            }
            order.signatoryName = text
            section = .afterSignature
            return
        }
        if section == .points, Self.startsWithNumber(text) { endParagraph() }
        paragraph.append(text)
    }

    private mutating func readAfterSignature(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("приказ подготовил") || lower.hasPrefix("исполнитель") {
            order.preparedBy = text.split(separator: ":", maxSplits: 1).last.map { String($0).trimming(" ") } ?? ""
            return
        }
        paragraph.append(text)
        endParagraph()
    }

    private mutating func endParagraph() {
        guard !paragraph.isEmpty else { return }
        let text = paragraph.joined(separator: " ")
        paragraph = []
        switch section {
        case .preamble: order.preamble.append(text)
        case .points: order.points.append(text)
        case .afterSignature: rest.append(text)
        }
    }

    static func startsWithNumber(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber else { return false }
        return text.drop { $0.isNumber || $0 == "." }.first.map { $0 == " " || $0.isLetter } ?? true
    }

    /// «Е.А. Хаустова», «Н.Н. Волкова», «И.Н. Морозов».
    static func isSignatureName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 2 || parts.count == 3 else { return false }
        let initials = parts.first { part in
            part.count >= 2 && part.allSatisfy { $0.isUppercase || $0 == "." } && part.contains(".")
        }
        let surname = parts.first {
            $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) && $0.count > 1
        }
        return initials != nil && surname != nil
    }

    /// «ПРИКАЗ», «П Р И К А З».
    static func kind(_ text: String) -> String? {
        let squeezed = text.replacingOccurrences(of: " ", with: "").uppercased()
        return kinds.first { $0 == squeezed }
    }

    /// «№ 345», «№183», «N 976» (a Latin N), «N 297-мр»; nil for other text.
    static func number(_ text: String) -> String? {
        if text.hasPrefix("№") { return String(text.dropFirst()).trimming(" ") }
        let rest = text.dropFirst()
        guard text.first == "N" || text.first == "Н", let next = rest.first, next == " " || next.isNumber,
            rest.trimming(" ").first?.isNumber == true
        else { return nil }
        return String(rest).trimming(" ")
    }

    /// «29.09.2023 г.», «от 28.02.2022г.», «19 марта 2021 г.», «29.09.2023 № 345», «от от 12.03.2024» (doubled).
    static func dateAndNumber(_ text: String) -> (String, String?)? {
        var body = text
        var number: String?
        if let sign = body.firstIndex(of: "№") ?? body.range(of: #" [NН] ?\d"#, options: .regularExpression)?.lowerBound
        {
            number = Self.number(String(body[sign...]).trimming(" "))
            body = String(body[..<sign])
        }
        var cleaned = body.lowercased().trimming(" ")
        while cleaned.hasPrefix("от ") { cleaned = String(cleaned.dropFirst(3)).trimming(" ") }
        for suffix in ["года", "г.", "г"] where cleaned.hasSuffix(suffix) {
            cleaned = String(cleaned.dropLast(suffix.count)).trimming(" ")
        }
        cleaned = cleaned.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")
        if let date = LocalDate(parsing: cleaned) { return (date.iso, number) }
        let parts = cleaned.split(separator: " ")
        if parts.count == 3, let day = Int(parts[0]), let month = RussianMonths.number(of: String(parts[1])),
            let year = Int(parts[2]),
            let date = LocalDate(year: year, month: month, day: day)
        {
            return (date.iso, number)
        }
        return nil
    }

    /// Text lines grouped into paragraphs (blank lines separate them).
    static func paragraphs(_ lines: [SourceDocument.Numbered]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            if case .text(let text) = line.content {
                if text.hasPrefix("- ") || text.hasPrefix("• "), !current.isEmpty {
                    result.append(current.joined(separator: " "))
                    current = []
                }
                current.append(text)
            } else if !current.isEmpty {
                result.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }
}
