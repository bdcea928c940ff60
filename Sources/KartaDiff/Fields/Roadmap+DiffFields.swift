import KartaCore

extension Roadmap: DiffFielded {
    static let diffFields: [DiffField<Roadmap>] = [
        .text("название", "title") { $0.title },
        .text("уровень", "level") { $0.level.russianAdjective },
        .text("разработчик", "issuer") { $0.issuer },
        .text("период", "period") { $0.period.russianDescription },
        .text("цель", "goal") { $0.goal },
        .list("задача", "tasks") { $0.tasks },
        .nested("столбцы", "columns") { $0.columns },
        .text("утверждена приказом", "approvedBy") { $0.approvedBy?.value ?? "" },
        .nested("гриф утверждения", "stamp") { $0.stamp },
        .list("показатель", "indicators") { $0.indicators.map(\.diffText) },
        .markdown("примечания", "body") { $0.body }
    ]
    static let notCompared = [
        "slug": "по нему карты сопоставляются", "file": "имя файла; сопоставляются по адресу",
        "schools": "школы карты — отдельными строками (ContentDiff.roadmap)",
        "stages": "этапы сопоставляются (StageMatching), мероприятия — по номерам"
    ]
}
