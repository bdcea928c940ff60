/// One content file to write.
struct ContentFileText {
    let path: String
    let text: String
}
