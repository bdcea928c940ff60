/// The phases of a build, in order; `--timings` prints the seconds of each.
public enum Phase: String, Sendable, CaseIterable {
    /// `plan` decides which pages are stale (fingerprints against the previous build).
    /// `cache` loads `.karta-cache` (decoded content, the previous build's manifest) before the
    /// build and saves it after: outside the pipeline, but part of what a build costs.
    case read, decode, resolve, plan, render, write, pdf, cache
}
