import KartaCore

/// Compares two decoded versions of the content: roadmaps, schools and orders by slug, measures by
/// number within their roadmap (by title when they have none).
public enum ContentDiff {
    public static func compare(_ old: LoadedContent, _ new: LoadedContent, from: String, to: String) -> ContentChanges {
        var changes = ContentChanges(from: from, to: to)
        let oldRoadmaps = Dictionary(old.content.roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let newRoadmaps = Dictionary(new.content.roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let unread = old.content.undecoded[.roadmap, default: []].union(new.content.undecoded[.roadmap, default: []])
        // A roadmap that could not be read in one version is not «added» or «removed»: its file's
        // error is listed under «Не прочитано».
        for slug in Set(oldRoadmaps.keys).union(newRoadmaps.keys).subtracting(unread).sorted() {
            let section = roadmap(old: oldRoadmaps[slug], new: newRoadmaps[slug], oldContent: old.content, newContent: new.content)
            if !section.changes.isEmpty { changes.sections.append(section) }
        }
        append(&changes, "Школы", schools(old.content, new.content))
        append(&changes, "Приказы", orders(old.content, new.content))
        append(&changes, "Настройки сайта", site(old.content.site, new.content.site))
        append(&changes, "Не прочитано", problems(old, name: from) + problems(new, name: to))
        return changes
    }

    private static func append(_ changes: inout ContentChanges, _ title: String, _ list: [ContentChanges.Change]) {
        if !list.isEmpty { changes.sections.append(.init(title: title, changes: list)) }
    }

    // MARK: Roadmaps

    private static func roadmap(old: Roadmap?, new: Roadmap?, oldContent: Content, newContent: Content) -> ContentChanges.Section {
        let any = (new ?? old)!
        var section = ContentChanges.Section(title: "Дорожная карта «\(any.title)» (\(any.slug))", changes: [])
        guard let old, let new else {
            let count = any.events.count
            section.changes.append(.init(kind: new == nil ? .removed : .added, subject: "дорожная карта",
                                         details: ["мероприятий: \(count)"]))
            return section
        }
        var fields: [String] = []
        field(&fields, "название", old.title, new.title)
        field(&fields, "период", old.period.russianDescription, new.period.russianDescription)
        field(&fields, "уровень", old.level.russianAdjective, new.level.russianAdjective)
        field(&fields, "утверждена приказом", old.approvedBy?.value ?? "", new.approvedBy?.value ?? "")
        if !fields.isEmpty { section.changes.append(.init(kind: .changed, subject: "сведения о карте", details: fields)) }
        let oldSchools = Set(old.schools.map(\.value)), newSchools = Set(new.schools.map(\.value))
        for slug in newSchools.subtracting(oldSchools).sorted() {
            section.changes.append(.init(kind: .added, subject: "школа «\(schoolName(slug, newContent))» в карте", details: []))
        }
        for slug in oldSchools.subtracting(newSchools).sorted() {
            section.changes.append(.init(kind: .removed, subject: "школа «\(schoolName(slug, oldContent))» из карты", details: []))
        }
        section.changes += measures(old: old, new: new)
        return section
    }

    private static func measures(old: Roadmap, new: Roadmap) -> [ContentChanges.Change] {
        func index(_ roadmap: Roadmap) -> [(key: String, event: Event, stage: String)] {
            roadmap.stages.flatMap { stage in stage.events.map { ($0.identity, $0, stage.title) } }
        }
        let before = index(old), after = index(new)
        let beforeByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        var changes: [ContentChanges.Change] = []
        for item in after {
            guard let previous = beforeByKey[item.key] else {
                changes.append(.init(kind: .added, subject: name(item.event), details: item.stage.isEmpty ? [] : ["этап «\(item.stage)»"]))
                continue
            }
            let details = measureDetails(previous.event, item.event, from: previous.stage, to: item.stage)
            if !details.isEmpty { changes.append(.init(kind: .changed, subject: name(item.event), details: details)) }
        }
        for item in before where !afterKeys.contains(item.key) {
            changes.append(.init(kind: .removed, subject: name(item.event), details: item.stage.isEmpty ? [] : ["этап «\(item.stage)»"]))
        }
        return changes
    }

    private static func measureDetails(_ old: Event, _ new: Event, from oldStage: String, to newStage: String) -> [String] {
        var details: [String] = []
        if old.status != new.status || old.done != new.done {
            details.append("статус: \(status(old)) → \(status(new))")
        }
        let oldEvidence = Set(old.evidence.map(\.href))
        for link in new.evidence where !oldEvidence.contains(link.href) {
            details.append("подтверждение: «\(link.title)» (\(link.href))")
        }
        field(&details, "название", old.title, new.title)
        field(&details, "срок", old.when, new.when)
        field(&details, "ответственные", old.responsible, new.responsible)
        field(&details, "результат", old.result, new.result)
        if oldStage != newStage { details.append("перенесено: из этапа «\(oldStage)» в «\(newStage)»") }
        return details
    }

    private static func status(_ event: Event) -> String {
        let label = event.status.russianLabel
        return event.done.map { "\(label) \($0.russianNumeric)" } ?? label
    }

    private static func name(_ event: Event) -> String {
        "мероприятие " + (event.id.isEmpty ? "" : event.id + " ") + "«\(event.title)»"
    }

    private static func field(_ details: inout [String], _ label: String, _ old: String, _ new: String) {
        if old != new { details.append("\(label): «\(old)» → «\(new)»") }
    }

    // MARK: Schools, orders, site

    private static func schoolName(_ slug: String, _ content: Content) -> String {
        content.schools.first { $0.slug == slug }?.displayName ?? slug
    }

    private static func schools(_ old: Content, _ new: Content) -> [ContentChanges.Change] {
        let before = Dictionary(old.schools.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.schools.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [ContentChanges.Change] = []
        let unread = old.undecoded[.school, default: []].union(new.undecoded[.school, default: []])
        for slug in Set(before.keys).union(after.keys).subtracting(unread).sorted() {
            switch (before[slug], after[slug]) {
            case (nil, let school?): changes.append(.init(kind: .added, subject: "школа «\(school.displayName)» (\(slug))", details: []))
            case (let school?, nil): changes.append(.init(kind: .removed, subject: "школа «\(school.displayName)» (\(slug))", details: []))
            case (let a?, let b?):
                var details: [String] = []
                field(&details, "название", a.name, b.name)
                field(&details, "адрес", a.address, b.address)
                field(&details, "директор", a.director, b.director)
                field(&details, "ответственный", a.responsible?.name ?? "", b.responsible?.name ?? "")
                field(&details, "кураторы", a.curators.map(\.name).joined(separator: ", "), b.curators.map(\.name).joined(separator: ", "))
                field(&details, "методисты", a.methodists.map(\.name).joined(separator: ", "), b.methodists.map(\.name).joined(separator: ", "))
                let oldDocuments = Set(a.documents.map(\.href)), newDocuments = Set(b.documents.map(\.href))
                for document in b.documents where !oldDocuments.contains(document.href) {
                    details.append("+ документ «\(document.title)» (\(document.href))")
                }
                for document in a.documents where !newDocuments.contains(document.href) {
                    details.append("− документ «\(document.title)» (\(document.href))")
                }
                if !details.isEmpty { changes.append(.init(kind: .changed, subject: "школа «\(b.displayName)» (\(slug))", details: details)) }
            case (nil, nil): break
            }
        }
        return changes
    }

    private static func orders(_ old: Content, _ new: Content) -> [ContentChanges.Change] {
        let before = Dictionary(old.orders.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.orders.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ order: Order) -> String {
            "\(order.kind.lowercased()) № \(order.number) от \(order.date?.russianNumeric ?? "—") «\(order.title)»"
        }
        var changes: [ContentChanges.Change] = []
        let unread = old.undecoded[.order, default: []].union(new.undecoded[.order, default: []])
        for slug in Set(before.keys).union(after.keys).subtracting(unread).sorted() {
            switch (before[slug], after[slug]) {
            case (nil, let order?): changes.append(.init(kind: .added, subject: name(order), details: []))
            case (let order?, nil): changes.append(.init(kind: .removed, subject: name(order), details: []))
            case (let a?, let b?):
                var details: [String] = []
                field(&details, "номер", a.number, b.number)
                field(&details, "дата", a.date?.russianNumeric ?? "", b.date?.russianNumeric ?? "")
                field(&details, "заголовок", a.title, b.title)
                field(&details, "подписал", a.signatory?.name ?? "", b.signatory?.name ?? "")
                if a.appendices != b.appendices { details.append("приложения изменены") }
                if a.body != b.body { details.append("текст приказа изменён") }
                if !details.isEmpty { changes.append(.init(kind: .changed, subject: name(b), details: details)) }
            case (nil, nil): break
            }
        }
        return changes
    }

    private static func site(_ old: Site, _ new: Site) -> [ContentChanges.Change] {
        var details: [String] = []
        field(&details, "title", old.title, new.title)
        field(&details, "organization", old.organization, new.organization)
        field(&details, "region", old.region, new.region)
        field(&details, "municipality", old.municipality, new.municipality)
        field(&details, "as_of", old.asOf?.iso ?? "", new.asOf?.iso ?? "")
        field(&details, "base_url", old.baseURL ?? "", new.baseURL ?? "")
        field(&details, "coordinator", old.coordinator?.name ?? "", new.coordinator?.name ?? "")
        return details.isEmpty ? [] : [.init(kind: .changed, subject: "site.yml", details: details)]
    }

    /// Files with errors in a version: their measures could not be compared.
    private static func problems(_ loaded: LoadedContent, name: String) -> [ContentChanges.Change] {
        var byFile: [String: Diagnostic] = [:]
        for diagnostic in loaded.diagnostics.sorted where diagnostic.severity == .error && byFile[diagnostic.location.file] == nil {
            byFile[diagnostic.location.file] = diagnostic
        }
        return byFile.keys.sorted().map { file in
            .init(kind: .problem, subject: "\(file) в версии «\(name)»", details: [byFile[file]!.description])
        }
    }
}

extension ContentDiff {
    /// Reads the content folder in two versions and compares them.
    /// - Parameter content: the content folder, as the user names it (and as locations show it).
    public static func run(content: String, from: ContentRevision, to: ContentRevision) throws(DiffError) -> ContentChanges {
        let old = try from.texts(content: content), new = try to.texts(content: content)
        let root = FileSystem.folder(content)
        return compare(ContentLoader.decode(ContentSources(root: root, texts: old)),
                       ContentLoader.decode(ContentSources(root: root, texts: new)), from: from.name, to: to.name)
    }
}
