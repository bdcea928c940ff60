import KartaCore

/// Compares two decoded versions of the content: roadmaps, schools and orders by slug, measures by
/// number within their roadmap (by title when they have none).
public enum ContentDiff {
    public static func compare(_ old: LoadedContent, _ new: LoadedContent, from: String, to: String) -> ContentChanges {
        var changes = ContentChanges(from: from, to: to)
        let oldRoadmaps = Dictionary(
            old.content.roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let newRoadmaps = Dictionary(
            new.content.roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let unread = old.content.undecoded[.roadmap, default: []].union(new.content.undecoded[.roadmap, default: []])
        // A roadmap that could not be read in one version is not «added» or «removed»: its file's
        // error is listed under «Не прочитано».
        for slug in Set(oldRoadmaps.keys).union(newRoadmaps.keys).subtracting(unread).sorted() {
            var section = roadmap(
                old: oldRoadmaps[slug], new: newRoadmaps[slug], oldContent: old.content, newContent: new.content)
            section.changes += MonitoringDiff.changes(
                roadmap: slug, old: old.content, new: new.content, indicators: (newRoadmaps[slug] ?? oldRoadmaps[slug])!
            )
            if !section.changes.isEmpty { changes.sections.append(section) }
        }
        append(&changes, "Школы", schools(old.content, new.content))
        append(&changes, "Приказы", orders(old.content, new.content))
        append(&changes, "Совещания", meetings(old.content, new.content))
        append(&changes, "Настройки сайта", site(old.content.site, new.content.site))
        append(&changes, "Не прочитано", problems(old, name: from) + problems(new, name: to))
        return changes
    }

    /// The files karta reads or publishes but does not decode (attachments, anything else in the
    /// content folder), compared by their bytes: never silent, even where meaning is not modelled.
    public static func otherFiles(_ old: [String: String], _ new: [String: String]) -> ContentChanges.Section? {
        var changes: [ContentChanges.Change] = []
        for path in Set(old.keys).union(new.keys).sorted()
        where !ContentLoader.isModelFile(path) && !ContentLoader.isMonitoringTable(path) {
            switch (old[path], new[path]) {
            case (nil, _?): changes.append(.init(kind: .added, subject: path, details: []))
            case (_?, nil): changes.append(.init(kind: .removed, subject: path, details: []))
            case (let a?, let b?) where a != b: changes.append(.init(kind: .changed, subject: path, details: []))
            default: break
            }
        }
        return changes.isEmpty ? nil : .init(title: "Другие изменения", changes: changes)
    }

    private static func append(_ changes: inout ContentChanges, _ title: String, _ list: [ContentChanges.Change]) {
        if !list.isEmpty { changes.sections.append(.init(title: title, changes: list)) }
    }

    // MARK: Roadmaps

    /// What changed in one roadmap between two versions, as `karta diff` shows it: the roadmap's
    /// fields, its schools, its stages and its measures. `karta build --since` lists the same in
    /// the report.
    public static func changes(of old: Roadmap?, _ new: Roadmap, oldContent: Content, newContent: Content)
        -> [ContentChanges.Change]
    {
        roadmap(old: old, new: new, oldContent: oldContent, newContent: newContent).changes
    }

    private static func roadmap(old: Roadmap?, new: Roadmap?, oldContent: Content, newContent: Content)
        -> ContentChanges.Section
    {
        let any = (new ?? old)!
        var section = ContentChanges.Section(title: "Дорожная карта «\(any.title)» (\(any.slug))", changes: [])
        guard let old, let new else {
            let count = any.events.count
            section.changes.append(
                .init(
                    kind: new == nil ? .removed : .added, subject: "дорожная карта",
                    details: ["мероприятий: \(count)"]))
            return section
        }
        let fields = Roadmap.differences(old, new)
        if !fields.isEmpty {
            section.changes.append(.init(kind: .changed, subject: "сведения о карте", details: fields))
        }
        let oldSchools = Set(old.schools.map(\.value)), newSchools = Set(new.schools.map(\.value))
        for slug in newSchools.subtracting(oldSchools).sorted() {
            section.changes.append(
                .init(kind: .added, subject: "школа «\(schoolName(slug, newContent))» в карте", details: []))
        }
        for slug in oldSchools.subtracting(newSchools).sorted() {
            section.changes.append(
                .init(kind: .removed, subject: "школа «\(schoolName(slug, oldContent))» из карты", details: []))
        }
        let matching = StageMatching(old.stages, new.stages)
        section.changes += stages(old: old.stages, new: new.stages, matching: matching)
        section.changes += measures(old: old, new: new, matching: matching)
        return section
    }

    /// A stage renamed, given another term, added or removed: one change each.
    private static func stages(old: [Stage], new: [Stage], matching: StageMatching) -> [ContentChanges.Change] {
        var changes: [ContentChanges.Change] = []
        for (j, stage) in new.enumerated() {
            guard let i = matching.oldIndex[j] else {
                changes.append(
                    .init(
                        kind: .added, subject: "этап «\(stage.title)»", details: ["мероприятий: \(stage.events.count)"])
                )
                continue
            }
            let details = Stage.differences(old[i], stage)
            if !details.isEmpty {
                changes.append(.init(kind: .changed, subject: "этап «\(stage.title)»", details: details))
            }
        }
        for (i, stage) in old.enumerated() where matching.newIndex[i] == nil {
            changes.append(
                .init(kind: .removed, subject: "этап «\(stage.title)»", details: ["мероприятий: \(stage.events.count)"])
            )
        }
        return changes
    }

    private static func measures(old: Roadmap, new: Roadmap, matching: StageMatching) -> [ContentChanges.Change] {
        func index(_ roadmap: Roadmap) -> [(key: String, event: Event, stage: Int)] {
            roadmap.stages.enumerated().flatMap { number, stage in stage.events.map { ($0.identity, $0, number) } }
        }
        let before = index(old), after = index(new)
        let beforeByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        func stageLine(_ stages: [Stage], _ number: Int) -> [String] {
            stages[number].title.isEmpty ? [] : ["этап «\(stages[number].title)»"]
        }
        var changes: [ContentChanges.Change] = []
        for item in after {
            guard let previous = beforeByKey[item.key] else {
                changes.append(
                    .init(kind: .added, subject: name(item.event), details: stageLine(new.stages, item.stage)))
                continue
            }
            var details = Event.differences(previous.event, item.event)
            if let moved = move(
                from: previous.stage, to: item.stage, old: old.stages, new: new.stages, matching: matching)
            {
                details.append(moved)
            }
            if !details.isEmpty { changes.append(.init(kind: .changed, subject: name(item.event), details: details)) }
        }
        for item in before where !afterKeys.contains(item.key) {
            changes.append(.init(kind: .removed, subject: name(item.event), details: stageLine(old.stages, item.stage)))
        }
        return changes
    }

    /// «перенесено» only between stages that exist in both versions; a measure whose stage was
    /// added or removed names both stages as they are.
    private static func move(from oldStage: Int, to newStage: Int, old: [Stage], new: [Stage], matching: StageMatching)
        -> String?
    {
        guard matching.newIndex[oldStage] != newStage else { return nil }
        let from = old[oldStage].title, to = new[newStage].title
        if matching.newIndex[oldStage] != nil, matching.oldIndex[newStage] != nil {
            return "перенесено: из этапа «\(from)» в «\(to)»"
        }
        let fromNote = matching.newIndex[oldStage] == nil ? " (этап удалён)" : ""
        let toNote = matching.oldIndex[newStage] == nil ? " (новый этап)" : ""
        return "этап: «\(from)»\(fromNote) → «\(to)»\(toNote)"
    }

    private static func name(_ event: Event) -> String {
        "мероприятие " + (event.id.isEmpty ? "" : event.id + " ") + "«\(event.title)»"
    }

    // MARK: Schools, orders, site

    private static func schoolName(_ slug: String, _ content: Content) -> String {
        content.schools.first { $0.slug == slug }?.displayName ?? slug
    }

    private static func schools(_ old: Content, _ new: Content) -> [ContentChanges.Change] {
        let unread = old.undecoded[.school, default: []].union(new.undecoded[.school, default: []])
        return bySlug(old.schools, new.schools, unread: unread, slug: \.slug) {
            "школа «\($0.displayName)» (\($0.slug))"
        }
    }

    private static func orders(_ old: Content, _ new: Content) -> [ContentChanges.Change] {
        let unread = old.undecoded[.order, default: []].union(new.undecoded[.order, default: []])
        return bySlug(old.orders, new.orders, unread: unread, slug: \.slug) { order in
            "\(order.kind.word.lowercased()) № \(order.number) от \(order.date?.russianNumeric ?? "—") «\(order.title)»"
        }
    }

    private static func meetings(_ old: Content, _ new: Content) -> [ContentChanges.Change] {
        let unread = old.undecoded[.meeting, default: []].union(new.undecoded[.meeting, default: []])
        return bySlug(old.meetings, new.meetings, unread: unread, slug: \.slug) { meeting in
            "протокол № \(meeting.number.isEmpty ? "—" : meeting.number) от \(meeting.date?.russianNumeric ?? "—") "
                + "(\(meeting.slug))"
        }
    }

    /// Items of one kind matched by slug: added, removed, or changed in any of their fields.
    private static func bySlug<Item: DiffFielded>(
        _ old: [Item], _ new: [Item], unread: Set<String>, slug: KeyPath<Item, String>,
        name: (Item) -> String
    ) -> [ContentChanges.Change] {
        let before = Dictionary(old.map { ($0[keyPath: slug], $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0[keyPath: slug], $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [ContentChanges.Change] = []
        for key in Set(before.keys).union(after.keys).subtracting(unread).sorted() {
            switch (before[key], after[key]) {
            case (nil, let item?): changes.append(.init(kind: .added, subject: name(item), details: []))
            case (let item?, nil): changes.append(.init(kind: .removed, subject: name(item), details: []))
            case (let a?, let b?):
                let details = Item.differences(a, b)
                if !details.isEmpty { changes.append(.init(kind: .changed, subject: name(b), details: details)) }
            case (nil, nil): break
            }
        }
        return changes
    }

    private static func site(_ old: Site, _ new: Site) -> [ContentChanges.Change] {
        let details = Site.differences(old, new)
        return details.isEmpty ? [] : [.init(kind: .changed, subject: "site.yml", details: details)]
    }

    /// Files with errors in a version: their measures could not be compared.
    private static func problems(_ loaded: LoadedContent, name: String) -> [ContentChanges.Change] {
        var byFile: [String: Diagnostic] = [:]
        for diagnostic in loaded.diagnostics.sorted
        where diagnostic.severity == .error && byFile[diagnostic.location.file] == nil {
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
    public static func run(content: String, from: ContentRevision, to: ContentRevision) throws(DiffError)
        -> ContentChanges
    {
        let old = try from.snapshot(content: content, ids: true), new = try to.snapshot(content: content, ids: true)
        let root = FileSystem.folder(content)
        var changes = compare(
            ContentLoader.decode(ContentSources(root: root, read: old.texts, tables: old.tables)),
            ContentLoader.decode(ContentSources(root: root, read: new.texts, tables: new.tables)), from: from.name,
            to: to.name)
        if let others = otherFiles(old.ids, new.ids) {
            // Before the files that could not be read, which close the list.
            let unread = changes.sections.last?.title == "Не прочитано" ? changes.sections.popLast() : nil
            changes.sections.append(others)
            if let unread { changes.sections.append(unread) }
        }
        return changes
    }
}
