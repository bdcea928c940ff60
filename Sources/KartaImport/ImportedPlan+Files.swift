import KartaCore

extension ImportedPlan {
    func files(into folder: String) -> [ContentFileText] {
        let roadmap = roadmapDocument()
        var files = [ContentFileText(path: "\(folder)/roadmaps/\(slug).md", yaml: roadmap.yaml, body: roadmap.body)]
        // An import into an empty folder makes a site that builds; an existing site.yml is kept.
        if !FileSystem.fileExists("\(folder)/site.yml") {
            files.append(ContentFileText(path: "\(folder)/site.yml", text: (try? siteSettings().yaml()) ?? ""))
        }
        if order != nil { files.append(ContentFileText(path: "\(folder)/orders/\(orderSlug).md", text: orderText())) }
        for school in schools {
            files.append(ContentFileText(path: "\(folder)/schools/\(school.slug).md", text: schoolText(school)))
        }
        return files
    }

    func roadmapText() -> String {
        let roadmap = roadmapDocument()
        return (try? roadmap.yaml.document(body: roadmap.body)) ?? ""
    }

    /// The roadmap's front matter and Markdown body.
    func roadmapDocument() -> (yaml: YAMLBuilder, body: String) {
        var yaml = YAMLBuilder()
        yaml.add("title", header.title.isEmpty ? "Дорожная карта" : header.title)
        yaml.add("level", level.rawValue)
        yaml.add("issuer", order?.issuer.joined(separator: " ") ?? "")
        var period = YAMLBuilder()
        switch self.period {
        case .year(let year): period.add("year", String(year))
        case .academicYear(let year): period.add("academic_year", "\(year)-\(year + 1)")
        case .range(let from, let to): period.add("from", from.iso); period.add("to", to.iso)
        }
        yaml.add("period", period)
        yaml.add("goal", header.goal)
        yaml.add("tasks", lines: header.tasks)
        var captions = YAMLBuilder()
        for (role, caption) in columns { captions.add(role.rawValue, caption) }
        yaml.add("columns", captions)
        yaml.add("schools", lines: schools.map(\.slug))
        if order != nil { yaml.add("approved_by", orderSlug) }
        if let stamp = header.stamp {
            var written = YAMLBuilder()
            written.add("word", stamp.word)
            written.add("lines", lines: stamp.lines)
            yaml.add("stamp", written)
        }
        yaml.add(
            "stages",
            list: stages.lazy.map { stage in
                var item = YAMLBuilder()
                item.add("title", stage.title)
                item.add("when", stage.when)
                item.add(
                    "events",
                    list: stage.events.lazy.map { event in
                        var entry = YAMLBuilder()
                        entry.add("id", event.id)
                        entry.add("title", event.title)
                        entry.add("when", event.when)
                        entry.add("responsible", event.responsible)
                        entry.add("result", event.result)
                        return entry
                    })
                return item
            })
        var body: [String] = header.other.map(MarkdownText.escape)
        body += notes.map(MarkdownText.escape)
        if !unplaced.isEmpty {
            body.append("## Не разобрано при импорте")
            body.append(unplaced.map { "- строка \($0.line): \(MarkdownText.escape($0.text))" }.joined(separator: "\n"))
        }
        return (yaml, body.joined(separator: "\n\n"))
    }

    /// `site.yml` of a new folder: named after the roadmap's issuer.
    func siteSettings() -> YAMLBuilder {
        var yaml = YAMLBuilder()
        let issuer = order?.issuer.joined(separator: " ") ?? ""
        yaml.add("title", "Проект «500+»" + (issuer.isEmpty ? "" : ": \(issuer)"))
        yaml.add("organization", issuer)
        return yaml
    }

    func orderText() -> String {
        guard let order else { return "" }
        var appendices: [YAMLBuilder] = []
        var roadmap = YAMLBuilder()
        roadmap.add("roadmap", slug)
        appendices.append(roadmap)
        for kind in ["curators", "methodists"] {
            let named = schools.filter { kind == "curators" ? !$0.curators.isEmpty : !$0.methodists.isEmpty }
            guard !named.isEmpty else { continue }
            var appendix = YAMLBuilder()
            appendix.add("assignments", kind)
            appendix.add("schools", lines: named.map(\.slug))
            appendices.append(appendix)
        }
        return order.text(appendices: appendices)
    }

    func schoolText(_ school: ImportedSchool) -> String {
        var yaml = YAMLBuilder()
        yaml.add("name", school.name)
        yaml.add("short_name", Transliteration.shortName(forSchool: school.name))
        if let responsible = school.responsible { yaml.add("responsible", YAMLBuilder.person(responsible)) }
        yaml.add("curators", list: school.curators.map(YAMLBuilder.person))
        yaml.add("methodists", list: school.methodists.map(YAMLBuilder.person))
        yaml.add("roadmaps", lines: [slug])
        return (try? yaml.document(body: "")) ?? ""
    }

    var report: ImportReport {
        var report = ImportReport()
        report.stages = stages.filter { !$0.title.isEmpty }.count
        report.measures = stages.reduce(0) { $0 + $1.events.count }
        report.schools = schools.count
        if let order {
            report.order =
                "\(order.kind.lowercased()) № \(order.number) от \(LocalDate(parsing: order.date)?.russianNumeric ?? order.date)"
        }
        report.unplaced = unplaced.map { "строка \($0.line): \($0.text)" }
        for event in stages.flatMap(\.events) where !event.when.isEmpty {
            if ScheduleParser.parse(event.when, period: period).kind == .unknown {
                report.unknownTerms.append(
                    "\(event.id.isEmpty ? "без номера" : event.id) (строка \(event.line)): «\(event.when)»")
            }
        }
        let unnumbered = stages.flatMap(\.events).filter { $0.id.isEmpty }
        if !unnumbered.isEmpty {
            report.notes.append(
                "Мероприятия без номера: " + unnumbered.map { "строка \($0.line)" }.joined(separator: ", "))
        }
        if let periodNote { report.notes.append(periodNote) }
        for mark in header.titleMarks where notes.isEmpty {
            report.notes.append(
                "В заголовке была сноска «\(mark)»: знак убран из названия; текст сноски перенесите в текст дорожной карты."
            )
        }
        return report
    }
}
