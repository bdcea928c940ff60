import Foundation
import Yams

/// What YAML can say that karta content must not, found on the composed tree:
/// - an alias (`*name`) repeats a part of the document; 300 aliases of 300 measures make 90,000
///   (the «billion laughs»), so aliases are refused, at the part they repeat;
/// - an escape in double quotes (`"\0"`, `"\u202E"`) can write a character that the file itself
///   may not hold (`ForbiddenCharacters`).
/// Each check runs only when the text has the character that starts such a construct.
enum YAMLScreen {
    /// False when the tree is refused (an alias: decoding it would multiply the work); every problem
    /// is reported to `context`, and a tree with other problems is still decoded, so that a check
    /// reports all of them.
    static func accepts(_ root: Node, yaml: String, context: DecodingContext) -> Bool {
        let (aliases, escapes, tags) = constructs(in: yaml)
        guard aliases || escapes || tags else { return true }
        var seen = Set<Position>()
        var stack = [root]
        while let node = stack.popLast() {
            if aliases, let mark = node.mark,
                !seen.insert(Position(kind: kind(of: node), line: mark.line, column: mark.column)).inserted
            {
                context.report(DecodeError.yamlAlias, at: node)
                return false
            }
            if tags, case let tag = node.tag.description, !Self.plainTags.contains(tag) {
                // `!!binary`, `!!int`, `!custom`: karta would silently read them as text.
                context.report(
                    DecodeError.yamlTag(tag.replacingOccurrences(of: "tag:yaml.org,2002:", with: "!!")), at: node)
            }
            switch node {
            case .scalar(let scalar):
                if escapes, let found = scalar.string.unicodeScalars.first(where: ForbiddenCharacters.contains) {
                    context.report(ReadError.forbiddenCharacter(found), at: node)
                }
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            case .alias:
                break
            }
        }
        return true
    }

    /// Whether the text may hold an alias (an anchor `&` and a `*`), an escape (`\\`) or a tag (`!`
    /// before a letter, `!` or `<`; «Внимание!» is text): `memchr` over the bytes, which almost
    /// never hold any of them.
    private static func constructs(in yaml: String) -> (aliases: Bool, escapes: Bool, tags: Bool) {
        var yaml = yaml
        yaml.makeContiguousUTF8()
        return yaml.utf8.withContiguousStorageIfAvailable { bytes in
            func find(_ byte: UInt8, from offset: Int = 0) -> Int? { bytes.firstIndex(of: byte, from: offset) }
            var tags = false, bang = find(UInt8(ascii: "!"))
            while let at = bang, !tags {
                let next = at + 1 < bytes.count ? bytes[at + 1] : 0
                tags = next == UInt8(ascii: "!") || next == UInt8(ascii: "<") || next >= 0x41
                bang = find(UInt8(ascii: "!"), from: at + 1)
            }
            return (
                find(UInt8(ascii: "&")) != nil && find(UInt8(ascii: "*")) != nil, find(UInt8(ascii: "\\")) != nil, tags
            )
        }!
    }

    /// What the basic resolver gives untagged nodes, and an explicit `!!str`.
    static let plainTags: Set<String> = [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:null"
    ]

    private static func kind(of node: Node) -> Int {
        switch node {
        case .scalar: 0
        case .mapping: 1
        case .sequence: 2
        case .alias: 3
        }
    }

    /// A node's kind and start: two nodes of one kind never start at the same place unless one
    /// is an alias of the other (a block mapping starts where its first key does, hence the kind).
    private struct Position: Hashable {
        let kind: Int
        let line: Int
        let column: Int
    }
}
