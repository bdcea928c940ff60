import Yams

/// Parses front matter with Yams and turns its errors into located Russian diagnostics.
enum YAMLComposer {
    static func compose(_ document: Document, context: DecodingContext) -> Node? {
        do {
            // Every scalar is read as text and typed by the decoder, so no implicit tag rules
            // (each of which is a regular expression run on every scalar) are needed.
            // UTF-8 named explicitly: Yams would otherwise read the environment for every file.
            return try Yams.compose(yaml: document.frontMatter, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            var location = context.location(mark)
            if case .duplicatedKeysInMapping(let keys, let yamlContext) = error, let key = keys.first,
               let line = secondOccurrence(of: key, after: yamlContext.mark.line, in: document.frontMatter) {
                location = SourceLocation(file: context.file, line: line.number + context.lineOffset, column: line.column)
            }
            context.report(ContentError.brokenYAML(problem: problem), at: location)
        } catch {
            context.report(ContentError.brokenYAML(problem: "\(error)"), at: context.location(nil))
        }
        return nil
    }

    static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (translate(problem), mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("поле «\(duplicates.joined(separator: "», «"))» указано дважды", context.mark)
        default:
            return ("\(error)", nil)
        }
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

    static let translations: [(String, String)] = [
        ("mapping values are not allowed", "здесь нельзя ставить «:»; возьмите текст в кавычки"),
        ("could not find expected ':'", "не хватает «:» после имени поля"),
        ("found character that cannot start any token", "символ, с которого не может начинаться значение; возьмите текст в кавычки"),
        ("did not find expected key", "ожидалось имя поля; проверьте отступы"),
        ("did not find expected '-' indicator", "ожидался элемент списка «- »; проверьте отступы"),
        ("found unexpected end of stream", "файл закончился внутри значения; не закрыта кавычка или скобка"),
        ("found a tab character", "табуляция в отступе; используйте пробелы"),
        ("did not find expected node content", "ожидалось значение"),
        ("block sequence entries are not allowed", "здесь нельзя начинать список; проверьте отступы"),
        ("found undefined alias", "неизвестная ссылка YAML (*)"),
        ("found unknown escape character", "неизвестная escape-последовательность в кавычках"),
        ("found duplicated key", "поле указано дважды"),
    ]

    static func translate(_ problem: String) -> String {
        for (english, russian) in translations where problem.contains(english) {
            return russian
        }
        return problem
    }
}
