import KartaCore

/// One content file to write: its text, or a YAML document and a Markdown body that are written
/// to the file piece by piece (a roadmap of thousands of measures is never one string).
public struct ContentFileText {
    public let path: String
    private let yaml: YAMLBuilder?
    private let body: String

    init(path: String, text: String) {
        self.path = path
        yaml = nil
        body = text
    }

    init(path: String, yaml: YAMLBuilder, body: String) {
        self.path = path
        self.yaml = yaml
        self.body = body
    }

    /// The whole text, for tests and for reading back.
    public var text: String {
        guard let yaml else { return body }
        return (try? yaml.document(body: body)) ?? ""
    }

    /// Writes the file atomically (temporary file, then rename).
    public func write() throws {
        guard let yaml else { return try FileSystem.write(body, to: path) }
        let sink = try FileSink(path: path)
        try yaml.write(document: body, to: sink)
        try sink.commit()
    }
}
