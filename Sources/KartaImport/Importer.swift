import Foundation
import KartaCore

/// `karta import`: a roadmap (and its order and schools) from a document copied as text from Word.
public enum Importer {
    public static func run(_ options: ImportOptions) -> Result<ImportReport, Diagnostics> {
        let location = SourceLocation(file: options.file, line: 1, column: 1)
        func failure(_ error: some DiagnosticMessage, at place: SourceLocation = location) -> Result<ImportReport, Diagnostics> {
            var diagnostics = Diagnostics()
            diagnostics.report(error, at: place)
            return .failure(diagnostics)
        }
        guard let data = FileManager.default.contents(atPath: options.file) else {
            return failure(ImportError.unreadable("файл не найден или недоступен"))
        }
        let text: String
        switch SourceText.decode([UInt8](data), file: options.file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return .failure(Diagnostics([diagnostic]))
        }
        let document = SourceDocument(text: text)
        guard let measures = document.tables.first(where: \.isMeasures) else { return failure(ImportError.noTable) }
        let slug = options.slug ?? Transliteration.slug(Self.fileStem(options.file))
        guard Slug.isValid(slug) else { return failure(ImportError.invalidSlug(slug)) }

        var plan = ImportedPlan(document: document, measures: measures, slug: slug, period: options.period)
        plan.schools = AssignmentTableReader.read(document.tables)
        let files = plan.files(into: options.into)
        if !options.force {
            var diagnostics = Diagnostics()
            for file in files where FileManager.default.fileExists(atPath: file.path) {
                diagnostics.report(ImportError.exists(file.path), at: SourceLocation(file: file.path, line: 1, column: 1))
            }
            if diagnostics.hasErrors { return .failure(diagnostics) }
        }
        for file in files {
            do {
                try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try file.text.write(toFile: file.path, atomically: true, encoding: .utf8)
            } catch {
                return failure(ImportError.unreadable("не удалось записать «\(file.path)»: \(SystemErrorText.russian(error))"))
            }
        }
        var report = plan.report
        report.files = files.map(\.path)
        return .success(report)
    }

    static func fileStem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
    }
}
