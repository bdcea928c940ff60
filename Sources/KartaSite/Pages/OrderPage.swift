/// `orders/<slug>/index.html`: the order as a printable document with its appendices.
public struct OrderPage: Sendable {
    public enum AppendixContent: Sendable {
        case roadmap(MeasuresTable)
        case curators([AssignmentRow])
        case methodists([AssignmentRow])
        /// `label`: the file's path; `file`: «PDF, 184 КБ».
        case file(href: String, label: String, file: String)
    }

    /// The captions of the curators' and methodists' tables, for the page and the Word document.
    public static let curatorCaptions = ["№ п/п", "ОО", "Ответственный от ОО, должность", "ФИО куратора, должность"]
    public static let methodistCaptions = ["№ п/п", "ОО", "ФИО, должность методиста РМА"]

    public struct AssignmentRow: Sendable {
        /// «1.».
        public let index: String
        public let school: String
        /// The school's responsible person as one line; empty for methodists.
        public let responsible: String
        public let people: [String]
    }

    public struct Appendix: Sendable {
        public let number: Int
        /// «Приложение 1», «к приказу РОО», «от 05.09.2025 № 118».
        public let markLines: [String]
        /// The approval stamp of a roadmap the order approves: «УТВЕРЖДЕН», «приказом …», «от …»; empty otherwise.
        public let stampLines: [String]
        public let title: String
        public let content: AppendixContent
    }

    public let shell: PageShell
    /// The lines of the organisation header.
    public let issuer: [String]
    /// «ПРИКАЗ».
    public let kind: String
    /// «Приказ», for the page's title.
    public let kindName: String
    public let date: String
    /// «№ 118».
    public let number: String
    public let place: String
    public let title: String
    /// Preamble, «ПРИКАЗЫВАЮ:» and points, from Markdown.
    public let body: HTML
    /// The same as blocks of text, for the Word document; empty in a page made for the site alone.
    public let bodyBlocks: [TextBlock]
    public let signatory: PersonLine?
    public let preparedBy: String
    /// The order's Word document beside the page (`order.docx`, «DOCX, 12 КБ»), when `--docx` wrote one.
    public let docx: PageLink?
    /// The order printed to PDF (`order.pdf`), once `--pdf` has printed it.
    public let pdf: PageLink?
    /// The signed copy of the order, when the content names one.
    public let signed: SignedCopy?
    public let appendices: [Appendix]
}
