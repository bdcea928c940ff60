/// The requisites and text of an order found at the top of a document.
struct ImportedOrder: Sendable, Equatable {
    var issuer: [String] = []
    var kind = "ПРИКАЗ"
    var date = ""
    var number = ""
    var place = ""
    var title = ""
    var preamble: [String] = []
    /// «ПРИКАЗЫВАЮ:» as the document words it (in any case, often at the end of the preamble).
    var command = ""
    var points: [String] = []
    var signatoryPosition = ""
    var signatoryName = ""
    var preparedBy = ""
}
