import KartaCore
import Testing

struct FileSystemPathTests {
    @Test(arguments: [
        ("content", "", "Templates"),
        ("c", "", "Templates"),
        ("content/", "", "Templates"),
        ("site/content", "site", "site/Templates"),
        ("s/c/", "s", "s/Templates"),
        ("/content", "/", "/Templates"),
        ("/home/k/repo/content", "/home/k/repo", "/home/k/repo/Templates")
    ])
    func parentAndSibling(path: String, parent: String, templates: String) {
        #expect(FileSystem.parent(of: path) == parent)
        #expect(FileSystem.sibling("Templates", of: path) == templates)
    }
}
