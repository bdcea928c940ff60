import Yams

/// Builds front matter as ordered YAML and writes it with Yams (quoting handled by libyaml).
struct YAMLBuilder {
    private var pairs: [(Node, Node)] = []

    mutating func add(_ key: String, _ value: String) {
        guard !value.isEmpty else { return }
        pairs.append((Node(key), Self.text(value)))
    }

    mutating func add(_ key: String, lines: [String]) {
        guard !lines.isEmpty else { return }
        pairs.append((Node(key), .sequence(Node.Sequence(lines.map(Self.text)))))
    }

    mutating func add(_ key: String, _ builder: YAMLBuilder) {
        guard !builder.pairs.isEmpty else { return }
        pairs.append((Node(key), builder.node))
    }

    mutating func add(_ key: String, list: [YAMLBuilder]) {
        guard !list.isEmpty else { return }
        pairs.append((Node(key), .sequence(Node.Sequence(list.map(\.node)))))
    }

    var node: Node { .mapping(Node.Mapping(pairs)) }

    /// Strings that YAML would read as something else (numbers, dates, booleans) are quoted.
    static func text(_ value: String) -> Node {
        let plainIsText = value.contains(where: \.isLetter) && !["yes", "no", "true", "false", "on", "off", "null"].contains(value.lowercased())
        return .scalar(Node.Scalar(value, .init(.str), plainIsText ? .any : .doubleQuoted))
    }

    /// `---`, the YAML, `---`, then the body.
    func document(body: String) throws -> String {
        let yaml = try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
        return "---\n" + yaml + "---\n" + (body.isEmpty ? "" : "\n" + body + "\n")
    }
}
