import KartaCore

/// `karta diff`'s output: plain text for a terminal, Markdown for a merge request's description,
/// JSON for scripts.
public enum ChangeFormatter {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public static func format(_ changes: ContentChanges, as format: Format) -> String {
        switch format {
        case .text: text(changes)
        case .markdown: markdown(changes)
        case .json: json(changes)
        }
    }

    static let marks: [ContentChanges.Change.Kind: String] = [.added: "+", .removed: "−", .changed: "~", .problem: "!"]

    static func text(_ changes: ContentChanges) -> String {
        var lines = ["Изменения содержимого: \(changes.from) → \(changes.to)"]
        if changes.isEmpty { return lines[0] + "\nИзменений нет.\n" }
        for section in changes.sections {
            lines.append("")
            lines.append(section.title)
            for change in section.changes {
                lines.append("  \(marks[change.kind]!) \(change.subject.controlsShown)")
                lines += change.details.map { "      \($0)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ changes: ContentChanges) -> String {
        var lines = ["## Изменения содержимого: \(changes.from) → \(changes.to)"]
        if changes.isEmpty { return lines[0] + "\n\nИзменений нет.\n" }
        let words: [ContentChanges.Change.Kind: String] = [
            .added: "**Добавлено:**", .removed: "**Удалено:**",
            .changed: "**Изменено:**", .problem: "**Не прочитано:**"
        ]
        for section in changes.sections {
            lines.append("")
            lines.append("### \(MarkdownText.escape(section.title))")
            lines.append("")
            for change in section.changes {
                lines.append("- \(words[change.kind]!) \(MarkdownText.escape(change.subject.controlsShown))")
                lines += change.details.map { "  - \(MarkdownText.escape($0))" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ changes: ContentChanges) -> String {
        JSONValue.object([
            ("version", .int(DiffSchema.version)),
            ("from", .string(changes.from)),
            ("to", .string(changes.to)),
            (
                "sections",
                .array(
                    changes.sections.map { section in
                        .object([
                            ("title", .string(section.title)),
                            (
                                "changes",
                                .array(
                                    section.changes.map { change in
                                        .object([
                                            ("kind", .string(change.kind.rawValue)),
                                            ("subject", .string(change.subject)),
                                            ("details", .array(change.details.map(JSONValue.string)))
                                        ])
                                    })
                            )
                        ])
                    })
            )
        ]).text
    }
}
