import KartaCore

extension Fingerprint {
    /// Each published file's path and size: what a page shows of the files it links.
    mutating func add(_ attachments: [Attachment]) {
        for attachment in attachments {
            add(attachment.path)
            add(String(attachment.size))
        }
    }
}
