import Mustache
import Testing
@testable import KartaSite

struct TemplateValueTests {
    static func render(_ template: String, _ context: ContextNode) throws -> String {
        try MustacheTemplate(string: template).render(context)
    }

    @Test func emptyStringSkipsItsSectionWithoutFallingThroughToAnOuterValue() throws {
        let context: ContextNode = ["note": "снаружи", "inner": ["note": ""] as ContextNode]
        #expect(try Self.render("{{#inner}}[{{#note}}{{note}}{{/note}}]{{/inner}}", context) == "[]")
        #expect(try Self.render("{{#inner}}{{^note}}нет{{/note}}{{/inner}}", context) == "нет")
        #expect(try Self.render("{{#note}}{{note}}{{/note}}", context) == "снаружи")
    }

    @Test func listsLeaveOutEmptyStrings() throws {
        let context: ContextNode = ["tasks": ["первая", "", "вторая"]]
        #expect(try Self.render("{{#tasks}}<li>{{.}}</li>{{/tasks}}", context) == "<li>первая</li><li>вторая</li>")
    }

    @Test func absentNodeSkipsItsSection() throws {
        let missing: ContextNode? = nil
        let present: ContextNode? = ["name": "Иванова И.И."]
        #expect(try Self.render("[{{#who}}{{name}}{{/who}}]", ["who": missing, "name": "снаружи"]) == "[]")
        #expect(try Self.render("[{{#who}}{{name}}{{/who}}]", ["who": present]) == "[Иванова И.И.]")
    }

    @Test func numbersFlagsAndNestedListsRender() throws {
        let rows: [ContextNode] = [["id": "1.1", "done": true], ["id": "1.2", "done": false]]
        let context: ContextNode = ["count": 2, "rows": rows]
        #expect(try Self.render("{{count}}:{{#rows}} {{id}}{{#done}}✓{{/done}}{{/rows}}", context) == "2: 1.1✓ 1.2")
    }

    @Test func textIsEscapedAndLaterValuesWinWhenMerged() throws {
        let base: ContextNode = ["title": "старое", "root": "../"]
        let page: ContextNode = ["title": "<b>«А & Б»</b>"]
        #expect(try Self.render("{{root}}|{{title}}", page.merging(over: base)) == "../|&lt;b&gt;«А &amp; Б»&lt;/b&gt;")
    }
}
