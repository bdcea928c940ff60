import KartaCore

extension School: DiffFielded {
    static let diffFields: [DiffField<School>] = [
        .text("название", "name") { $0.name },
        .text("краткое название", "shortName") { $0.shortName },
        .text("муниципалитет", "municipality") { $0.municipality },
        .text("регион", "region") { $0.region },
        .text("сайт", "website") { $0.website },
        .text("адрес", "address") { $0.address },
        .text("директор", "director") { $0.director },
        .text("год вступления в проект", "joined") { $0.joined.map(String.init) ?? "" },
        .nested("ответственный", "responsible") { $0.responsible },
        .list("куратор", "curators") { $0.curators.map(\.diffText) },
        .list("методист", "methodists") { $0.methodists.map(\.diffText) },
        .list("профиль риска", "riskProfiles") { $0.riskProfiles },
        .list("дорожная карта", "roadmaps") { $0.roadmaps.map(\.value) },
        .list("документ", "documents") { $0.documents.map(\.diffText) },
        .list("своя цель", "targets") { school in
            school.targets.flatMap { targets in
                targets.values.map {
                    "\(targets.roadmap.value), \($0.indicator.value): \(IndicatorNumber.format($0.value))"
                }
            }
        },
        .markdown("текст", "body") { $0.body }
    ]
    static let notCompared = ["slug": "по нему школы сопоставляются", "file": "имя файла; сопоставляются по адресу"]
}
