extension DecodedFile.Value {
    /// The file the value was decoded from.
    var file: String {
        switch self {
        case .school(let school): school.file
        case .roadmap(let roadmap): roadmap.file
        case .order(let order): order.file
        case .meeting(let meeting): meeting.file
        }
    }

    /// The tag of the case in the decode cache.
    var kind: Int {
        switch self {
        case .school: 0
        case .roadmap: 1
        case .order: 2
        case .meeting: 3
        }
    }

    func write(to writer: inout CacheWriter) {
        switch self {
        case .school(let school): writer.value(school)
        case .roadmap(let roadmap): writer.value(roadmap)
        case .order(let order): writer.value(order)
        case .meeting(let meeting): writer.value(meeting)
        }
    }

    init(kind: Int, from reader: inout CacheReader) throws(CacheReader.Damaged) {
        switch kind {
        case 0: self = .school(try reader.value())
        case 1: self = .roadmap(try reader.value())
        case 2: self = .order(try reader.value())
        case 3: self = .meeting(try reader.value())
        default: throw CacheReader.Damaged()
        }
    }
}
