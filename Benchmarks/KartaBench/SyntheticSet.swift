import KartaTestSupport

/// A realistic national-scale content set: schools, municipal and regional roadmaps, orders.
struct SyntheticSet {
    let schools: Int
    var random: SplitMix

    init(schools: Int, seed: UInt64) {
        self.schools = schools
        random = SplitMix(seed: seed)
    }

    var municipalities: Int { max(1, schools / 10) }
    static let regions = 85

    /// Every file as (path relative to the content folder, text), in a fixed order.
    mutating func files() -> [(String, String)] {
        var files: [(String, String)] = [
            (
                "site.yml",
                """
                title: "Проект «500+»: синтетический набор"
                organization: Федеральный оператор (тестовые данные)
                region: Все регионы
                municipality: Все муниципалитеты
                as_of: 2024-02-01

                """
            )
        ]
        for index in 0..<schools { files.append(("schools/school-\(index + 1).md", school(index))) }
        for index in 0..<municipalities {
            files.append(("roadmaps/municipal-\(index + 1).md", municipalRoadmap(index)))
            files.append(("orders/prikaz-\(index + 1).md", order(index)))
            // Two monitoring rounds of its indicators, as Excel saves them.
            for date in ["2023-10-01", "2024-01-15"] {
                files.append(("monitoring/municipal-\(index + 1)/\(date).csv", round(index)))
            }
        }
        for index in 0..<Self.regions { files.append(("roadmaps/regional-\(index + 1).md", regionalRoadmap(index))) }
        return files
    }

    private mutating func person() -> String {
        "\(random.pick(Vocabulary.surnames)) \(random.pick(Vocabulary.initials))"
    }

    private mutating func people(_ count: Int, indent: String) -> String {
        (0..<count).map { _ in
            "\(indent)- name: \(person())\n\(indent)  position: \(random.pick(Vocabulary.positions))\n\(indent)  organization: МБОУ СОШ № \(random.int(30) + 1)"
        }.joined(separator: "\n")
    }

    private mutating func school(_ index: Int) -> String {
        let village = random.pick(Vocabulary.villages)
        let municipality = index % municipalities + 1
        let first = random.int(Vocabulary.riskProfiles.count)
        let second = (first + 1 + random.int(Vocabulary.riskProfiles.count - 1)) % Vocabulary.riskProfiles.count
        return """
            ---
            name: Муниципальное бюджетное общеобразовательное учреждение «\(village)ская средняя общеобразовательная школа № \(index + 1)»
            short_name: МБОУ \(village)ская СОШ № \(index + 1)
            municipality: Муниципалитет № \(municipality)
            region: Регион № \(index % Self.regions + 1)
            website: https://school-\(index + 1).example.org
            address: с. \(village), ул. Школьная, д. \(random.int(40) + 1)
            director: \(person())
            joined: \(2021 + random.int(3))
            responsible:
              name: \(person())
              position: заместитель директора по УВР
            curators:
            \(people(2, indent: ""))
            methodists:
            \(people(1, indent: ""))
            risk_profiles:
              - \(Vocabulary.riskProfiles[first])
              - \(Vocabulary.riskProfiles[second])
            roadmaps:
              - municipal-\(municipality)
            documents:
              - kind: concept
                title: Концепция развития школы
                href: https://school-\(index + 1).example.org/docs/koncepciya.pdf
                date: 2023-10-20
              - kind: midterm-program
                title: Среднесрочная программа развития
                href: https://school-\(index + 1).example.org/docs/programma.pdf
              - kind: anti-risk-program
                title: Программа антирисковых мер
                href: https://school-\(index + 1).example.org/docs/antirisk.pdf
                risk_profile: \(Vocabulary.riskProfiles[first])
            ---
            Школа участвует в проекте «500+». Школьная команда работает по [дорожной карте](roadmaps/municipal-\(municipality)/index.html).

            Что сделано:

            - проведено анкетирование и уточнён рисковый профиль;
            - утверждены концептуальные документы;
            - открыт клуб для обучающихся 5–7 классов.

            """
    }

    private mutating func events(stage: Int, count: Int) -> String {
        (0..<count).map { index in
            let status = random.pick(Vocabulary.statuses)
            var text = """
                      - id: "\(stage + 1).\(index + 1)"
                        title: \(random.pick(Vocabulary.measures))
                        when: \(ContentWriter.q(random.pick(Vocabulary.terms)))
                        responsible: \(random.pick(Vocabulary.responsibles))
                        result: \(random.pick(Vocabulary.results))
                        status: \(status)
                """
            if status == "done" { text += "\n        done: 2023-\(10 + random.int(3))-\(10 + random.int(18))" }
            return text
        }.joined(separator: "\n")
    }

