import Foundation
import KartaCore

/// Reads a протокол (ГОСТ Р 7.0.97) from a document's lines, top to bottom: organisation,
/// «ПРОТОКОЛ», date and number, place, heading, chair and secretary, those present and invited,
/// «ПОВЕСТКА ДНЯ:», then for each item «N. СЛУШАЛИ:», «ВЫСТУПИЛИ:», «РЕШИЛИ:» (or ПОСТАНОВИЛИ:)
/// with points «N.M.», each with its responsible and its «срок – до …» read by the term parser.
struct ProtocolTextReader {
    private enum Section {
        case requisites, heading, people, agenda, heard, spoke, decisions, signatures
    }

    private var meeting = ImportedMeeting()
    private var section = Section.requisites
    /// The label whose list continues on the next lines: «Присутствовали:», «Приглашённые:».
    private var listing: String?
    private var item = 0

    /// The protocol, when the lines hold one (a line «ПРОТОКОЛ»); nil otherwise.
    static func read(_ lines: [SourceDocument.Numbered]) -> ImportedMeeting? {
        let texts = lines.compactMap { line -> String? in if case .text(let t) = line.content { t } else { nil } }
        guard let start = texts.firstIndex(where: isProtocolWord) else { return nil }
        var reader = ProtocolTextReader()
        reader.meeting.issuer = Array(texts[..<start])
        for text in texts[(start + 1)...] { reader.read(text) }
        reader.meeting.items = reader.meeting.items.filter { !$0.title.isEmpty || !$0.decisions.isEmpty }
        // Each decision's term and responsible, once its text is whole.
        let date = LocalDate(parsing: reader.meeting.date)
        for index in reader.meeting.items.indices {
            reader.meeting.items[index].decisions = reader.meeting.items[index].decisions.map {
                terms(of: $0, meetingDate: date)
            }
        }
        return reader.meeting
    }

    /// «ПРОТОКОЛ», «П Р О Т О К О Л».
    static func isProtocolWord(_ text: String) -> Bool {
        text.replacingOccurrences(of: " ", with: "").uppercased() == "ПРОТОКОЛ"
    }

    private mutating func read(_ text: String) {
        let lower = text.lowercased()
        if section == .requisites, meeting.date.isEmpty, let (date, number) = OrderTextReader.dateAndNumber(text) {
            meeting.date = date
            meeting.number = number ?? ""
            return
        }
        if let role = Self.role(text) {
            readRole(role.label, role.rest)
            return
        }
        if lower.hasPrefix("повестка дня") {
            section = .agenda
            return
        }
        if let (number, word, rest) = Self.sectionWord(text) {
            // «2. СЛУШАЛИ:» is the second item; a number past the items read so far (a typo, or
            // «999999999.») is the next one, and «0.» is no number at all.
            if let number, number >= 1 { item = min(number - 1, meeting.items.count) }
            while meeting.items.count <= item { meeting.items.append(ImportedMeeting.Item()) }
            switch word {
            case "слушали": section = .heard
            case "выступили": section = .spoke
            default: section = .decisions
            }
            if !rest.isEmpty { read(rest) }
            return
        }
        switch section {
        case .requisites:
            if meeting.place.isEmpty, !Self.startsHeading(lower) {
                meeting.place = text
            } else {
                section = .heading
                readHeading(text)
            }
        case .heading: readHeading(text)
        case .people: readPeople(text)
        case .agenda: readAgenda(text)
        case .heard: meeting.items[item].heard.append(text)
        case .spoke:
            let (name, said) = Self.split(text)
            if said.isEmpty, var last = meeting.items[item].spoke.popLast() {
                last.text += " " + text
                meeting.items[item].spoke.append(last)
            } else {
                meeting.items[item].spoke.append((name, said))
            }
        case .decisions: readDecision(text)
        case .signatures: break
        }
    }

    // MARK: Parts

