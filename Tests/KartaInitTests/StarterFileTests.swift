import Foundation
import KartaInit
import Testing

struct StarterFileTests {
    /// The compiled-in files are exactly those of `Sources/KartaInit/starter/`, byte for byte.
    @Test func embedsTheStarterFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KartaInit/starter")
        var onDisk: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.path + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                onDisk[relative] = FileManager.default.contents(atPath: root.path + "/" + relative)
            }
        }
        #expect(Set(StarterFile.all.map(\.path)) == Set(onDisk.keys))
        for file in StarterFile.all { #expect(Data(file.bytes) == onDisk[file.path], "\(file.path)") }
        #expect(StarterFile.all.map(\.path).contains(".github/workflows/karta.yml"))
    }
}
