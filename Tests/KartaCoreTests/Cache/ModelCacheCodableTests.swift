@testable import KartaCore
import Testing

/// The decode cache writes every stored property of the model by hand (`Model+CacheCodable`). A
/// property added to a model and forgotten there would come back from the cache with its default
/// value, silently: here each type has a sample with every property set to something other than
/// its default (checked by Mirror, so a new property fails until the sample sets it), and the
/// sample must come back from the cache unchanged.
struct ModelCacheCodableTests {
    static let file = "roadmaps/plan.md"
    static let here = SourceLocation(file: file, line: 3, column: 5)
    static let elsewhere = SourceLocation(file: "schools/a.md", line: 9, column: 2)

    static let person = Person(name: "Иванова И. И.", position: "куратор", organization: "ИРО")
    static let link = Link(title: "Справка", href: "files/a.pdf", location: here)

    static var recurrence: Recurrence {
        var value = Recurrence(frequency: .weekly)
        value.times = 2
        value.everyMin = 1
        value.everyMax = 3
        value.weekdays = [1, 4]
        return value
    }

    static var schedule: Schedule {
        var value = Schedule(text: "ежемесячно", kind: .recurring)
        value.intervals = [
            DayInterval(from: LocalDate(year: 2025, month: 9, day: 1)!, to: LocalDate(year: 2025, month: 12, day: 31)!)
        ]
        value.recurrence = recurrence
        return value
    }

    static var event: Event {
        var value = Event(id: "1.1", title: "Семинар", when: "ежемесячно", location: here)
        value.responsible = "Руководитель ОО"
        value.result = "Протокол"
        value.status = .done
        value.done = LocalDate(year: 2025, month: 10, day: 2)
        value.evidence = [link]
        value.schools = [Located("sosnovka", at: here)]
        value.riskProfile = "низкая мотивация"
        value.whenLocation = elsewhere
        value.schedule = schedule
        return value
    }

    static var stage: Stage {
        var value = Stage(title: "Этап 1", when: "2025")
        value.events = [event]
        return value
    }

    static var captions: ColumnCaptions {
        ColumnCaptions(
            number: "№", title: "Наименование", when: "Срок", responsible: "Исполнитель", result: "Итог",
            order: [.title, .responsible, .when])
    }

    static var document: SchoolDocument {
        var value = SchoolDocument(
            kind: .concept, title: "Концепция", href: "files/c.pdf",
            date: LocalDate(year: 2025, month: 3, day: 1), riskProfile: "дефицит кадров",
            location: elsewhere)
        value.signed = Located("files/c.sig", at: here)
        return value
    }

    static var indicator: Indicator {
        var value = Indicator(id: "vpr", title: "Доля не достигших базового уровня", location: here)
        value.unit = "%"
        value.better = .lower
        value.target = 15.5
        value.by = LocalDate(year: 2026, month: 5, day: 31)
        return value
    }

    static var school: School {
        var value = School(slug: "sosnovka", file: file, name: "МБОУ «Сосновская СОШ»")
        value.shortName = "Сосновская СОШ"
        value.municipality = "Берёзовский район"
        value.region = "Область"
        value.website = "https://school.example"
        value.address = "ул. Лесная, 1"
        value.director = "Петров П. П."
        value.joined = 2024
        value.responsible = person
        value.curators = [person]
        value.methodists = [Person(name: "Сидорова С. С.")]
        value.riskProfiles = ["низкая мотивация"]
        value.roadmaps = [Located("plan", at: here)]
        value.documents = [document]
        value.targets = [
            SchoolTargets(
                roadmap: Located("plan", at: here),
                values: [SchoolTargets.Value(indicator: Located("vpr", at: here), value: 12.5)])
        ]
        value.body = "О школе."
        return value
    }

    static var roadmap: Roadmap {
        var value = Roadmap(
            slug: "plan", file: file, title: "Дорожная карта", level: .school,
            period: .academicYear(startYear: 2025))
        value.issuer = "Отдел образования"
        value.goal = "Цель"
        value.tasks = ["Задача"]
        value.columns = captions
        value.schools = [Located("sosnovka", at: here)]
        value.approvedBy = Located("prikaz", at: elsewhere)
        value.stamp = ApprovalStamp(word: "УТВЕРЖДЕНА", lines: ["приказом РОО"])
        value.stages = [stage]
        value.indicators = [indicator]
        value.body = "Пояснение."
        return value
    }

    static var order: Order {
        var value = Order(slug: "prikaz", file: file, title: "Об утверждении")
        value.issuer = ["ОТДЕЛ ОБРАЗОВАНИЯ"]
        value.shortIssuer = "РОО"
        value.kind = OrderKind(word: "РАСПОРЯЖЕНИЕ")
        value.number = "118"
        value.date = LocalDate(year: 2025, month: 9, day: 5)
        value.place = "с. Берёзовка"
        value.signatory = person
        value.preparedBy = "Иванова И. И."
        value.signed = Located("files/prikaz.pdf", at: here)
        value.appendices = [
            .roadmap(Located("plan", at: here)),
            .assignments(.curators, schools: [Located("sosnovka", at: here)]),
            .file(link)
        ]
        value.body = "ПРИКАЗЫВАЮ:"
        return value
    }

