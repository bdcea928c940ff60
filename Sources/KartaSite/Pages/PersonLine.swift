/// A person as a page shows them: each part typeset, empty when not given.
public struct PersonLine: Sendable {
    public let name: String
    public let position: String
    public let organization: String
}
