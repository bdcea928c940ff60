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

    /// `key:`, `key: ~` or `key: null` written plainly (quoted text is never null).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
