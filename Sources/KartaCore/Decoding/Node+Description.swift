import Yams

extension Node {
    /// The kind of value in Russian, for «ожидается текст, а указан список».
    var russianKindName: String {
        switch self {
        case .scalar: "текст"
        case .sequence: "список"
        case .mapping: "набор полей"
        case .alias: "ссылка YAML"
        }
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.tag.rawValue == Tag.Name.null.rawValue
    }
}
