import Foundation
import CCmark
import KartaCore

/// Markdown to HTML through libcmark's node API in safe mode (raw HTML dropped, `javascript:`
/// links emptied), with Russian typography on text nodes and links made relative to the page.
public enum MarkdownRenderer {
    /// - Parameter root: the way from the page to the site root, e.g. `../../`.
    public static func html(_ markdown: String, root: String) -> String {
        guard !markdown.isEmpty else { return "" }
        let options = CMARK_OPT_DEFAULT
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return ""
        }
        defer { cmark_node_free(document) }
        rewrite(document, root: root)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    static func rewrite(_ document: OpaquePointer, root: String) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var quotes = QuoteState()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                let text = String(cString: literal)
                let typeset = RussianTypography.apply(text, state: &quotes)
                if typeset != text { cmark_node_set_literal(node, typeset) }
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let target = SiteLink.href(url, root: root, allowExternal: type == CMARK_NODE_LINK)
                if target != url { cmark_node_set_url(node, target) }
            } else if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM {
                quotes = QuoteState()
            }
        }
    }
}
