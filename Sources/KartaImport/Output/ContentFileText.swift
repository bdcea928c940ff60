/// One content file to write.
public struct ContentFileText: Sendable {
    public let path: String
    public let text: String
}
