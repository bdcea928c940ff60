import KartaSite

/// «Подписанная копия (PDF, 1,1 МБ)» or «Электронная подпись (SIG, 2 КБ)»: the link to a
/// document's signed copy.
enum SignedCopyPartial {
    static func render(_ copy: SignedCopy) -> HTML {
        let name = copy.isSignature ? "Электронная подпись" : "Подписанная копия"
        return "<a class=\"signed\" href=\"\(copy.href)\">\(name)\(FileInfoPartial.render(copy.file))</a>"
    }
}
