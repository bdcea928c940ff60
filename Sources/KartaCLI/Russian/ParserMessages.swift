/// swift-argument-parser writes its help screens and its parsing errors in English and offers no
/// way to translate them; karta passes them through here. The patterns are those of the exact
/// version in Package.swift; `ParserMessagesTests` fails if an update changes one of them.
enum ParserMessages {
    /// A help screen, a parsing error or a shell completion script with argument-parser's English
    /// words in Russian. Any other text (a version) is returned as it was.
    static func russian(_ text: String) -> String {
        let rules =
            text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ")
            ? helpRules
            : text.hasPrefix("Error: ")
                ? errorRules
                : isCompletionScript(text) ? completionRules : []
        return rules.reduce(text) { text, rule in rule(text) }
    }

    /// bash, zsh and fish scripts as `--generate-completion-script` writes them.
    private static func isCompletionScript(_ text: String) -> Bool {
        text.hasPrefix("#!/bin/bash") || text.hasPrefix("#compdef ") || text.hasPrefix("function __")
    }

    /// The descriptions of the options argument-parser adds itself; karta's own are Russian already.
    private static let completionRules: [@Sendable (String) -> String] = [
        { $0.replacing("Show the version.", with: "Показать версию.") },
        { $0.replacing("Show help information.", with: "Показать справку.") }
    ]

    private static let helpRules: [@Sendable (String) -> String] = [
        { $0.replacing(#/(?m)^OVERVIEW: /#, with: "ОПИСАНИЕ: ") },
        { $0.replacing(#/(?m)^USAGE: /#, with: "ВЫЗОВ: ") },
        { $0.replacing(#/(?m)^ARGUMENTS:$/#, with: "АРГУМЕНТЫ:") },
        { $0.replacing(#/(?m)^OPTIONS:$/#, with: "ПАРАМЕТРЫ:") },
        { $0.replacing(#/(?m)^SUBCOMMANDS:$/#, with: "КОМАНДЫ:") },
        { $0.replacing(#/\(default:(\s+)([^)]*)\)/#) { "(по умолчанию:\($0.1)\($0.2))" } },
        { $0.replacing("Show the version.", with: "Показать версию.") },
        { $0.replacing("Show help information.", with: "Показать эту справку.") },
        {
            $0.replacing(#/See '([^']*) <subcommand>' for detailed help\./#) { "Справка по команде: \($0.1) <команда>" }
        },
        { $0.replacing("<subcommand>", with: "<команда>") }
    ]

    /// The first line, an optional hint and the usage.
    private static let errorRules: [@Sendable (String) -> String] = [
        { $0.replacing("<subcommand>", with: "<команда>") },
        { $0.replacing(#/(?m)^Error: /#, with: "ошибка: ") },
        { $0.replacing(#/(?m)^Help:  /#, with: "Справка:  ") },
        { $0.replacing(#/(?m)^Usage: /#, with: "Вызов: ") },
        { $0.replacing(#/See '([^']*)' for more information\./#) { "Подробнее: \($0.1)" } },
        {
            $0.replacing(#/Unknown option '([^']*)'\. Did you mean '([^']*)'\?/#) {
                "неизвестный параметр «\($0.1)»; может быть, «\($0.2)»?"
            }
        },
        { $0.replacing(#/Unknown option '([^']*)'/#) { "неизвестный параметр «\($0.1)»" } },
        { $0.replacing(#/Invalid option: (\S*)/#) { "недопустимый параметр «\($0.1)»" } },
        { $0.replacing(#/Missing value for '([^']*)'/#) { "не указано значение параметра «\($0.1)»" } },
        {
            $0.replacing(#/The option '([^']*)' does not take any value, but '([^']*)' was specified\./#) {
                "параметр «\($0.1)» не принимает значения, а указано «\($0.2)»"
            }
        },
        { $0.replacing(#/\d+ unexpected arguments: '(.*)'/#) { "лишние аргументы: «\(quoted($0.1))»" } },
        { $0.replacing(#/Unexpected argument '([^']*)'/#) { "лишний аргумент «\($0.1)»" } },
        { $0.replacing(#/Missing expected argument '([^']*)'/#) { "не указан аргумент «\($0.1)»" } },
        { $0.replacing(#/Missing one of: '(.*)'/#) { "не указан ни один из аргументов: «\(quoted($0.1))»" } },
        {
            $0.replacing(#/The value '([^']*)' is invalid for '([^']*)'/#) {
                "значение «\($0.1)» не подходит для «\($0.2)»"
            }
        },
        { $0.replacing("Missing required subcommand.", with: "не указана команда") }
    ]

    /// `a', 'b` (a list argument-parser quotes as a whole) as `a», «b`.
    private static func quoted(_ list: Substring) -> String {
        String(list.replacing("', '", with: "», «"))
    }
}
