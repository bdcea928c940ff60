import KartaCore

extension PageBuilder {
    func index() -> IndexPage {
        IndexPage(
            shell: shell(root: "", job: .index),
            municipality: Format.typeset(site.site.municipality),
            region: Format.typeset(site.site.region),
            roadmaps: site.roadmaps.map { roadmap in
                IndexPage.Roadmap(
                    title: Format.typeset(roadmap.roadmap.title), href: roadmap.path,
                    level: roadmap.roadmap.level.russianAdjective, period: Format.period(roadmap.roadmap.period),
                    progress: progress(roadmap.status.progress))
            },
            schools: site.schools.map { school in
                IndexPage.School(
                    name: Format.typeset(school.school.displayName), href: school.path,
                    riskProfiles: school.school.riskProfiles.map(Format.typeset), progress: progress(school.progress))
            },
            orders: site.orders.map { orderLink($0, root: "") },
            meetings: site.meetingsByDate.reversed().map { index in
                let meeting = site.meetings[index]
                return IndexPage.Meeting(
                    link: PageLink(href: meeting.path, label: Format.typeset(Self.protocolTitle(meeting.meeting))),
                    overdue: meeting.decisions.count { $0.decision.state(asOf: site.asOf) == .overdue })
            })
    }
}
