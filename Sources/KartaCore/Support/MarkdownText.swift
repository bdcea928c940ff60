/// Plain text made safe to put into a Markdown body: it reads back as the same text.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        // «1. Утвердить» must stay a paragraph with its own number, not become a list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")"
        {
            out.insert("\\", at: dot)
        }
        if let first = out.first, "-+=".contains(first) { out.insert("\\", at: out.startIndex) }
        return out
    }
}
