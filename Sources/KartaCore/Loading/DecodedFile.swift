/// What decoding one content file produced.
struct DecodedFile: Sendable {
    enum Value: Sendable {
        case school(School)
        case roadmap(Roadmap)
        case order(Order)
        case meeting(Meeting)
    }

    var value: Value?
    var text: String?
    var diagnostics: [Diagnostic]
}
