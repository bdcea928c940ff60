import Foundation

/// Reads a .docx (WordprocessingML) into a `WordDocument`.
public enum WordReader {
    /// A Word file protected by a password: an OLE container holding an «EncryptedPackage».
    public static func isPasswordProtected(path: String) -> Bool {
        WordPackage.isEncrypted(URL(fileURLWithPath: path))
    }

    public static func read(path: String) throws(WordError) -> WordDocument {
        try read(WordPackage(path: path))
    }

    /// A .docx already in memory (fuzzing builds them so).
    public static func read(data: Data) throws(WordError) -> WordDocument {
        try read(WordPackage(data: data, main: "word/document.xml"))
    }

    private static func read(_ package: WordPackage) throws(WordError) -> WordDocument {
        guard let body = try package.part("word/document.xml") else { throw .notWord("") }
        let numbering = try package.part("word/numbering.xml").map { data throws(WordError) in
            try WordXML.parse(data, part: "word/numbering.xml")
        }
        let styles = try package.part("word/styles.xml").map { data throws(WordError) in
            try WordXML.parse(data, part: "word/styles.xml")
        }
        let styleSheet = StyleSheet(styles)
        var reader = BodyReader(numbering: Numbering(numbering), styles: styleSheet)
        let root = try WordXML.parse(body, part: "word/document.xml")
        guard let content = root.child("body") else { throw .notWord("в word/document.xml нет тела документа") }
        var document = WordDocument(blocks: reader.blocks(in: content))

        if !reader.footnoteMarks.isEmpty, let data = try package.part("word/footnotes.xml") {
            let notes = try WordXML.parse(data, part: "word/footnotes.xml")
            var texts: [String: String] = [:]
            // Footnotes are numbered apart from the body: a list in a note does not move the body's numbers.
            var noteReader = BodyReader(numbering: Numbering(numbering), styles: styleSheet)
            for note in notes.children where note.name == "footnote" && note["type"] == nil {
                guard let id = note["id"] else { continue }
                texts[id] = noteReader.blocks(in: note).compactMap { block -> String? in
                    if case .paragraph(let paragraph) = block { return paragraph.numberedText }
                    return nil
                }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            }
            document.footnotes = reader.footnoteMarks.map {
                WordDocument.Footnote(mark: $0.mark, text: texts[$0.id] ?? "")
            }
        }
        return document
    }
}
