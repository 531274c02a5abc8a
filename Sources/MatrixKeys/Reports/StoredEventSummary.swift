/// The counts of a verification run over a homeserver's stored events: per verdict, the events stored
/// under another ID than their own, the events the server itself rejected, and outliers; over the whole
/// run and per room. Every count is a plain sum, so that the JSON summaries of runs over disjoint parts
/// of one database (`--shard K/N`) add up to the summary of the whole, room by room.
public struct StoredEventSummary: Sendable {
    /// Counts over a set of events.
    public struct Counts: Sendable, Equatable {
        public var events = 0
        public var valid = 0
        public var redacted = 0
        public var censored = 0
        public var rejected = 0
        /// Events stored under another ID than their own (counted among `rejected` too).
        public var idMismatches = 0
        /// Events the server itself rejected (whatever mxkeys' verdict).
        public var serverRejected = 0
        public var outliers = 0

        public init() {}

        mutating func add(_ record: Record) {
            events += 1
            switch record.verdict {
            case .valid: valid += 1
            case .redacted: redacted += 1
            case .censored: censored += 1
            case .rejected: rejected += 1
            }
            if record.idMismatch { idMismatches += 1 }
            if record.serverRejected { serverRejected += 1 }
            if record.outlier { outliers += 1 }
        }

        /// Whether no event is redacted or rejected (censored events are normal server behaviour).
        public var isAllValid: Bool { redacted == 0 && rejected == 0 }

        /// `71 events: 70 valid, 0 redacted, 1 censored, 0 rejected`.
        public var text: String {
            "\(events) events: \(valid) valid, \(redacted) redacted, \(censored) censored, \(rejected) rejected"
        }

        /// The counts as JSON members.
        public var json: JSONObject {
            [
                "events": .integer(Int64(events)), "valid": .integer(Int64(valid)), "redacted": .integer(Int64(redacted)),
                "censored": .integer(Int64(censored)), "rejected": .integer(Int64(rejected)),
                "id_mismatches": .integer(Int64(idMismatches)), "server_rejected": .integer(Int64(serverRejected)),
                "outliers": .integer(Int64(outliers)),
            ]
        }
    }

    /// What the summary keeps of one verified event: small, so that workers can hand it back.
    public struct Record: Sendable {
        public let roomID: String?
        public let roomVersion: String?
        public let verdict: EventVerification.Verdict
        public let idMismatch: Bool
        public let serverRejected: Bool
        public let outlier: Bool

        public init(roomID: String?, roomVersion: String?, verdict: EventVerification.Verdict, idMismatch: Bool = false, serverRejected: Bool = false, outlier: Bool = false) {
            self.roomID = roomID
            self.roomVersion = roomVersion
            self.verdict = verdict
            self.idMismatch = idMismatch
            self.serverRejected = serverRejected
            self.outlier = outlier
        }

        public init(_ entry: EventStreamVerifier.Entry) {
            verdict = entry.verification.verdict
            idMismatch = entry.verification.hasEventIDMismatch
            roomVersion = entry.version?.identifier
            if case .stored(let stored) = entry.location {
                roomID = stored.roomID
                serverRejected = stored.rejectionReason != nil
                outlier = stored.outlier
            } else {
                roomID = nil
                serverRejected = false
                outlier = false
            }
        }
    }

    /// One room's counts, with its room version when the store knew it.
    public struct Room: Sendable, Equatable {
        public var version: String?
        public var counts = Counts()
    }

    public private(set) var total = Counts()
    /// Room ID → its counts.
    public private(set) var rooms: [String: Room] = [:]

    public init() {}

    public mutating func add(_ record: Record) {
        total.add(record)
        guard let roomID = record.roomID else { return }
        rooms[roomID, default: Room(version: record.roomVersion)].counts.add(record)
    }

