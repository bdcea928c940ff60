import KartaCore

extension ApprovalStamp: DiffFielded {
    static let diffFields: [DiffField<ApprovalStamp>] = [
        .text("слово", "word") { $0.word },
        .text("строки", "lines") { $0.lines.joined(separator: " / ") }
    ]
}
