/// Word's automatic numbering (`numbering.xml`): turns «list 3, level 1» into the «1.2.» a reader
/// sees, counting in document order as Word does.
struct Numbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// «Legal» numbering writes every level's number in decimal.
        var legal = false
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// numId → its abstract list and the levels it restarts.
    private var instances: [String: (abstract: String, restarts: [Int: Int])] = [:]
    /// Counters per abstract list: instances of one list continue each other's numbers, as in Word.
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []

    init(_ root: WordXML?) {
        guard let root else { return }
        for abstract in root.children where abstract.name == "abstractNum" {
            guard let id = abstract["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for lvl in abstract.children where lvl.name == "lvl" {
                guard let index = lvl["ilvl"].flatMap(Int.init) else { continue }
                levels[index] = Self.level(lvl, base: Level())
            }
            abstracts[id] = levels
        }
        for num in root.children where num.name == "num" {
            guard let id = num["numId"], let abstract = num.value(at: "abstractNumId") else { continue }
            var restarts: [Int: Int] = [:]
            for override in num.children where override.name == "lvlOverride" {
                guard let index = override["ilvl"].flatMap(Int.init) else { continue }
                if let start = override.value(at: "startOverride").flatMap(Int.init) {
                    restarts[index] = Self.clamped(start)
                }
                if let lvl = override.child("lvl") {
                    var levels = abstracts[abstract] ?? [:]
                    levels[index] = Self.level(lvl, base: levels[index] ?? Level())
                    abstracts[abstract] = levels
                }
            }
            instances[id] = (abstract, restarts)
        }
    }

    /// Word numbers lists from 0 to 32767; a start beyond would overflow the count or write a
    /// number as long as a book (`lowerLetter` repeats a letter per 26).
    static func clamped(_ start: Int) -> Int { min(max(start, 0), 32_767) }

    private static func level(_ lvl: WordXML, base: Level) -> Level {
        var level = base
        if let start = lvl.value(at: "start").flatMap(Int.init) { level.start = clamped(start) }
        if let format = lvl.value(at: "numFmt") { level.format = format }
        if let text = lvl.value(at: "lvlText") { level.text = text }
        if let legal = lvl.child("isLgl") { level.legal = legal["val"].map { $0 != "0" && $0 != "false" } ?? true }
        return level
    }

    /// The next number of list `numId` at `level`; empty for numId 0 (numbering switched off) or an unknown list.
    mutating func next(numId: String, level: Int) -> String {
        guard numId != "0", let instance = instances[numId], let levels = abstracts[instance.abstract],
            let definition = levels[level]
        else { return "" }
        var counts = counters[instance.abstract] ?? [:]
        if started.insert(numId).inserted {
            for (index, start) in instance.restarts { counts[index] = start - 1 }
        }
        counts[level] = (counts[level] ?? (definition.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[instance.abstract] = counts
        if definition.format == "none" { return "" }
        if definition.format == "bullet" { return "•" }
        var label = definition.text
        for index in (0...8).reversed() where label.contains("%\(index + 1)") {
            let levelDefinition = levels[index] ?? Level()
            let value = counts[index] ?? levelDefinition.start
            let format = definition.legal ? "decimal" : levelDefinition.format
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.format(value, as: format))
        }
        return label
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimalZero": value < 10 ? "0\(value)" : "\(value)"
        case "upperRoman": roman(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperLetter": letter(value, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        case "lowerLetter": letter(value, alphabet: Array("abcdefghijklmnopqrstuvwxyz"))
        case "russianUpper": letter(value, alphabet: Array("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"))
        case "russianLower": letter(value, alphabet: Array("абвгдежзиклмнопрстуфхцчшщэюя"))
        default: "\(value)"
        }
    }

    private static func letter(_ value: Int, alphabet: [Character]) -> String {
        guard value > 0 else { return "\(value)" }
        // Word repeats the letter past the alphabet: z, aa, bb.
        return String(repeating: alphabet[(value - 1) % alphabet.count], count: (value - 1) / alphabet.count + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        var rest = value, result = ""
        for (number, symbol) in [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
        ] {
            while rest >= number { result += symbol; rest -= number }
        }
        return result
    }
}
