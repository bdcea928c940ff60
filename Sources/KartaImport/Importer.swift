import Foundation
import KartaCore

/// `karta import`: a roadmap (and its order and schools) from a document copied as text from Word.
public enum Importer {
    public static func run(_ options: ImportOptions) -> Result<ImportReport, Diagnostics> {
        let location = SourceLocation(file: options.file)
        func failure(_ error: some DiagnosticMessage, at place: SourceLocation = location) -> Result<ImportReport, Diagnostics> {
            var diagnostics = Diagnostics()
            diagnostics.report(error, at: place)
            return .failure(diagnostics)
        }
        guard !FileSystem.isDirectory(options.file), FileSystem.fileExists(options.file) else {
            return failure(ImportError.unreadable("файл не найден или недоступен"))
        }
        if let kind = binaryKind(FileSystem.prefix(options.file, bytes: 8)) {
            return failure(ImportError.binaryDocument(kind))
        }
        let text: String
        switch FileSystem.text(options.file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return .failure(Diagnostics([diagnostic]))
        }
        let slug = options.slug ?? Transliteration.slug(Self.fileStem(options.file))
        let files: [ContentFileText]
        var report: ImportReport
        switch convert(consume text, file: options.file, slug: slug, period: options.period, into: options.into) {
        case .success(let converted): (files, report) = converted
        case .failure(let diagnostics): return .failure(diagnostics)
        }
        if !options.force {
            var diagnostics = Diagnostics()
            for file in files where FileSystem.fileExists(file.path) {
                diagnostics.report(ImportError.exists(file.path), at: SourceLocation(file: file.path))
            }
            if diagnostics.hasErrors { return .failure(diagnostics) }
        }
        for file in files {
            do {
                try FileSystem.makeFolders((file.path as NSString).deletingLastPathComponent)
                try file.write()
            } catch {
                let reason = (error as? SystemError)?.reason ?? "не удалось составить YAML"
                return failure(ImportError.unreadable("не удалось записать «\(file.path)»: \(reason)"))
            }
        }
        report.files = files.map(\.path)
        return .success(report)
    }

    /// The content files a document's text becomes, and what was found in it; nothing is read or
    /// written. The whole import but the file system: for tests and fuzzing.
    /// - Parameters:
    ///   - file: the document's path, for locations.
    ///   - into: the content folder the paths of the files are in.
    public static func convert(_ text: consuming String, file: String, slug: String, period: Period?,
                               into: String) -> Result<([ContentFileText], ImportReport), Diagnostics> {
        // The text and its lines are let go before the files are written out: the import then
        // holds the measures and their YAML, not also the document they came from.
        switch plan(consume text, file: file, slug: slug, period: period) {
        case .success(let plan): return .success((plan.files(into: into), plan.report))
        case .failure(let diagnostics): return .failure(diagnostics)
        }
    }

    private static func plan(_ text: consuming String, file: String, slug: String, period: Period?) -> Result<ImportedPlan, Diagnostics> {
        let location = SourceLocation(file: file)
        let document = SourceDocument(text: consume text)
        guard let measures = document.tables.first(where: \.isMeasures) else {
            return .failure(Diagnostics([ImportError.noTable.at(location)]))
        }
        guard Slug.isValid(slug) else { return .failure(Diagnostics([ImportError.invalidSlug(slug).at(location)])) }
        var plan = ImportedPlan(document: document, measures: measures, slug: slug, period: period)
        plan.schools = AssignmentTableReader.read(document.tables)
        for name in TitleSchools.names(in: plan.header.title) where !plan.schools.contains(where: { $0.name == name }) {
            plan.schools.append(ImportedSchool(name: name, slug: Transliteration.slug(forSchool: name)))
        }
        return .success(plan)
    }

    /// What an office document is, by its first bytes; nil for text.
    static func binaryKind(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "документ Word (.docx) или другой архив (.odt, .zip)" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "документ Word 97–2003 (.doc)" }
        if head.starts(with: Array("{\\rtf".utf8)) { return "документ RTF" }
        if head.starts(with: Array("%PDF".utf8)) { return "файл PDF" }
        return nil
    }

    static func fileStem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
    }
}
