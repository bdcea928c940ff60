/// Where karta says «too much» instead of working on: each limit is reported as a located Russian
/// error, and the README lists them. They are far above anything a real roadmap has, and they
/// keep every build, check and import linear in its input.
public enum Limits {
    /// A content file (site.yml, a school, a roadmap, an order), and a document given to import.
    public static let fileBytes = 10 * 1024 * 1024
    /// Years of any date and period: the programme began in 2021; a year outside is a typo
    /// (`1025-09-01`) that would make the timeline and recurrences span centuries.
    public static let years = 1990...2100
    /// The longest period of a roadmap, in years.
    public static let periodYears = 10
    /// The text of a term (`when`), in characters: the longest in the real documents is under 200.
    public static let whenCharacters = 1_000
    /// Items of a meeting's agenda and decisions of one item, and names of those present: a real
    /// протокол has a dozen items; above these a file would make a page (and an extract per item)
    /// of gigabytes.
    public static let agendaItems = 100
    public static let decisionsPerItem = 100
    public static let attendees = 1_000
    /// The longest value a message quotes whole (`String.quotedExcerpt`).
    public static let quotedCharacters = 60
}
