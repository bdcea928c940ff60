/// The same content as a Hugo site: same front matter and bodies, one layout per page kind that
/// renders the same tables and lists (no timeline, no charts), for timing Hugo side by side. Hugo
/// makes the same page set as karta: besides each page, a roadmap's report and printable document
/// and a school's fragment, as output formats of their pages. The monitoring tables are read as
/// karta reads them (CSV, `;`, decimal comma, «%») for the same indicator tables: a school's
/// values by round with change and target reached, a roadmap's schools × rounds per indicator.
/// The open data karta writes beside the pages is made too, as output formats: each roadmap's and
/// school's calendar (the measures as events, their terms not turned into dates), a roadmap's JSON
/// with its monitoring values, its measures and indicator values as CSV, and the site's JSON.
enum HugoSite {
    static let config = """
        baseURL = "/"
        languageCode = "ru"
        title = "Проект «500+»: синтетический набор"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "section", "404", "robotsTXT"]
        relativeURLs = true

        [outputFormats.report]
        mediaType = "text/html"
        baseName = "report"
        isHTML = true

        [outputFormats.document]
        mediaType = "text/html"
        baseName = "document"
        isHTML = true

        [outputFormats.fragment]
        mediaType = "text/html"
        baseName = "fragment"
        isHTML = true

        [outputFormats.calendar]
        mediaType = "text/calendar"
        baseName = "calendar"
        isPlainText = true

        [outputFormats.data]
        mediaType = "application/json"
        baseName = "data"
        isPlainText = true

        [outputFormats.measures]
        mediaType = "text/csv"
        baseName = "measures"
        isPlainText = true

        [outputFormats.indicators]
        mediaType = "text/csv"
        baseName = "indicators"
        isPlainText = true

        [outputs]
        home = ["html", "json"]

        [[cascade]]
        outputs = ["html", "report", "document", "calendar", "data", "measures", "indicators"]
        [cascade._target]
        path = "/roadmaps/**"

        [[cascade]]
        outputs = ["html", "fragment", "calendar"]
        [cascade._target]
        path = "/schools/**"

        """

