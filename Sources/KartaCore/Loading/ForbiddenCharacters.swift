/// Characters a content file may not hold, raw or written as a YAML escape: control characters
/// other than tab and line breaks (a NUL ends a C string; others are invisible), the Unicode
/// direction controls that make text read differently from how it is stored (U+202E), and the
/// noncharacters (U+FFFF, U+FDD0…), which XML forbids: Word could not open an order holding one.
public enum ForbiddenCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFDD0...0xFDEF: true
        case _ where scalar.value & 0xFFFE == 0xFFFE: true
        default: false
        }
    }

    /// «U+0000 (управляющий символ)», «U+202E (управление направлением текста)», «U+FFFF (несимвол
    /// Юникода)».
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.value < 0x2000 { return "\(code) (управляющий символ)" }
        if scalar.value < 0x3000 { return "\(code) (управление направлением текста)" }
        return "\(code) (несимвол Юникода)"
    }

    /// The first forbidden character of `text` and where it is (line and column from 1, in
    /// Unicode scalars); nil when there is none. One pass over the bytes; positions are counted
    /// only when something is found.
    static func first(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        let found: Int? = text.utf8.withContiguousStorageIfAvailable(firstOffset) ?? firstOffset(in: Array(text.utf8))
        guard let offset = found else { return nil }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let position = SourceText.position(of: index, in: text)
        return (text.unicodeScalars[index], position.line, position.column)
    }

    /// The byte offset of the first forbidden scalar: C0 (but tab, LF, CR) and DEL are single
    /// bytes, C1 is C2 80–9F, the direction controls are E2 80 AA–AE and E2 81 A6–A9, the
    /// noncharacters EF B7 90–AF, EF BF BE–BF and, beyond the first plane, F0–F4 ?F BF BE–BF.
    private static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
            } else if byte == 0x7F {
                return index
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                return index
            } else if byte == 0xE2, index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) {
                    return index
                }
            } else if byte == 0xEF, index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0xB7 && (0x90...0xAF).contains(third) || second == 0xBF && (third == 0xBE || third == 0xBF)
                {
                    return index
                }
            } else if (0xF0...0xF4).contains(byte), index + 3 < count,
                bytes[index + 1] & 0x0F == 0x0F, bytes[index + 2] == 0xBF, bytes[index + 3] & 0xFE == 0xBE
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func firstOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstOffset)
    }
}
