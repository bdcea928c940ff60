import KartaCore

/// Splits cells like «Баланина С.В., заместитель директора по УВР …, Потачинская Н.И., методист МК РОО»
/// into people: a new person starts at «Фамилия И.О.».
enum PersonText {
    static func people(_ text: String) -> [Person] {
        var people: [Person] = []
        for segment in text.split(separator: ",").map({ String($0).trimming(" ;") }) where !segment.isEmpty {
            if startsWithName(segment) || people.isEmpty {
                let (name, rest) = splitName(segment)
                people.append(Person(name: name, position: rest))
            } else {
                let last = people.count - 1
                people[last].position = people[last].position.isEmpty ? segment : people[last].position + ", " + segment
            }
        }
        return people
    }

    /// «Поважная Е.М.», «Зивенко Н. В.», «Нисанова-Ким А.А.» at the start.
    static func startsWithName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, let surname = words.first, surname.first?.isUppercase == true,
            surname.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }), surname.count > 1
        else { return false }
        return isInitials(words[1]) || (words.count > 2 && isInitials(words[1] + words[2]))
    }

    static func isInitials(_ word: Substring) -> Bool {
        let letters = word.filter { $0 != "." }
        return !letters.isEmpty && letters.count <= 2 && letters.allSatisfy(\.isUppercase) && word.contains(".")
    }

    private static func splitName(_ segment: String) -> (String, String) {
        let words = segment.split(separator: " ")
        guard startsWithName(segment) else { return (segment, "") }
        let take =
            isInitials(words[1])
                && !(words.count > 2 && words[1].count == 2 && isInitials(words[2]) && words[2].count == 2) ? 2 : 3
        return (words.prefix(take).joined(separator: " "), words.dropFirst(take).joined(separator: " "))
    }
}
