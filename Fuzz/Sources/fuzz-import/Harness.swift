import FuzzChecks
import FuzzDriver
import KartaCore
import KartaImport

/// Any text as a document to import: the import must return, and every file it would write must
/// read back as well-formed content.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let text) = SourceText.decode(bytes, file: "plan.txt") else { return 0 }
    ImportedFiles.check(Importer.convert(text, file: "plan.txt", slug: "plan", period: nil, into: "content"))
    return 0
}

@_cdecl("fuzz_import_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
