/// The files of `content/files/` as one scan found them: those published and the diagnostics of
/// those refused. A build that scanned them to see whether anything changed hands its scan on to
/// the resolve phase rather than walking the folder twice.
public struct AttachmentScan: Sendable {
    public let published: [Attachment]
    public let refused: Diagnostics

    public init(contentDirectory: String) {
        var refused = Diagnostics()
        published = Attachments.scan(contentDirectory: contentDirectory, into: &refused)
        self.refused = refused
    }
}
