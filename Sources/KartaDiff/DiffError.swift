import KartaCore

/// Why revisions could not be read.
public enum DiffError: DiagnosticMessage, Hashable {
    case gitMissing
    case notARepository
    case unknownRevision(String)
    case gitFailed(String)

    public var severity: Severity { .error }

    public var code: String {
        switch self {
        case .gitMissing: "diff-git-missing"
        case .notARepository: "diff-not-a-repository"
        case .unknownRevision: "diff-unknown-revision"
        case .gitFailed: "diff-git-failed"
        }
    }

    public var message: String {
        switch self {
        case .gitMissing: "не найдена программа git; установите её (apt-get install git)"
        case .notARepository: "папка с содержимым не в репозитории git; karta diff сравнивает версии, сохранённые в git"
        case .unknownRevision(let revision): "в репозитории нет версии «\(revision.quotedExcerpt)»; укажите коммит, ветку или тег (например, HEAD~1)"
        case .gitFailed(let reason): "git завершился с ошибкой: \(reason)"
        }
    }
}
