import FlyingFox

/// Reads request heads from the bytes of a connection as they arrive: each byte is looked at
/// once, and a head past the limits is refused as soon as the limit is passed, without waiting
/// for the rest — a request line over 8 KB with 414, a field line over 8 KB, a head over 64 KB
/// or more than 100 fields with 431, as nginx and Apache do.
///
/// FlyingFox's own reader compares the end of the line read so far after every byte: a 100 KB
/// request line cost 4 s of CPU, two 1 MB lines held the server for minutes, and nothing
/// bounded them. Bytes after a head stay for the next request of the connection.
struct RequestHeadReader {
    /// Why a head is refused: the answer's status and its text.
    enum Refusal: Error, Equatable, Sendable {
        case badRequest, uriTooLong, headerTooLarge, versionNotSupported

        var status: HTTPStatusCode {
            switch self {
            case .badRequest: .badRequest
            case .uriTooLong: .uriTooLong
            case .headerTooLarge: .requestHeaderFieldsTooLarge
            case .versionNotSupported: .httpVersionNotSupported
            }
        }

        var message: String {
            switch self {
            case .badRequest: "Запрос не по правилам HTTP/1.1."
            case .uriTooLong: "Адрес в запросе длиннее \(RequestHeadReader.lineLimit) байт."
            case .headerTooLarge:
                "Заголовки запроса длиннее \(RequestHeadReader.lineLimit) байт в строке, \(RequestHeadReader.headLimit) байт "
                    + "всего или больше \(RequestHeadReader.fieldLimit) полей."
            case .versionNotSupported: "Поддерживаются HTTP/1.0 и HTTP/1.1."
            }
        }
    }

    enum Outcome: Equatable, Sendable {
        /// The head is not complete yet: read more bytes.
        case needMore
        case head(RequestHead)
        /// Answer with the refusal and close the connection.
        case refused(Refusal)
    }

    static let lineLimit = 8192
    static let headLimit = 65536
    static let fieldLimit = 100

    private var buffer: [UInt8] = []
    /// Where the line being read starts in `buffer`.
    private var lineStart = 0
    /// How far `buffer` has been searched for the end of a line.
    private var scanned = 0
    private var head: RequestHead?

    /// Takes the bytes that came and says whether a head is complete.
    mutating func read(_ bytes: [UInt8]) -> Outcome {
        buffer += bytes
        return next()
    }

    /// The next head from the bytes already read (a client may send requests one after another).
    mutating func next() -> Outcome {
        while let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            scanned = end + 1
            var line = buffer[lineStart..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lineStart = scanned
            if line.count > Self.lineLimit { return .refused(head == nil ? .uriTooLong : .headerTooLarge) }
            if scanned > Self.headLimit { return .refused(.headerTooLarge) }
            guard var head else {
                // RFC 9112 §2.2: empty lines before a request line are ignored.
                if line.isEmpty { continue }
                switch Self.requestLine(line) {
                case .success(let parsed): head = parsed
                case .failure(let refusal): return .refused(refusal)
                }
                continue
            }
            if line.isEmpty {
                buffer.removeSubrange(..<scanned)
                (lineStart, scanned, self.head) = (0, 0, nil)
                return .head(head)
            }
            guard head.fields.count < Self.fieldLimit else { return .refused(.headerTooLarge) }
            guard let field = Self.field(line) else { return .refused(.badRequest) }
            head.fields.append(field)
            self.head = head
        }
        scanned = buffer.count
        // A line without its end yet, already too long: refused now, not after megabytes more.
        if scanned - lineStart > Self.lineLimit + 1 { return .refused(head == nil ? .uriTooLong : .headerTooLarge) }
        if scanned > Self.headLimit { return .refused(.headerTooLarge) }
        return .needMore
    }

    /// `GET /path HTTP/1.1`: three parts, one space apart, in visible ASCII.
    private static func requestLine(_ line: ArraySlice<UInt8>) -> Result<RequestHead, Refusal> {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isVisible) }),
            parts[0].allSatisfy(isTokenByte)
        else { return .failure(.badRequest) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(version.hasPrefix("HTTP/") ? .versionNotSupported : .badRequest)
        }
        return .success(
            RequestHead(
                method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
                version: version, fields: []))
    }

    /// `Name: value`; a line folded onto the previous one (obsolete) or a control character is refused.
    private static func field(_ line: ArraySlice<UInt8>) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            line[..<colon].allSatisfy(isTokenByte)
        else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let value = line[(colon + 1)...].drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        guard value.allSatisfy({ $0 == UInt8(ascii: "\t") || ($0 >= 0x20 && $0 != 0x7F) }) else { return nil }
        return (String(decoding: line[..<colon], as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func isVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// RFC 9110 §5.6.2 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
