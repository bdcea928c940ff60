import KartaSite

/// karta's own pages: the site, the school sections and the printable documents. Each page kind
/// and each partial is a function in its own file; change one and run `make site`.
public struct DefaultTheme: Theme {
    public init() {}

    public func index(_ page: IndexPage) -> HTML { IndexTemplate.render(page) }
    public func roadmap(_ page: RoadmapPage) -> HTML { RoadmapTemplate.render(page) }
    public func report(_ page: ReportPage) -> HTML { ReportTemplate.render(page) }
    public func roadmapDocument(_ page: RoadmapDocumentPage) -> HTML { RoadmapDocumentTemplate.render(page) }
    public func schoolMeasures(_ items: [SchoolSection.Measure]) -> HTML { SchoolSectionPartial.measures(items) }
    public func schoolSection(_ section: SchoolSection) -> HTML { SchoolSectionPartial.render(section) }
    public func school(_ page: SchoolPage) -> HTML { SchoolTemplate.render(page) }
    public func schoolFragment(_ page: SchoolFragmentPage) -> HTML { SchoolFragmentTemplate.render(page) }
    public func order(_ page: OrderPage) -> HTML { OrderTemplate.render(page) }
    public func meeting(_ page: MeetingPage) -> HTML { MeetingTemplate.render(page) }
    public func meetingExtract(_ page: MeetingPage) -> HTML { MeetingTemplate.extract(page) }
    public func meetingMaterials(_ page: MeetingMaterialsPage) -> HTML { MeetingMaterialsTemplate.render(page) }
    public var assets: [OutputFile] { DefaultAssets.files }
}
