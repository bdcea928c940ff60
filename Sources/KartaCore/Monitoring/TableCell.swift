/// A cell of a monitoring table, whichever file it came from, with where it is.
struct TableCell: Sendable {
    enum Value: Sendable {
        case text(String)
        /// A number an .xlsx stored as one (its percent format applied).
        case number(Double)
    }

    /// Row and column from 1, as the table shows them.
    let row: Int
    let column: Int
    let value: Value
    let location: SourceLocation

    var text: String {
        switch value {
        case .text(let text): text
        case .number(let number): IndicatorNumber.format(number)
        }
    }
}
