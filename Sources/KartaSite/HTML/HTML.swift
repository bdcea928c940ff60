/// A piece of HTML. Interpolating a `String` escapes it (`< > & " '`); interpolating `HTML`
/// inserts it as it is. Text from elsewhere becomes `HTML` unescaped only through `HTML(raw:)`.
public struct HTML: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var text: String

    /// Markup inserted as it is: cmark's output, computed SVG, a stylesheet. Never content text.
    public init(raw text: String) {
        self.text = text
    }

    public init(stringLiteral value: String) {
        text = value
    }

    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    public static let empty = HTML(raw: "")

    public var description: String { text }
    public var isEmpty: Bool { text.isEmpty }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text: String

        public init(literalCapacity: Int, interpolationCount: Int) {
            text = ""
            text.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        /// Text, escaped.
        public mutating func appendInterpolation(_ value: String) {
            HTMLEscaping.append(value, to: &text)
        }

        public mutating func appendInterpolation(_ value: HTML) {
            text += value.text
        }

        /// Nothing for `nil`.
        public mutating func appendInterpolation(_ value: HTML?) {
            if let value { text += value.text }
        }

        public mutating func appendInterpolation(_ value: Int) {
            text += String(value)
        }

        /// The pieces one after another.
        public mutating func appendInterpolation(_ pieces: [HTML]) {
            for piece in pieces { text += piece.text }
        }

        /// Each element's markup, one after another: `\(each: rows, { row in "<tr>…</tr>" })`.
        public mutating func appendInterpolation<S: Sequence>(each items: S, _ render: (S.Element) -> HTML) {
            for item in items { text += render(item).text }
        }

        /// The markup when `condition` holds: `\(if: page.hasGoal, "<h2>Цель</h2>")`.
        public mutating func appendInterpolation(if condition: Bool, _ html: @autoclosure () -> HTML) {
            if condition { text += html().text }
        }

        /// The markup of the value when there is one: `\(ifLet: page.signatory, { "…\($0.name)…" })`.
        public mutating func appendInterpolation<T>(ifLet value: T?, _ render: (T) -> HTML) {
            if let value { text += render(value).text }
        }

        /// The markup of a text when it is not empty: `\(nonEmpty: page.place, { "<p>\($0)</p>" })`.
        public mutating func appendInterpolation(nonEmpty value: String, _ render: (String) -> HTML) {
            if !value.isEmpty { text += render(value).text }
        }
    }
}
