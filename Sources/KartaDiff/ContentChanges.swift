/// The change in meaning between two versions of the content, grouped as a reviewer reads it:
/// by roadmap, then schools, orders, site settings, and files that could not be read.
public struct ContentChanges: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        /// «Дорожная карта «…» (municipal-2025)», «Школы», «Приказы», «Настройки сайта».
        public var title: String
        public var changes: [Change]
    }

    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case added, removed, changed, problem
        }

        public var kind: Kind
        /// «мероприятие 1.2 «Анкетирование»».
        public var subject: String
        /// «статус: запланировано → выполнено 12.03.2024», one per line.
        public var details: [String]
    }

    public var from: String
    public var to: String
    public var sections: [Section] = []

    public var isEmpty: Bool { sections.isEmpty }
}
