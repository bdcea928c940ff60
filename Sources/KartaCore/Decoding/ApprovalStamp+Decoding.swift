extension ApprovalStamp {
    static let keys = ["word", "lines"]
}
