import Yams

/// Decodes one content file's front matter into the root mapping and its slug.
struct FrontMatterDecoder {
    let document: Document
    let context: DecodingContext

    init(_ document: Document) {
        self.document = document
        self.context = DecodingContext(file: document.path, frontMatterLine: document.frontMatterLine)
    }

    /// The root mapping, reporting keys that are not among `Key`.
    func root<Key: FrontMatterKey>(_ fields: Key.Type) -> MappingReader<Key>? {
        guard let node = YAMLComposer.compose(document, context: context) else {
            if document.frontMatter.trimmingSpaces().isEmpty {
                context.report(
                    DecodeError.missingField(Key.allCases.first?.rawValue ?? "title"),
                    at: SourceLocation(file: document.path))
            }
            return nil
        }
        return MappingReader(node, context: context, path: "")
    }

    /// The `slug` field or the file name; reported when not a valid slug.
    func slug<Key: FrontMatterKey>(_ reader: MappingReader<Key>?) -> String {
        if let reader, let explicit = reader.string(.slug) {
            if !Slug.isValid(explicit) { context.report(.invalidSlug(explicit), at: reader.value(.slug)!) }
            return explicit
        }
        let name = document.path.split(separator: "/").last.map(String.init) ?? document.path
        let slug = Slug.fromFileName(name)
        if !Slug.isValid(slug) {
            context.report(DecodeError.invalidSlug(slug), at: SourceLocation(file: document.path))
        }
        return slug
    }
}
