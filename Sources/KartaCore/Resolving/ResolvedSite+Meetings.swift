extension ResolvedSite {
    /// Meetings in the order they were held (by date, then slug), as indices into `meetings`.
    static func byDate(_ meetings: [ResolvedMeeting]) -> [Int] {
        meetings.indices.sorted {
            let a = meetings[$0].meeting, b = meetings[$1].meeting
            return (a.date?.dayNumber ?? 0, a.slug) < (b.date?.dayNumber ?? 0, b.slug)
        }
    }

    /// The decisions of every meeting, in the order the meetings were held, that concern a roadmap
    /// (directly or through one of its measures): (meeting, decision) index pairs.
    public func decisions(concerningRoadmap roadmap: Int) -> [(meeting: Int, decision: Int)] {
        decisions { $0.roadmap == roadmap }
    }

    /// Those that name the school.
    public func decisions(concerningSchool school: Int) -> [(meeting: Int, decision: Int)] {
        decisions { $0.schools.contains(school) }
    }

    /// The files of the meetings that took these decisions, each once.
    public func meetingFiles(_ decisions: [(meeting: Int, decision: Int)]) -> [String] {
        var seen: Set<Int> = []
        return decisions.compactMap { seen.insert($0.meeting).inserted ? meetings[$0.meeting].meeting.file : nil }
    }

    private func decisions(where concerns: (ResolvedMeeting.Decision) -> Bool) -> [(meeting: Int, decision: Int)] {
        meetingsByDate.flatMap { meeting in
            meetings[meeting].decisions.indices.filter { concerns(meetings[meeting].decisions[$0]) }.map {
                (meeting, $0)
            }
        }
    }
}
