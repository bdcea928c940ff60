import Yams

/// Parses front matter with Yams and turns its errors into located Russian diagnostics.
enum YAMLComposer {
    static func compose(_ document: Document, context: DecodingContext) -> Node? {
        do {
            // Every scalar is read as text and typed by the decoder, so no implicit tag rules
            // (each of which is a regular expression run on every scalar) are needed.
            // UTF-8 named explicitly: Yams would otherwise read the environment for every file.
            guard let node = try Yams.compose(yaml: document.frontMatter, .basic, .default, .utf8) else { return nil }
            return YAMLScreen.accepts(node, yaml: document.frontMatter, context: context) ? node : nil
        } catch let error as YamlError {
            let (problem, position) = describe(error)
            var location = position.map { context.location(line: $0.line, column: $0.column) } ?? context.location(nil)
            if case .duplicatedKeysInMapping(let keys, let yamlContext) = error, let key = keys.first,
                let line = secondOccurrence(of: key, after: yamlContext.mark.line, in: document.frontMatter)
            {
                location = SourceLocation(
                    file: context.file, line: line.number + context.lineOffset, column: line.column)
            }
            var diagnostic = DecodeError.brokenYAML(problem: problem).at(location)
            if let opened = opening(of: error) {
                diagnostic.notes.append(
                    Note(opened.text, at: context.location(line: opened.line, column: opened.column)))
            }
            context.report(diagnostic)
        } catch {
            context.report(DecodeError.brokenYAML(problem: fallback), at: context.location(nil))
        }
        return nil
    }