    static var decision: Decision {
        var value = Decision(text: "Провести выезды", location: here)
        value.responsible = "Кураторы"
        value.due = LocalDate(year: 2025, month: 12, day: 15)
        value.status = .done
        value.done = LocalDate(year: 2025, month: 12, day: 10)
        value.evidence = [link]
        value.roadmap = Located("plan", at: here)
        value.measure = Located("2.2", at: elsewhere)
        value.schools = [Located("sosnovka", at: here)]
        return value
    }

    static let speech = AgendaItem.Speech(name: "Панова О. Н.", text: "о графике")

    static var agendaItem: AgendaItem {
        var value = AgendaItem(title: "О ходе реализации", location: here)
        value.speakers = ["Петренко Н. И."]
        value.heard = "Доклад."
        value.spoke = [speech]
        value.decisions = [decision]
        return value
    }

    static var meeting: Meeting {
        var value = Meeting(slug: "rg-1", file: file, kind: "заседание рабочей группы", title: "по реализации")
        value.issuer = ["ОТДЕЛ ОБРАЗОВАНИЯ"]
        value.date = LocalDate(year: 2025, month: 10, day: 15)
        value.number = "1"
        value.place = "пос. Примерный"
        value.chair = person
        value.secretary = Person(name: "Петренко Н. И.")
        value.attendees = .count(24)
        value.invited = [person]
        value.agenda = [agendaItem]
        value.body = "Примечание."
        return value
    }

    /// Each sample beside the value its type has when nothing is set. The file of a school, a
    /// roadmap or an order is not written: the cache entry is the file's, and the reader gives it.
    static let samples: [(name: String, full: any Sendable, empty: any Sendable)] = [
        ("Person", person, Person(name: "")),
        ("Link", link, Link(title: "", href: "", location: SourceLocation(file: file))),
        ("Recurrence", recurrence, Recurrence(frequency: .monthly)),
        ("Schedule", schedule, Schedule(text: "", kind: .unknown)),
        ("Event", event, Event(id: "", title: "", when: "", location: SourceLocation(file: file))),
        ("Stage", stage, Stage(title: "", when: "")),
        ("ColumnCaptions", captions, ColumnCaptions()),
        ("Indicator", indicator, Indicator(id: "", title: "", location: SourceLocation(file: file))),
        (
            "SchoolDocument", document,
            SchoolDocument(
                kind: .other, title: "", href: "", date: nil, riskProfile: nil, location: SourceLocation(file: file))
        ),
        ("School", school, School(slug: "", file: "other.md", name: "")),
        ("Roadmap", roadmap, Roadmap(slug: "", file: "other.md", title: "", level: .municipal, period: .year(2000))),
        ("Order", order, Order(slug: "", file: "other.md", title: "")),
        ("Decision", decision, Decision(text: "", location: SourceLocation(file: file))),
        ("Speech", speech, AgendaItem.Speech(name: "", text: "")),
        ("AgendaItem", agendaItem, AgendaItem(title: "", location: SourceLocation(file: file))),
        ("Meeting", meeting, Meeting(slug: "", file: "other.md", kind: "", title: ""))
    ]

    @Test(arguments: samples.map(\.name))
    func everyPropertyOfTheSampleIsSet(_ name: String) {
        let sample = Self.samples.first { $0.name == name }!
        let empty = Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: sample.empty).children.map {
                ($0.label ?? "", String(describing: $0.value))
            })
        for child in Mirror(reflecting: sample.full).children {
            let label = child.label ?? ""
            #expect(String(describing: child.value) != empty[label], "\(name).\(label) keeps its default in the sample")
        }
    }

    @Test func everySampleComesBackFromTheCache() throws {
        #expect(try Self.roundTrip(Self.person) == Self.person)
        #expect(try Self.roundTrip(Self.link) == Self.link)
        #expect(try Self.roundTrip(Self.recurrence) == Self.recurrence)
        #expect(try Self.roundTrip(Self.schedule) == Self.schedule)
        #expect(try Self.roundTrip(Self.event) == Self.event)
        #expect(try Self.roundTrip(Self.stage) == Self.stage)
        #expect(try Self.roundTrip(Self.captions) == Self.captions)
        #expect(try Self.roundTrip(Self.indicator) == Self.indicator)
        #expect(try Self.roundTrip(Self.document) == Self.document)
        #expect(try Self.roundTrip(Self.school) == Self.school)
        #expect(try Self.roundTrip(Self.roadmap) == Self.roadmap)
        #expect(try Self.roundTrip(Self.decision) == Self.decision)
        #expect(try Self.roundTrip(Self.agendaItem) == Self.agendaItem)
        #expect(try Self.roundTrip(Self.meeting) == Self.meeting)
        var listed = Self.meeting
        listed.attendees = .names(["Иванова И. И.", "Петренко Н. И."])
        #expect(try Self.roundTrip(listed) == listed)
        #expect(try Self.roundTrip(Self.order) == Self.order)
    }

    static func roundTrip<T: CacheCodable>(_ value: T) throws -> T {
        var writer = CacheWriter()
        writer.file = file
        writer.value(value)
        let bytes = writer.bytes
        return try bytes.withUnsafeBytes { buffer in
            var reader = CacheReader(buffer)
            reader.file = file
            let restored: T = try reader.value()
            let atEnd = reader.isAtEnd
            #expect(atEnd)
            return restored
        }
    }
}
