@testable import KartaSite
import Testing

struct TemplateReferenceTests {
    static let cases: [(text: String, references: [TemplateReference])] = [
        ("{{>progress}}", [TemplateReference(name: "progress", line: 1, column: 1)]),
        ("<p>\n  {{> partials/timeline }} {{<layout}}", [
            TemplateReference(name: "partials/timeline", line: 2, column: 3),
            TemplateReference(name: "layout", line: 2, column: 28),
        ]),
        ("«Ход» {{>progress}}", [TemplateReference(name: "progress", line: 1, column: 7)]),
        ("{{>*dynamic}} {{name}} {{#a}}{{/a}} {{$block}}{{/block}} {{! > not}}", []),
    ]

    @Test(arguments: cases)
    func referencesAreFoundWithTheirPlaces(text: String, references: [TemplateReference]) {
        #expect(TemplateReference.all(in: text) == references)
    }
}
