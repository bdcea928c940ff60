/// The document's own captions for the columns of its measures table.
public struct ColumnCaptions: Sendable, Hashable {
    public var number: String
    public var title: String
    public var when: String
    public var responsible: String
    public var result: String
    /// The order of the four content columns as in the source document.
    public var order: [Column]

    public enum Column: String, Sendable, Hashable, CaseIterable {
        case title, when, responsible, result
    }

    public init(
        number: String = "№ п/п", title: String = "Мероприятие",
        when: String = "Сроки", responsible: String = "Ответственные",
        result: String = "Ожидаемый результат",
        order: [Column] = [.title, .when, .responsible, .result]
    ) {
        self.number = number
        self.title = title
        self.when = when
        self.responsible = responsible
        self.result = result
        self.order = order
    }

    public func caption(of column: Column) -> String {
        switch column {
        case .title: title
        case .when: when
        case .responsible: responsible
        case .result: result
        }
    }
}
