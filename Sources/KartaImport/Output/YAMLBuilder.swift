import Yams

/// Builds front matter as ordered YAML; scalars are written by Yams (quoting handled by libyaml).
///
/// A nested mapping or list is turned into text as soon as it is added, so that an import holds
/// text, not a tree of Yams nodes for every measure (each node with its tag weighs about 200 bytes,
/// which made a 10 MB import hold 150 MB). The text is what Yams writes for the whole tree with
/// indent 2: nested mappings indented by two spaces, lists not indented under their key.
struct YAMLBuilder {
    private enum Part {
        /// Consecutive `key: value` and `key: [lines]` pairs, written by Yams together.
        case scalars([(Node, Node)])
        /// `key:` then YAML text already written.
        case mapping(String, String)
        case list(String, [String])
    }

    private var parts: [Part] = []

    /// One tag of each kind for every node: Yams' default `Tag` builds its resolver's and
    /// constructor's tables anew for each node (about 1 KB).
    nonisolated(unsafe) private static let stringTag = Tag(.str)
    nonisolated(unsafe) private static let sequenceTag = Tag(.seq)
    nonisolated(unsafe) private static let mappingTag = Tag(.map)

    var isEmpty: Bool { parts.isEmpty }

    mutating func add(_ key: String, _ value: String) {
        guard !value.isEmpty else { return }
        addScalar(key, Self.text(value))
    }

    mutating func add(_ key: String, lines: [String]) {
        guard !lines.isEmpty else { return }
        addScalar(key, .sequence(Node.Sequence(lines.map(Self.text), Self.sequenceTag)))
    }

    mutating func add(_ key: String, _ builder: YAMLBuilder) {
        guard !builder.isEmpty, let text = try? builder.yaml() else { return }
        parts.append(.mapping(key, text))
    }

    /// Each item is written as it comes: pass a lazy sequence, and no more than one item's
    /// builder exists at a time.
    mutating func add(_ key: String, list: some Sequence<YAMLBuilder>) {
        var items: [String] = []
        for item in list where !item.isEmpty {
            if let text = try? item.yaml() { items.append(text) }
        }
        guard !items.isEmpty else { return }
        parts.append(.list(key, items))
    }

    private mutating func addScalar(_ key: String, _ value: Node) {
        let pair = (Node.scalar(Node.Scalar(key, Self.stringTag)), value)
        if case .scalars(let pairs) = parts.last {
            parts[parts.count - 1] = .scalars(pairs + [pair])
        } else {
            parts.append(.scalars([pair]))
        }
    }

    /// Strings that YAML would read as something else (numbers, dates, booleans) are quoted.
    static func text(_ value: String) -> Node {
        let plainIsText = value.contains(where: \.isLetter) && !["yes", "no", "true", "false", "on", "off", "null"].contains(value.lowercased())
        return .scalar(Node.Scalar(value, stringTag, plainIsText ? .any : .doubleQuoted))
    }

    /// The mapping as YAML lines, each ending with a line break.
    func yaml() throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .scalars(let pairs):
                out += try Yams.serialize(node: .mapping(Node.Mapping(pairs, Self.mappingTag)), indent: 2, width: -1,
                                          allowUnicode: true)
            case .mapping(let key, let text):
                out += key + ":\n" + Self.indent(text, first: "  ", rest: "  ")
            case .list(let key, let items):
                out += key + ":\n"
                for item in items { out += Self.indent(item, first: "- ", rest: "  ") }
            }
        }
        return out
    }

    /// `first` before the first line, `rest` before each later line that is not empty.
    private static func indent(_ text: String, first: String, rest: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var lineStart = true, firstLine = true
        for byte in text.utf8 {
            if lineStart && (firstLine || byte != UInt8(ascii: "\n")) { out.append(contentsOf: (firstLine ? first : rest).utf8) }
            lineStart = byte == UInt8(ascii: "\n")
            if lineStart { firstLine = false }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `---`, the YAML, `---`, then the body.
    func document(body: String) throws -> String {
        "---\n" + (try yaml()) + "---\n" + (body.isEmpty ? "" : "\n" + body + "\n")
    }
}
