/// A JSON document with its keys in a fixed order, written the same on every machine: two-space
/// indents, one value per line, so that a change shows in a diff as the lines it changed.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// A measured value: written as its shortest exact decimal, «34.5», «12».
    case number(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

    /// A string, or null when it is empty.
    public static func optional(_ text: String?) -> JSONValue {
        guard let text, !text.isEmpty else { return .null }
        return .string(text)
    }

    /// On one line, `{"a": 1, "b": [2, 3]}`: for a value printed by a command.
    public var compactText: String {
        switch self {
        case .object(let fields):
            "{" + fields.map { JSONText.quote($0.0) + ": " + $0.1.compactText }.joined(separator: ", ") + "}"
        case .array(let items): "[" + items.map(\.compactText).joined(separator: ", ") + "]"
        case .string(let text): JSONText.quote(text)
        case .int(let number): String(number)
        case .number(let value): Self.decimal(value)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    /// «34.5», «12»: the shortest decimal that reads back as the same number.
    public static func decimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// The document, ending with a line break.
    public var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                out += indent + "  " + JSONText.quote(key) + ": "
                value.write(into: &out, indent: indent + "  ")
                out += index + 1 < fields.count ? ",\n" : "\n"
            }
            out += indent + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(into: &out, indent: indent + "  ")
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .string(let text): out += JSONText.quote(text)
        case .int(let number): out += String(number)
        case .number(let value): out += Self.decimal(value)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }
}
