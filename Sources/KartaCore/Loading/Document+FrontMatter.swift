import Foundation

extension Document {
    /// Splits a `.md` file: a first line `---`, the YAML, a closing `---` (or `...`) line, the body.
    /// Works on the UTF-8 bytes in place: only line starts are looked at (each line's end found by
    /// `memchr`), the body is not split into lines.
    public static func split(_ text: String, path: String) -> Result<Document, Diagnostic> {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { split($0, text: text, path: path) }!
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, text: String, path: String)
        -> Result<Document, Diagnostic>
    {
        let start = SourceLocation(file: path, line: 1, column: 1)
        func lineEnd(from offset: Int) -> Int { bytes.firstIndex(of: 10, from: offset) ?? bytes.count }
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        let dashes = Array("---".utf8), dots = Array("...".utf8)
        let firstEnd = lineEnd(from: 0)
        guard string(0..<firstEnd).trimmingSpaces() == "---" else {
            return .failure(ReadError.frontMatterMissing.at(start))
        }
        let yamlStart = min(firstEnd + 1, bytes.count)
        var lineStart = yamlStart
        while lineStart < bytes.count {
            let end = lineEnd(from: lineStart)
            let line = bytes[lineStart..<end]
            if line.elementsEqual(dashes) || line.elementsEqual(dots)
                || (line.count < 16 && string(lineStart..<end).trimmingSpaces() == "---")
            {
                var bodyStart = min(end + 1, bytes.count)
                while bodyStart < bytes.count, bytes[bodyStart] == 10 { bodyStart += 1 }
                return .success(
                    Document(
                        path: path, text: text, frontMatter: string(yamlStart..<lineStart), frontMatterLine: 2,
                        body: string(bodyStart..<bytes.count)))
            }
            lineStart = min(end + 1, bytes.count)
        }
        return .failure(ReadError.frontMatterNotClosed.at(start))
    }

    /// A `.yml` file: all of it is YAML.
    public static func yaml(_ text: String, path: String) -> Document {
        Document(path: path, text: text, frontMatter: text, frontMatterLine: 1, body: "")
    }
}