    private mutating func roadmap(
        title: String, level: String, schools: [Int], stages: Int, perStage: Int, order: String?,
        indicators: Bool = false
    ) -> String {
        let schoolList = schools.map { "  - school-\($0 + 1)" }.joined(separator: "\n")
        let stageList = (0..<stages).map { stage in
            "  - title: \(Vocabulary.stages[stage % Vocabulary.stages.count])\n    events:\n"
                + events(stage: stage, count: perStage)
        }.joined(separator: "\n")
        return """
            ---
            title: \(title)
            level: \(level)
            issuer: Отдел образования
            period:
              academic_year: 2023-2024
            goal: Повышение качества образования в школах с низкими образовательными результатами.
            tasks:
              - Провести диагностику факторов риска.
              - Оказать методическую помощь школам.
            columns:
              number: № п/п
              title: Наименование мероприятия
              when: Сроки исполнения
              responsible: Ответственные исполнители
              result: Планируемый результат
            schools:
            \(schoolList.isEmpty ? "  []" : schoolList)
            \(order.map { "approved_by: \($0)" } ?? "")
            \(indicators ? Self.indicators : "")
            stages:
            \(stageList)
            ---
            Дорожная карта составлена по результатам анкетирования. Сроки указаны как в документе.

            1. Мониторинг проводится дважды в год.
            2. Отчёты размещаются на [сайте](https://example.org/500).

            """
    }

    private func schoolsOf(municipality index: Int) -> [Int] {
        stride(from: index, to: schools, by: municipalities).map { $0 }
    }

    private mutating func municipalRoadmap(_ index: Int) -> String {
        roadmap(
            title: "Муниципальная дорожная карта № \(index + 1) на 2023–2024 учебный год", level: "municipal",
            schools: schoolsOf(municipality: index), stages: 4, perStage: 10, order: "prikaz-\(index + 1)",
            indicators: true)
    }

    /// The municipal roadmaps' target indicators.
    static let indicators = """
        indicators:
          - {id: vpr-below-base, title: "Доля не достигших базового уровня по ВПР", unit: "%", better: lower, target: 15}
          - {id: teachers-trained, title: "Доля педагогов, прошедших повышение квалификации", unit: "%", target: 80}
          - {id: roadmap-done, title: "Доля выполненных мероприятий дорожной карты", unit: "%", target: 90}
        """

    /// A round of a municipality's monitoring: every school of it, a value per indicator (decimal
    /// comma, some with «%», one in twenty cells empty).
    private mutating func round(_ index: Int) -> String {
        var lines = ["\u{FEFF}школа;vpr-below-base;teachers-trained;roadmap-done"]
        for school in schoolsOf(municipality: index) {
            let cells = (0..<3).map { _ in
                random.int(20) == 0 ? "" : "\(random.int(60) + 10),\(random.int(10))\(random.int(3) == 0 ? " %" : "")"
            }
            lines.append((["school-\(school + 1)"] + cells).joined(separator: ";"))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private mutating func regionalRoadmap(_ index: Int) -> String {
        roadmap(
            title: "Региональный план-график № \(index + 1) на 2023–2024 учебный год", level: "regional",
            schools: [], stages: 2, perStage: 10, order: nil)
    }

    private mutating func order(_ index: Int) -> String {
        let schools = schoolsOf(municipality: index).map { "school-\($0 + 1)" }.joined(separator: ", ")
        return """
            ---
            issuer:
              - ОТДЕЛ ОБРАЗОВАНИЯ
              - МУНИЦИПАЛИТЕТА № \(index + 1)
            kind: ПРИКАЗ
            number: "\(100 + index)"
            date: 2023-09-\(10 + random.int(18))
            place: г. Примерный
            title: Об утверждении муниципальной дорожной карты на 2023–2024 учебный год
            signatory:
              position: Начальник отдела образования
              name: \(random.pick(Vocabulary.initials)) \(random.pick(Vocabulary.surnames))
            prepared_by: \(person()), методист
            appendices:
              - roadmap: municipal-\(index + 1)
              - assignments: curators
                schools: [\(schools)]
              - assignments: methodists
                schools: [\(schools)]
            ---
            В целях оказания адресной методической помощи школам

            ПРИКАЗЫВАЮ:

            1. Утвердить муниципальную дорожную карту (приложение 1).
            2. Закрепить кураторов за школами (приложение 2).
            3. Контроль за исполнением приказа оставляю за собой.

            """
    }
}
