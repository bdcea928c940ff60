/// The kinds of content files, each in its own folder under `content/`.
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case school
    case roadmap
    case order

    /// The folder under `content/` that holds files of this kind.
    public var folder: String {
        switch self {
        case .school: "schools"
        case .roadmap: "roadmaps"
        case .order: "orders"
        }
    }

    /// The noun in Russian, nominative case, capitalised for the start of a sentence.
    public var russianName: String {
        switch self {
        case .school: "Школа"
        case .roadmap: "Дорожная карта"
        case .order: "Приказ"
        }
    }

    var notFoundPhrase: String {
        switch self {
        case .school, .roadmap: "не найдена"
        case .order: "не найден"
        }
    }
}
