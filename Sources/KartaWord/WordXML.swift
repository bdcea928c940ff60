import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a WordprocessingML part with names stripped of their prefixes (`w:p` → `p`):
/// the parts are small, so the whole tree is built and then walked.
final class WordXML {
    let name: String
    let attributes: [String: String]
    var children: [WordXML] = []
    /// The character data directly inside the element (`w:t`, `w:instrText`).
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// `w:val` and the like, by local name.
    subscript(attribute: String) -> String? { attributes[attribute] }

    func child(_ name: String) -> WordXML? { children.first { $0.name == name } }

    /// `<w:pPr><w:jc w:val="center"/></w:pPr>`: `value(at: "pPr", "jc")` → «center».
    func value(at path: String...) -> String? {
        var node: WordXML? = self
        for name in path { node = node?.child(name) }
        return node?["val"]
    }

    /// Elements nest deeper in no real document; a deeper tree is refused before walking it could
    /// exhaust the stack.
    static let deepest = 256

    /// Parses a part; a malformed one is reported with the line XMLParser stopped at.
    static func parse(_ data: Data, part: String) throws(WordError) -> WordXML {
        if let line = invalidUTF8Line(data) { throw .notUTF8(part: part, line: line) }
        if let line = doctypeLine(data) { throw .doctype(part: part, line: line) }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let line = builder.tooDeepLine { throw .tooDeep(part: part, line: line) }
        guard parsed, builder.mismatchLine == nil, builder.stack.isEmpty, let root = builder.root else {
            throw .malformed(part: part, line: max(builder.mismatchLine ?? parser.lineNumber, 1))
        }
        return root
    }

    /// The line of the first byte that is not UTF-8, nil when all are. FoundationXML traps on a
    /// prefixed element name that is not UTF-8 (`<w:b\u{D0}>`), so nothing else reaches it; a
    /// part in UTF-16, with its byte order mark, is left to the parser.
    static func invalidUTF8Line(_ data: Data) -> Int? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        var bytes = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }

    /// The line of a `<!DOCTYPE`, nil when there is none: Office never writes one, and its
    /// internal entities («&y;») would be text the reader leaves out or, nested, a billion laughs.
    static func doctypeLine(_ data: Data) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        guard let start = data.firstRange(of: marker)?.lowerBound else { return nil }
        return data[data.startIndex..<start].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: WordXML?
        var stack: [WordXML] = []
        /// FoundationXML on Linux recovers from a closing tag that does not match; karta does not.
        var mismatchLine: Int?
        /// Where the elements nested deeper than `deepest`.
        var tooDeepLine: Int?

        static func local(_ name: String) -> String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[Self.local(key)] = value }
            guard stack.count < WordXML.deepest else {
                if tooDeepLine == nil { tooDeepLine = parser.lineNumber }
                parser.abortParsing()
                return
            }
            let node = WordXML(name: Self.local(elementName), attributes: local)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let open = stack.popLast(), open.name == Self.local(elementName) else {
                if mismatchLine == nil { mismatchLine = parser.lineNumber }
                parser.abortParsing()
                return
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
