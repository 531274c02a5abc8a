/// Who besides its owner may read or write a file, in the words the warnings and errors use, from its
/// permission bits.
public enum FileExposure {
    /// What a secret (a private key, a passphrase, a keystore entry) must not be: open to its group or
    /// to others in any way.
    public static func secret(_ mode: UInt32) -> String? {
        mode & 0o066 == 0 ? nil : describe(mode)
    }

    /// What a key file that a service's group reads must not be: readable by others, or writable by
    /// anyone but its owner. Synapse makes its signing key 0640 for its group, which is fine.
    public static func groupReadable(_ mode: UInt32) -> String? {
        mode & 0o026 == 0 ? nil : describe(mode)
    }

    /// `readable by its group and by others (mode 644)`, `readable and writable by its group (mode
    /// 660)`, `readable by its group and by others, writable by its group (mode 664)`.
    public static func describe(_ mode: UInt32) -> String {
        func who(_ group: Bool, _ others: Bool) -> String? {
            switch (group, others) {
            case (true, true): return "its group and by others"
            case (true, false): return "its group"
            case (false, true): return "others"
            case (false, false): return nil
            }
        }
        let readers = who(mode & 0o040 != 0, mode & 0o004 != 0)
        let writers = who(mode & 0o020 != 0, mode & 0o002 != 0)
        let words: String
        switch (readers, writers) {
        case let (r?, w?) where r == w: words = "readable and writable by \(r)"
        case let (r?, w?): words = "readable by \(r), writable by \(w)"
        case let (r?, nil): words = "readable by \(r)"
        case let (nil, w?): words = "writable by \(w)"
        case (nil, nil): words = "open to no one else"
        }
        return words + " (mode \(String(mode & 0o777, radix: 8)))"
    }
}
