extension Period {
    /// «2023-2024», «2023–2024», «2023/2024», «2023/24».
    public init?(academicYear text: String) {
        let parts = text.split(whereSeparator: { "-–—/".contains($0) }).map { $0.trimmingSpaces() }
        guard parts.count == 2, let first = Int(parts[0]), parts[0].count == 4, let second = Int(parts[1])
        else { return nil }
        let end = parts[1].count == 2 ? first / 100 * 100 + second : second
        guard end == first + 1 else { return nil }
        self = .academicYear(startYear: first)
    }
}
