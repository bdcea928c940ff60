/// What `lstat(2)` says of a file, to tell whether it changed since it was last read without
/// reading it (as git's index does): size, modification time and inode (editors that save by
/// writing a new file and renaming it change the inode).
public struct FileStamp: Hashable, Sendable {
    public var size: Int
    public var seconds: Int
    public var nanoseconds: Int
    public var inode: UInt64

    public init(size: Int, seconds: Int, nanoseconds: Int, inode: UInt64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }

    /// Modified in the second before `seconds` (since 1970) or later: a change made soon after
    /// the read could leave the stamp as it was (some file systems keep times to 1 or 2 seconds),
    /// so such a file must be read again next time.
    func isRecent(comparedTo seconds: Int) -> Bool {
        self.seconds >= seconds - 1
    }
}
