#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// What must be undone even when the process is interrupted: a temporary file that holds secret bytes
/// (`AtomicFile` names one only where the file system has no unnamed temporary files, or for the
/// moment between linking a finished file and renaming it over the old one), and a terminal whose echo
/// a passphrase prompt turned off.
///
/// While anything is registered, SIGINT, SIGTERM, SIGHUP and SIGQUIT run a handler that does only what
/// is async-signal-safe (`unlink`, `tcsetattr`, `write`), then restores the signal's default action and
/// raises it again, so that the process still ends as the signal says. A signal the process was started
/// with ignored (`nohup`, a background job) stays ignored. SIGKILL cannot be caught: that is why
/// `AtomicFile` prefers files that never have a name until they are complete.
package enum InterruptCleanup {
    /// A registered file, to hand back to `forget`.
    package struct FileToken: Sendable {
        let slot: Int
    }

    /// Removes `path` if a signal ends the process before `forget` is called with the token. Nil when
    /// every slot is taken (more files than mxkeys ever writes at once) or the path is longer than PATH_MAX.
    package static func removeOnInterrupt(_ path: String) -> FileToken? {
        installHandlers()
        let bytes = Array(path.utf8)
        guard bytes.count <= pathCapacity else { return nil }
        return claimed.withLock { taken -> FileToken? in
            guard let slot = (0..<fileSlots).first(where: { !taken[$0] }) else { return nil }
            taken[slot] = true
            let buffer = pathBuffers + slot * (pathCapacity + 1)
            for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
            buffer[bytes.count] = 0
            atomicMemoryFence(ordering: .sequentiallyConsistent)
            state.pointee.fileActive = state.pointee.fileActive | (1 << slot)
            atomicMemoryFence(ordering: .sequentiallyConsistent)
            return FileToken(slot: slot)
        }
    }

    package static func forget(_ token: FileToken?) {
        guard let token else { return }
        claimed.withLock { taken in
            state.pointee.fileActive = state.pointee.fileActive & ~(1 << token.slot)
            atomicMemoryFence(ordering: .sequentiallyConsistent)
            taken[token.slot] = false
        }
    }

    /// The paths registered now (for tests).
    static var registeredFiles: [String] {
        claimed.withLock { _ in
            (0..<fileSlots).filter { state.pointee.fileActive & (1 << $0) != 0 }.map { String(cString: pathBuffers + $0 * (pathCapacity + 1)) }
        }
    }

    /// Restores `settings` on the terminal `fd` if a signal ends the process before `forgetTerminal()`.
    package static func restoreOnInterrupt(terminal fd: Int32, settings: termios) {
        installHandlers()
        state.pointee.terminalActive = 0
        atomicMemoryFence(ordering: .sequentiallyConsistent)
        state.pointee.terminalFD = fd
        state.pointee.terminal = settings
        atomicMemoryFence(ordering: .sequentiallyConsistent)
        state.pointee.terminalActive = 1
    }

    package static func forgetTerminal() {
        state.pointee.terminalActive = 0
        atomicMemoryFence(ordering: .sequentiallyConsistent)
    }

    /// The signals that end a process and can be caught.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    struct State {
        /// One bit per file slot.
        var fileActive: Int32 = 0
        var terminalActive: Int32 = 0
        var terminalFD: Int32 = -1
        var terminal = termios()
    }

    static let fileSlots = 8
    static let pathCapacity = Int(PATH_MAX)

    // Allocated once and never freed, so that the handler can read them at any moment.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let pointer = UnsafeMutablePointer<State>.allocate(capacity: 1)
        pointer.initialize(to: State())
        return pointer
    }()

    nonisolated(unsafe) static let pathBuffers: UnsafeMutablePointer<CChar> = {
        let count = fileSlots * (pathCapacity + 1)
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: count)
        pointer.initialize(repeating: 0, count: count)
        return pointer
    }()

    private static let claimed = Mutex([Bool](repeating: false, count: 8))
    private static let installed = Mutex(false)

    private static func installHandlers() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            // Touch the storage now: the handler must never be the first to use it.
            _ = state
            _ = pathBuffers
            _ = fileSlots
            _ = pathCapacity
            for signal in signals {
                var old = sigaction()
                guard sigaction(signal, nil, &old) == 0 else { continue }
                // SIG_IGN is 1: a signal ignored from the start stays ignored.
                if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == 1 { continue }
                var action = sigaction()
                action.__sigaction_handler.sa_handler = handler
                sigemptyset(&action.sa_mask)
                for other in signals { sigaddset(&action.sa_mask, other) }
                action.sa_flags = 0
                _ = sigaction(signal, &action, nil)
            }
        }
    }

    /// Undoes what is registered, then lets the signal do what it would have done.
    private static let handler: @convention(c) (Int32) -> Void = { signal in
        let current = InterruptCleanup.state
        if current.pointee.terminalActive != 0 {
            _ = tcsetattr(current.pointee.terminalFD, TCSAFLUSH, &current.pointee.terminal)
            var newline: UInt8 = 0x0A
            _ = write(current.pointee.terminalFD, &newline, 1)
        }
        let active = current.pointee.fileActive
        if active != 0 {
            let stride = InterruptCleanup.pathCapacity + 1
            for slot in 0..<InterruptCleanup.fileSlots where active & (1 << slot) != 0 {
                _ = unlink(InterruptCleanup.pathBuffers + slot * stride)
            }
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)
        // Blocked while the handler runs: delivered, with the default action, as it returns.
        _ = raise(signal)
    }
}
