import Foundation
import KartaCore

/// Converts .doc, .odt and .rtf to .docx with LibreOffice (`soffice --headless --convert-to docx`)
/// in a temporary folder, so that one Word reader serves them all.
///
/// A document may link pictures or other parts by address (`http://…`, an address inside the
/// user's network), and LibreOffice fetches them as it opens the document. Conversion gets none:
/// the profile karta makes for it blocks links from documents (`BlockUntrustedRefererLinks`),
/// and where the system allows, LibreOffice runs with no network at all (`unshare --net`).
struct OfficeConverter {
    let executable: String
    /// The command LibreOffice runs under to have no network: `unshare -rn`, or none where the
    /// system does not allow it.
    var isolation: [String] = []
    /// A document of a few hundred pages converts in seconds; longer means LibreOffice is stuck.
    static let timeout: Double = 300

    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> OfficeConverter? {
        if let path = environment["KARTA_SOFFICE"] {
            return FileSystem.isExecutable(path) ? OfficeConverter(executable: path, isolation: isolation) : nil
        }
        return FileSystem.executable(named: ["soffice", "libreoffice"], environment: environment).map {
            OfficeConverter(executable: $0, isolation: isolation)
        }
    }

    /// `unshare` with a network namespace of its own (and the user mapped to root in it, so that
    /// no privilege is needed), if it works here: containers and some kernels refuse it.
    static let isolation: [String] = {
        guard let unshare = FileSystem.executable(named: ["unshare"]),
            let probe = try? ChildProcess.run(unshare, ["--net", "--map-root-user", "true"], timeout: 10),
            probe.status == 0, !probe.timedOut
        else { return [] }
        return [unshare, "--net", "--map-root-user"]
    }()

    /// LibreOffice's settings for the conversion's profile: links in documents are not followed.
    static let settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
        <prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
        </oor:items>

        """

    /// Converts `file` and hands the .docx to `body`; the temporary folder is removed afterwards.
    func withConverted<T>(_ file: String, kind: String, _ body: (String) -> T) -> Result<T, ImportError> {
        let folder: String
        do { folder = try FileSystem.temporaryFolder(prefix: "karta-convert") } catch {
            return .failure(.unreadable(error.reason))
        }
        defer { FileSystem.removeTree(folder) }
        // A profile of its own: a LibreOffice the user has open would otherwise take the job and
        // exit at once; and the settings that keep it from following links.
        let arguments =
            isolation + [
                executable, "--headless", "--norestore", "--nologo",
                "-env:UserInstallation=\(URL(fileURLWithPath: folder + "/profile").absoluteString)",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, URL(fileURLWithPath: file).path
            ]
        let finished: ChildProcess.Finished
        do {
            try FileSystem.makeFolders(folder + "/profile/user")
            try FileSystem.write(Self.settings, to: folder + "/profile/user/registrymodifications.xcu")
            finished = try ChildProcess.run(arguments[0], Array(arguments.dropFirst()), timeout: Self.timeout)
        } catch {
            return .failure(
                .conversionFailed(kind, "не удалось запустить LibreOffice (\(executable)): \(error.reason)"))
        }
        if finished.timedOut {
            return .failure(
                .conversionFailed(kind, "LibreOffice не закончил за \(Int(Self.timeout)) с и был остановлен"))
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let converted = "\(folder)/\(stem).docx"
        guard finished.status == 0, FileSystem.fileExists(converted) else {
            return .failure(
                .conversionFailed(
                    kind,
                    "LibreOffice не смог его открыть (код \(finished.status)); возможно, файл повреждён или защищён паролем"
                ))
        }
        return .success(body(converted))
    }
}