    private mutating func readHeading(_ text: String) {
        let heading = meeting.title.isEmpty && meeting.kind.isEmpty ? text : "\(meeting.kind) \(meeting.title) \(text)"
        // The kind is what comes before «по …» or «о …», back in the nominative.
        let words = heading.split(separator: " ").map(String.init)
        let split = words.firstIndex { $0 == "по" || $0 == "о" || $0 == "об" } ?? words.count
        meeting.kind = Self.nominative(words[..<split].joined(separator: " "))
        meeting.title = words[split...].joined(separator: " ")
    }

    private mutating func readRole(_ label: String, _ rest: String) {
        switch label {
        case "председатель", "председательствующий":
            if section == .decisions || section == .signatures || section == .heard || section == .spoke {
                section = .signatures
            } else {
                meeting.chair = Self.split(rest).0
                section = .people
            }
        case "секретарь":
            if section == .signatures { return }
            meeting.secretary = Self.split(rest).0
            section = .people
        case "присутствовали":
            section = .people
            listing = label
            readPeople(rest)
        default:
            section = .people
            listing = label
            readPeople(rest)
        }
    }

    private mutating func readPeople(_ text: String) {
        guard !text.isEmpty else { return }
        if listing == "присутствовали" {
            if let count = Self.headcount(text) {
                meeting.attendeeCount = count
                return
            }
            meeting.attendees += text.split(separator: ",").map { $0.trimming(" .;") }.filter { !$0.isEmpty }
        } else {
            for person in text.split(separator: ";") where !person.trimming(" .").isEmpty {
                let (name, position) = Self.split(person.trimming(" ."))
                meeting.invited.append(Person(name: name, position: position))
            }
        }
    }

    private mutating func readAgenda(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("докладчик") || lower.hasPrefix("выступающ") {
            let rest = text.firstIndex(of: ":").map { String(text[text.index(after: $0)...]) } ?? ""
            if meeting.items.isEmpty { meeting.items.append(ImportedMeeting.Item()) }
            meeting.items[meeting.items.count - 1].speakers.append(rest.trimming(" ."))
            return
        }
        if let (_, title) = Self.numbered(text) {
            meeting.items.append(ImportedMeeting.Item(title: title.trimming(" ")))
        } else if !meeting.items.isEmpty {
            meeting.items[meeting.items.count - 1].title += " " + text
        }
    }

    private mutating func readDecision(_ text: String) {
        if let (number, rest) = Self.numbered(text), number.contains(".") {
            meeting.items[item].decisions.append(ImportedMeeting.Decision(text: rest))
        } else if var last = meeting.items[item].decisions.popLast() {
            last.text += " " + text
            meeting.items[item].decisions.append(last)
        } else {
            meeting.items[item].decisions.append(ImportedMeeting.Decision(text: text))
        }
    }

    // MARK: Words

    /// «Председатель – А.В. Смирнова», «Присутствовали: …»: the label in lower case and the rest.
    static func role(_ text: String) -> (label: String, rest: String)? {
        let labels = [
            "председательствующий", "председатель", "секретарь", "присутствовали", "приглашённые", "приглашенные"
        ]
        let lower = text.lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = Substring(text.dropFirst(label.count))
        rest = rest.drop { " :–—-\t".contains($0) }
        return (label, String(rest))
    }

    /// «1. СЛУШАЛИ:», «СЛУШАЛИ:», «РЕШИЛИ:», «ПОСТАНОВИЛИ:» with the text after the colon.
    static func sectionWord(_ text: String) -> (number: Int?, word: String, rest: String)? {
        var body = Substring(text)
        var number: Int?
        if let (digits, rest) = numbered(text), let value = Int(digits) {
            number = value
            body = Substring(rest)
        }
        let lower = body.lowercased()
        for word in ["слушали", "выступили", "решили", "постановили"] where lower.hasPrefix(word) {
            let after = body.dropFirst(word.count).drop { " :–—-".contains($0) }
            return (number, word, String(after))
        }
        return nil
    }

    /// «1. Текст», «1.1. Текст», «2) Текст»: the number and the text.
    static func numbered(_ text: String) -> (String, String)? {
        let digits = text.prefix { $0.isNumber || $0 == "." }
        guard digits.first?.isNumber == true else { return nil }
        var rest = text.dropFirst(digits.count)
        if rest.first == ")" { rest = rest.dropFirst() } else if !digits.hasSuffix(".") { return nil }
        return (String(digits.trimming(".")), rest.trimming(" "))
    }

