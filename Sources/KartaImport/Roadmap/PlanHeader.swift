import KartaCore

/// The title, goal and tasks of a plan, and the period its title names.
struct PlanHeader: Sendable {
    var title = ""
    var goal = ""
    var tasks: [String] = []
    /// Paragraphs that were not understood, kept for the roadmap's notes.
    var other: [String] = []
    /// «Утвержден / приказом … / от «19» марта 2021 года № 376» above the title.
    var stamp: ApprovalStamp?
    /// Footnote marks the title carried («500+1»), taken out of it.
    var titleMarks: [String] = []

    /// Reads paragraphs that precede a measures table (after any order text).
    init(paragraphs: [String]) {
        var titleParts: [String] = []
        var inTasks = false
        var inStamp = false
        for paragraph in paragraphs {
            let lower = paragraph.lowercased()
            if inStamp, var open = stamp {
                // The stamp's lines run to its date and number («от … № 376»).
                open.lines.append(paragraph)
                stamp = open
                inStamp = !Self.closesStamp(lower) && open.lines.count < 6
            } else if titleParts.isEmpty, let word = Self.stampWord(paragraph) {
                let rest = String(paragraph.dropFirst(word.count)).trimming(" ")
                stamp = ApprovalStamp(word: word, lines: rest.isEmpty ? [] : [rest])
                inStamp = !Self.closesStamp(rest.lowercased())
            } else if lower.hasPrefix("цель") {
                goal = Self.afterLabel(paragraph, label: "цель")
                inTasks = false
            } else if lower.hasPrefix("задачи") {
                inTasks = true
                let rest = Self.afterLabel(paragraph, label: "задачи")
                if !rest.isEmpty { tasks.append(Self.task(rest)) }
            } else if inTasks, paragraph.hasPrefix("-") || paragraph.hasPrefix("•") || paragraph.first?.isNumber == true
            {
                tasks.append(Self.task(paragraph))
            } else if Self.isAppendixMark(lower) {
                // «Приложение 1 к приказу …» is printed again from the order; not a note of the plan.
                continue
            } else {
                inTasks = false
                titleParts.append(paragraph)
            }
        }
        // A short label in capitals above the title («ПРОЕКТ «500+»») is not part of it.
        if titleParts.count > 1, let first = titleParts.first, first == first.uppercased(), first.count < 40 {
            other.append(titleParts.removeFirst())
        }
        (title, titleMarks) = Self.withoutProjectFootnote(titleParts.joined(separator: " "))
    }

    /// «Приложение», «Приложение 1», «Приложение № 2 к приказу …».
    static func isAppendixMark(_ lower: String) -> Bool {
        guard lower.hasPrefix("приложение") else { return false }
        let rest = lower.dropFirst("приложение".count).trimming(" ")
        return rest.isEmpty || rest.first?.isNumber == true || rest.hasPrefix("№") || rest.hasPrefix("к ")
    }

    /// «Утвержден», «УТВЕРЖДЕНА» … opening a paragraph; «Утверждаю» (a signature stamp) is not one.
    static func stampWord(_ paragraph: String) -> String? {
        let word = paragraph.prefix { $0.isLetter }
        guard ["утвержден", "утверждена", "утверждено", "утверждены"].contains(word.lowercased()) else { return nil }
        return String(word)
    }

    /// The stamp's last line names the number of the act, or its date.
    static func closesStamp(_ lower: String) -> Bool {
        lower.contains("№")
            || lower.range(of: #"\d{4}\s*(г\.|года|г\b)"#, options: .regularExpression) != nil
                && lower.hasPrefix("от")
    }

    /// «… помощи 500+1 (на 2022 год)»: a digit right after «500+» is a footnote mark the text copy
    /// lost the superscript of; it is not part of the project's name. Superscript marks go too.
    static func withoutProjectFootnote(_ title: String) -> (String, [String]) {
        var marks: [String] = []
        var result = title
        while let range = result.range(of: #"500\s?\+\d{1,2}(?=[\s).,;:»]|$)"#, options: .regularExpression) {
            let text = result[range]
            let plus = text.firstIndex(of: "+")!
            marks.append(String(text[text.index(after: plus)...]))
            result.replaceSubrange(range, with: text[...plus])
        }
        let superscripts = result.filter { CellText.superscriptDigits.contains($0) }
        if !superscripts.isEmpty {
            marks.append(String(superscripts))
            result = CellText.withoutFootnoteMarks(result)
        }
        return (result, marks)
    }

    /// «Цель: Цель - повышение …» → «повышение …».
    static func afterLabel(_ text: String, label: String) -> String {
        var rest = Substring(text.dropFirst(label.count))
        while let first = rest.first, ":.-–— ".contains(first) { rest = rest.dropFirst() }
        let restString = String(rest)
        if restString.lowercased().hasPrefix(label) { return afterLabel(restString, label: label) }
        return restString.trimming(" ")
    }

    /// «- 1.Комплексная диагностика …;» → «Комплексная диагностика …».
    static func task(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, "-•– ".contains(first) { rest = rest.dropFirst() }
        var digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).first == "." || rest.dropFirst(digits.count).first == ")" {
            rest = rest.dropFirst(digits.count + 1)
        }
        digits = ""
        var task = String(rest).trimming(" ")
        while let last = task.last, ";,".contains(last) { task.removeLast() }
        return task
    }

    /// «в 2022 году», «на 2023-2024 учебный год», «на 2020-2021 годы», «(на 2022 год)»; only a
    /// period `karta check` accepts (years and length within `Limits`), not a guess it would refuse.
    static func period(in text: String) -> Period? {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "–" && $0 != "—" })
        for (index, word) in words.enumerated() {
            let parts = word.split(whereSeparator: { "-–—".contains($0) })
            let next = index + 1 < words.count ? String(words[index + 1]) : ""
            if parts.count == 2, parts.allSatisfy({ $0.count == 4 && Int($0) != nil }) {
                let a = Int(parts[0])!, b = Int(parts[1])!
                guard Limits.years.contains(a), Limits.years.contains(b), b - a < Limits.periodYears else { continue }
                if b == a + 1 && next.hasPrefix("учебн") { return .academicYear(startYear: a) }
                if b >= a, let from = LocalDate(year: a, month: 1, day: 1),
                    let to = LocalDate(year: b, month: 12, day: 31)
                {
                    return a == b ? .year(a) : .range(from: from, to: to)
                }
            }
            if parts.count == 1, word.count == 4, let year = Int(word), Limits.years.contains(year),
                next.hasPrefix("год") || next == "г"
            {
                return .year(year)
            }
        }
        return nil
    }
}
