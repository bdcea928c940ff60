import FlyingFox
import FlyingSocks
import Foundation
import KartaCore

/// The preview server's connections: accepted on FlyingSocks' sockets and event loop, each
/// request head read by `RequestHeadReader`, answered by FlyingFox's routes and responses.
///
/// FlyingFox's `HTTPServer` reads a request head with no limit and in time that grows with the
/// square of a line's length, and takes no connection another reader has accepted; so karta
/// accepts them itself and hands FlyingFox only heads read within limits.
final class HTTPListener: Sendable {
    typealias Handler = @Sendable (HTTPRequest) async -> HTTPResponse

    /// Connections served at once; more wait in the kernel's queue until one closes.
    static let connectionLimit = 64
    /// A connection that sends no complete head for this long is closed (a browser opens another).
    static let idleSeconds: Double = 60

    private let socket: Socket
    private let task = Locked<Task<Void, Never>?>(nil)

    /// Binds and listens at once, so that a port in use is known before anything is built.
    init(address: some SocketAddress) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        self.socket = socket
    }

    /// The address listened on (with the port the system chose for port 0).
    var address: Socket.Address? { try? socket.sockname() }

    /// Accepts connections until `stop()`; throws when the event loop cannot be set up.
    func start(_ handler: @escaping Handler) async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: socket, pool: pool)
        task.withLock { $0 = Task { await Self.run(listening, pool: pool, handler) } }
    }

    /// Stops accepting and ends every connection, an open event stream or a half-sent head alike.
    func stop() async {
        let task = task.withLock { task in
            defer { task = nil }
            return task
        }
        task?.cancel()
        await task?.value
        try? socket.close()
    }

    private static func run(_ listening: AsyncSocket, pool: some AsyncSocketPool, _ handler: @escaping Handler) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await pool.run() }
            group.addTask {
                let open = Locked(0)
                await withDiscardingTaskGroup { connections in
                    while !Task.isCancelled {
                        guard open.withLock({ $0 < connectionLimit }) else {
                            try? await Task.sleep(nanoseconds: 10_000_000)
                            continue
                        }
                        let client: AsyncSocket
                        do { client = try await listening.accept() } catch {
                            // Out of descriptors, a connection reset before it was taken: wait, go on.
                            try? await Task.sleep(nanoseconds: 50_000_000)
                            continue
                        }
                        open.withLock { $0 += 1 }
                        connections.addTask {
                            await serve(client, handler)
                            open.withLock { $0 -= 1 }
                        }
                    }
                }
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// Requests one after another on one connection, until the client closes it, is idle, sends
    /// a head that is refused or a body, or the server stops.
    private static func serve(_ client: AsyncSocket, _ handler: @escaping Handler) async {
        defer { try? client.close() }
        var reader = RequestHeadReader()
        while !Task.isCancelled {
            let outcome: RequestHeadReader.Outcome
            do {
                (reader, outcome) = try await withDeadline(idleSeconds) { [reader] in
                    var reader = reader
                    var outcome = reader.next()
                    while outcome == .needMore { outcome = reader.read(try await client.read(atMost: 4096)) }
                    return (reader, outcome)
                }
            } catch {
                return  // Closed by the client, idle too long, or the server stops.
            }
            switch outcome {
            case .needMore:
                return
            case .refused(let refusal):
                let response = HTTPResponse(
                    statusCode: refusal.status, headers: [.contentType: "text/plain; charset=utf-8"],
                    body: Data((refusal.message + "\n").utf8))
                try? await write(response, to: client, body: true, close: true)
                return
            case .head(let head):
                let response = await handler(head.request)
                let close = head.hasBody || !head.keepsAlive
                guard (try? await write(response, to: client, body: head.method != "HEAD", close: close)) != nil, !close
                else { return }
            }
        }
    }

    /// The status line, the fields (in name order) and, unless `body` is false (HEAD), the body:
    /// of a known length, or as FlyingFox chunks a stream (the event stream).
    private static func write(_ response: HTTPResponse, to client: AsyncSocket, body: Bool, close: Bool) async throws {
        guard case .httpBody(let sequence) = response.payload else { throw CancellationError() }
        var headers = response.headers
        if let count = sequence.count {
            headers[.contentLength] = String(count)
        } else {
            headers[.transferEncoding] = "chunked"
        }
        if close { headers[.connection] = "close" }
        let fields = headers.map { "\($0.key.rawValue): \($0.value)\r\n" }.sorted()
        let status = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        try await client.write(Data((status + fields.joined() + "\r\n").utf8))
        guard body else { return }
        for try await chunk in sequence { try await client.write(chunk) }
    }

    /// The body's result, or an error once `seconds` have passed (the body is cancelled).
    private static func withDeadline<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw CancellationError() }
            return value
        }
    }
}
