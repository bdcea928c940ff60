/// A school's own targets in one roadmap it is in: `targets: {<roadmap>: {<indicator>: value}}`.
public struct SchoolTargets: Sendable, Hashable {
    public struct Value: Sendable, Hashable {
        public var indicator: Located<String>
        public var value: Double

        public init(indicator: Located<String>, value: Double) {
            self.indicator = indicator
            self.value = value
        }
    }

    public var roadmap: Located<String>
    public var values: [Value]

    public init(roadmap: Located<String>, values: [Value]) {
        self.roadmap = roadmap
        self.values = values
    }
}
