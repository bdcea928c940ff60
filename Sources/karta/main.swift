import Foundation
import KartaCLI

exit(KartaCommand.runInRussian())
