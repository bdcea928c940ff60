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
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The document as UTF-8, ending with a line break: written as bytes, with no string built
    /// per value or per indent (site.json of 10,000 schools is tens of megabytes).
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func write(into out: inout [UInt8], depth: Int) {
        switch self {
        case .object(let fields):
            guard !fields.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in fields.enumerated() {
                Self.indent(&out, depth + 1)
                JSONText.quote(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, depth: depth + 1)
                Self.endLine(&out, last: index + 1 == fields.count)
            }
            Self.indent(&out, depth)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.indent(&out, depth + 1)
                item.write(into: &out, depth: depth + 1)
                Self.endLine(&out, last: index + 1 == items.count)
            }
            Self.indent(&out, depth)
            out.append(UInt8(ascii: "]"))
        case .string(let text): JSONText.quote(text, into: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .number(let value): out.append(contentsOf: Self.decimal(value).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    private static func indent(_ out: inout [UInt8], _ depth: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static func endLine(_ out: inout [UInt8], last: Bool) {
        if !last { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
    }
}
