/// The signed copy a document points to: a scan with signature and stamp, or a detached
/// electronic signature.
public struct SignedCopy: Sendable {
    public let href: String
    /// «PDF, 1,1 МБ».
    public let file: String
    /// A detached electronic signature (`.sig`, `.p7s`), not a scan.
    public let isSignature: Bool
}
