import FlyingFox

/// A request's line and header fields, as `RequestHeadReader` read them.
struct RequestHead: Equatable, Sendable {
    var method: String
    /// The request target as sent, e.g. `/roadmaps/x/?a=1` (percent-encoded).
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    /// Field names as sent, values without the surrounding spaces, in order.
    var fields: [(name: String, value: String)]

    static func == (lhs: RequestHead, rhs: RequestHead) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The first value of a field, its name matched ignoring case.
    func value(of name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// A body follows the head. karta's site is only read, so a body is never read: the
    /// connection closes after the answer, lest the body be taken for the next request.
    var hasBody: Bool {
        if value(of: "Transfer-Encoding") != nil { return true }
        return value(of: "Content-Length").map { $0 != "0" } ?? false
    }

    /// The client keeps the connection for the next request (HTTP/1.1 unless it says `close`;
    /// HTTP/1.0 only when it asks for `keep-alive`).
    var keepsAlive: Bool {
        let connection = value(of: "Connection")?.lowercased() ?? ""
        return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
    }

    /// The request as FlyingFox's handlers take it (its path decoded by FlyingFox).
    var request: HTTPRequest {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        return HTTPRequest(
            method: HTTPMethod(method), version: HTTPVersion(version),
            target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
            headers: headers, body: HTTPBodySequence())
    }
}
