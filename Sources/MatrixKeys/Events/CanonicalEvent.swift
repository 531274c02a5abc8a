/// The fast path for event hashes and IDs over streams: the event is canonicalised once (which also
/// validates it), and its redacted form is assembled from byte spans of that canonical text, without
/// building a tree. Cases the spans cannot express simply (an escaped `type`, a v11 third-party invite)
/// fall back to the tree.
public final class EventHasher {
    private let canonicalizer = CanonicalJSON.Canonicalizer()
    private var canonical: [UInt8] = []
    private var redacted: [UInt8] = []
    private var top: [CanonicalEventSpans.Member] = []
    private var inner: [CanonicalEventSpans.Member] = []
    private static let signatures = [Array("signatures".utf8)]
    private var compiled: (version: String, rules: CanonicalEventSpans.CompiledRules)? = nil

    /// The redaction rules as bytes, compiled once for the version in use. (Keyed by the identifier:
    /// reaching into `version.redaction` copies the rule set, with its arrays, on every call.)
    private func rules(_ version: borrowing RoomVersion) -> CanonicalEventSpans.CompiledRules {
        if let compiled, compiled.version == version.identifier { return compiled.rules }
        let rules = CanonicalEventSpans.CompiledRules(version.redaction)
        compiled = (version.identifier, rules)
        return rules
    }

    public init() {}

