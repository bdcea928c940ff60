/// A person in a role: a responsible person, a curator, a methodist, a signatory.
public struct Person: Sendable, Hashable {
    public var name: String
    public var position: String
    public var organization: String

    public init(name: String, position: String = "", organization: String = "") {
        self.name = name
        self.position = position
        self.organization = organization
    }
}
