import FuzzDriver
import KartaCore

/// Any bytes as a content file of each kind, then resolved together: read, decode and resolve
/// must return, and every diagnostic must point into the file and print.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let text) = SourceText.decode(bytes, file: "a.md") else { return 0 }
    var diagnostics: [Diagnostic] = []
    var content = Content(site: Site())
    switch Document.split(text, path: "a.md") {
    case .failure(let problem):
        diagnostics.append(problem)
    case .success(let document):
        let (school, a) = School.decode(document)
        let (roadmap, b) = Roadmap.decode(document)
        let (order, c) = Order.decode(document)
        diagnostics += a + b + c
        content.schools = school.map { [$0] } ?? []
        content.roadmaps = roadmap.map { [$0] } ?? []
        content.orders = order.map { [$0] } ?? []
    }
    let (site, d) = Site.decode(Document.yaml(text, path: "a.md"))
    content.site = site
    diagnostics += d
    let resolved = SiteResolver.resolve(
        content, asOf: LocalDate(year: 2024, month: 6, day: 1)!, contentDirectory: "/nonexistent")
    diagnostics += resolved.diagnostics.all
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    for diagnostic in diagnostics where diagnostic.location.file == "a.md" {
        // A position, when there is one, is inside the file.
        if let position = diagnostic.location.position, !(1...lines + 1).contains(position.line) || position.column < 1
        {
            fatalError("\(diagnostic) outside a file of \(lines) lines")
        }
    }
    _ = DiagnosticFormatter(sources: ["a.md": text]).format(diagnostics.sorted())
    return 0
}

@_cdecl("fuzz_front_matter_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
