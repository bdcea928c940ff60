/// The version of karta; part of every page's fingerprint, so that a new karta rebuilds everything.
public enum KartaVersion {
    public static let current = "0.1.0"
}
