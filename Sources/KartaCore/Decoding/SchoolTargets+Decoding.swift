import Yams

extension SchoolTargets {
    /// `targets: {<roadmap>: {<indicator>: value}}`; each problem reported where it is.
    static func decode(_ node: Node?, field: String, context: DecodingContext) -> [SchoolTargets] {
        guard let node else { return [] }
        guard case .mapping(let roadmaps) = node else {
            context.report(.wrongType(field: field, expected: "набор полей", found: node.russianKindName), at: node)
            return []
        }
        var result: [SchoolTargets] = []
        for (key, values) in roadmaps {
            guard let roadmap = key.scalar?.string else {
                context.report(.complexKey(found: key.russianKindName), at: key)
                continue
            }
            guard case .mapping(let indicators) = values else {
                context.report(
                    .wrongType(field: "\(field).\(roadmap)", expected: "набор полей", found: values.russianKindName),
                    at: values)
                continue
            }
            var targets = SchoolTargets(roadmap: Located(roadmap, at: context.location(key)), values: [])
            for (name, value) in indicators {
                guard let id = name.scalar?.string else {
                    context.report(.complexKey(found: name.russianKindName), at: name)
                    continue
                }
                guard let text = value.scalar?.string, let number = IndicatorNumber.parse(text) else {
                    context.report(
                        .invalidNumber(field: "\(field).\(roadmap).\(id)", text: value.scalar?.string ?? ""), at: value)
                    continue
                }
                targets.values.append(Value(indicator: Located(id, at: context.location(name)), value: number))
            }
            result.append(targets)
        }
        return result
    }
}
