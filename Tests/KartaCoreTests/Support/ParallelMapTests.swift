import KartaCore
import Synchronization
import Testing

/// `parallelMap` keeps order and lets go of its results: it ran on every build of the preview
/// server, so a result it kept was memory the server never got back.
struct ParallelMapTests {
    /// Counts the instances alive.
    final class Tracked: Sendable {
        static let alive = Atomic<Int>(0)
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.alive.add(1, ordering: .relaxed)
        }
        deinit { Self.alive.subtract(1, ordering: .relaxed) }
    }

    @Test func resultsKeepTheOrderAndAreReleased() {
        let before = Tracked.alive.load(ordering: .relaxed)
        do {
            let results = Array(0..<1000).parallelMap { Tracked($0 * 2) }
            #expect(results.map(\.value) == Array(0..<1000).map { $0 * 2 })
            #expect(Tracked.alive.load(ordering: .relaxed) == before + 1000)
        }
        #expect(Tracked.alive.load(ordering: .relaxed) == before)
    }

    @Test func oneElementAndNone() {
        #expect([7].parallelMap { $0 + 1 } == [8])
        #expect([Int]().parallelMap { $0 + 1 } == [])
    }
}
