import Mustache

/// The same escaping as swift-mustache's HTML content type (`< > & " '`), done on UTF-8 bytes
/// with a fast path for text that needs none. Registered as the `HTML` content type, which the
/// templates select with `{{% CONTENT_TYPE: HTML }}`; a template without it is escaped the same way, only slower.
struct HTMLEscaper: MustacheContentType {
    static func register() {
        MustacheContentTypes.register(HTMLEscaper(), named: "HTML")
    }

    func escapeText(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 60 || $0 == 62 || $0 == 38 || $0 == 34 || $0 == 39 }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? text.utf8.contains(where: special)
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 34: out.append(contentsOf: "&quot;".utf8)
            case 39: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
