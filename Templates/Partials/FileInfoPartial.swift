import KartaSite

/// « (PDF, 184 КБ)» after the title of a link to a file, inside the link, so that it is read with
/// it (order № 1493, п. 4).
enum FileInfoPartial {
    static func render(_ info: String) -> HTML {
        info.isEmpty ? .empty : " <span class=\"file-info\">(\(info))</span>"
    }
}
