/// Merging the reports of `event verify --json` runs over one homeserver's database into the summary
/// that one run over all their events prints (`report merge`).
///
/// What it accepts: the N shards of a run (`--shard K/N`, each K once), and runs over disjoint sets
/// of rooms (`--room`), each whole or itself sharded; all of the same database, mxkeys version, key
/// ring and options but `--room` and `--shard`. Runs over different databases are refused: two
/// servers store their own copies of the same rooms' events, so counts by room would add the same
/// event twice.
///
/// Everything in a summary that is not a count of its own events (`events` … `outliers`, `rooms`), its
/// shard, its time or its room selection identifies the run, and must be equal across the inputs. Each
/// input must be whole (its event lines number its summary's count), and no stored event may be in two
/// of them: event IDs are remembered as 64-bit hashes (8 bytes an event, whatever the length of the
/// ID), and an ID whose hash was seen is looked for again in a second pass, so that a collision is
/// never taken for a duplicate.
public struct ReportMerge {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noInput
        case differentRun(first: String, other: String, member: String)
        case differentShardCounts(first: String, firstShard: String, other: String, otherShard: String)
        case differentSpans(first: String, firstSpan: String, other: String, otherSpan: String)
        case wholeAndShard(whole: String, shard: String, shardText: String)
        case shardTwice(shard: String, first: String, other: String)
        case missingShard(shard: String, selection: String)
        case sameSelection(first: String, other: String)
        case overlappingRooms(first: String, other: String, room: String)
        case duplicateEvent(eventID: String, first: String, other: String)

