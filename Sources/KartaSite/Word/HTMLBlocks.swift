/// The paragraphs of a small piece of HTML that karta rendered from Markdown (an order's text):
/// `<p>`, list items with their numbers, headings; tags dropped, entities decoded, `<br>` kept as «\n».
enum HTMLBlocks {
    struct Block: Equatable {
        enum Kind: Equatable { case paragraph, item, heading }
        let kind: Kind
        let text: String
    }

    static func blocks(_ html: String) -> [Block] {
        var blocks: [Block] = []
        var text = ""
        var kind = Block.Kind.paragraph
        var lists: [(ordered: Bool, next: Int)] = []
        var index = html.startIndex
        func flush() {
            let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .joined(separator: " ").replacingOccurrences(of: " \u{2028} ", with: "\n")
                .replacingOccurrences(of: "\u{2028}", with: "\n")
            if !collapsed.isEmpty { blocks.append(Block(kind: kind, text: collapsed)) }
            text = ""
            kind = .paragraph
        }
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let end = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<end].lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                let closing = tag.hasPrefix("/")
                switch (name, closing) {
                case ("p", _), ("h1", _), ("h2", _), ("h3", _), ("h4", _), ("h5", _), ("h6", _), ("blockquote", _):
                    flush()
                    if !closing, name.hasPrefix("h") { kind = .heading }
                case ("ol", false), ("ul", false):
                    flush()
                    let start = tag.range(of: #"start="(\d+)""#, options: .regularExpression)
                        .flatMap { Int(tag[$0].filter(\.isNumber)) } ?? 1
                    lists.append((name == "ol", start))
                case ("ol", true), ("ul", true):
                    flush()
                    if !lists.isEmpty { lists.removeLast() }
                case ("li", false):
                    flush()
                    kind = .item
                    if let list = lists.last {
                        // «1.», a nested item «1.2.» after its parents' numbers.
                        let parents = lists.dropLast().filter(\.ordered).map { "\($0.next - 1)." }.joined()
                        text = list.ordered ? "\(parents)\(list.next). " : "• "
                        lists[lists.count - 1].next += 1
                    }
                case ("li", true):
                    flush()
                case ("br", _):
                    text += "\u{2028}"
                default: break
                }
                index = html.index(after: end)
            } else if character == "&", let end = html[index...].prefix(10).firstIndex(of: ";") {
                text += entity(String(html[html.index(after: index)..<end])) ?? String(html[index...end])
                index = html.index(after: end)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        flush()
        return blocks
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default:
            let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
