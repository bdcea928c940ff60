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
            orders: site.orders.map { orderLink($0, root: "") })
    }
}
