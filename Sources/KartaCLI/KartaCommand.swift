import ArgumentParser
import KartaCore
import KartaSite

/// `karta`: the root command; subcommands do the work.
public struct KartaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "karta",
        abstract: "Сайт и печатные документы дорожных карт проекта «500+».",
        version: KartaVersion.current,
        subcommands: [
            InitCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, DiffCommand.self,
            WhenCommand.self, ImportCommand.self
        ]
    )

    public init() {}
}