    /// The rooms as a table: a header and one row per room, in room ID order (code point order).
    public var roomTable: (header: [String], rows: [[String]]) {
        let header = ["room", "version", "events", "valid", "redacted", "censored", "rejected", "id mismatches", "server rejected", "outliers"]
        let rows = rooms.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { id, room in
            let c = room.counts
            return [id, room.version ?? "?"] + [c.events, c.valid, c.redacted, c.censored, c.rejected, c.idMismatches, c.serverRejected, c.outliers].map(String.init)
        }
        return (header, rows)
    }

    /// The closing lines: the totals over `rooms.count` rooms, then what the server's records added.
    public func totalLines(source: String) -> [String] {
        [
            "\(total.text) (\(source), \(rooms.count) room\(rooms.count == 1 ? "" : "s"))",
            "stored under another ID: \(total.idMismatches); rejected by the server itself: \(total.serverRejected); outliers: \(total.outliers)",
        ]
    }

    /// The counts, with `rooms` as an object of room ID → the room's version and counts.
    public var json: JSONObject {
        var object = total.json
        var byRoom = JSONObject()
        for (id, room) in rooms {
            var members = room.counts.json
            members["room_version"] = room.version.map(JSONValue.string) ?? .null
            byRoom[id] = .object(members)
        }
        object["rooms"] = .object(byRoom)
        return object
    }
}

extension StoredEventSummary.Counts {
    /// The members `json` writes: the names a summary's counts go by.
    public static let memberNames: Set<String> = [
        "events", "valid", "redacted", "censored", "rejected", "id_mismatches", "server_rejected", "outliers",
    ]

    /// Counts read back from a summary's members, nil when one is missing or not a count.
    public init?(json: JSONObject) {
        func count(_ name: String) -> Int? {
            guard let value = json[name]?.integerValue, value >= 0, value <= Int64(Int.max) else { return nil }
            return Int(value)
        }
        guard let events = count("events"), let valid = count("valid"), let redacted = count("redacted"),
              let censored = count("censored"), let rejected = count("rejected"), let idMismatches = count("id_mismatches"),
              let serverRejected = count("server_rejected"), let outliers = count("outliers"),
              valid + redacted + censored + rejected == events
        else { return nil }
        self.init()
        self.events = events
        self.valid = valid
        self.redacted = redacted
        self.censored = censored
        self.rejected = rejected
        self.idMismatches = idMismatches
        self.serverRejected = serverRejected
        self.outliers = outliers
    }

    public static func += (lhs: inout Self, rhs: Self) {
        lhs.events += rhs.events
        lhs.valid += rhs.valid
        lhs.redacted += rhs.redacted
        lhs.censored += rhs.censored
        lhs.rejected += rhs.rejected
        lhs.idMismatches += rhs.idMismatches
        lhs.serverRejected += rhs.serverRejected
        lhs.outliers += rhs.outliers
    }
}

extension StoredEventSummary {
    /// A summary read back from `json`'s members (the counts, and `rooms`), nil when they are not a
    /// summary's or the rooms do not add up to the totals.
    public init?(json: JSONObject) {
        guard let total = Counts(json: json), let rooms = json["rooms"]?.objectValue else { return nil }
        self.init()
        var sum = Counts()
        for (id, value) in rooms {
            guard let members = value.objectValue, let counts = Counts(json: members) else { return nil }
            let version: String?
            switch members["room_version"] {
            case .string(let text)?: version = text
            case .null?: version = nil
            default: return nil
            }
            self.rooms[id] = Room(version: version, counts: counts)
            sum += counts
        }
        guard sum.events == total.events || rooms.isEmpty else { return nil }
        self.total = total
    }

    /// Adds the counts of another run over other events, room by room.
    public mutating func merge(_ other: StoredEventSummary) {
        total += other.total
        for (id, room) in other.rooms {
            if var mine = rooms[id] {
                mine.counts += room.counts
                if mine.version == nil { mine.version = room.version }
                rooms[id] = mine
            } else {
                rooms[id] = room
            }
        }
    }
}
