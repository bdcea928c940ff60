import KartaCore
import Testing

/// One rule for every value a message quotes (issue #33): a 300,000-character value makes a
/// message of one line, cut to `Limits.quotedCharacters` with «…».
struct MessageLengthTests {
    static let huge = String(repeating: "март ", count: 60_000)
    static let here = SourceLocation(file: "x.md")
    static let day = LocalDate(year: 2025, month: 9, day: 1)!

    /// Every case of ReadError, DecodeError, ResolveError and ScheduleError with the huge value wherever it takes text.
    static let messages: [any DiagnosticMessage] = [
        ReadError.unreadable(reason: "нет доступа"), ReadError.notUTF8(likelyEncoding: "Windows-1251"),
        ReadError.frontMatterMissing, ReadError.frontMatterNotClosed,
        DecodeError.wrongType(field: "title", expected: "текст", found: "список"),
        DecodeError.missingField("title"), DecodeError.unknownKey(huge, suggestion: "title"),
        DecodeError.invalidDate(field: "date", text: huge), DecodeError.invalidNumber(field: "joined", text: huge),
        DecodeError.invalidValue(field: "status", value: huge, allowed: ["planned", "done"]),
        DecodeError.duplicateKey(huge), ResolveError.duplicateSlug(huge, kind: .school, first: here),
        ResolveError.duplicateEventID(huge, first: here),
        ResolveError.unknownReference(kind: .roadmap, slug: huge, suggestion: huge),
        DecodeError.invalidSlug(huge), ResolveError.unsafePath(huge), ResolveError.missingFile(huge),
        DecodeError.invalidPeriod(huge), DecodeError.invalidBaseURL(huge),
        ResolveError.attachmentRefused(huge, reason: .link),
        ResolveError.attachmentRefused(huge, reason: .active), ReadError.forbiddenCharacter("\u{0}"),
        DecodeError.yamlAlias,
        DecodeError.emptyItem(field: "schools"), DecodeError.complexKey(found: "список"), DecodeError.yamlTag(huge),
        ResolveError.repeatedReference(slug: huge, first: here), ResolveError.approvalNotInOrder(order: huge),
        ResolveError.duplicateOrder(number: huge, date: day, first: here),
        ReadError.ignoredEntry(huge, folder: "schools", isFolder: true),
        ReadError.ignoredEntry(huge, folder: "schools", isFolder: false),
        DecodeError.dateOutOfRange(field: "done", text: huge),
        DecodeError.periodOutOfRange(huge), DecodeError.periodAmbiguous([huge, huge]),
        DecodeError.textTooLong(field: "when", count: 300_000, limit: 1_000), ReadError.fileTooLarge(bytes: 12 << 20),
        DecodeError.doneWithoutDate, DecodeError.dateWithoutDone(status: huge),
        ResolveError.doneAfterAsOf(done: day, asOf: day),
        ResolveError.roundAfterAsOf(date: day, asOf: day),
        DecodeError.brokenYAML(problem: "не закрыта кавычка"), ReadError.imageWithoutDescription,
        ScheduleError.unknownTerm(huge), ScheduleError.outsidePeriod(huge, period: "2025 год")
    ]

    @Test func everyMessageQuotesAnExcerpt() {
        for message in Self.messages {
            #expect(message.message.count < 400, "\(message.code): \(message.message.prefix(120))…")
            #expect(!message.message.contains("\n"))
        }
        #expect(DecodeError.invalidSlug(Self.huge).message.hasPrefix("адрес «" + String(Self.huge.prefix(60)) + "…»"))
        #expect(DecodeError.invalidSlug("Shkola-1").message.hasPrefix("адрес «Shkola-1» недопустим"))
    }

    /// A control character in a value is shown, not written: `base_url: "https://…/\r\nBEGIN:VEVENT"`
    /// quoted as it is broke the message in two lines, the second looking like karta's own.
    @Test(arguments: [
        ("https://x.example/\r\nBEGIN:VEVENT", "https://x.example/\\r\\nBEGIN:VEVENT"),
        ("a\tb\u{1B}c\u{85}d\u{7F}", "a\\tb\\u{1B}c\\u{85}d\\u{7F}"), ("ёлка «ель»", "ёлка «ель»"),
        ("plan\u{202E}fdp.exe\u{FFFF}", "plan\\u{202E}fdp.exe\\u{FFFF}")
    ])
    func controlCharactersAreShown(_ value: String, _ shown: String) {
        #expect(value.quotedExcerpt == shown)
        #expect(DecodeError.invalidBaseURL(value).message.hasPrefix("адрес сайта «\(shown)» должен"))
    }
}
