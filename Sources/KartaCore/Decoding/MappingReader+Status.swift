extension MappingReader {
    /// The status of work (a measure, a decision) and the day it was done, which go together: done
    /// needs its day, and a day needs done.
    func statusAndDone(_ statusKey: Key, _ doneKey: Key) -> (EventStatus, LocalDate?) {
        let status = choice(statusKey, as: EventStatus.self) ?? .planned
        let done = date(doneKey)
        if status == .done, done == nil, value(doneKey) == nil {
            context.report(DecodeError.doneWithoutDate, at: value(statusKey)!)
        } else if status != .done, done != nil {
            context.report(DecodeError.dateWithoutDone(status: status.rawValue), at: value(doneKey)!)
        }
        return (status, done)
    }
}
