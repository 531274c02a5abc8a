import MatrixKeys

/// What `ClientSession.downloadBackup` saved: its bytes, and the rooms (those with sessions) and
/// sessions counted in them.
public struct DownloadedBackup: Sendable, Equatable {
    public let bytes: Int
    public let rooms: Int
    public let sessions: Int

    public init(bytes: Int, rooms: Int, sessions: Int) {
        self.bytes = bytes
        self.rooms = rooms
        self.sessions = sessions
    }
}

/// `backup fetch`'s summary: what was downloaded, counted, and where the server's own figures (the
/// version's `count` and `etag`, before the download and after it) say otherwise.
public struct BackupFetchSummary: Sendable {
    /// The version's fields before the download and after it.
    public let before: JSONObject
    public let after: JSONObject
    public let saved: DownloadedBackup

    public init(before: JSONObject, after: JSONObject, saved: DownloadedBackup) {
        self.before = before
        self.after = after
        self.saved = saved
    }

    /// `backup version 3 (m.megolm_backup.v1.curve25519-aes-sha2), etag 7: 12 sessions in 2 rooms;
    /// saved to backup.json (4096 bytes)`, with `; the server counts 13` where its count differs and
    /// `; the backup changed during the download (etag 7, then 8)` where the version's etag or count
    /// did.
    public func text(savedAs path: String) -> String {
        var text = "backup version \(before["version"]?.stringValue ?? "?")"
        if let algorithm = before["algorithm"]?.stringValue { text += " (\(algorithm))" }
        if let etag = before["etag"]?.stringValue { text += ", etag \(etag)" }
        text += ": \(saved.sessions) sessions in \(saved.rooms) rooms"
        if case .integer(let count)? = before["count"], count != Int64(saved.sessions) { text += "; the server counts \(count)" }
        var changes: [String] = []
        if let etag = before["etag"]?.stringValue, let now = after["etag"]?.stringValue, etag != now { changes.append("etag \(etag), then \(now)") }
        if case .integer(let count)? = before["count"], case .integer(let now)? = after["count"], count != now {
            changes.append("count \(count), then \(now)")
        }
        if !changes.isEmpty { text += "; the backup changed during the download (" + changes.joined(separator: "; ") + ")" }
        return text + "; saved to \(path) (\(saved.bytes) bytes)"
    }
}
