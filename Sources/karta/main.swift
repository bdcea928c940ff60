import KartaCLI

KartaCommand.main()
