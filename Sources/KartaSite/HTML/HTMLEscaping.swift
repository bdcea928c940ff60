/// Escaping of text for HTML content and attribute values, on UTF-8 bytes.
enum HTMLEscaping {
    /// Appends `value` with `< > & " '` replaced by entities; text that needs none (most of it) is
    /// appended as it is, without a copy.
    static func append(_ value: String, to text: inout String) {
        var value = value
        let escaped: String? = value.withUTF8 { bytes in
            guard bytes.contains(where: isSpecial) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        text += escaped ?? value
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
    }
}
