import FlyingFox
import Foundation
import Testing
@testable import KartaServe

struct EventStreamTests {
    /// A CR in the problems' text (a YAML "\r" in a value) cannot split the event and forge another
    /// field: every line break, CR, LF or CRLF, starts a data line.
    @Test func lineBreaksOfAnyKindStayInsideTheData() {
        let event = String(decoding: EventStream.event("problems", data: "a\rb\r\nevent: reload\nc"), as: UTF8.self)
        #expect(event == "event: problems\ndata: a\ndata: b\ndata: event: reload\ndata: c\n\n")
        #expect(!event.contains("\r"))
    }

    /// A page opened after a failed build gets its problems at once; after a good build, nothing.
    @Test func aPageOpenedLaterGetsOnlyAStickyEvent() async throws {
        let stream = EventStream()
        let problems = EventStream.event("problems", data: "ошибка")
        stream.send(problems, sticky: true)
        let afterFailure = stream.response()
        stream.send(EventStream.event("reload", data: "index.html"))
        let afterReload = stream.response()
        #expect(stream.listenerCount == 2)
        stream.finish()
        #expect(stream.listenerCount == 0)
        let first = Self.unchunked(try await afterFailure.bodyData)
        #expect(first == ": karta\n\nevent: problems\ndata: ошибка\n\nevent: reload\ndata: index.html\n\n")
        let second = Self.unchunked(try await afterReload.bodyData)
        #expect(second == ": karta\n\n")
        #expect(afterFailure.headers[.contentType] == "text/event-stream; charset=utf-8")
    }

    /// The body as a browser reads it: FlyingFox sends a stream of unknown length in chunks
    /// («9\r\n…\r\n», then «0\r\n\r\n»).
    static func unchunked(_ data: Data) -> String {
        var bytes = Array(data)[...]
        var text: [UInt8] = []
        while let end = bytes.firstIndex(of: UInt8(ascii: "\r")),
            let size = Int(String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self), radix: 16), size > 0
        {
            let start = end + 2
            text += bytes[start..<start + size]
            bytes = bytes[(start + size + 2)...]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
