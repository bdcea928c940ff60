@testable import KartaSite
import Testing

struct FileInfoTests {
    @Test(arguments: [
        (0, "0 байт"), (1, "1 байт"), (2, "2 байта"), (599, "599 байт"), (1023, "1023 байта"),
        (1024, "1 КБ"), (1500, "1 КБ"), (188_416, "184 КБ"), (1_048_575, "1024 КБ"),
        (1_048_576, "1 МБ"), (1_258_291, "1,2 МБ"), (10_380_902, "9,9 МБ"), (12_582_912, "12 МБ")
    ])
    func sizesAreRussian(bytes: Int, expected: String) {
        #expect(Format.fileSize(bytes) == expected.replacingOccurrences(of: " ", with: "\u{00A0}"))
    }

    @Test func formatIsTheExtensionInCapitals() {
        #expect(Format.fileInfo(path: "files/a/prikaz.pdf", size: 188_416) == "PDF, 184\u{00A0}КБ")
        #expect(Format.fileInfo(path: "files/plan.final.DOCX", size: nil) == "DOCX")
        #expect(Format.fileInfo(path: "files/podpis.sig", size: 2048) == "SIG, 2\u{00A0}КБ")
        #expect(Format.fileInfo(path: "files/README", size: 10) == "10\u{00A0}байт")
    }
}
