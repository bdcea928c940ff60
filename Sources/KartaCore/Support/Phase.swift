/// The phases of a build, in order; `--timings` prints the seconds of each.
public enum Phase: String, Sendable, CaseIterable {
    case read, decode, resolve, render, write, pdf
}
