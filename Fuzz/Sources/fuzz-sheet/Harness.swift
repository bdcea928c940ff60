import Foundation
import FuzzChecks
import FuzzDriver

/// A workbook whose sheet, shared strings and styles are the input (NUL-separated, see
/// `ZippedParts`) as a monitoring table saved as .xlsx.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = ZippedParts.split(data, size, into: 3)
    let workbook = Data(
        """
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """.utf8)
    let relations = Data(
        """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """.utf8)
    let zip = ZippedParts.zip([
        ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relations),
        ("xl/worksheets/sheet1.xml", parts[0]), ("xl/sharedStrings.xml", parts[1]), ("xl/styles.xml", parts[2])
    ])
    MonitoringSite.check(table: Array(zip), named: "2025-12-20.xlsx", lines: nil)
    return 0
}

@_cdecl("fuzz_sheet_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
