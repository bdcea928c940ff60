/// The phases of a build, in order; `--timings` prints the seconds of each.
public enum Phase: String, Sendable, CaseIterable {
    /// `plan` decides which pages are stale (fingerprints against the previous build).
    case read, decode, resolve, plan, render, write, pdf
}
