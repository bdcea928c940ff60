import FuzzChecks
import FuzzDriver
import KartaImport

/// A Word document whose body, numbering, styles and footnotes are the input (NUL-separated, see
/// `ZippedParts`), imported: it must return, and what it writes must read back.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = ZippedParts.split(data, size, into: 4)
    let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"]
    let zip = ZippedParts.zip(zip(names, parts).filter { $0.0 == names[0] || !$0.1.isEmpty }.map { ($0, $1) })
    ImportedFiles.check(
        Importer.convert(word: zip, file: "plan.docx", slug: "plan", period: nil, into: "content"))
    return 0
}

@_cdecl("fuzz_word_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
