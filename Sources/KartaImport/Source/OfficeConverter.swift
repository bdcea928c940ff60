import Foundation
import KartaCore

/// Converts .doc, .odt and .rtf to .docx with LibreOffice (`soffice --headless --convert-to docx`)
/// in a temporary folder, so that one Word reader serves them all.
struct OfficeConverter {
    let executable: String
    /// A document of a few hundred pages converts in seconds; longer means LibreOffice is stuck.
    static let timeout: Double = 300

    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> OfficeConverter? {
        if let path = environment["KARTA_SOFFICE"] {
            return FileSystem.isExecutable(path) ? OfficeConverter(executable: path) : nil
        }
        return FileSystem.executable(named: ["soffice", "libreoffice"], environment: environment).map(
            OfficeConverter.init)
    }

    /// Converts `file` and hands the .docx to `body`; the temporary folder is removed afterwards.
    func withConverted<T>(_ file: String, kind: String, _ body: (String) -> T) -> Result<T, ImportError> {
        let folder: String
        do { folder = try FileSystem.temporaryFolder(prefix: "karta-convert") } catch {
            return .failure(.unreadable(error.reason))
        }
        defer { FileSystem.removeTree(folder) }
        // A profile of its own: a LibreOffice the user has open would otherwise take the job and exit at once.
        let arguments = [
            "--headless", "--norestore", "--nologo",
            "-env:UserInstallation=\(URL(fileURLWithPath: folder + "/profile").absoluteString)",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, URL(fileURLWithPath: file).path
        ]
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(executable, arguments, timeout: Self.timeout)
        } catch {
            return .failure(
                .conversionFailed(kind, "не удалось запустить LibreOffice (\(executable)): \(error.reason)"))
        }
        if finished.timedOut {
            return .failure(
                .conversionFailed(kind, "LibreOffice не закончил за \(Int(Self.timeout)) с и был остановлен"))
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let converted = "\(folder)/\(stem).docx"
        guard finished.status == 0, FileSystem.fileExists(converted) else {
            return .failure(
                .conversionFailed(
                    kind,
                    "LibreOffice не смог его открыть (код \(finished.status)); возможно, файл повреждён или защищён паролем"
                ))
        }
        return .success(body(converted))
    }
}
