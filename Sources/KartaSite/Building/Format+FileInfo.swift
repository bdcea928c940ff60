import KartaCore

extension Format {
    /// «850 байт», «184 КБ», «1,2 МБ», «12 МБ»: counted as file managers count (1 КБ = 1024 байта),
    /// with a decimal comma and a no-break space before the unit.
    static func fileSize(_ bytes: Int) -> String {
        let kilobyte = 1024, megabyte = 1024 * 1024
        if bytes < kilobyte { return RussianPlural.count(bytes, "байт", "байта", "байт") }
        if bytes < megabyte { return "\(max(1, Int((Double(bytes) / Double(kilobyte)).rounded())))\u{00A0}КБ" }
        let tenths = Int((Double(bytes) / Double(megabyte) * 10).rounded())
        let value =
            tenths >= 100
            ? String((tenths + 5) / 10) : tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10),\(tenths % 10)"
        return "\(value)\u{00A0}МБ"
    }

    /// «PDF, 184 КБ»: what a link to a file says of it besides its title (Рособрнадзор order
    /// № 1493, п. 4); the format alone when the size is not known, empty for a path with no extension.
    static func fileInfo(path: String, size: Int?) -> String {
        [fileExtension(path).uppercased(), size.map(fileSize) ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// `pdf` for `files/a/plan.final.PDF`, in lower case; empty when the name has none.
    static func fileExtension(_ path: String) -> String {
        path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last.map {
            $0.lowercased()
        } ?? ""
    }
}
