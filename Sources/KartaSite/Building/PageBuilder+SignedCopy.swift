import KartaCore

extension PageBuilder {
    /// Extensions of detached electronic signatures.
    static let signatureExtensions: Set<String> = ["sig", "p7s", "sgn"]

    func signedCopy(_ signed: Located<String>?, root: String) -> SignedCopy? {
        guard let href = signed?.value else { return nil }
        let link = SiteLink.href(href, root: root)
        guard !link.isEmpty else { return nil }
        return SignedCopy(
            href: link, file: fileInfo(href), isSignature: Self.signatureExtensions.contains(Format.fileExtension(href))
        )
    }
}
