/// A file of the new content repository `karta init` writes: `Sources/KartaInit/starter/`,
/// compiled into karta by the `EmbedFiles` plugin.
public struct StarterFile: Sendable {
    /// Relative to the repository: `content/site.yml`, `.gitlab-ci.yml`.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A shell script, written executable.
    var isScript: Bool { path.hasSuffix(".sh") }

    /// Every file, sorted by path.
    public static let all: [StarterFile] = EmbeddedFiles.all.compactMap { file in
        guard file.path.hasPrefix(folder) else { return nil }
        return StarterFile(path: String(file.path.dropFirst(folder.count)), bytes: file.bytes)
    }

    private static let folder = "starter/"
}