    /// The Russian problem and where it is (line and column in the YAML, from 1).
    static func describe(_ error: YamlError) -> (String, (line: Int, column: Int)?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (translate(problem), (mark.line, mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (
                "поле «\(duplicates.joined(separator: "», «"))» указано дважды",
                (context.mark.line, context.mark.column)
            )
        case .reader(let problem, let offset, _, let yaml):
            // The reader counts characters from the start of the text; a mark counts lines.
            return (translate(problem), offset.flatMap { position(atCharacter: $0, in: yaml) })
        default:
            return (fallback, nil)
        }
    }

    /// Where libyaml was when it met the problem — a list, a record or a quotation not closed —
    /// as a note: the problem is often noticed lines below its cause.
    static func opening(of error: YamlError) -> (text: String, line: Int, column: Int)? {
        let yamlContext: YamlError.Context?
        switch error {
        case .scanner(let context, _, _, _), .parser(let context, _, _, _), .composer(let context, _, _, _):
            yamlContext = context
        default: yamlContext = nil
        }
        guard let yamlContext else { return nil }
        let text =
            openings.first { yamlContext.text.contains($0.0) }?.1 ?? "здесь начинается значение, в котором ошибка"
        return (text, yamlContext.mark.line, yamlContext.mark.column)
    }

    static let openings: [(String, String)] = [
        ("flow sequence", "здесь открыт список в квадратных скобках"),
        ("flow mapping", "здесь открыта запись в фигурных скобках"),
        ("quoted scalar", "здесь открыта кавычка"),
        ("block scalar", "здесь начинается блок текста"),
        ("block mapping", "здесь начинается набор полей"),
        ("block collection", "здесь начинается список"),
        ("simple key", "здесь начинается имя поля"),
        ("alias", "здесь ссылка YAML"),
        ("anchor", "здесь якорь YAML"),
        ("tag", "здесь тег YAML")
    ]

    static func position(atCharacter offset: Int, in text: String) -> (line: Int, column: Int)? {
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        return SourceText.position(of: index, in: text)
    }

    /// Where a duplicated key is written again: Yams only names the mapping that holds it.
    static func secondOccurrence(of key: String, after line: Int, in yaml: String) -> (number: Int, column: Int)? {
        var seen = false
        for (index, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where index + 1 >= line {
            let trimmed = text.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix(key + ":") else { continue }
            if seen { return (index + 1, text.count - trimmed.count + 1) }
            seen = true
        }
        return nil
    }

    /// libyaml's problems, by a part of their English text; the first that matches wins.
    static let translations: [(String, String)] = [
        ("mapping values are not allowed", "здесь нельзя ставить «:»; возьмите текст в кавычки"),
        ("mapping keys are not allowed", "здесь не может начинаться имя поля; проверьте отступы"),
        ("could not find expected ':'", "не хватает «:» после имени поля"),
        (
            "found character that cannot start any token",
            "символ, с которого не может начинаться значение; возьмите текст в кавычки"
        ),
        ("did not find expected key", "ожидалось имя поля; проверьте отступы"),
        ("did not find expected '-' indicator", "ожидался элемент списка «- »; проверьте отступы"),
        ("did not find expected ',' or ']'", "список в квадратных скобках не закрыт: не хватает «,» или «]»"),
        ("did not find expected ',' or '}'", "запись в фигурных скобках не закрыта: не хватает «,» или «}»"),
        ("found unexpected end of stream", "файл закончился внутри значения; не закрыта кавычка или скобка"),
        ("found a tab character", "табуляция в отступе; используйте пробелы"),
        ("did not find expected node content", "ожидалось значение"),
        ("block sequence entries are not allowed", "здесь нельзя начинать список; проверьте отступы"),
        ("found undefined alias", "неизвестная ссылка YAML (*имя); karta не поддерживает якоря и ссылки YAML"),
        ("while scanning an alias", "после «*» ожидалось имя ссылки YAML; возьмите текст в кавычки"),
        ("while scanning an anchor", "после «&» ожидалось имя якоря YAML; возьмите текст в кавычки"),
        (
            "did not find expected alphabetic or numeric character",
            "после «&» или «*» ожидалось имя; возьмите текст в кавычки"
        ),
        (
            "found unknown escape character",
            "неизвестная escape-последовательность в кавычках; для «\\» пишите «\\\\» или возьмите текст в одинарные кавычки"
        ),
        ("found invalid Unicode character escape code", "неверный код символа в escape-последовательности «\\u»"),
        ("did not find expected hexdecimal number", "после «\\x», «\\u» или «\\U» ожидались шестнадцатеричные цифры"),
        ("found duplicated key", "поле указано дважды"),
        ("Maximum nesting level reached", "слишком глубокая вложенность списков и записей"),
        ("control characters are not allowed", "недопустимый управляющий символ"),
        ("invalid Unicode character", "недопустимый символ Юникода"),
        ("UTF-8", "файл не в кодировке UTF-8"),
        ("found unexpected ':'", "здесь нельзя ставить «:»; возьмите текст в кавычки"),
        ("found unexpected document indicator", "строка «---» или «...» внутри значения; возьмите текст в кавычки"),
        (
            "did not find expected comment or line break",
            "после значения ожидался конец строки; возьмите текст в кавычки"
        ),
        ("did not find expected whitespace", "ожидался пробел; возьмите текст в кавычки"),
        ("found an indentation indicator equal to 0", "отступ блока «|» или «>» не может быть 0"),
        ("found undefined tag handle", "неизвестный тег YAML «!…»; возьмите текст в кавычки"),
        ("did not find expected tag URI", "неверный тег YAML «!…»; возьмите текст в кавычки"),
        ("did not find expected '!'", "неверный тег YAML «!…»; возьмите текст в кавычки"),
        ("did not find the expected '>'", "неверный тег YAML «!<…>»; возьмите текст в кавычки"),
        ("did not find URI escaped octet", "неверная %-последовательность в теге YAML"),
        ("directive", "директивы YAML «%…» не поддерживаются; возьмите текст в кавычки"),
        ("expected <document start>", "в заголовке YAML может быть только один документ"),
        ("did not find expected <document start>", "в заголовке YAML может быть только один документ"),
        ("expected DOCUMENT", "в заголовке YAML может быть только один документ"),
        ("expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS", "ожидалось значение")
    ]

    /// What is said when libyaml's problem is none of the above: never its English.
    static let fallback = "ошибка разметки YAML; проверьте отступы, двоеточия и кавычки"

    static func translate(_ problem: String) -> String {
        for (english, russian) in translations where problem.contains(english) {
            return russian
        }
        return fallback
    }
}
