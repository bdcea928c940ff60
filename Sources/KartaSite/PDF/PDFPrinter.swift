import Foundation
import KartaCore

/// Prints HTML pages of the output to PDF with headless Chromium.
public struct PDFPrinter: Sendable {
    public let executable: String

    /// The first Chromium found on PATH (`chromium`, `chromium-browser`, `google-chrome`), if any.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFPrinter? {
        if let path = environment["KARTA_CHROMIUM"], FileSystem.isExecutable(path) {
            return PDFPrinter(executable: path)
        }
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        return FileSystem.executable(named: names, environment: environment).map(PDFPrinter.init(executable:))
    }

    /// Prints `html` (a file) to `pdf`, replacing it atomically.
    public func print(html: String, to pdf: String) throws(OutputError) {
        let temporary = pdf + ".karta-tmp"
        let arguments = [
            // Tagged (its structure readable by assistive technology) with an outline from the
            // headings: a document published on a school's site must be readable as text.
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--export-tagged-pdf",
            "--generate-pdf-document-outline",
            "--disable-extensions", "--no-first-run", "--allow-file-access-from-files",
            "--print-to-pdf=\(temporary)", URL(fileURLWithPath: html).absoluteString
        ]
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(executable, arguments, capture: false)
        } catch {
            throw .writeFailed(pdf, reason: "не удалось запустить \(executable): \(error.reason)")
        }
        guard finished.status == 0, FileSystem.fileExists(temporary) else {
            FileSystem.remove(temporary)
            throw .writeFailed(pdf, reason: "Chromium завершился с кодом \(finished.status)")
        }
        do throws(SystemError) {
            try FileSystem.move(temporary, to: pdf)
        } catch {
            throw .writeFailed(pdf, reason: error.reason)
        }
    }
}
