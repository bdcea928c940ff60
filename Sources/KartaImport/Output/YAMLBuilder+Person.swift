import KartaCore

extension YAMLBuilder {
    /// A person as content writes one: `name`, and `position` and `organization` when known.
    static func person(_ person: Person) -> YAMLBuilder {
        var yaml = YAMLBuilder()
        yaml.add("name", person.name)
        yaml.add("position", person.position)
        yaml.add("organization", person.organization)
        return yaml
    }
}
