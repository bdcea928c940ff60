import KartaCore

/// What the render workers did with each job's pages: their sizes (for the manifest), how many
/// were written (their paths), the first write error, and the thread time spent rendering and writing.
struct PageLog: Sendable {
    struct Page {
        let path: String
        let size: Int
    }

    private struct State {
        var pages: [[Page]]
        var written: [String] = []
        var error: OutputError?
        var renderSeconds = 0.0
        var writeSeconds = 0.0
    }

    private let state: Locked<State>

    init(jobs: Int) {
        state = Locked(State(pages: Array(repeating: [], count: jobs)))
    }

    var failed: Bool { state.withLock { $0.error != nil } }

    func record(job: Int, pages: [Page], written: [String], error: OutputError?, render: Double, write: Double) {
        state.withLock { state in
            state.pages[job] = pages
            state.written += written
            if state.error == nil { state.error = error }
            state.renderSeconds += render
            state.writeSeconds += write
        }
    }

    /// The pages of each job, in the order of the jobs.
    var result: (pages: [[Page]], written: [String], error: OutputError?) {
        state.withLock { ($0.pages, $0.written, $0.error) }
    }

    /// The share of the thread time that went into writing.
    var writeShare: Double {
        state.withLock { state in
            let total = state.renderSeconds + state.writeSeconds
            return total > 0 ? state.writeSeconds / total : 0
        }
    }
}
