import Foundation
import KartaCore
import KartaTestSupport
import Testing

struct SystemErrorTextTests {
    static let cases: [(code: Int32, text: String)] = [
        (EACCES, "нет прав доступа"),
        (ENOENT, "нет такого файла или папки"),
        (ENOTDIR, "на этом месте или выше по пути — файл, а не папка"),
        (EISDIR, "на этом месте папка, а не файл"),
        (ENOSPC, "на диске нет места"),
        (EROFS, "диск доступен только для чтения"),
        (EOVERFLOW, "системная ошибка № \(EOVERFLOW)"),
    ]

    @Test(arguments: cases)
    func errnoAndFoundationErrorsReadTheSame(code: Int32, text: String) {
        #expect(SystemErrorText.russian(errno: code) == text)
        #expect(SystemErrorText.russian(NSError(domain: NSPOSIXErrorDomain, code: Int(code))) == text)
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        #expect(SystemErrorText.russian(wrapped) == text)
    }

    @Test func foundationErrorWithoutPOSIXCode() {
        #expect(SystemErrorText.russian(CocoaError(.fileWriteFileExists)) == "на этом месте уже есть файл с таким именем")
        #expect(SystemErrorText.russian(CocoaError(.fileWriteOutOfSpace)) == "на диске нет места")
    }

    @Test func realFailureIsNotEnglish() throws {
        let file = ScratchFolder.url("missing").appendingPathComponent("file.txt")
        do {
            try Data().write(to: file)
            Issue.record("written")
        } catch {
            #expect(SystemErrorText.russian(error) == "нет такого файла или папки")
        }
    }
}
