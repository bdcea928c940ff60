import KartaCore

extension ContentRevision {
    /// The last commit on or before a day (by the commit's date); nil when there is none by then
    /// or the content folder is not in git.
    public static func commit(asOf date: LocalDate, content: String) -> String? {
        let git = Git(folder: existingFolder(content))
        guard let output = try? git.run(["rev-list", "-1", "--before=\(date.iso) 23:59:59", "HEAD"]) else {
            return nil
        }
        let commit = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return commit.isEmpty ? nil : commit
    }
}
