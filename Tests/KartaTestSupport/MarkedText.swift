/// A test input with its positions marked in the text rather than counted by hand: `1️⃣`…`9️⃣`
/// stand just before the character a diagnostic should point at, and are removed from `text`.
///
///     let marked = MarkedText("---\nlevel: 1️⃣federal\n---\n")
///     marked.text        // "---\nlevel: federal\n---\n"
///     marked[1]          // (line: 2, column: 8)
///
/// Lines and columns count from 1; a column counts Unicode scalars, as libyaml and karta do.
public struct MarkedText: Sendable {
    public let text: String
    private let positions: [Int: Position]

    public struct Position: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public var description: String { "\(line):\(column)" }
    }

    public init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var positions: [Int: Position] = [:]
        var line = 1, column = 1
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // A keycap: the digit, U+FE0F, U+20E3.
            if index + 2 < scalars.count, ("1"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}",
                scalars[index + 2] == "\u{20E3}"
            {
                let number = Int(scalar.value) - 48
                precondition(positions[number] == nil, "marker \(number) is used twice")
                positions[number] = Position(line: line, column: column)
                index += 3
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        self.text = String(text)
        self.positions = positions
    }

    /// The position of marker `number` (1 for `1️⃣`).
    public subscript(_ number: Int) -> Position {
        guard let position = positions[number] else { preconditionFailure("no marker \(number) in the text") }
        return position
    }

    /// Every marker's position, in the order of the markers' numbers.
    public var all: [Position] {
        positions.keys.sorted().map { positions[$0]! }
    }
}
