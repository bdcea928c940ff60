import Foundation

/// Turns the bytes of a content file into text: UTF-8 only, BOM and CRLF accepted silently.
public enum SourceText {
    /// The decoded text with `\n` line endings, or where the bytes stop being UTF-8.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(
                ReadError.notUTF8(likelyEncoding: "UTF-16")
                    .at(SourceLocation(file: file)))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(
                ReadError.notUTF8(likelyEncoding: guessEncoding(body))
                    .at(firstInvalidByte(in: body, file: file)))
        }
        // memchr: a content file is looked at whole, and String's UTF-8 view goes byte by byte.
        let hasCR = body.withUnsafeBufferPointer { $0.firstIndex(of: 13, from: 0) != nil }
        let normalised = hasCR ? text.replacingLineEndings() : text
        if let found = ForbiddenCharacters.first(in: normalised) {
            return .failure(
                ReadError.forbiddenCharacter(found.scalar)
                    .at(SourceLocation(file: file, line: found.line, column: found.column)))
        }
        return .success(normalised)
    }

    /// The line and column (from 1; the column in Unicode scalars, as libyaml counts) of a place
    /// in a text.
    static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Windows-1251 puts most Cyrillic letters (lowercase) in E0–FF, KOI8-R in C0–DF.
    static func guessEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        var upperHalf = 0, lowerHalf = 0
        for byte in bytes {
            if byte >= 0xE0 { upperHalf += 1 } else if byte >= 0xC0 { lowerHalf += 1 }
        }
        if upperHalf == 0 && lowerHalf == 0 { return nil }
        return upperHalf >= lowerHalf ? "Windows-1251" : "KOI8-R"
    }

    static func firstInvalidByte(in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1, column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            let end = index + length
            guard length > 0, end <= bytes.endIndex,
                String(validating: bytes[index..<end], as: UTF8.self) != nil
            else { break }
            if byte == 10 { line += 1; column = 1 } else { column += 1 }
            index = end
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

private extension String {
    func replacingLineEndings() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == 13 {
                out.append(10)
                previousCR = true
                continue
            }
            if !(byte == 10 && previousCR) { out.append(byte) }
            previousCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
