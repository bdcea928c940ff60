import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through libcmark's node API, in safe mode (raw HTML dropped, `javascript:` emptied).
public struct MarkdownRenderer: Sendable {
    /// Applied to every text node (never to code).
    public var transformText: @Sendable (String) -> String

    public init(transformText: @escaping @Sendable (String) -> String = { $0 }) {
        self.transformText = transformText
    }

    public func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return ""
        }
        defer { cmark_node_free(document) }
        transformTextNodes(of: document)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func transformTextNodes(of document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            let transformed = transformText(text)
            if transformed != text { cmark_node_set_literal(node, transformed) }
        }
    }
}