    /// The reference hash of one event given as JSON text, parsed with the version's number mode.
    /// Throws `JSONParseError` for input that is not JSON, `EventError.notAnObject` for other JSON.
    public func referenceHash(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> [UInt8] {
        canonical.removeAll(keepingCapacity: true)
        try canonicalizer.canonicalize(json, mode: version.numberMode, appendingTo: &canonical)
        guard canonical.first == 0x7B else { throw EventError.notAnObject }
        let fast: [UInt8]? = canonical.withUnsafeBufferPointer { event in
            redacted.removeAll(keepingCapacity: true)
            guard CanonicalEventSpans.appendRedacted(
                event, rules: rules(version), dropping: EventHasher.signatures, into: &redacted, top: &top, inner: &inner)
            else {
                return nil
            }
            return SHA256.hash(redacted)
        }
        if let fast { return fast }
        guard case .object(let event) = try JSONParser.parse(canonical, mode: version.numberMode) else {
            throw EventError.notAnObject
        }
        return EventHashes.referenceHash(event, version: version)
    }

    /// The event ID of one event given as JSON text (room versions 3 and later derive it; 1–2 read it).
    public func eventID(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> String {
        switch version.eventIDFormat {
        case .chosenByOrigin:
            guard case .object(let event) = try JSONParser.parse(json, mode: version.numberMode) else { throw EventError.notAnObject }
            return try EventHashes.eventID(event, version: version)
        case .referenceHashBase64:
            return "$" + Base64.encode(try referenceHash(json, version: version))
        case .referenceHashURLSafe:
            return "$" + Base64.encode(try referenceHash(json, version: version), alphabet: .urlSafe)
        }
    }
}

/// Reading canonical JSON (compact, sorted, valid) by spans.
enum CanonicalEventSpans {
    struct Member {
        var keyStart: Int  // the opening quote
        var keyEnd: Int    // after the closing quote
        var valueStart: Int
        var valueEnd: Int
    }

    /// The members of the object at `start` (which must be `{`), in order, into `result`.
    static func members(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into result: inout [Member]) -> Bool {
        result.removeAll(keepingCapacity: true)
        guard start < bytes.count, bytes[start] == 0x7B else { return false }
        var i = start + 1
        if i < bytes.count, bytes[i] == 0x7D { return true }
        while i < bytes.count {
            let keyStart = i
            let keyEnd = skipString(bytes, at: i)
            guard keyEnd < bytes.count, bytes[keyEnd] == 0x3A else { return false }
            let valueStart = keyEnd + 1
            let valueEnd = skipValue(bytes, at: valueStart)
            result.append(Member(keyStart: keyStart, keyEnd: keyEnd, valueStart: valueStart, valueEnd: valueEnd))
            guard valueEnd < bytes.count else { return false }
            if bytes[valueEnd] == 0x7D { return true }
            i = valueEnd + 1
        }
        return false
    }

    /// The index just after the string starting at `start` (a quote).
    static func skipString(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var i = start + 1
        guard let base = bytes.baseAddress else { return bytes.count }
        while i < bytes.count {
            // Eight bytes at a time up to the first quote or backslash (canonical text has nothing else to mind).
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let mask = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & 0x8080_8080_8080_8080
                if mask != 0 {
                    i += mask.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == 0x5C { i += 2; continue }
            if b == 0x22 { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    /// The index just after the value starting at `start`.
    static func skipValue(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard start < bytes.count else { return bytes.count }
        switch bytes[start] {
        case 0x22:
            return skipString(bytes, at: start)
        case 0x7B, 0x5B:
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case 0x22: i = skipString(bytes, at: i); continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return bytes.count
        default:
            var i = start
            while i < bytes.count, bytes[i] != 0x2C, bytes[i] != 0x7D, bytes[i] != 0x5D { i += 1 }
            return i
        }
    }

    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ member: Member) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[(member.keyStart + 1)..<(member.keyEnd - 1)])
    }

    @inline(__always)
    static func equal(_ span: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        guard span.count == bytes.count else { return false }
        for i in 0..<bytes.count where span[i] != bytes[i] { return false }
        return true
    }

    /// Redaction rules as byte strings, made once per rule set.
    struct CompiledRules {
        let topLevel: [[UInt8]]  // without "content", which is written specially
        let contentKeys: [(type: [UInt8], keys: [[UInt8]])]
        let keepAllContent: [[UInt8]]
        let thirdPartyInviteSigned: Bool

        init(_ rules: RedactionRules) {
            topLevel = rules.topLevelKeys.filter { $0 != "content" }.map { Array($0.utf8) }
            contentKeys = rules.contentKeys.map { (Array($0.key.utf8), $0.value.map { Array($0.utf8) }) }
            keepAllContent = rules.keepAllContent.map { Array($0.utf8) }
            thirdPartyInviteSigned = rules.keepThirdPartyInviteSigned
        }

    }

    static let contentKey = Array("content".utf8)
    static let typeKey = Array("type".utf8)
    static let memberType = Array("m.room.member".utf8)
    static let thirdPartyInviteKey = Array("third_party_invite".utf8)

    /// Appends the canonical JSON of the redacted event, minus the top-level keys `dropping`; false when
    /// the event needs the tree (the caller then takes the slow path). `top` and `inner` are scratch.
    static func appendRedacted(
        _ event: UnsafeBufferPointer<UInt8>, rules compiled: CompiledRules, dropping: [[UInt8]], into out: inout [UInt8],
        top: inout [Member], inner: inout [Member]
    ) -> Bool {
        guard members(event, at: 0, into: &top) else { return false }
        // The event type decides which content keys stay.
        var type: UnsafeBufferPointer<UInt8>? = nil
        var contentMember: Member? = nil
        for member in top {
            let name = key(event, member)
            if equal(name, typeKey), event[member.valueStart] == 0x22 {
                let text = UnsafeBufferPointer(rebasing: event[(member.valueStart + 1)..<(member.valueEnd - 1)])
                if text.contains(0x5C) { return false }
                type = text
            } else if equal(name, contentKey) {
                contentMember = member
            }
        }
        // The content to keep, worked out before writing anything.
        var keepAll = false
        var keep: [[UInt8]] = []
        var contentIsObject = false
        if let type, let contentMember, event[contentMember.valueStart] == 0x7B {
            contentIsObject = true
            keepAll = compiled.keepAllContent.contains { equal(type, $0) }
            keep = compiled.contentKeys.first { equal(type, $0.type) }?.keys ?? []
            if !keepAll {
                guard members(event, at: contentMember.valueStart, into: &inner) else { return false }
                if compiled.thirdPartyInviteSigned, equal(type, memberType),
                   inner.contains(where: { equal(key(event, $0), thirdPartyInviteKey) })
                {
                    return false
                }
            }
        }
        out.append(0x7B)
        var first = true
        var contentWritten = false
        for member in top {
            let name = key(event, member)
            if !contentWritten, !name.lexicographicallyPrecedes(contentKey) {
                if !first { out.append(0x2C) }
                first = false
                contentWritten = true
                out.append(contentsOf: #""content":"#.utf8)
                if contentIsObject, let contentMember {
                    if keepAll {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: event[contentMember.valueStart..<contentMember.valueEnd]))
                    } else {
                        out.append(0x7B)
                        var firstInner = true
                        for item in inner where keep.contains(where: { equal(key(event, item), $0) }) {
                            if !firstInner { out.append(0x2C) }
                            firstInner = false
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: event[item.keyStart..<item.valueEnd]))
                        }
                        out.append(0x7D)
                    }
                } else {
                    out.append(contentsOf: "{}".utf8)
                }
                if equal(name, contentKey) { continue }
            }
            guard compiled.topLevel.contains(where: { equal(name, $0) }), !dropping.contains(where: { equal(name, $0) }) else {
                continue
            }
            if !first { out.append(0x2C) }
            first = false
            out.append(contentsOf: UnsafeBufferPointer(rebasing: event[member.keyStart..<member.valueEnd]))
        }
        if !contentWritten {
            if !first { out.append(0x2C) }
            out.append(contentsOf: #""content":{}"#.utf8)
        }
        out.append(0x7D)
        return true
    }
}
