/// The content lines of an iCalendar file (RFC 5545, 3.1), written as UTF-8 bytes as they come:
/// each line folded before its 76th octet into lines that start with a space, never inside a UTF-8
/// sequence, and ended with CRLF; TEXT values escaped on the way.
struct CalendarLines {
    private(set) var bytes: [UInt8] = []
    /// Octets on the physical line being written.
    private var column = 0

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A line as it is, e.g. `BEGIN:VEVENT`.
    mutating func add(_ line: String) {
        append(Array(line.utf8))
        end()
    }

    /// A property whose value is TEXT, e.g. `SUMMARY:` and the measure's title.
    mutating func add(_ name: String, text value: String) {
        append(Array(name.utf8))
        append(Self.escaped(value))
        end()
    }

    /// Appends to the line being written, in pieces of what still fits on a physical line, each
    /// ending at the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
    private mutating func append(_ piece: [UInt8]) {
        var start = 0
        while start < piece.count {
            var end = min(piece.count, start + 75 - column)
            while end < piece.count, end > start, piece[end] & 0xC0 == 0x80 { end -= 1 }
            bytes.append(contentsOf: piece[start..<end])
            column += end - start
            start = end
            if start < piece.count {
                bytes.append(contentsOf: [13, 10, 32])
                column = 1
            }
        }
    }

    private mutating func end() {
        bytes.append(13)
        bytes.append(10)
        column = 0
    }

    /// TEXT (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, a line break (LF, CR or
    /// CRLF) written as `\n`; other control characters dropped, so that no value can end its line
    /// and start a property of its own.
    static func escaped(_ text: String) -> [UInt8] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(escaped)!
    }

    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard
            bytes.contains(where: {
                $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";")
                    || $0 == UInt8(ascii: ",")
            })
        else { return Array(bytes) }
        return [UInt8](unsafeUninitializedCapacity: 2 * bytes.count) { out, count in
            count = 0
            var previous: UInt8 = 0
            func put(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    put(UInt8(ascii: "\\"))
                    put(byte)
                case 10 where previous == 13: break
                case 10, 13:
                    put(UInt8(ascii: "\\"))
                    put(UInt8(ascii: "n"))
                case 9: put(32)
                case 0..<0x20, 0x7F: break
                default: put(byte)
                }
                previous = byte
            }
        }
    }
}
