import Yams
import KartaCore

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
        case list(String, [Item])
    }

    /// A list item: a measure is its YAML text (made once, small); a stage, which holds a list of
    /// its own, stays a builder and is written straight to the output, so that no stage of
    /// thousands of measures is ever one string.
    private enum Item {
        case text(String)
        case builder(YAMLBuilder)
    }

    private var parts: [Part] = []

    /// One tag of each kind for every node: Yams' default `Tag` builds its resolver's and
    /// constructor's tables anew for each node (about 1 KB). `Tag` is a class Yams does not mark
    /// `Sendable`; these are never changed after they are made, so sharing them is safe.
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
        var items: [Item] = []
        for item in list where !item.isEmpty {
            if item.hasList {
                items.append(.builder(item))
            } else if let text = try? item.yaml() {
                items.append(.text(text))
            }
        }
        guard !items.isEmpty else { return }
        parts.append(.list(key, items))
    }

    private var hasList: Bool {
        parts.contains { if case .list = $0 { true } else { false } }
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
        let plainIsText =
            value.contains(where: \.isLetter)
            && !["yes", "no", "true", "false", "on", "off", "null"].contains(value.lowercased())
        return .scalar(Node.Scalar(value, stringTag, plainIsText ? .any : .doubleQuoted))
    }

    /// The mapping as YAML lines, each ending with a line break.
    func yaml() throws -> String {
        // A measure is one part of scalars: Yams' string, kept as it is (a reserved string would
        // keep its spare capacity for as long as the measure's text lives).
        if parts.count == 1, case .scalars(let pairs) = parts[0] { return try Self.serialize(pairs) }
        var out = ""
        out.reserveCapacity(size)
        try write(into: &out)
        return out
    }

    /// The length of the text (the scalars' part estimated): one allocation for the whole
    /// document instead of doublings, which held twice the document at the end.
    private var size: Int {
        func indented(_ text: String) -> Int { text.utf8.count + 2 * text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
        return parts.reduce(0) { total, part in
            switch part {
            case .scalars(let pairs): total + pairs.count * 40
            case .mapping(let key, let text): total + key.utf8.count + 2 + indented(text)
            case .list(let key, let items):
                total + key.utf8.count + 2
                    + items.reduce(0) { total, item in
                        if case .text(let text) = item { total + indented(text) } else { total }
                    }
            }
        }
    }

    private func write(into out: inout String) throws {
        try write { out += $0 }
    }

    /// The YAML in pieces, in order, to `emit`: into a string, or straight into a file.
    private func write(_ emit: (Substring) throws -> Void) throws {
        for part in parts {
            switch part {
            case .scalars(let pairs):
                try emit(Substring(try Self.serialize(pairs)))
            case .mapping(let key, let text):
                try emit(Substring(key + ":\n"))
                try Self.append(text, first: "  ", rest: "  ", emit)
            case .list(let key, let items):
                try emit(Substring(key + ":\n"))
                for item in items {
                    switch item {
                    case .text(let text):
                        try Self.append(text, first: "- ", rest: "  ", emit)
                    case .builder(let builder):
                        let indenter = Indenter(first: "- ", rest: "  ")
                        try builder.write { piece in try indenter.feed(piece, emit) }
                    }
                }
            }
        }
    }

    private static func serialize(_ pairs: [(Node, Node)]) throws -> String {
        try Yams.serialize(node: .mapping(Node.Mapping(pairs, mappingTag)), indent: 2, width: -1, allowUnicode: true)
    }

    /// Appends `text` with `first` before its first line and `rest` before each later line that is
    /// not empty; line by line into `out`, with no copy of the whole text (a stage of thousands of
    /// measures is one text).
    private static func append(_ text: String, first: String, rest: String, _ emit: (Substring) throws -> Void) rethrows
    {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var firstLine = true
        while start < utf8.endIndex {
            let newline = utf8[start...].firstIndex(of: 10) ?? utf8.endIndex
            let end = newline < utf8.endIndex ? utf8.index(after: newline) : newline
            if firstLine || newline > start { try emit(Substring(firstLine ? first : rest)) }
            try emit(text[start..<end])
            firstLine = false
            start = end
        }
    }

    /// The document (see `document(body:)`) written to a file as it is made: the import never
    /// holds the whole roadmap as one string.
    func write(document body: String, to sink: FileSink) throws {
        try sink.write("---\n")
        try write { try sink.write($0) }
        try sink.write("---\n")
        if !body.isEmpty { try sink.write("\n" + body + "\n") }
    }

    /// `---`, the YAML, `---`, then the body: written into one string.
    func document(body: String) throws -> String {
        var out = "---\n"
        out.reserveCapacity(size + body.utf8.count + 16)
        try write(into: &out)
        out += "---\n"
        if !body.isEmpty { out += "\n" + body + "\n" }
        return out
    }

    /// Puts `first` before the first line and `rest` before each later line that is not empty, in
    /// text that arrives in pieces not aligned with lines.
    private final class Indenter {
        let first: String
        let rest: String
        private var atLineStart = true
        private var firstLine = true

        init(first: String, rest: String) {
            self.first = first
            self.rest = rest
        }

        func feed(_ piece: Substring, _ emit: (Substring) throws -> Void) throws {
            var start = piece.startIndex
            while start < piece.endIndex {
                let newline = piece[start...].firstIndex(of: "\n") ?? piece.endIndex
                let end = newline < piece.endIndex ? piece.index(after: newline) : newline
                if atLineStart && (firstLine || newline > start) { try emit(Substring(firstLine ? first : rest)) }
                try emit(piece[start..<end])
                atLineStart = newline < piece.endIndex
                if atLineStart { firstLine = false }
                start = end
            }
        }
    }
}
