import Foundation

/// What the render workers did with each job's pages: their sizes (for the manifest), how many
/// were written, the first write error, and the thread time spent rendering and writing.
final class PageLog: @unchecked Sendable {
    struct Page {
        let path: String
        let size: Int
    }

    private let lock = NSLock()
    private var pages: [[Page]]
    private var written = 0
    private var error: OutputError?
    private var renderSeconds = 0.0
    private var writeSeconds = 0.0

    init(jobs: Int) {
        pages = Array(repeating: [], count: jobs)
    }

    var failed: Bool { locked { error != nil } }

    func record(job: Int, pages: [Page], written: Int, error: OutputError?, render: Double, write: Double) {
        locked {
            self.pages[job] = pages
            self.written += written
            if self.error == nil { self.error = error }
            renderSeconds += render
            writeSeconds += write
        }
    }

    /// The pages of each job, in the order of the jobs.
    var result: (pages: [[Page]], written: Int, error: OutputError?) { locked { (pages, written, error) } }

    /// The share of the thread time that went into writing.
    var writeShare: Double {
        locked { renderSeconds + writeSeconds > 0 ? writeSeconds / (renderSeconds + writeSeconds) : 0 }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
