import Foundation

extension Process {
    /// Ends a helper a test started (a server, a listener) and waits for it. `terminate()` sends
    /// SIGTERM, which a child of the test process may have blocked; SIGKILL cannot be.
    public func stop() {
        if isRunning { kill(processIdentifier, SIGKILL) }
        waitUntilExit()
    }
}
