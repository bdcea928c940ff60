import CCmark
import Foundation

extension MarkdownRenderer {
    /// The blocks of a Markdown text, from cmark's tree, with the page's typography: what a Word
    /// document is written from, so that no HTML is parsed back.
    public static func blocks(_ markdown: String) -> [TextBlock] {
        guard !markdown.isEmpty,
            let document = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) })
        else { return [] }
        defer { cmark_node_free(document) }
        rewrite(document, root: "")
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var builder = BlockBuilder()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            builder.visit(node, entering: event == CMARK_EVENT_ENTER)
        }
        builder.flush()
        return builder.blocks
    }

    /// Gathers the text of each block as the walk enters and leaves its nodes.
    private struct BlockBuilder {
        var blocks: [TextBlock] = []
        private var text = ""
        private var kind = TextBlock.Kind.paragraph
        /// The open lists: ordered or not, and the number of their next item.
        private var lists: [(ordered: Bool, next: Int)] = []
        /// The text so far is only an item's number: the item's first paragraph goes on with it.
        private var itemStarted = false

        mutating func visit(_ node: OpaquePointer, entering: Bool) {
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_LIST:
                flush()
                if entering {
                    lists.append(
                        (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, Int(cmark_node_get_list_start(node))))
                } else if !lists.isEmpty {
                    lists.removeLast()
                }
            case CMARK_NODE_ITEM:
                flush()
                guard entering else { return }
                kind = .item
                if let list = lists.last {
                    // «1.», a nested item «1.2.» after its parents' numbers.
                    let parents = lists.dropLast().filter(\.ordered).map { "\($0.next - 1)." }.joined()
                    text = list.ordered ? "\(parents)\(list.next). " : "• "
                    lists[lists.count - 1].next += 1
                }
                itemStarted = true
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_BLOCK_QUOTE:
                if entering {
                    if itemStarted { itemStarted = false } else { flush() }
                    if type == CMARK_NODE_HEADING { kind = .heading }
                } else {
                    flush()
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if entering, let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK:
                text += " "
            case CMARK_NODE_LINEBREAK:
                text += "\u{2028}"
            case CMARK_NODE_CODE_BLOCK:
                flush()
                if let literal = cmark_node_get_literal(node) { text = String(cString: literal) }
                flush()
            default:
                break
            }
        }

        /// Ends the block: white space collapsed, a hard line break kept as «\n».
        mutating func flush() {
            let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .joined(separator: " ").replacingAll(" \u{2028} ", with: "\n")
                .replacingAll("\u{2028}", with: "\n")
            if !collapsed.isEmpty { blocks.append(TextBlock(kind: kind, text: collapsed)) }
            text = ""
            kind = .paragraph
            itemStarted = false
        }
    }
}
