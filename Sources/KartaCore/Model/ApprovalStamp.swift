/// The approval stamp (гриф утверждения) printed in the upper right corner of an approved
/// document's first sheet: «УТВЕРЖДЕН / приказом департамента … / от «19» марта 2021 года № 376».
public struct ApprovalStamp: Sendable, Hashable {
    /// «Утвержден», «УТВЕРЖДЕНА» … as the document writes it; printed in capitals.
    public var word: String
    /// The lines under the word as the document writes them; empty when they are to be made from
    /// the approving order («приказом …», «от 19.03.2021 № 376»).
    public var lines: [String]

    public init(word: String, lines: [String] = []) {
        self.word = word
        self.lines = lines
    }

    /// The word that agrees with a document's title: УТВЕРЖДЕН for «План …», УТВЕРЖДЕНА for
    /// «Дорожная карта …», «Программа …», УТВЕРЖДЕНО for «Положение …».
    public static func word(agreeingWith title: String) -> String {
        let first = title.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["положение", "расписание"].contains(first) { return "УТВЕРЖДЕНО" }
        if ["дорожная", "программа", "муниципальная", "региональная", "школьная", "карта", "концепция"].contains(first)
        {
            return "УТВЕРЖДЕНА"
        }
        if ["планы", "программы", "дорожные"].contains(first) { return "УТВЕРЖДЕНЫ" }
        return "УТВЕРЖДЕН"
    }
}
