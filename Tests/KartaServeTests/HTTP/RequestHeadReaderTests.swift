import Testing
@testable import KartaServe

struct RequestHeadReaderTests {
    typealias Outcome = RequestHeadReader.Outcome

    static func head(
        _ target: String, _ fields: [(String, String)] = [], method: String = "GET", version: String = "HTTP/1.1"
    )
        -> Outcome
    {
        .head(
            RequestHead(
                method: method, target: target, version: version, fields: fields.map { (name: $0.0, value: $0.1) }))
    }

    static let long = String(repeating: "a", count: RequestHeadReader.lineLimit)

    /// What one head, sent whole, comes to.
    static let cases: [(String, Outcome)] = [
        ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", head("/", [("Host", "x")])),
        ("GET /a%20b/?q=1 HTTP/1.0\n\n", head("/a%20b/?q=1", version: "HTTP/1.0")),
        (
            "\r\n\r\nHEAD /x HTTP/1.1\r\nA:b\r\nC:   d e \t\r\n\r\n",
            head("/x", [("A", "b"), ("C", "d e")], method: "HEAD")
        ),
        // «GET /», 14 bytes with « HTTP/1.1»: a line of exactly the limit, and one byte more.
        ("GET /\(long.dropFirst(14)) HTTP/1.1\r\n\r\n", head("/\(long.dropFirst(14))")),
        ("GET /\(long.dropFirst(13)) HTTP/1.1\r\n\r\n", .refused(.uriTooLong)),
        ("GET / HTTP/1.1\r\nX: \(long)\r\n\r\n", .refused(.headerTooLarge)),
        ("GET / HTTP/1.1\r\n" + String(repeating: "X: 1\r\n", count: 101) + "\r\n", .refused(.headerTooLarge)),
        (
            "GET / HTTP/1.1\r\n" + String(repeating: "X: \(long.prefix(8000))\r\n", count: 9) + "\r\n",
            .refused(.headerTooLarge)
        ),
        ("GET / HTTP/2.0\r\n\r\n", .refused(.versionNotSupported)),
        ("GET / FTP/1.1\r\n\r\n", .refused(.badRequest)),
        ("GET  / HTTP/1.1\r\n\r\n", .refused(.badRequest)),
        ("GET /\u{1} HTTP/1.1\r\n\r\n", .refused(.badRequest)),
        ("GET /дом HTTP/1.1\r\n\r\n", .refused(.badRequest)),
        ("G(T / HTTP/1.1\r\n\r\n", .refused(.badRequest)),
        ("GET / HTTP/1.1\r\nno colon\r\n\r\n", .refused(.badRequest)),
        ("GET / HTTP/1.1\r\n: empty name\r\n\r\n", .refused(.badRequest)),
        ("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n", .refused(.badRequest)),
        ("GET / HTTP/1.1\r\nA: b\u{0}c\r\n\r\n", .refused(.badRequest)),
        ("GET / HTTP/1.1\r\nHost: x\r\n", .needMore)
    ]

    @Test(arguments: cases) func aHeadSentWhole(_ text: String, _ expected: Outcome) {
        var reader = RequestHeadReader()
        #expect(reader.read(Array(text.utf8)) == expected)
    }

    /// Byte by byte, the same heads come to the same outcome: where a read ends does not matter.
    @Test(arguments: cases) func aHeadSentByteByByte(_ text: String, _ expected: Outcome) {
        var reader = RequestHeadReader()
        var outcome = Outcome.needMore
        for byte in text.utf8 where outcome == .needMore { outcome = reader.read([byte]) }
        #expect(outcome == expected)
    }

    /// A line without its end is refused once it passes the limit, not after the megabytes a
    /// client may still send.
    @Test func anEndlessLineIsRefusedAtTheLimit() {
        var line = RequestHeadReader()
        #expect(line.read(Array("GET /".utf8)) == .needMore)
        var read = 5
        var outcome = Outcome.needMore
        while outcome == .needMore, read < 1_000_000 {
            outcome = line.read(Array(repeating: UInt8(ascii: "a"), count: 1000))
            read += 1000
        }
        #expect(outcome == .refused(.uriTooLong))
        #expect(read <= RequestHeadReader.lineLimit + 1000)

        var field = RequestHeadReader()
        #expect(field.read(Array("GET / HTTP/1.1\r\nX-Long: ".utf8)) == .needMore)
        outcome = .needMore
        read = 0
        while outcome == .needMore, read < 1_000_000 {
            outcome = field.read(Array(repeating: UInt8(ascii: "a"), count: 1000))
            read += 1000
        }
        #expect(outcome == .refused(.headerTooLarge))
        #expect(read <= RequestHeadReader.lineLimit + 1000)
    }

    /// Requests sent one after another in one read come out one by one.
    @Test func pipelinedRequestsComeOneByOne() {
        var reader = RequestHeadReader()
        let text = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c"
        #expect(reader.read(Array(text.utf8)) == Self.head("/a"))
        #expect(reader.next() == Self.head("/b", [("Host", "x")]))
        #expect(reader.next() == .needMore)
        #expect(reader.read(Array(" HTTP/1.1\r\n\r\n".utf8)) == Self.head("/c"))
    }

    @Test func bodiesAndKeepAliveAreReadFromTheFields() {
        let plain = RequestHead(method: "GET", target: "/", version: "HTTP/1.1", fields: [])
        #expect(!plain.hasBody && plain.keepsAlive)
        var posted = plain
        posted.fields = [(name: "content-length", value: "12"), (name: "Connection", value: "Close")]
        #expect(posted.hasBody && !posted.keepsAlive)
        var old = plain
        old.version = "HTTP/1.0"
        #expect(!old.keepsAlive)
        old.fields = [(name: "Connection", value: "keep-alive")]
        #expect(old.keepsAlive)
        var chunked = plain
        chunked.fields = [(name: "Transfer-Encoding", value: "chunked")]
        #expect(chunked.hasBody)
    }

    /// FlyingFox's handlers get the path decoded and the query apart.
    @Test func theRequestCarriesTheDecodedPath() {
        let head = RequestHead(
            method: "GET", target: "/roadmaps/%D0%B4%D0%BE%D0%BC/?a=1", version: "HTTP/1.1",
            fields: [(name: "Host", value: "x")])
        let request = head.request
        #expect(request.path == "/roadmaps/дом")
        #expect(request.query.first?.name == "a")
        #expect(request.headers[.host] == "x")
    }
}
