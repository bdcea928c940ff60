extension Person {
    static let keys = ["name", "position", "organization"]

    init?(_ reader: MappingReader) {
        guard let name = reader.requiredString("name") else { return nil }
        self.init(name: name, position: reader.string("position") ?? "",
                  organization: reader.string("organization") ?? "")
    }
}
