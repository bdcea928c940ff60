/// A few content files changed since the previous build, decoded alone and put in place in that
/// build's content (`ContentLoader.update`).
public struct ContentChange: Sendable {
    /// The previous build's content with the changed files decoded again.
    public var loaded: LoadedContent
    /// The files whose text changed, by the path used in diagnostics, sorted.
    public var files: [String] = []
    /// Positions of the changed files in `loaded.content`'s arrays.
    public var schools: [Int] = []
    public var roadmaps: [Int] = []
    public var orders: [Int] = []

    public var isEmpty: Bool { files.isEmpty }
}
