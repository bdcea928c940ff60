/// One cell of a worksheet as a reader of the table sees it.
public struct SheetCell: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A number as shown: a cell formatted as a percent (0,345 shown as 34,5 %) is 34.5.
        case number(Double)
        case text(String)
    }

    /// Row and column, from 1: C3 is (3, 3).
    public let row: Int
    public let column: Int
    public let value: Value

    public init(row: Int, column: Int, value: Value) {
        self.row = row
        self.column = column
        self.value = value
    }

    /// «C3».
    public var address: String { Self.columnName(column) + String(row) }

    /// 1 → «A», 27 → «AA».
    public static func columnName(_ column: Int) -> String {
        var name = "", rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
