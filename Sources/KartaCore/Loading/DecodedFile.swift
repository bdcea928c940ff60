/// What decoding one content file produced.
struct DecodedFile: Sendable {
    enum Value: Sendable {
        case school(School)
        case roadmap(Roadmap)
        case order(Order)
    }

    var value: Value?
    var text: String?
    var diagnostics: [Diagnostic]
}