    static let layouts: [(String, String)] = [
        (
            "layouts/_default/baseof.html",
            """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}{{ .Params.name }}</title>
            <link rel="stylesheet" href="{{ "assets/style.css" | relURL }}"></head>
            <body><header><a href="{{ "index.html" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
            """
        ),
        (
            "layouts/index.html",
            """
            {{ define "main" }}<h1>{{ site.Title }}</h1>
            <h2>Дорожные карты</h2><ul>{{ range where site.RegularPages "Section" "roadmaps" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}\
            </a> {{ .Params.level }}</li>{{ end }}</ul>
            <h2>Школы</h2><ul>{{ range where site.RegularPages "Section" "schools" }}<li><a href="{{ .RelPermalink }}">{{ .Params.short_name }}</a>\
            <ul>{{ range .Params.risk_profiles }}<li>{{ . }}</li>{{ end }}</ul></li>{{ end }}</ul>{{ end }}
            """
        ),
        (
            "layouts/schools/single.html",
            """
            {{ define "main" }}<h1>Проект «500+»: {{ .Params.short_name }}</h1><p>{{ .Params.name }}</p>
            <dl><dt>Адрес</dt><dd>{{ .Params.address }}</dd><dt>Директор</dt><dd>{{ .Params.director }}</dd>
            {{ with .Params.responsible }}<dt>Ответственный</dt><dd>{{ .name }}, {{ .position }}</dd>{{ end }}</dl>
            <h2>Рисковый профиль</h2><ul>{{ range .Params.risk_profiles }}<li>{{ . }}</li>{{ end }}</ul>
            <h2>Кураторы</h2><ul>{{ range .Params.curators }}<li>{{ .name }}, {{ .position }}, {{ .organization }}</li>{{ end }}</ul>
            <h2>Методисты</h2><ul>{{ range .Params.methodists }}<li>{{ .name }}, {{ .position }}, {{ .organization }}</li>{{ end }}</ul>
            <h2>Документы</h2><ul>{{ range .Params.documents }}<li><a href="{{ .href }}">{{ .title }}</a></li>{{ end }}</ul>
            {{ range .Params.roadmaps }}{{ with site.GetPage (printf "/roadmaps/%s" .) }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <ul>{{ range .Params.stages }}{{ range .events }}<li>{{ .id }} {{ .title }} — {{ .when }} ({{ .status }})</li>{{ end }}{{ end }}\
            </ul>{{ partial "school-indicators.html" (dict "school" $.File.ContentBaseName "roadmap" .) }}{{ end }}{{ end }}
            {{ .Content }}{{ end }}
            """
        ),
        (
            "layouts/roadmaps/single.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.issuer }}</p><h2>Цель</h2><p>{{ .Params.goal }}</p>
            <h2>Задачи</h2><ol>{{ range .Params.tasks }}<li>{{ . }}</li>{{ end }}</ol>
            {{ $columns := .Params.columns }}<table><thead><tr><th>{{ $columns.number }}</th><th>{{ $columns.title }}</th><th>{{ $columns.when }}\
            </th><th>{{ $columns.responsible }}</th><th>{{ $columns.result }}</th><th>Статус</th></tr></thead>
            {{ range .Params.stages }}<tbody><tr><th colspan="6">{{ .title }}</th></tr>{{ range .events }}\
            <tr id="event-{{ .id | urlize }}" data-event-id="{{ .id }}"><td>{{ .id }}</td><td>{{ .title }}</td><td>{{ .when }}</td>\
            <td>{{ .responsible }}</td><td>{{ .result }}</td><td>{{ .status }}</td></tr>{{ end }}</tbody>{{ end }}</table>
            {{ partial "roadmap-indicators.html" . }}
            {{ .Content }}{{ end }}
            """
        ),
        (
            "layouts/orders/single.html",
            """
            {{ define "main" }}<article><p>{{ range .Params.issuer }}{{ . }}<br>{{ end }}</p><h1>{{ .Params.kind }}</h1>
            <p>{{ .Date.Format "02.01.2006" }} № {{ .Params.number }}</p><p>{{ .Params.place }}</p><p>{{ .Title }}</p>{{ .Content }}
            {{ with .Params.signatory }}<p>{{ .position }} {{ .name }}</p>{{ end }}</article>
            {{ range .Params.appendices }}{{ with .roadmap }}{{ with site.GetPage (printf "/roadmaps/%s" .) }}<section><h2>{{ .Title }}</h2><table>
            {{ range .Params.stages }}<tr><th colspan="5">{{ .title }}</th></tr>{{ range .events }}<tr><td>{{ .id }}</td><td>{{ .title }}</td>\
            <td>{{ .when }}</td><td>{{ .responsible }}</td><td>{{ .result }}</td></tr>{{ end }}{{ end }}</table></section>{{ end }}{{ end }}
            {{ with .schools }}<section><table>{{ range . }}{{ with site.GetPage (printf "/schools/%s" .) }}<tr><td>{{ .Params.short_name }}</td>\
            <td>{{ range .Params.curators }}{{ .name }}, {{ .position }}<br>{{ end }}</td></tr>{{ end }}{{ end }}</table>\
            </section>{{ end }}{{ end }}{{ end }}
            """
        ),
        (
            "layouts/roadmaps/single.report.html",
            """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>Отчёт: {{ .Title }}</title></head><body><main>
            <h1>Отчёт о реализации дорожной карты «{{ .Title }}»</h1><p>{{ .Params.issuer }}</p>
            <h2>По этапам</h2><table>{{ range .Params.stages }}<tr><td>{{ .title }}</td><td>{{ len .events }}</td>\
            <td>{{ len (where .events "status" "done") }}</td></tr>{{ end }}</table>
            <h2>Мероприятия</h2>{{ $columns := .Params.columns }}<table><thead><tr><th>{{ $columns.number }}</th><th>{{ $columns.title }}</th>\
            <th>{{ $columns.when }}</th><th>{{ $columns.responsible }}</th><th>{{ $columns.result }}</th><th>Статус</th><th>Дата выполнения</th></tr>\
            </thead>
            {{ range .Params.stages }}<tbody><tr><th colspan="7">{{ .title }}</th></tr>{{ range .events }}<tr><td>{{ .id }}</td><td>{{ .title }}</td>\
            <td>{{ .when }}</td><td>{{ .responsible }}</td><td>{{ .result }}</td><td>{{ .status }}</td><td>{{ .done }}</td></tr>{{ end }}\
            </tbody>{{ end }}</table>
            {{ partial "roadmap-indicators.html" . }}
            </main></body></html>
            """
        ),
        (
            "layouts/roadmaps/single.document.html",
            """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>
            {{ with .Params.stamp }}<p>{{ .word }}<br>{{ range .lines }}{{ . }}<br>{{ end }}</p>{{ end }}<h1>{{ .Title }}</h1>
            {{ $columns := .Params.columns }}<table><thead><tr><th>{{ $columns.number }}</th><th>{{ $columns.title }}</th>\
            <th>{{ $columns.when }}</th><th>{{ $columns.responsible }}</th><th>{{ $columns.result }}</th></tr></thead>
            {{ range .Params.stages }}<tbody><tr><th colspan="5">{{ .title }}</th></tr>{{ range .events }}<tr><td>{{ .id }}</td>\
            <td>{{ .title }}</td><td>{{ .when }}</td><td>{{ .responsible }}</td><td>{{ .result }}</td></tr>{{ end }}</tbody>{{ end }}</table>
            </main></body></html>
            """
        ),
        (
            "layouts/schools/single.fragment.html",
            """
            <style>.karta-500 { font-family: sans-serif; }</style>
            <div class="karta-500" lang="ru"><h1>Проект «500+»: {{ .Params.short_name }}</h1><p>{{ .Params.name }}</p>
            <h2>Кураторы</h2><ul>{{ range .Params.curators }}<li>{{ .name }}, {{ .position }}, {{ .organization }}</li>{{ end }}</ul>
            <h2>Документы</h2><ul>{{ range .Params.documents }}<li><a href="{{ .href }}">{{ .title }}</a></li>{{ end }}</ul>
            {{ range .Params.roadmaps }}{{ with site.GetPage (printf "/roadmaps/%s" .) }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <ul>{{ range .Params.stages }}{{ range .events }}<li>{{ .id }} {{ .title }} — {{ .when }} ({{ .status }})</li>{{ end }}{{ end }}\
            </ul>{{ partial "school-indicators.html" (dict "school" $.File.ContentBaseName "roadmap" .) }}{{ end }}{{ end }}
            {{ .Content }}</div>
            """
        ),
        (
            "layouts/partials/monitoring-rounds.html",
            // A roadmap's rounds, read once per roadmap (partialCached): the number of rounds, and
            // for each school its values by round, oldest first, each a number or "" when empty.
            """
            {{ $schools := dict }}{{ $count := 0 }}\
            {{ range sort (resources.Match (printf "monitoring/%s/*.csv" .File.ContentBaseName)) "Name" }}{{ $count = add $count 1 }}\
            {{ range after 1 (transform.Unmarshal (dict "delimiter" ";") .) }}{{ $values := slice }}\
            {{ range after 1 . }}{{ $values = $values | append (partial "indicator-value.html" .) }}{{ end }}\
            {{ $schools = merge $schools (dict (index . 0) ((index $schools (index . 0)) | default slice | append (slice $values))) }}\
            {{ end }}{{ end }}{{ return (dict "rounds" $count "schools" $schools) }}
            """
        ),
        (
            "layouts/partials/indicator-value.html",
            // A cell as a number («34,5 %» → 34.5), or "" when empty.
            """
            {{ $cell := trim (replace . "%" "") " " }}{{ $value := "" }}{{ if ne $cell "" }}{{ $value = float (replace $cell "," ".") }}{{ end }}\
            {{ return $value }}
            """
        ),
        (
            "layouts/partials/reached.html",
            """
            {{ $answer := "нет данных" }}{{ if ne .value "" }}{{ $answer = "нет" }}{{ $target := float .indicator.target }}\
            {{ if eq .indicator.better "lower" }}{{ if le .value $target }}{{ $answer = "да" }}{{ end }}\
            {{ else if ge .value $target }}{{ $answer = "да" }}{{ end }}{{ end }}{{ return $answer }}
            """
        ),
        (
            "layouts/partials/school-indicators.html",
            """
            {{ $school := .school }}{{ $roadmap := .roadmap }}{{ with $roadmap.Params.indicators }}\
            {{ $data := partialCached "monitoring-rounds.html" $roadmap $roadmap.File.ContentBaseName }}\
            {{ $rows := index $data.schools $school }}<h3>Целевые показатели</h3><table><thead><tr><th>Показатель</th>\
            {{ range seq $data.rounds }}<th>Замер</th>{{ end }}<th>Цель</th><th>Изменение</th><th>Цель достигнута</th></tr></thead><tbody>
            {{ range $i, $indicator := . }}<tr><td>{{ $indicator.title }}, {{ $indicator.unit }}</td>{{ $first := "" }}{{ $last := "" }}\
            {{ range $n, $values := $rows }}{{ $value := index $values $i }}<td>{{ $value }}</td>\
            {{ if eq $n 0 }}{{ $first = $value }}{{ end }}{{ $last = $value }}{{ end }}<td>{{ $indicator.target }}</td>\
            <td>{{ if and (ne $first "") (ne $last "") }}{{ sub $last $first | lang.FormatNumber 1 }}{{ end }}</td>\
            <td>{{ partial "reached.html" (dict "value" $last "indicator" $indicator) }}</td></tr>{{ end }}</tbody></table>{{ end }}
            """
        ),
        (
            "layouts/partials/roadmap-indicators.html",
            """
            {{ $roadmap := . }}{{ with .Params.indicators }}{{ $data := partialCached "monitoring-rounds.html" $roadmap $roadmap.File.ContentBaseName }}\
            <h2>Целевые показатели</h2>{{ range $i, $indicator := . }}<h3>{{ $indicator.title }}, {{ $indicator.unit }}</h3>\
            <table><thead><tr><th>Школа</th>{{ range seq $data.rounds }}<th>Замер</th>{{ end }}<th>Цель достигнута</th></tr></thead><tbody>\
            {{ $reached := 0 }}{{ range $school := $roadmap.Params.schools }}<tr><td>\
            {{ with site.GetPage (printf "/schools/%s" $school) }}{{ .Params.short_name }}{{ end }}</td>{{ $last := "" }}\
            {{ range index $data.schools $school }}{{ $last = index . $i }}<td>{{ $last }}</td>{{ end }}\
            {{ $answer := partial "reached.html" (dict "value" $last "indicator" $indicator) }}\
            <td>{{ $answer }}</td></tr>{{ if eq $answer "да" }}{{ $reached = add $reached 1 }}{{ end }}{{ end }}</tbody></table>\
            <p>Достигли цели: {{ $reached }} из {{ len $roadmap.Params.schools }}</p>{{ end }}{{ end }}
            """
        ),
        (
            "layouts/roadmaps/single.calendar.ics",
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//karta-bench//Hugo//RU
            X-WR-CALNAME:{{ .Title }}
            {{ range .Params.stages }}{{ range .events }}BEGIN:VEVENT
            UID:{{ $.File.ContentBaseName }}-{{ .id }}@bench.invalid
            DTSTAMP:20240201T000000Z
            DTSTART;VALUE=DATE:{{ with .done }}{{ time.Format "20060102" . }}{{ else }}20240101{{ end }}
            SUMMARY:{{ .id }} {{ .title }}
            DESCRIPTION:Сроки: {{ .when }}\\nОтветственные: {{ .responsible }}\\nРезультат: {{ .result }}\\nСостояние: {{ .status }}\
            \\nДорожная карта: {{ $.Title }}
            END:VEVENT
            {{ end }}{{ end }}END:VCALENDAR

            """
        ),
        (
            "layouts/schools/single.calendar.ics",
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//karta-bench//Hugo//RU
            X-WR-CALNAME:{{ .Params.short_name }}
            {{ range .Params.roadmaps }}{{ with site.GetPage (printf "/roadmaps/%s" .) }}{{ $roadmap := . }}\
            {{ range .Params.stages }}{{ range .events }}BEGIN:VEVENT
            UID:{{ $roadmap.File.ContentBaseName }}-{{ .id }}@bench.invalid
            DTSTAMP:20240201T000000Z
            DTSTART;VALUE=DATE:{{ with .done }}{{ time.Format "20060102" . }}{{ else }}20240101{{ end }}
            SUMMARY:{{ .id }} {{ .title }}
            DESCRIPTION:Сроки: {{ .when }}\\nОтветственные: {{ .responsible }}\\nРезультат: {{ .result }}\\nСостояние: {{ .status }}\
            \\nДорожная карта: {{ $roadmap.Title }}
            END:VEVENT
            {{ end }}{{ end }}{{ end }}{{ end }}END:VCALENDAR

            """
        ),
        (
            "layouts/roadmaps/single.data.json",
            """
            {{ dict "slug" .File.ContentBaseName "title" .Title "params" .Params \
            "monitoring" (partialCached "monitoring-rounds.html" . .File.ContentBaseName) | jsonify (dict "indent" "  ") }}

            """
        ),
        (
            "layouts/roadmaps/single.measures.csv",
            """
            \u{FEFF}№;Этап;Мероприятие;Сроки;Ответственные;Результат;Состояние;Дата выполнения
            {{ range .Params.stages }}{{ $stage := .title }}{{ range .events }}\
            {{ .id }};{{ $stage }};{{ .title }};{{ .when }};{{ .responsible }};{{ .result }};{{ .status }};{{ with .done }}{{ . }}{{ end }}
            {{ end }}{{ end }}
            """
        ),
        (
            "layouts/roadmaps/single.indicators.csv",
            """
            \u{FEFF}Код;Показатель;Единица;Школа;Замер;Значение;Цель
            {{ $roadmap := . }}{{ with .Params.indicators }}\
            {{ $data := partialCached "monitoring-rounds.html" $roadmap $roadmap.File.ContentBaseName }}\
            {{ range $i, $indicator := . }}{{ range $school := $roadmap.Params.schools }}\
            {{ range $n, $values := index $data.schools $school }}\
            {{ $indicator.id }};{{ $indicator.title }};{{ $indicator.unit }};{{ $school }};{{ add $n 1 }};{{ index $values $i }};{{ $indicator.target }}
            {{ end }}{{ end }}{{ end }}{{ end }}
            """
        ),
        (
            "layouts/index.json",
            // Each item is made into JSON on its own and joined, as a Hugo developer would for
            // 10,000 schools (appending to a slice copies it each time).
            """
            {"roadmaps": [{{ range $i, $page := where site.RegularPages "Section" "roadmaps" }}{{ if $i }},{{ end }}
            {{ dict "slug" .File.ContentBaseName "title" .Title "level" .Params.level "issuer" .Params.issuer "schools" .Params.schools \
            "indicators" .Params.indicators | jsonify }}{{ end }}],
            "schools": [{{ range $i, $page := where site.RegularPages "Section" "schools" }}{{ if $i }},{{ end }}
            {{ dict "slug" .File.ContentBaseName "name" .Params.name "short_name" .Params.short_name "municipality" .Params.municipality \
            "address" .Params.address "director" .Params.director "curators" .Params.curators "roadmaps" .Params.roadmaps \
            "documents" .Params.documents | jsonify }}{{ end }}]}

            """
        ),
        ("static/assets/style.css", "body { font-family: sans-serif; }\n")
    ]
}
