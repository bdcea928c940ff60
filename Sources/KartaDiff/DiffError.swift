import KartaCore

/// Why revisions could not be read.
public enum DiffError: DiagnosticMessage, Hashable {
    case gitMissing
    case notARepository
    case unknownRevision(String)
    case gitFailed(String)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .gitMissing: .diffGitMissing
        case .notARepository: .diffNotARepository
        case .unknownRevision: .diffUnknownRevision
        case .gitFailed: .diffGitFailed
        }
    }

    public var message: String {
        switch self {
        case .gitMissing: "не найдена программа git; установите её (apt-get install git)"
        case .notARepository: "папка с содержимым не в репозитории git; karta diff сравнивает версии, сохранённые в git"
        case .unknownRevision(let revision):
            "в репозитории нет версии «\(revision.quotedExcerpt)»; укажите коммит, ветку или тег (например, HEAD~1)"
        case .gitFailed(let reason): "git завершился с ошибкой: \(reason)"
        }
    }
}

extension DiagnosticCode {
    public static let diffGitMissing = DiagnosticCode("diff-git-missing")
    public static let diffNotARepository = DiagnosticCode("diff-not-a-repository")
    public static let diffUnknownRevision = DiagnosticCode("diff-unknown-revision")
    public static let diffGitFailed = DiagnosticCode("diff-git-failed")
}
