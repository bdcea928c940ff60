import Foundation
import Testing

/// Nothing on the demo site depends on images (order № 1493, п. 25): each SVG is hidden from
/// assistive technology or is an image with a text alternative, each <img> has a description, and
/// every measure the timeline draws is a row of the table beside it.
struct TextAlternativeTests {
    static let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("output").path

    static var pages: [String] {
        (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
            .sorted()
    }

    @Test func everyImageHasATextAlternative() throws {
        #expect(Self.pages.count >= 12)
        for page in Self.pages {
            let html = try String(contentsOfFile: Self.output + "/" + page, encoding: .utf8)
            for svg in html.matches(of: #/<svg\b[^>]*>/#).map({ String($0.output) }) {
                let hidden = svg.contains("aria-hidden=\"true\"")
                let described =
                    svg.contains("role=\"img\"")
                    && (svg.contains("aria-labelledby=\"") || svg.contains("aria-label=\""))
                #expect(hidden || described, "\(page): \(svg)")
                if let ids = svg.firstMatch(of: #/aria-labelledby="([^"]+)"/#)?.output.1 {
                    for id in ids.split(separator: " ") { #expect(html.contains("id=\"\(id)\""), "\(page): no #\(id)") }
                }
            }
            for img in html.matches(of: #/<img\b[^>]*>/#).map({ String($0.output) }) {
                #expect(img.firstMatch(of: #/alt="[^"]+"/#) != nil, "\(page): \(img)")
            }
        }
    }

    @Test func everyMeasureOnTheTimelineIsInTheTable() throws {
        for page in Self.pages where page.hasPrefix("roadmaps/") && page.hasSuffix("/index.html") {
            let html = try String(contentsOfFile: Self.output + "/" + page, encoding: .utf8)
            guard let start = html.range(of: "<figure class=\"timeline\""),
                let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex)
            else {
                Issue.record("\(page): no timeline")
                continue
            }
            let timeline = html[start.lowerBound..<end.upperBound]
            let anchors = Set(timeline.matches(of: #/href="#(event-[^"]+)"/#).map { String($0.output.1) })
            #expect(!anchors.isEmpty, "\(page)")
            let table = html[end.upperBound...]
            for anchor in anchors {
                #expect(table.contains("id=\"\(anchor)\""), "\(page): #\(anchor) is not a row of the table")
            }
        }
    }
}
