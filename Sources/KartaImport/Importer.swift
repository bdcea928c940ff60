import Foundation
import KartaCore
import KartaWord

/// `karta import`: a roadmap (and its order and schools) from a Word document (.docx; .doc, .odt
/// and .rtf through LibreOffice) or its copy as text.
public enum Importer {
    public static func run(_ options: ImportOptions) -> Result<ImportReport, Diagnostics> {
        let location = SourceLocation(file: options.file)
        func failure(_ error: some DiagnosticMessage, at place: SourceLocation = location) -> Result<
            ImportReport, Diagnostics
        > {
            var diagnostics = Diagnostics()
            diagnostics.report(error, at: place)
            return .failure(diagnostics)
        }
        guard !FileSystem.isDirectory(options.file), FileSystem.fileExists(options.file) else {
            return failure(ImportError.unreadable("файл не найден или недоступен"))
        }
        let document: SourceDocument
        switch read(options.file) {
        case .success(let read): document = read
        case .failure(.import(let error)): return failure(error)
        case .failure(.text(let diagnostic)): return .failure(Diagnostics([diagnostic]))
        }
        let slug = options.slug ?? Transliteration.slug(Self.fileStem(options.file))
        let files: [ContentFileText]
        var report: ImportReport
        switch convert(document, file: options.file, slug: slug, period: options.period, into: options.into) {
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
                try FileSystem.makeFolders(FileSystem.parent(of: file.path))
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
    public static func convert(
        _ text: consuming String, file: String, slug: String, period: Period?,
        into: String
    ) -> Result<([ContentFileText], ImportReport), Diagnostics> {
        // The text and its lines are let go before the files are written out: the import then
        // holds the measures and their YAML, not also the document they came from.
        convert(SourceDocument(text: consume text), file: file, slug: slug, period: period, into: into)
    }

    /// The same for a .docx already in memory.
    public static func convert(
        word data: Data, file: String, slug: String, period: Period?, into: String
    ) -> Result<([ContentFileText], ImportReport), Diagnostics> {
        do throws(WordError) {
            let document = SourceDocument(word: try WordReader.read(data: data))
            return convert(document, file: file, slug: slug, period: period, into: into)
        } catch {
            return .failure(Diagnostics([ImportError.word(error.message).at(SourceLocation(file: file))]))
        }
    }

    /// A roadmap with its order and schools; or, when the document has no measures table but is a
    /// протокол, the meeting.
    private static func convert(
        _ document: consuming SourceDocument, file: String, slug: String, period: Period?, into: String
    ) -> Result<([ContentFileText], ImportReport), Diagnostics> {
        if !document.tables.contains(where: \.isMeasures),
            let meeting = ProtocolTextReader.read(document.preface + document.after.flatMap { $0 })
        {
            guard Slug.isValid(slug) else {
                return .failure(Diagnostics([ImportError.invalidSlug(slug).at(SourceLocation(file: file))]))
            }
            var report = ImportReport()
            report.meeting =
                "№ \(meeting.number.isEmpty ? "—" : meeting.number) от \(LocalDate(parsing: meeting.date)?.russianNumeric ?? "—"), "
                + "вопросов: \(meeting.items.count), решений: \(meeting.decisionCount)"
            return .success(([meeting.file(into: into, slug: slug)], report))
        }
        // An order alone (on a school's participation, say): its requisites, preamble and points.
        if !document.tables.contains(where: \.isMeasures), let order = OrderTextReader.read(document.preface).order,
            !order.points.isEmpty || !order.preamble.isEmpty
        {
            guard Slug.isValid(slug) else {
                return .failure(Diagnostics([ImportError.invalidSlug(slug).at(SourceLocation(file: file))]))
            }
            var report = ImportReport()
            report.order =
                "\(order.kind.lowercased()) № \(order.number.isEmpty ? "—" : order.number) от "
                + (LocalDate(parsing: order.date)?.russianNumeric ?? "—") + ", пунктов: \(order.points.count)"
            report.orderOnly = true
            return .success(
                ([ContentFileText(path: "\(into)/orders/\(slug).md", text: order.text(appendices: []))], report))
        }
        switch plan(document, file: file, slug: slug, period: period) {
        case .success(let plan): return .success((plan.files(into: into), plan.report))
        case .failure(let diagnostics): return .failure(diagnostics)
        }
    }

    private static func plan(_ document: SourceDocument, file: String, slug: String, period: Period?) -> Result<
        ImportedPlan, Diagnostics
    > {
        let location = SourceLocation(file: file)
        guard let measures = document.tables.first(where: \.isMeasures) else {
            return .failure(Diagnostics([ImportError.noTable.at(location)]))
        }
        guard Slug.isValid(slug) else { return .failure(Diagnostics([ImportError.invalidSlug(slug).at(location)])) }
        var plan = ImportedPlan(document: document, measures: measures, slug: slug, period: period)
        plan.notes = document.notes
        plan.schools = AssignmentTableReader.read(document.tables)
        for name in TitleSchools.names(in: plan.header.title) where !plan.schools.contains(where: { $0.name == name }) {
            plan.schools.append(ImportedSchool(name: name, slug: Transliteration.slug(forSchool: name)))
        }
        return .success(plan)
    }

    /// The document of a file: a Word file read directly, a .doc, .odt or .rtf converted to Word by
    /// LibreOffice first, anything else read as text.
    static func read(_ file: String) -> Result<SourceDocument, ReadFailure> {
        if FileSystem.entryExists(file), !FileSystem.isRegularFileFollowingLinks(file) {
            return .failure(
                .text(
                    ReadError.unreadable(reason: "это не обычный файл (папка, канал или устройство)")
                        .at(SourceLocation(file: file))))
        }
        if let size = FileSystem.size(of: file), size > Limits.fileBytes {
            return .failure(.text(ReadError.fileTooLarge(bytes: size).at(SourceLocation(file: file))))
        }
        let head = FileSystem.prefix(file, bytes: 8)
        let ext = (file as NSString).pathExtension.lowercased()
        switch format(head, extension: ext, isProtected: { WordReader.isPasswordProtected(path: file) }) {
        case .word:
            return readWord(file)
        case .convertible(let kind):
            guard let converter = OfficeConverter.find() else { return .failure(.import(.officeMissing(kind))) }
            return converter.withConverted(file, kind: kind, readWord).mapError(ReadFailure.import).flatMap { $0 }
        case .other(let kind):
            return .failure(.import(.binaryDocument(kind)))
        case .text:
            return FileSystem.text(file).map { SourceDocument(text: $0) }.mapError(ReadFailure.text)
        }
    }

    enum ReadFailure: Error {
        case `import`(ImportError)
        /// The text reader's own located diagnostic (an encoding, a NUL byte).
        case text(Diagnostic)
    }

    private static func readWord(_ file: String) -> Result<SourceDocument, ReadFailure> {
        do throws(WordError) {
            return .success(SourceDocument(word: try WordReader.read(path: file)))
        } catch {
            return .failure(.import(.word(error.message)))
        }
    }

    enum Format: Equatable {
        case text, word
        case convertible(String)
        case other(String)
    }

    /// What a file is, by its first bytes (and, for a zip, its name: an .odt is a zip too).
    static func format(_ head: [UInt8], extension ext: String, isProtected: () -> Bool = { false }) -> Format {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return ext == "odt" ? .convertible("документ OpenDocument (.odt)") : .word
        }
        // An OLE container: a .docx protected by a password (the reader says so), or a Word 97–2003 file.
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return isProtected() ? .word : .convertible("документ Word 97–2003 (.doc)")
        }
        if head.starts(with: Array("{\\rtf".utf8)) { return .convertible("документ RTF") }
        if head.starts(with: Array("%PDF".utf8)) { return .other("файл PDF") }
        return .text
    }

    static func fileStem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
    }
}
