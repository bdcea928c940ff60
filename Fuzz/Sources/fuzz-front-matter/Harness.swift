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
    let resolved = SiteResolver.resolve(content, asOf: LocalDate(year: 2024, month: 6, day: 1)!, contentDirectory: "/nonexistent")
    diagnostics += resolved.diagnostics.all
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    for diagnostic in diagnostics where diagnostic.location.file == "a.md" {
        precondition((1...lines + 1).contains(diagnostic.location.line) && diagnostic.location.column >= 1,
                     "\(diagnostic) outside a file of \(lines) lines")
    }
    _ = DiagnosticFormatter(sources: ["a.md": text]).format(diagnostics.sorted())
    return 0
}

/// SwiftPM links an executable's `main` to `<module>_main`; libFuzzer's driver runs from it.
@_cdecl("fuzz_front_matter_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
