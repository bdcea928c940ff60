import KartaCore

/// One karta at a time on an output folder: two builds of one folder (or a build beside
/// `karta serve`) would each write pages the other's manifest does not know, and leave a site of
/// two dates for good. The lock is a file beside the manifest, `.karta-cache/<output>.lock`.
public final class OutputLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        FileSystem.unlock(descriptor)
    }

    /// The lock of the build's output; nil when no lock file can be made (nothing to protect
    /// against then) or when the output lies inside the content, which the build refuses (the lock
    /// file would be written into the content); an error when another karta holds it.
    public static func acquire(for options: BuildOptions) -> Result<OutputLock?, OutputError> {
        guard options.overlap == nil else { return .success(nil) }
        return acquire(output: options.output)
    }

    static func acquire(output: String) -> Result<OutputLock?, OutputError> {
        switch FileSystem.lock(path(forOutput: output)) {
        case .held(let descriptor): .success(OutputLock(descriptor: descriptor))
        case .busy: .failure(.busy(output))
        case .unavailable: .success(nil)
        }
    }

    static func path(forOutput output: String) -> String {
        let manifest = BuildManifest.path(forOutput: output)
        return String(manifest.dropLast(".manifest".count)) + ".lock"
    }
}
