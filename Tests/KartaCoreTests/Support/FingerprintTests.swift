import KartaCore
import Testing

struct FingerprintTests {
    /// Bytes that are not UTF-8 (a zip's) still tell two files apart: an .xlsx whose one cell
    /// changed must be built again.
    @Test func bytesThatAreNotTextAreToldApart() {
        // Both read as «PK» and two replacement characters when decoded as UTF-8.
        let first: [UInt8] = [0x50, 0x4B, 0xFF, 0xFE]
        let second: [UInt8] = [0x50, 0x4B, 0xFE, 0xFF]
        #expect(Fingerprint(of: first) != Fingerprint(of: second))
        #expect(Fingerprint(of: first) == Fingerprint(of: first))
        #expect(Fingerprint(of: Array("текст".utf8)) != Fingerprint(of: Array("текст ".utf8)))
    }
}
