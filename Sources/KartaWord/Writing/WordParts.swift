/// The parts of a written .docx besides the body: package relations, styles (Times New Roman 14,
/// single spacing), the page-number header and an empty one for the first page.
enum WordParts {
    static let namespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let package = "http://schemas.openxmlformats.org/package/2006"
    private static let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static let fixed: [(String, String)] = [
        (
            "[Content_Types].xml",
            declaration + """
                <Types xmlns="\(package)/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="\
                \(main).document.main+xml"/><Override PartName="/word/styles.xml" ContentType="\(main).styles+xml"/>\
                <Override PartName="/word/settings.xml" ContentType="\(main).settings+xml"/><Override PartName="/word/header1.xml" ContentType="\
                \(main).header+xml"/><Override PartName="/word/header2.xml" ContentType="\(main).header+xml"/></Types>
                """
        ),
        (
            "_rels/.rels",
            declaration + """
                <Relationships xmlns="\(package)/relationships"><Relationship Id="rId1" Type="\(office)/officeDocument" Target="word/document.xml"/>\
                </Relationships>
                """
        ),
        (
            "word/_rels/document.xml.rels",
            declaration + """
                <Relationships xmlns="\(package)/relationships"><Relationship Id="rIdStyles" Type="\(office)/styles" Target="styles.xml"/>\
                <Relationship Id="rIdSettings" Type="\(office)/settings" Target="settings.xml"/><Relationship Id="rIdHeader" Type="\
                \(office)/header" Target="header1.xml"/><Relationship Id="rIdFirst" Type="\(office)/header" Target="header2.xml"/></Relationships>
                """
        ),
        (
            "word/styles.xml",
            declaration + """
                <w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr>\
                <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>\
                <w:szCs w:val="28"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
                <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
                <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar>\
                <w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
                """
        ),
        (
            "word/settings.xml",
            declaration + """
                <w:settings \(namespaces)><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>
                """
        ),
        (
            "word/header1.xml",
            declaration + """
                <w:hdr \(namespaces)><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>\
                <w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>\
                <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
                """
        ),
        (
            "word/header2.xml",
            declaration + """
                <w:hdr \(namespaces)><w:p/></w:hdr>
                """
        )
    ]
}