        public var description: String {
            switch self {
            case .noInput: return "no reports to merge"
            case let .differentRun(first, other, member):
                return "\(other) is not of the same run as \(first): its \(member)"
            case let .differentShardCounts(first, firstShard, other, otherShard):
                return "\(first) is shard \(firstShard) and \(other) is shard \(otherShard): shards of different splits do not merge"
            case let .differentSpans(first, firstSpan, other, otherSpan):
                return "\(first) and \(other) are shards cut from different spans of stream positions (\(firstSpan) and \(otherSpan)): the database changed between the runs"
            case let .wholeAndShard(whole, shard, shardText):
                return "\(whole) is a whole run and \(shard) is shard \(shardText) of the same events"
            case let .shardTwice(shard, first, other): return "shard \(shard) is given twice: \(first) and \(other)"
            case let .missingShard(shard, selection): return "shard \(shard) is missing (\(selection))"
            case let .sameSelection(first, other): return "\(first) and \(other) are runs over the same events"
            case let .overlappingRooms(first, other, room):
                return "\(first) and \(other) both cover room \(room): the same stored events twice"
            case let .duplicateEvent(eventID, first, other):
                return "stored event \(eventID) is in both \(first) and \(other): the same stored event twice"
            }
        }
    }

    /// The members of a summary that are a run's own rather than its identity.
    static let ownMembers: Set<String> = StoredEventSummary.Counts.memberNames.union(["rooms", "shard", "started_at", "elapsed_ms", "events_per_second", "unknown_own_key_ids"])

    /// The merged counts, and the summary object as one run over all the events writes it.
    public private(set) var summary = StoredEventSummary()
    public private(set) var summaryJSON = JSONObject()
    /// The database, as the summaries name it.
    public private(set) var database = ""
    public private(set) var elapsedMilliseconds: Int64 = 0
    /// When the first of the runs started (ms), when they say.
    public private(set) var startedAt: Int64?

    private struct Input {
        let path: String
        let shard: (index: Int, count: Int)?
        /// The stream positions the shard's range was cut from, when the run saw them.
        let span: JSONValue?
        let rooms: [String]?
    }

    /// Reads and merges the reports at `paths`, throwing the first refusal.
    public init(paths: [String]) throws {
        guard !paths.isEmpty else { throw Failure.noInput }
        var inputs: [Input] = []
        var identity: JSONObject?
        var seen = Set<UInt64>()
        var suspects = Set<String>()
        // The server's own key IDs that some run's ring lacked: each run names those of its own events.
        var unknownOwnKeyIDs = Set<String>()
        for path in paths {
            let read = try VerifyReportFile.read(path: path) { event, _ in
                guard let id = event["stored_event_id"]?.stringValue else { return }
                if !seen.insert(Self.hash(id)).inserted { suspects.insert(id) }
            }
            var own = read.summary
            var options = own["options"]?.objectValue ?? [:]
            let rooms = options.removeValue(forKey: "rooms")?.arrayValue?.compactMap(\.stringValue)
            own["options"] = .object(options)
            for name in Self.ownMembers { own[name] = nil }
            if let identity {
                if let member = Self.firstDifference(identity, own) {
                    throw Failure.differentRun(first: inputs[0].path, other: path, member: member)
                }
            } else {
                identity = own
            }
            var shard: (Int, Int)?
            let part = read.summary["shard"]?.objectValue
            if let part, let index = part["index"]?.integerValue, let count = part["count"]?.integerValue {
                shard = (Int(index), Int(count))
            }
            inputs.append(Input(path: path, shard: shard, span: part?["span"], rooms: rooms))
            summary.merge(read.counts)
            for id in read.summary["unknown_own_key_ids"]?.arrayValue ?? [] { if let id = id.stringValue { unknownOwnKeyIDs.insert(id) } }
            elapsedMilliseconds += read.summary["elapsed_ms"]?.integerValue ?? 0
            if let started = read.summary["started_at"]?.integerValue { startedAt = min(startedAt ?? started, started) }
            if database.isEmpty { database = read.summary["database"]?.stringValue ?? "" }
        }
        try Self.checkCoverage(inputs)
        if !suspects.isEmpty { try Self.findDuplicate(among: suspects, paths: paths) }

        var object = identity ?? [:]
        for (key, value) in summary.json { object[key] = value }
        var options = object["options"]?.objectValue ?? [:]
        if inputs.allSatisfy({ $0.rooms != nil }) {
            let all = Set(inputs.flatMap { $0.rooms ?? [] }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            options["rooms"] = .array(all.map(JSONValue.string))
        } else {
            options["rooms"] = .null
        }
        object["options"] = .object(options)
        object["elapsed_ms"] = .integer(elapsedMilliseconds)
        if !unknownOwnKeyIDs.isEmpty { object["unknown_own_key_ids"] = .array(unknownOwnKeyIDs.sorted().map(JSONValue.string)) }
        if let startedAt { object["started_at"] = .integer(startedAt) }
        object["events_per_second"] = .integer(Self.rate(events: summary.total.events, milliseconds: elapsedMilliseconds))
        summaryJSON = object
    }

    /// Events per second over `milliseconds`, as `event verify` rounds it (0 for no time).
    public static func rate(events: Int, milliseconds: Int64) -> Int64 {
        milliseconds > 0 ? Int64((Double(events) * 1000 / Double(milliseconds)).rounded()) : 0
    }

    /// The first member (a path such as `key_ring` or `options.since`) in which two identities differ,
    /// with the two values: `options.since differs: 1577836800000, not null`.
    static func firstDifference(_ a: JSONObject, _ b: JSONObject, prefix: String = "") -> String? {
        let names = Set(a.keys).union(b.keys).sorted()
        for name in names where a[name] != b[name] {
            if let x = a[name]?.objectValue, let y = b[name]?.objectValue {
                return firstDifference(x, y, prefix: prefix + name + ".") ?? prefix + name + " differs"
            }
            return "\(prefix)\(name) differs: \(shown(b[name])), not \(shown(a[name]))"
        }
        return nil
    }

    /// A value as a refusal shows it: its JSON, cut to 80 bytes.
    static func shown(_ value: JSONValue?) -> String {
        guard let value else { return "none" }
        let text = CanonicalJSON.encodeString(value)
        return text.utf8.count > 80 ? String(decoding: Array(text.utf8.prefix(77)), as: UTF8.self) + "..." : text
    }

    /// Every selection of rooms complete (each shard of its split once), and no two selections sharing
    /// a room.
    private static func checkCoverage(_ inputs: [Input]) throws {
        var groups: [[String]?: [Input]] = [:]
        var order: [[String]?] = []
        for input in inputs {
            let key = input.rooms.map { $0.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(input)
        }
        for key in order {
            let group = groups[key] ?? []
            let selection = key.map { "of the run over room" + ($0.count == 1 ? " " : "s ") + $0.joined(separator: ", ") } ?? "of the run over all rooms"
            guard let first = group.first else { continue }
            if let wholeIndex = group.firstIndex(where: { $0.shard == nil }) {
                let whole = group[wholeIndex]
                guard let other = group.indices.first(where: { $0 != wholeIndex }).map({ group[$0] }) else { continue }
                if let shard = other.shard {
                    throw Failure.wholeAndShard(whole: whole.path, shard: other.path, shardText: "\(shard.index)/\(shard.count)")
                }
                throw Failure.sameSelection(first: whole.path, other: other.path)
            }
            let count = first.shard?.count ?? 1
            var byIndex: [Int: String] = [:]
            for input in group {
                guard let shard = input.shard else { continue }
                if shard.count != count {
                    throw Failure.differentShardCounts(
                        first: first.path, firstShard: "\(first.shard?.index ?? 0)/\(count)", other: input.path, otherShard: "\(shard.index)/\(shard.count)")
                }
                // The ranges are cut from the stream positions each run saw: a database that gained events
                // between the runs gives ranges with gaps or overlaps.
                if input.span != first.span {
                    throw Failure.differentSpans(first: first.path, firstSpan: Self.shown(first.span), other: input.path, otherSpan: Self.shown(input.span))
                }
                if let previous = byIndex[shard.index] {
                    throw Failure.shardTwice(shard: "\(shard.index)/\(count)", first: previous, other: input.path)
                }
                byIndex[shard.index] = input.path
            }
            if let missing = (1...max(count, 1)).first(where: { byIndex[$0] == nil }) {
                throw Failure.missingShard(shard: "\(missing)/\(count)", selection: selection)
            }
        }
        // Selections must not share rooms: a run over all rooms shares every room with any other.
        if order.count > 1 {
            if let all = groups[Optional<[String]>.none]?.first, let other = inputs.first(where: { $0.rooms != nil }) {
                throw Failure.overlappingRooms(first: all.path, other: other.path, room: other.rooms?.first ?? "")
            }
            var owner: [String: String] = [:]
            for key in order {
                guard let rooms = key, let path = groups[key]?.first?.path else { continue }
                for room in rooms {
                    if let previous = owner[room] { throw Failure.overlappingRooms(first: previous, other: path, room: room) }
                    owner[room] = path
                }
            }
        }
    }

    /// The second pass: the inputs again, for the IDs whose hash was seen twice; an ID found twice is
    /// refused, with the two files that hold it.
    private static func findDuplicate(among suspects: Set<String>, paths: [String]) throws {
        var found: [String: String] = [:]
        for path in paths {
            _ = try VerifyReportFile.read(path: path) { event, _ in
                guard let id = event["stored_event_id"]?.stringValue, suspects.contains(id) else { return }
                if let first = found[id] { throw Failure.duplicateEvent(eventID: id, first: first, other: path) }
                found[id] = path
            }
        }
    }

    static func hash(_ id: String) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(id)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
