/// A Markdown text compared paragraph by paragraph, as a reviewer reads a changed page: each
/// paragraph added, removed or changed, with a short excerpt. Paragraphs are separated by blank
/// lines and compared with their white space collapsed, so that text re-wrapped in the editor is
/// no change.
enum ParagraphDiff {
    /// Detail lines: «+ текст: абзац «…»», «− текст: абзац «…»», «текст: абзац «…» → «…»».
    static func lines(_ label: String, _ old: String, _ new: String) -> [String] {
        let a = paragraphs(old), b = paragraphs(new)
        guard a != b else { return [] }
        var lines: [String] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            // A paragraph removed and one added in the same place read as one changed paragraph.
            let paired = min(removed.count, added.count)
            for index in 0..<paired {
                let (before, after) = excerpts(removed[index], added[index])
                lines.append("\(label): абзац «\(before)» → «\(after)»")
            }
            lines += removed.dropFirst(paired).map { "− \(label): абзац «\(excerpt($0))»" }
            lines += added.dropFirst(paired).map { "+ \(label): абзац «\(excerpt($0))»" }
            removed = []
            added = []
        }
        for step in script(a, b) {
            switch step {
            case .same: flush()
            case .removed(let text): removed.append(text)
            case .added(let text): added.append(text)
            }
        }
        flush()
        return lines
    }

    /// The paragraphs of a text, white space collapsed: blocks separated by blank lines, and each
    /// item of a list and each heading a block of its own (an order's points are one list).
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = [], current: [Substring] = []
        func close() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.isEmpty {
                close()
            } else {
                if startsBlock(line) { close() }
                current += words
            }
        }
        close()
        return result
    }

    /// A list item (`- `, `* `, `+ `, `1. `, `1) `) or a heading (`# `) at the start of a line.
    static func startsBlock(_ line: Substring) -> Bool {
        guard let first = line.first, !first.isWhitespace else { return false }
        let marker = line.prefix { !$0.isWhitespace }
        if ["-", "*", "+"].contains(marker) || marker.allSatisfy({ $0 == "#" }) { return marker.count < line.count }
        guard let last = marker.last, last == "." || last == ")", marker.count > 1 else { return false }
        return marker.dropLast().allSatisfy(\.isNumber) && marker.count < line.count
    }

    enum Step: Equatable {
        case same
        case removed(String)
        case added(String)
    }

    /// The shortest edit script from `a` to `b` (longest common subsequence); bodies are a few
    /// dozen paragraphs at most.
    static func script(_ a: [String], _ b: [String]) -> [Step] {
        var length = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
            }
        }
        var steps: [Step] = [], i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append(.same)
                i += 1
                j += 1
            } else if j < b.count, i == a.count || length[i][j + 1] >= length[i + 1][j] {
                steps.append(.added(b[j]))
                j += 1
            } else {
                steps.append(.removed(a[i]))
                i += 1
            }
        }
        return steps
    }

    /// Characters of an excerpt; a changed paragraph up to `whole` characters is shown whole.
    static let width = 60
    static let whole = 100

    /// The start of a paragraph, cut at a word with «…».
    static func excerpt(_ text: String) -> String {
        guard text.count > width else { return text }
        let cut = text.prefix(width)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }

    /// Both paragraphs, whole when short, else around where they first differ, so that a change
    /// at the end of a long paragraph shows.
    static func excerpts(_ old: String, _ new: String) -> (String, String) {
        let same = zip(old, new).prefix { $0 == $1 }.count
        if max(old.count, new.count) <= whole { return (old, new) }
        guard same > width / 2 else { return (excerpt(old), excerpt(new)) }
        let start = max(0, same - width / 3)
        func around(_ text: String) -> String {
            var part = String(text.dropFirst(start))
            if let space = part.firstIndex(of: " "), part.distance(from: part.startIndex, to: space) < 15 {
                part = String(part[part.index(after: space)...])
            }
            return "…" + excerpt(part)
        }
        return (around(old), around(new))
    }
}
