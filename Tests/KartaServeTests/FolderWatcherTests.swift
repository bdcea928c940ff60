import Foundation
import KartaTestSupport
import Testing
import KartaCore
@testable import KartaServe

/// `FolderWatcher` names the paths that changed, and says «not known» for a new folder.
struct FolderWatcherTests {
    @Test func namesTheChangedPathsAndWatchesNewFolders() throws {
        let folder = try ScratchFolder.make("watched").path
        try ScratchFolder.write("a", to: folder + "/roadmaps/a.md")
        let calls = Locked<[Set<String>?]>([])
        FolderWatcher(folders: [folder]) { paths in calls.withLock { $0.append(paths) } }.start()
        Thread.sleep(forTimeInterval: 0.3)

        func waitForCall(after count: Int) -> Set<String>?? {
            for _ in 0..<200 {
                let call: Set<String>?? = calls.withLock { $0.count > count ? .some($0[count]) : .none }
                if let call { return call }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return nil
        }
        try ScratchFolder.write("b", to: folder + "/roadmaps/a.md")
        let first = try #require(waitForCall(after: 0))
        #expect(first?.contains(folder + "/roadmaps/a.md") == true)

        Thread.sleep(forTimeInterval: 0.2)
        let seen = calls.withLock { $0.count }
        try FileManager.default.createDirectory(atPath: folder + "/schools", withIntermediateDirectories: false)
        let made = try #require(waitForCall(after: seen))
        #expect(made == nil)

        Thread.sleep(forTimeInterval: 0.2)
        let before = calls.withLock { $0.count }
        try ScratchFolder.write("c", to: folder + "/schools/c.md")
        let inside = try #require(waitForCall(after: before))
        #expect(inside?.contains(folder + "/schools/c.md") == true)
    }
}
