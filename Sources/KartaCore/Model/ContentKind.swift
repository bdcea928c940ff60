/// The kinds of content files, each in its own folder under `content/`.
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case school
    case roadmap
    case order
    case meeting

    /// The folder under `content/` that holds files of this kind.
    public var folder: String {
        switch self {
        case .school: "schools"
        case .roadmap: "roadmaps"
        case .order: "orders"
        case .meeting: "meetings"
        }
    }

    /// The noun in Russian, nominative case, capitalised for the start of a sentence.
    public var russianName: String {
        switch self {
        case .school: "Школа"
        case .roadmap: "Дорожная карта"
        case .order: "Приказ"
        case .meeting: "Совещание"
        }
    }

    var notFoundPhrase: String {
        switch self {
        case .school, .roadmap: "не найдена"
        case .order: "не найден"
        case .meeting: "не найдено"
        }
    }
}
