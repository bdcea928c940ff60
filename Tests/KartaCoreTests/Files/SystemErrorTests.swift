import Foundation
import KartaCore
import KartaTestSupport
import Testing

struct SystemErrorTests {
    static let cases: [(code: Int32, text: String)] = [
        (EACCES, "нет прав доступа"),
        (ENOENT, "нет такого файла или папки"),
        (ENOTDIR, "на этом месте или выше по пути — файл, а не папка"),
        (EISDIR, "на этом месте папка, а не файл"),
        (ENOSPC, "на диске нет места"),
        (EROFS, "диск доступен только для чтения"),
        (EOVERFLOW, "системная ошибка № \(EOVERFLOW)")
    ]

    @Test(arguments: cases)
    func errnoAndFoundationErrorsReadTheSame(code: Int32, text: String) {
        #expect(SystemError(errno: code).reason == text)
        #expect(SystemError(NSError(domain: NSPOSIXErrorDomain, code: Int(code))).reason == text)
        let wrapped = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        #expect(SystemError(wrapped).reason == text)
    }

    @Test func foundationErrorWithoutPOSIXCode() {
        #expect(SystemError(CocoaError(.fileWriteFileExists)).reason == "на этом месте уже есть файл с таким именем")
        #expect(SystemError(CocoaError(.fileWriteOutOfSpace)).reason == "на диске нет места")
    }

    @Test func realFailureIsNotEnglish() throws {
        let file = ScratchFolder.url("missing").appendingPathComponent("file.txt")
        do {
            try Data().write(to: file)
            Issue.record("written")
        } catch {
            #expect(SystemError(error).reason == "нет такого файла или папки")
        }
    }
}
