extension String {
    /// «ПРИКАЗ» → «Приказ».
    var capitalizedFirst: String {
        guard let first else { return self }
        return String(first).uppercased() + dropFirst().lowercased()
    }
}
