import KartaCore

extension PageBuilder {
    /// - Parameters:
    ///   - docx: the protocol's Word document beside the page, with its format and size.
    ///   - forDocument: also the text as blocks, which only the Word document reads.
    ///   - extract: the agenda item (from 0) an extract reproduces alone; nil for the protocol.
    func meeting(_ index: Int, docx: PageLink? = nil, forDocument: Bool = false, extract: Int? = nil) -> MeetingPage {
        let resolved = site.meetings[index]
        let meeting = resolved.meeting
        let root = OutputPaths.root(of: resolved.path)
        var attendees: [String] = [], count = "", appendix: [String] = []
        switch meeting.attendees {
        case .names(let names) where names.count > Meeting.Attendees.listedInline:
            count = Self.people(names.count) + " (список прилагается)"
            appendix = names.map(Format.typeset)
        case .names(let names): attendees = names.map(Format.typeset)
        case .count(let number): count = Self.people(number)
        }
        let items = meeting.agenda.enumerated().filter { extract == nil || $0.offset == extract }.map { number, item in
            MeetingPage.Item(
                number: "\(number + 1)", title: Format.typeset(item.title),
                speakers: Format.typeset(item.speakers.joined(separator: ", ")),
                heard: HTML(raw: MarkdownRenderer.html(item.heard, root: root)),
                heardBlocks: forDocument ? MarkdownRenderer.blocks(item.heard) : [],
                spoke: item.spoke.map { (Format.typeset($0.name), Format.typeset($0.text)) },
                decisions: resolved.decisions.filter { $0.item == number }.map {
                    decisionLine($0, of: index, asOf: site.asOf, root: root)
                })
        }
        return MeetingPage(
            shell: shell(root: root, job: .meeting(index, docx: false)),
            issuer: meeting.issuer.map(Format.typeset), date: meeting.date?.russianNumeric ?? "",
            number: meeting.number.isEmpty ? "" : Format.typeset("№ \(meeting.number)"),
            place: Format.typeset(meeting.place), heading: Format.typeset(meeting.heading),
            title: Format.typeset(Self.protocolTitle(meeting)), chair: meeting.chair.map(person),
            secretary: meeting.secretary.map(person), attendees: attendees, attendeeCount: count,
            attendeeAppendix: appendix,
            // The dash of ГОСТ's «Фамилия – должность», not the typesetter's.
            invited: meeting.invited.map {
                [$0.name, $0.position].filter { !$0.isEmpty }.map(Format.typeset).joined(separator: " – ")
            },
            items: items, notes: HTML(raw: MarkdownRenderer.html(meeting.body, root: root)),
            control: extract == nil ? control(index, root: root) : [],
            docx: docx, pdf: extract == nil ? pdfLink(resolved.paths.pdf) : nil,
            extract: extract.map { "\($0 + 1)" } ?? "")
    }

    /// «Контроль исполнения решений»: earlier meetings' decisions with their state on this one's day,
    /// linked from `root`.
    func control(_ index: Int, root: String) -> [DecisionLine] {
        let date = site.meetings[index].meeting.date ?? site.asOf
        return site.meetingsByDate.filter { site.meetings[$0].meeting.date.map { $0 < date } ?? false }
            .flatMap { earlier in
                site.meetings[earlier].decisions.map { decisionLine($0, of: earlier, asOf: date, root: root) }
            }
    }

    /// A decision with its state as of `asOf`, linked to its protocol and measure from `root`;
    /// with `extract`, to the extract of its agenda item instead (a school's section).
    func decisionLine(
        _ decision: ResolvedMeeting.Decision, of meeting: Int, asOf: LocalDate, root: String, extract: Bool = false
    ) -> DecisionLine {
        let resolved = site.meetings[meeting]
        let state = decision.decision.state(asOf: asOf)
        var measure: PageLink?
        if let roadmap = decision.roadmap, let item = decision.measure {
            let target = site.roadmaps[roadmap]
            let event = target.status.items[item]
            measure = PageLink(
                href: root + target.paths.page + "#" + event.anchor,
                label: Format.typeset("\(event.event.id) \(event.event.title)"))
        }
        let done = decision.decision.done.flatMap { $0 <= asOf && state == .done ? $0 : nil }
        return DecisionLine(
            number: decision.number, text: Format.typeset(decision.decision.text),
            responsible: Format.typeset(decision.decision.responsible),
            due: decision.decision.due.map { "до " + $0.russianNumeric } ?? "",
            state: state.rawValue, stateLabel: state.russianLabel,
            done: done?.russianNumeric ?? "",
            meeting: extract
                ? PageLink(
                    href: root + resolved.paths.extract(decision.item),
                    label: Format.typeset("Выписка из протокола" + Self.protocolTitle(resolved.meeting).dropFirst(8)))
                : PageLink(href: root + resolved.path, label: Format.typeset(Self.protocolTitle(resolved.meeting))),
            measure: measure)
    }

    /// «Протокол заседания рабочей группы от 15.10.2025 № 3».
    static func protocolTitle(_ meeting: Meeting) -> String {
        var title = "Протокол " + Meeting.genitive(meeting.kind)
        if let date = meeting.date { title += " от " + date.russianNumeric }
        if !meeting.number.isEmpty { title += " № " + meeting.number }
        return title
    }

    /// «24 человека».
    static func people(_ count: Int) -> String {
        Format.plural(count, "человек", "человека", "человек")
    }
}
