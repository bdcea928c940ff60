import Foundation
import KartaCore

/// One updating line on a terminal: «Страницы: 120 из 2300».
struct ProgressLine: Sendable {
    /// Whether a line is on the screen (and must be cleared).
    private let shown = Locked(false)

    func show(_ done: Int, _ total: Int) {
        guard total >= 200 else { return }
        shown.withLock { shown in
            shown = true
            FileHandle.standardError.write(Data("\rСтраницы: \(done) из \(total)".utf8))
        }
    }

    func finish() {
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
