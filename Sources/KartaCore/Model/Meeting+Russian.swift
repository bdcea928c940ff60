extension Meeting {
    /// The heading after «ПРОТОКОЛ»: the kind in the genitive, then the title — «заседания
    /// муниципальной рабочей группы по реализации …».
    public var heading: String {
        [Self.genitive(kind), title].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The first word of a kind in the genitive, the rest as written (it is already the genitive:
    /// «заседание рабочей группы»): совещание → совещания, коллегия → коллегии, совет → совета.
    public static func genitive(_ kind: String) -> String {
        let words = kind.split(separator: " ", maxSplits: 1)
        guard let first = words.first else { return kind }
        let word = first.lowercased()
        let rest = words.count > 1 ? " " + words[1] : ""
        let genitive: String
        if word.hasSuffix("ие") || word.hasSuffix("ия") {
            genitive = word.dropLast() + (word.hasSuffix("ие") ? "я" : "и")
        } else if word.hasSuffix("а") {
            let soft = ["к", "г", "х", "ж", "ш", "ч", "щ"].contains(String(word.dropLast().suffix(1)))
            genitive = word.dropLast() + (soft ? "и" : "ы")
        } else if let last = word.last, !"аеёиоуыэюяь".contains(last) {
            genitive = word + "а"
        } else {
            genitive = word
        }
        return genitive + rest
    }
}
