/// `meetings/<slug>/index.html`: the протокол per ГОСТ Р 7.0.97, and the state of its decisions.
public struct MeetingPage: Sendable {
    public struct Item: Sendable {
        /// «1».
        public let number: String
        /// «О ходе реализации …».
        public let title: String
        /// The speakers of the agenda, joined.
        public let speakers: String
        /// СЛУШАЛИ, from Markdown.
        public let heard: HTML
        /// The same as blocks of text, for the Word document; empty in a page made for the site alone.
        public let heardBlocks: [TextBlock]
        public let spoke: [(name: String, text: String)]
        public let decisions: [DecisionLine]
    }

    public let shell: PageShell
    public let issuer: [String]
    public let date: String
    /// «№ 3»; empty without a number.
    public let number: String
    public let place: String
    /// «заседания муниципальной рабочей группы по …».
    public let heading: String
    /// «Протокол заседания …», for the page's title.
    public let title: String
    public let chair: PersonLine?
    public let secretary: PersonLine?
    /// The names when listed in the protocol; empty when only counted.
    public let attendees: [String]
    /// «24 человека (список прилагается)» when counted; empty when listed.
    public let attendeeCount: String
    /// The list of attendees as the protocol's appendix, when there are more than
    /// `Meeting.Attendees.listedInline`.
    public let attendeeAppendix: [String]
    /// «И.О. Фамилия – должность».
    public let invited: [String]
    public let items: [Item]
    /// The notes of the content file, from Markdown.
    public let notes: HTML
    /// «Контроль исполнения решений»: the decisions of earlier meetings as of this one.
    public let control: [DecisionLine]
    public let docx: PageLink?
    public let pdf: PageLink?
    /// In an extract, the number of the one item of `items` it reproduces («2»); empty in the protocol.
    public let extract: String
}
