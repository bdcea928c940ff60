import Foundation

/// Why a file operation failed, in Russian: the system's own texts (`strerror`, Foundation's
/// `localizedDescription`) are English.
public enum SystemErrorText {
    /// For an `errno` value.
    public static func russian(errno code: Int32) -> String {
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
    public static func russian(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return russian(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return russian(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return "системная ошибка (\(error.domain) \(error.code))" }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteFileExists: return "на этом месте уже есть файл с таким именем"
        case .fileNoSuchFile, .fileReadNoSuchFile: return russian(errno: ENOENT)
        case .fileWriteNoPermission, .fileReadNoPermission: return russian(errno: EACCES)
        case .fileWriteOutOfSpace: return russian(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return russian(errno: EROFS)
        case .fileReadTooLarge: return "файл слишком велик"
        default: return "системная ошибка (код \(error.code))"
        }
    }
}
