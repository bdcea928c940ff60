/// The fields a YAML mapping may have: one case per key, spelled as content writes it. A reader
/// takes only these, so a misspelt key in karta is a compile error and the list of known keys, used
/// to suggest the nearest one, cannot drift from the keys read.
protocol FieldKey: RawRepresentable<String>, CaseIterable, Hashable, Sendable {}

/// The fields of a content file's front matter, which may also name the file's `slug`.
protocol FrontMatterKey: FieldKey {
    static var slug: Self { get }
}
