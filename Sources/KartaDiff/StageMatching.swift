import KartaCore

/// Which stage of the new version each stage of the old one became: the same title first, then,
/// for a renamed stage, the one that holds most of its measures, then an empty stage at the same
/// place. A stage left over was removed (old) or added (new).
struct StageMatching {
    /// For each old stage, its new index; nil when it was removed.
    private(set) var newIndex: [Int?]
    /// For each new stage, its old index; nil when it was added.
    private(set) var oldIndex: [Int?]

    init(_ old: [Stage], _ new: [Stage]) {
        newIndex = Array(repeating: nil, count: old.count)
        oldIndex = Array(repeating: nil, count: new.count)
        for (i, stage) in old.enumerated() {
            if let j = new.indices.first(where: { oldIndex[$0] == nil && new[$0].title == stage.title }) { pair(i, j) }
        }
        let oldMeasures = old.map { Set($0.events.map(\.identity)) },
            newMeasures = new.map { Set($0.events.map(\.identity)) }
        var shared: [(count: Int, i: Int, j: Int)] = []
        for i in old.indices where newIndex[i] == nil {
            for j in new.indices where oldIndex[j] == nil {
                let count = oldMeasures[i].intersection(newMeasures[j]).count
                if count > 0 { shared.append((count, i, j)) }
            }
        }
        for candidate in shared.sorted(by: { ($1.count, $0.i, $0.j) < ($0.count, $1.i, $1.j) })
        where newIndex[candidate.i] == nil && oldIndex[candidate.j] == nil {
            pair(candidate.i, candidate.j)
        }
        for i in old.indices
        where newIndex[i] == nil && i < new.count && oldIndex[i] == nil
            && old[i].events.isEmpty && new[i].events.isEmpty
        {
            pair(i, i)
        }
    }

    private mutating func pair(_ i: Int, _ j: Int) {
        newIndex[i] = j
        oldIndex[j] = i
    }
}