    /// «Н.И. Петренко – муниципальный координатор» → name and the rest.
    static func split(_ text: String) -> (String, String) {
        for dash in [" – ", " — ", " - "] {
            if let range = text.range(of: dash) {
                return (text[..<range.lowerBound].trimming(" "), text[range.upperBound...].trimming(" "))
            }
        }
        return (text.trimming(" ."), "")
    }

    /// «24 человека (список прилагается)» → 24.
    static func headcount(_ text: String) -> Int? {
        let words = text.split(separator: " ")
        guard words.count >= 2, let count = Int(words[0]), words[1].lowercased().hasPrefix("человек") else {
            return nil
        }
        return count
    }

    static func startsHeading(_ lower: String) -> Bool {
        kinds.contains { lower.hasPrefix(Meeting.genitive($0)) }
    }

    /// The kinds of meeting a heading names, in the nominative.
    static let kinds = ["заседание", "совещание", "коллегия", "совет", "собрание", "комиссия"]

    /// The kind's first word back in the nominative: заседания → заседание, коллегии → коллегия —
    /// the kind whose genitive, by `Meeting.genitive`, the heading wrote.
    static func nominative(_ kind: String) -> String {
        let words = kind.split(separator: " ", maxSplits: 1)
        guard let first = words.first else { return kind }
        let rest = words.count > 1 ? " " + words[1] : ""
        return (kinds.first { Meeting.genitive($0) == first.lowercased() } ?? String(first)) + rest
    }

    /// The decision's «срок – до 15.10.2025» (or «(срок – 1 ноября 2025 г.)») and «ответственный –
    /// …» taken out of its text; the term is read by the term parser as a deadline.
    static func terms(of decision: ImportedMeeting.Decision, meetingDate: LocalDate?) -> ImportedMeeting.Decision {
        var result = decision
        var text = decision.text
        let patterns: [(String, WritableKeyPath<ImportedMeeting.Decision, String>)] = [
            // «(срок – до 31.10.2025, ответственный – …)», «Срок – до 20.11.2025.»: up to the
            // bracket, a semicolon, the sentence's end, or a comma that starts the other part.
            (#"[(,;.]?\s*[Сс]рок(?:и)?\s*(?:исполнения)?\s*[–—:-]\s*([^),;]+?)\s*(?:\)|;|\.?$|\.\s|(?=,))"#, \.due),
            (#"[(,;.]?\s*[Оо]тветственн(?:ый|ая|ые)\s*[–—:-]\s*([^),;]+?)\s*(?:\)|;|\.?$|\.\s|(?=,))"#, \.responsible)
        ]
        for (pattern, field) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let whole = Range(match.range, in: text), let value = Range(match.range(at: 1), in: text)
            else { continue }
            let found = String(text[value]).trimming(" .")
            if field == \.due {
                let start = meetingDate ?? LocalDate(year: 2000, month: 1, day: 1)!
                let period = Period.range(from: start, to: start.adding(days: 3 * 365))
                let schedule = ScheduleParser.parse(found, period: period)
                guard schedule.kind != .unknown, let last = schedule.lastDay else { continue }
                result.due = last.iso
            } else {
                result.responsible = found
            }
            text.replaceSubrange(whole, with: text[whole].hasSuffix(". ") ? ". " : "")
        }
        // What the parts leave behind: «команд (…).» → «команд .», a bracket opened before them.
        for (leftover, replacement) in [(" .", "."), ("  ", " "), ("( ", "("), (" )", ")"), ("()", "")] {
            text = text.replacingOccurrences(of: leftover, with: replacement)
        }
        if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count, let open = text.lastIndex(of: "(") {
            text.remove(at: open)
        }
        result.text = text.trimming(" ,;").replacingOccurrences(of: " .", with: ".")
        if !result.text.hasSuffix("."), !result.text.isEmpty { result.text += "." }
        return result
    }
}
