import KartaSite

/// `index.html`: the roadmaps, the schools and the orders of the site.
enum IndexTemplate {
    static func render(_ page: IndexPage) -> HTML {
        Layout.render(page.shell, title: page.shell.siteTitle, content: """
        <h1>\(page.shell.siteTitle)</h1>
        <p class="lead">\(page.shell.organization)\(nonEmpty: page.municipality, { ", \($0)" })\(nonEmpty: page.region, { ", \($0)" })</p>
        <section aria-labelledby="roadmaps-heading">
        <h2 id="roadmaps-heading">Дорожные карты</h2>
        \(if: page.roadmaps.isEmpty, "<p>Дорожных карт пока нет.</p>\n")\(if: !page.roadmaps.isEmpty, """
        <ul class="cards">
        \(page.roadmaps.map(roadmap))</ul>
        """)
        </section>
        \(if: !page.schools.isEmpty, schools(page.schools))\(if: !page.orders.isEmpty, orders(page.orders))\
        \(if: !page.meetings.isEmpty, meetings(page.meetings))
        """)
    }

    private static func roadmap(_ roadmap: IndexPage.Roadmap) -> HTML {
        """
        <li class="card">
        <a class="card-title" href="\(roadmap.href)">\(roadmap.title)</a>
        <p class="meta">\(roadmap.level) · \(roadmap.period)</p>
        \(ProgressPartial.render(roadmap.progress))
        </li>

        """
    }

    private static func school(_ school: IndexPage.School) -> HTML {
        """
        <li class="card">
        <a class="card-title" href="\(school.href)">\(school.name)</a>
        \(if: !school.riskProfiles.isEmpty, """
        <p class="meta">Рисковый профиль:</p>
        <ul class="tags">\(each: school.riskProfiles, { "<li>\($0)</li>" })</ul>
        """)
        \(ProgressPartial.render(school.progress))
        </li>

        """
    }

    private static func schools(_ schools: [IndexPage.School]) -> HTML {
        """
        <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">Школы проекта «500+»</h2>
        <ul class="cards">
        \(schools.map(school))</ul>
        </section>

        """
    }

    private static func meetings(_ meetings: [IndexPage.Meeting]) -> HTML {
        """
        <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Протоколы совещаний</h2>
        <ul>\(each: meetings, meeting)</ul>
        </section>

        """
    }

    private static func meeting(_ meeting: IndexPage.Meeting) -> HTML {
        let overdue: HTML =
            meeting.overdue == 0 ? .empty : " <span class=\"badge badge-overdue\">просрочено решений: \(meeting.overdue)</span>"
        return "<li><a href=\"\(meeting.link.href)\">\(meeting.link.label)</a>\(overdue)</li>"
    }

    private static func orders(_ orders: [OrderLink]) -> HTML {
        """
        <section aria-labelledby="orders-heading">
        <h2 id="orders-heading">Приказы</h2>
        <ul>\(each: orders, { "<li>\(OrderLinkPartial.render($0))</li>" })</ul>
        </section>

        """
    }
}
