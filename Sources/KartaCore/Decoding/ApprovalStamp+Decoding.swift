extension ApprovalStamp {
    enum Field: String, FieldKey {
        case word
        case lines
    }
}
