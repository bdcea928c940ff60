extension OrderKind.Act {
    /// The act's word as an order's heading writes it; nil for an unknown one.
    public var word: String? {
        switch self {
        case .order: "ПРИКАЗ"
        case .instruction: "РАСПОРЯЖЕНИЕ"
        case .resolution: "ПОСТАНОВЛЕНИЕ"
        case .decision: "РЕШЕНИЕ"
        case .other: nil
        }
    }

    /// «утвержден приказом»: how an approval stamp names the act.
    public var instrumental: String {
        switch self {
        case .order, .other: "приказом"
        case .instruction: "распоряжением"
        case .resolution: "постановлением"
        case .decision: "решением"
        }
    }

    /// «Приложение к приказу»: how an appendix mark names the act.
    public var dative: String {
        switch self {
        case .order, .other: "приказу"
        case .instruction: "распоряжению"
        case .resolution: "постановлению"
        case .decision: "решению"
        }
    }

    /// The word that opens the points of an act signed by one person; nil where the document
    /// must give its own.
    public var command: String? {
        switch self {
        case .order: "ПРИКАЗЫВАЮ:"
        case .resolution: "ПОСТАНОВЛЯЮ:"
        case .instruction, .decision, .other: nil
        }
    }

    /// Every word that opens the points of an act, as documents write them alone in a paragraph.
    public static let commands = ["ПРИКАЗЫВАЮ:", "ПОСТАНОВЛЯЮ:", "ПРЕДЛАГАЮ:", "ОБЯЗЫВАЮ:", "РЕШИЛ:", "ПОСТАНОВЛЯЕТ:"]
}

extension OrderKind {
    /// «ПРИКАЗ» → «Приказ», for a title or a link.
    public var name: String {
        guard let first = word.first else { return word }
        return String(first).uppercased() + word.dropFirst().lowercased()
    }
}
