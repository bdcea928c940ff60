/// A second place a diagnostic points at, with its own text: «впервые указано здесь».
public struct Note: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}
