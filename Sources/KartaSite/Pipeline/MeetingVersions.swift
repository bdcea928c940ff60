import KartaCore
import KartaDiff

/// The content as committed by the days of the meetings, for their materials' «Изменения с
/// прошлого совещания»: what the roadmaps' texts were when the previous meeting met. A version
/// is read once per commit in a process (`karta serve` builds again and again).
enum MeetingVersions {
    private static let read = Locked<[String: EarlierVersion]>([:])

    static func versions(for site: ResolvedSite, content: String) -> [String: (EarlierVersion, EarlierVersion?)] {
        let order = site.meetingsByDate
        guard order.count > 1 else { return [:] }
        var result: [String: (EarlierVersion, EarlierVersion?)] = [:]
        for (position, index) in order.enumerated() where position > 0 {
            guard let date = site.meetings[index].meeting.date,
                let previousDate = site.meetings[order[position - 1]].meeting.date,
                let previous = version(asOf: previousDate, content: content)
            else { continue }
            // The latest meeting is compared with the content as it is.
            let own = position == order.count - 1 ? nil : version(asOf: date, content: content)
            result[site.meetings[index].meeting.slug] = (previous, own)
        }
        return result
    }

    private static func version(asOf date: LocalDate, content: String) -> EarlierVersion? {
        guard let commit = ContentRevision.commit(asOf: date, content: content) else { return nil }
        let key = FileSystem.canonical(content) + "@" + commit
        if let known = read.withLock({ $0[key] }) { return known }
        guard let version = try? ContentRevision.earlierVersion(commit, content: content) else { return nil }
        read.withLock { $0[key] = version }
        return version
    }
}
