import KartaCore

extension ImportedMeeting {
    /// `meetings/<slug>.md`: the protocol as karta's content, decisions with their deadlines; the
    /// references to roadmaps and schools are left for the coordinator to add.
    func file(into folder: String, slug: String) -> ContentFileText {
        var yaml = YAMLBuilder()
        yaml.add("issuer", lines: issuer)
        yaml.add("kind", kind.isEmpty ? "совещание" : kind)
        yaml.add("title", title)
        yaml.add("date", date)
        yaml.add("number", number)
        yaml.add("place", place)
        for (key, name) in [("chair", chair), ("secretary", secretary)] where !name.isEmpty {
            yaml.add(key, YAMLBuilder.person(Person(name: name)))
        }
        if let attendeeCount {
            yaml.add("attendees", String(attendeeCount))
        } else {
            yaml.add("attendees", lines: attendees)
        }
        yaml.add("invited", list: invited.map(YAMLBuilder.person))
        yaml.add(
            "agenda",
            list: items.map { item in
                var entry = YAMLBuilder()
                entry.add("title", item.title.isEmpty ? "Вопрос" : item.title)
                entry.add("speakers", lines: item.speakers)
                entry.add("heard", item.heard.joined(separator: "\n"))
                entry.add(
                    "spoke",
                    list: item.spoke.map { speech in
                        var said = YAMLBuilder()
                        said.add("name", speech.name)
                        said.add("text", speech.text)
                        return said
                    })
                entry.add(
                    "decisions",
                    list: item.decisions.map { decision in
                        var point = YAMLBuilder()
                        point.add("text", decision.text)
                        point.add("responsible", decision.responsible)
                        point.add("due", decision.due)
                        return point
                    })
                return entry
            })
        return ContentFileText(path: "\(folder)/meetings/\(slug).md", yaml: yaml, body: "")
    }

    var decisionCount: Int { items.reduce(0) { $0 + $1.decisions.count } }
}
