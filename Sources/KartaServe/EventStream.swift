import FlyingFox
import FlyingSocks
import KartaCore

/// The open pages, each listening on `/__karta/events` (Server-Sent Events): every event is sent
/// to all of them, and a page that connects gets the last state at once (the overlay of a broken
/// build is shown on pages opened after it).
final class EventStream: Sendable {
    private struct State {
        var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
        var next = 0
        /// Sent to each new listener: the problems of the last build, if it failed.
        var current: [UInt8]?
    }

    private let state = Locked(State())

    var listenerCount: Int { state.withLock { $0.listeners.count } }

    /// One `event:` with `data:` lines.
    static func event(_ name: String, data: String) -> [UInt8] {
        // A browser ends a line at CR, LF or CRLF: each becomes a data line of its own, so that a
        // CR in a value cannot start a field (`event: reload`) of its own.
        let lines = data.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        return Array("event: \(name)\n\(lines.joined(separator: "\n"))\n\n".utf8)
    }

    /// Sends an event to every open page; `sticky` also to pages that open later, until the next send.
    func send(_ event: [UInt8], sticky: Bool = false) {
        let listeners = state.withLock { state in
            state.current = sticky ? event : nil
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(event) }
    }

    /// The body of one page's event stream.
    func response() -> HTTPResponse {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = state.withLock { state in
            state.next += 1
            state.listeners[state.next] = continuation
            return state.next
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.listeners.removeValue(forKey: id) }
        }
        // A comment first, so that the browser sees the stream open; then the current state.
        continuation.yield(Array(": karta\n\n".utf8))
        if let current = state.withLock({ $0.current }) { continuation.yield(current) }
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: HTTPBodySequence(from: EventBytes(stream: stream))
        )
    }

    /// Ends every stream, so that the server can stop.
    func finish() {
        let listeners = state.withLock { state in
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}

/// An `AsyncStream` of byte chunks as FlyingFox streams a response body: each chunk as it comes.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await base.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            return await base.next()
        }
    }
}
