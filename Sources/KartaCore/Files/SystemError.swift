import Foundation

/// A failed file operation, with the reason in Russian: the system's own texts (`strerror`,
/// Foundation's `localizedDescription`) are English.
public struct SystemError: Error, Sendable, Equatable {
    /// «нет прав доступа», «на диске нет места», …
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    /// For an `errno` value.
    public init(errno code: Int32) {
        reason =
            switch code {
            case EACCES, EPERM: "нет прав доступа"
            case ENOENT: "нет такого файла или папки"
            case EEXIST: "на этом месте уже что-то есть"
            case ENOTDIR: "на этом месте или выше по пути — файл, а не папка"
            case EISDIR, ENOTEMPTY: "на этом месте папка, а не файл"
            case ENOSPC: "на диске нет места"
            case EDQUOT: "превышена дисковая квота"
            case EROFS: "диск доступен только для чтения"
            case ENAMETOOLONG: "слишком длинное имя"
            case EMFILE, ENFILE: "открыто слишком много файлов"
            case EIO: "ошибка ввода-вывода диска"
            case ELOOP: "слишком много символических ссылок в пути"
            case EBUSY, ETXTBSY: "файл занят"
            case EXDEV: "файлы на разных дисках"
            default: "системная ошибка № \(code)"
            }
    }

    /// For an error thrown by Foundation's file APIs: the POSIX error under it, if any, otherwise
    /// its Foundation code.
    public init(_ error: any Error) {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(error.code))
        } else if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            self.init(errno: Int32(underlying.code))
        } else if error.domain != NSCocoaErrorDomain {
            self.init(reason: "системная ошибка (\(error.domain) \(error.code))")
        } else {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileWriteFileExists: self.init(reason: "на этом месте уже есть файл с таким именем")
            case .fileNoSuchFile, .fileReadNoSuchFile: self.init(errno: ENOENT)
            case .fileWriteNoPermission, .fileReadNoPermission: self.init(errno: EACCES)
            case .fileWriteOutOfSpace: self.init(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: self.init(errno: EROFS)
            case .fileReadTooLarge: self.init(reason: "файл слишком велик")
            default: self.init(reason: "системная ошибка (код \(error.code))")
            }
        }
    }
}
