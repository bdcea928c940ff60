import Foundation
import ZIPFoundation

/// Structure-aware inputs for the readers of zipped XML (.docx, .xlsx): a whole zip mutated byte by
/// byte almost never opens, so the fuzzer mutates the parts and the harness zips them. The input is
/// the parts' texts separated by NUL bytes, in the order of `names`; missing parts are empty.
public enum ZippedParts {
    public static func split(_ data: UnsafePointer<UInt8>, _ size: Int, into count: Int) -> [Data] {
        let bytes = UnsafeBufferPointer(start: data, count: size)
        var parts = bytes.split(separator: 0, maxSplits: count - 1, omittingEmptySubsequences: false).map { Data($0) }
        while parts.count < count { parts.append(Data()) }
        return parts
    }

    /// A zip of the given parts (in memory, stored uncompressed: the fuzzer's time goes to the XML).
    public static func zip(_ parts: [(name: String, data: Data)]) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            fatalError("no archive in memory: \(error)")
        }
        for (name, bytes) in parts {
            do {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
                    bytes.subdata(in: Data.Index(position)..<Data.Index(position) + size)
                }
            } catch {
                fatalError("could not zip \(name): \(error)")
            }
        }
        return archive.data ?? Data()
    }
}
