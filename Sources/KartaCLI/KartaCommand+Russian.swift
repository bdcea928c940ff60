import ArgumentParser

extension KartaCommand {
    /// Runs the command line the way `main()` does, with argument-parser's own help screens and
    /// parsing errors in Russian. Returns the exit status.
    public static func runInRussian(_ arguments: [String]? = nil) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitCode.success.rawValue
        } catch {
            let text = ParserMessages.russian(fullMessage(for: error))
            let code = exitCode(for: error)
            if !text.isEmpty {
                if code.isSuccess { Console.out(text) } else { Console.error(text) }
            }
            return code.rawValue
        }
    }
}
