import KartaCore
import Testing

/// One rule for every value a message quotes (issue #33): a 300,000-character value makes a
/// message of one line, cut to `Limits.quotedCharacters` with «…».
struct MessageLengthTests {
    static let huge = String(repeating: "март ", count: 60_000)
    static let here = SourceLocation(file: "x.md")
    static let day = LocalDate(year: 2025, month: 9, day: 1)!

    /// Every case of ContentError and ScheduleError with the huge value wherever it takes text.
    static let messages: [any DiagnosticMessage] = [
        ContentError.unreadable(reason: "нет доступа"), ContentError.notUTF8(likelyEncoding: "Windows-1251"),
        ContentError.frontMatterMissing, ContentError.frontMatterNotClosed,
        ContentError.wrongType(field: "title", expected: "текст", found: "список"),
        ContentError.missingField("title"), ContentError.unknownKey(huge, suggestion: "title"),
        ContentError.invalidDate(field: "date", text: huge), ContentError.invalidNumber(field: "joined", text: huge),
        ContentError.invalidValue(field: "status", value: huge, allowed: ["planned", "done"]),
        ContentError.duplicateKey(huge), ContentError.duplicateSlug(huge, kind: .school, first: here),
        ContentError.duplicateEventID(huge, first: here), ContentError.unknownReference(kind: .roadmap, slug: huge, suggestion: huge),
        ContentError.invalidSlug(huge), ContentError.unsafePath(huge), ContentError.missingFile(huge),
        ContentError.invalidPeriod(huge), ContentError.invalidBaseURL(huge), ContentError.attachmentRefused(huge, reason: .link),
        ContentError.attachmentRefused(huge, reason: .active), ContentError.forbiddenCharacter("\u{0}"), ContentError.yamlAlias,
        ContentError.emptyItem(field: "schools"), ContentError.complexKey(found: "список"), ContentError.yamlTag(huge),
        ContentError.repeatedReference(slug: huge, first: here), ContentError.approvalNotInOrder(order: huge),
        ContentError.duplicateOrder(number: huge, date: day, first: here), ContentError.ignoredEntry(huge, folder: "schools", isFolder: true),
        ContentError.ignoredEntry(huge, folder: "schools", isFolder: false), ContentError.dateOutOfRange(field: "done", text: huge),
        ContentError.periodOutOfRange(huge), ContentError.periodAmbiguous([huge, huge]),
        ContentError.textTooLong(field: "when", count: 300_000, limit: 1_000), ContentError.fileTooLarge(bytes: 12 << 20),
        ContentError.doneWithoutDate, ContentError.dateWithoutDone(status: huge), ContentError.doneAfterAsOf(done: day, asOf: day),
        ContentError.brokenYAML(problem: "не закрыта кавычка"), ContentError.imageWithoutDescription,
        ScheduleError.unknownTerm(huge), ScheduleError.outsidePeriod(huge, period: "2025 год"),
    ]

    @Test func everyMessageQuotesAnExcerpt() {
        for message in Self.messages {
            #expect(message.message.count < 400, "\(message.code): \(message.message.prefix(120))…")
            #expect(!message.message.contains("\n"))
        }
        #expect(ContentError.invalidSlug(Self.huge).message.hasPrefix("адрес «" + String(Self.huge.prefix(60)) + "…»"))
        #expect(ContentError.invalidSlug("Shkola-1").message.hasPrefix("адрес «Shkola-1» недопустим"))
    }
}
