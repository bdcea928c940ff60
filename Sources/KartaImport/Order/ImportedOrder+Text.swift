import KartaCore

extension ImportedOrder {
    /// `orders/<slug>.md`: the requisites in front matter, the preamble, «ПРИКАЗЫВАЮ:» and the
    /// points as the text.
    func text(appendices: [YAMLBuilder]) -> String {
        var yaml = YAMLBuilder()
        yaml.add("issuer", lines: issuer)
        yaml.add("kind", kind)
        yaml.add("number", number)
        yaml.add("date", date)
        yaml.add("place", place)
        yaml.add("title", title)
        if !signatoryName.isEmpty {
            var signatory = YAMLBuilder()
            signatory.add("position", signatoryPosition)
            signatory.add("name", signatoryName)
            yaml.add("signatory", signatory)
        }
        yaml.add("prepared_by", preparedBy)
        yaml.add("appendices", list: appendices)
        // The document's own word; without one, the word of its kind (an order commands, a resolution resolves).
        let command = !command.isEmpty ? command : OrderKind(word: kind).act.command ?? ""
        let body =
            preamble.map(MarkdownText.escape) + (command.isEmpty ? [] : [command]) + points.map(MarkdownText.escape)
        return (try? yaml.document(body: body.joined(separator: "\n\n"))) ?? ""
    }
}
