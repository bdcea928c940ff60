import KartaCore

/// The title, goal and tasks of a plan, and the period its title names.
struct PlanHeader: Sendable {
    var title = ""
    var goal = ""
    var tasks: [String] = []
    /// Paragraphs that were not understood, kept for the roadmap's notes.
    var other: [String] = []

    /// Reads paragraphs that precede a measures table (after any order text).
    init(paragraphs: [String]) {
        var titleParts: [String] = []
        var inTasks = false
        for paragraph in paragraphs {
            let lower = paragraph.lowercased()
            if lower.hasPrefix("цель") {
                goal = Self.afterLabel(paragraph, label: "цель")
                inTasks = false
            } else if lower.hasPrefix("задачи") {
                inTasks = true
                let rest = Self.afterLabel(paragraph, label: "задачи")
                if !rest.isEmpty { tasks.append(Self.task(rest)) }
            } else if inTasks, paragraph.hasPrefix("-") || paragraph.hasPrefix("•") || paragraph.first?.isNumber == true {
                tasks.append(Self.task(paragraph))
            } else if lower.hasPrefix("приложение") || lower.hasPrefix("утвержден") {
                other.append(paragraph)
            } else {
                inTasks = false
                titleParts.append(paragraph)
            }
        }
        // A short label in capitals above the title («ПРОЕКТ «500+»») is not part of it.
        if titleParts.count > 1, let first = titleParts.first, first == first.uppercased(), first.count < 40 {
            other.append(titleParts.removeFirst())
        }
        title = titleParts.joined(separator: " ")
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

    /// «в 2022 году», «на 2023-2024 учебный год», «на 2020-2021 годы», «(на 2022 год)».
    static func period(in text: String) -> Period? {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "–" && $0 != "—" })
        for (index, word) in words.enumerated() {
            let parts = word.split(whereSeparator: { "-–—".contains($0) })
            let next = index + 1 < words.count ? String(words[index + 1]) : ""
            if parts.count == 2, parts.allSatisfy({ $0.count == 4 && Int($0) != nil }) {
                let a = Int(parts[0])!, b = Int(parts[1])!
                if b == a + 1 && next.hasPrefix("учебн") { return .academicYear(startYear: a) }
                if b >= a, let from = LocalDate(year: a, month: 1, day: 1), let to = LocalDate(year: b, month: 12, day: 31) {
                    return a == b ? .year(a) : .range(from: from, to: to)
                }
            }
            if parts.count == 1, word.count == 4, let year = Int(word), (2000...2100).contains(year), next.hasPrefix("год") || next == "г" {
                return .year(year)
            }
        }
        return nil
    }
}
