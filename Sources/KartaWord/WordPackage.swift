import Foundation
import ZIPFoundation

/// The zip container of an Office Open XML file (a .docx, an .xlsx): its parts by name.
struct WordPackage {
    /// No part of a real document comes near this; a larger one is a zip bomb, not a roadmap.
    /// Counted as the part inflates, not taken from the archive's word for it.
    static let largestPart = 64 << 20

    private let archive: Archive

    /// - Parameter main: the part that makes the file what it is; without it the file is refused
    ///   as `notWord` (the caller names the format).
    init(path: String, main: String = "word/document.xml") throws(WordError) {
        let url = URL(fileURLWithPath: path)
        let head =
            (try? FileHandle(forReadingFrom: url)).map { handle in
                defer { try? handle.close() }
                return (try? handle.read(upToCount: 8)) ?? Data()
            } ?? Data()
        // A password-protected .docx is not a zip but an OLE container holding an «EncryptedPackage».
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Self.isEncrypted(url) ? .encrypted : .notAnArchive
        }
        guard head.starts(with: [0x50, 0x4B]) else { throw .notAnArchive }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .damaged("не читается оглавление архива")
        }
        guard archive[main] != nil else {
            let odt = (try? part("mimetype")).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw .notWord(odt.contains("opendocument") ? "это документ OpenDocument (.odt)" : "")
        }
    }

    /// A package in memory (a table read already, or a file of a git revision).
    init(data: Data, main: String) throws(WordError) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .encrypted }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notAnArchive }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damaged("не читается оглавление архива")
        }
        guard archive[main] != nil else { throw .notWord("") }
    }

    /// The bytes of a part, nil when the package has none. An entry may lie about its size, so
    /// the bytes are counted as they inflate and the reading stops at `largestPart`; the checksum
    /// is compared, so a damaged part is refused rather than read as other text.
    func part(_ name: String) throws(WordError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= Self.largestPart else { throw .damaged("часть \(name) слишком велика") }
        var data = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= Self.largestPart else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw .damaged("часть \(name) слишком велика")
        } catch {
            throw .damaged("часть \(name) не распаковывается")
        }
        guard checksum == entry.checksum else {
            throw .damaged("часть \(name) повреждена (не сходится контрольная сумма)")
        }
        return data
    }

    private struct TooLarge: Error {}

    static func isEncrypted(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return false }
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }
}
