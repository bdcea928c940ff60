@testable import KartaDiff
import Testing

struct ParagraphDiffTests {
    @Test(arguments: [
        ("Первый абзац.\n\nВторой.", "Первый абзац.\n\nВторой.\n\nТретий.", ["+ текст: абзац «Третий.»"]),
        ("Первый.\n\nВторой.\n\nТретий.", "Первый.\n\nТретий.", ["− текст: абзац «Второй.»"]),
        (
            "Первый.\n\nВторой.", "Первый.\n\nВторой, исправленный.",
            ["текст: абзац «Второй.» → «Второй, исправленный.»"]
        ),
        // Re-wrapped in the editor: no change.
        (
            "Длинная строка текста\nпродолжается здесь.\n\n\nИ ещё.",
            "Длинная строка\nтекста продолжается   здесь.\n\nИ ещё.\n", []
        ),
        ("", "", []),
        // Each point of a numbered list (with its wrapped lines) and each list item is a paragraph.
        (
            "ПРИКАЗЫВАЮ:\n\n1. Утвердить план\n   на год.\n2. Контроль оставляю за собой.",
            "ПРИКАЗЫВАЮ:\n\n1. Утвердить план\n   на год.\n2. Контроль возложить на заместителя.",
            ["текст: абзац «2. Контроль оставляю за собой.» → «2. Контроль возложить на заместителя.»"]
        ),
        ("- первое;\n- второе.", "- первое;\n- третье;\n- второе.", ["+ текст: абзац «- третье;»"])
    ])
    func paragraphsAddedRemovedChanged(old: String, new: String, expected: [String]) {
        #expect(ParagraphDiff.lines("текст", old, new) == expected)
    }

    /// A change at the end of a long paragraph shows where it is.
    @Test func aLongParagraphIsShownAroundTheChange() {
        let start =
            "Сроки мероприятий указаны так, как они записаны в утверждённом документе; статусы отмечаются по итогам мониторинга,"
        let lines = ParagraphDiff.lines(
            "примечания", start + " который проводится дважды в год.", start + " который проводится трижды в год.")
        #expect(lines.count == 1)
        #expect(lines[0].contains("«…") && lines[0].contains("дважды") && lines[0].contains("трижды"), "\(lines)")
        #expect(lines[0].count < 200)
    }
}
