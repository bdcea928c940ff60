/// What paragraph styles (`styles.xml`) give a paragraph that its own properties do not: a list
/// («Список нумерованный»), alignment, bold; followed through `basedOn`.
struct StyleSheet {
    struct Style {
        var basedOn: String?
        var numId: String?
        var level: Int?
        var alignment: String?
        var bold: Bool?
    }

    private var styles: [String: Style] = [:]

    init(_ root: WordXML?) {
        guard let root else { return }
        for style in root.children where style.name == "style" && style["type"] == "paragraph" {
            guard let id = style["styleId"] else { continue }
            let properties = style.child("pPr")
            styles[id] = Style(
                basedOn: style.value(at: "basedOn"),
                numId: properties?.value(at: "numPr", "numId"),
                level: properties?.value(at: "numPr", "ilvl").flatMap(Int.init),
                alignment: properties?.value(at: "jc"),
                bold: style.child("rPr")?.child("b").map(BodyReader.isOn))
        }
    }

    /// The first value a style or one it is based on sets.
    func resolve<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = id
        var seen: Set<String> = []
        while let name = current, seen.insert(name).inserted, let style = styles[name] {
            if let found = value(style) { return found }
            current = style.basedOn
        }
        return nil
    }
}
