@testable import KartaSite
import Testing

struct TemplateTagTests {
    static let cases: [(text: String, tags: [TemplateTag])] = [
        ("{{>progress}}", [TemplateTag(sigil: ">", name: "progress", line: 1, column: 1)]),
        ("<p>\n  {{> partials/timeline }} {{<layout}}", [
            TemplateTag(sigil: ">", name: "partials/timeline", line: 2, column: 3),
            TemplateTag(sigil: "<", name: "layout", line: 2, column: 28),
        ]),
        ("«Ход» {{>progress}}", [TemplateTag(sigil: ">", name: "progress", line: 1, column: 7)]),
        ("{{#rows}}<td>{{ id }}</td>{{{body}}}{{&html}}{{^empty}}{{/rows}}", [
            TemplateTag(sigil: "#", name: "rows", line: 1, column: 1),
            TemplateTag(sigil: nil, name: "id", line: 1, column: 14),
            TemplateTag(sigil: nil, name: "body", line: 1, column: 27),
            TemplateTag(sigil: "&", name: "html", line: 1, column: 37),
            TemplateTag(sigil: "^", name: "empty", line: 1, column: 46),
        ]),
        ("{{>*dynamic}} {{.}} {{$block}}{{/block}} {{!note}} {{% CONTENT_TYPE: HTML }} {{=<% %>=}}", []),
    ]

    @Test(arguments: cases)
    func tagsAreFoundWithTheirPlaces(text: String, tags: [TemplateTag]) {
        #expect(TemplateTag.all(in: text) == tags)
    }
}
