/// The fast path for reference hashes and event IDs over streams. One pass validates the whole event
/// without writing anything; then only the members redaction keeps are written, in canonical form,
/// straight from the input, and hashed. Removed members (usually most of the event: `content`,
/// `signatures`, `unsigned`) are checked but never copied.
///
/// Anything unusual takes the tree path, which gives the same answers: escaped keys or an escaped
/// `type`, a v11 membership with a third-party invite, and every error (so errors are the parser's
/// exact ones, with their paths).
package final class EventHasher {
    @exclusivity(unchecked) private var validator = JSONValidator(mode: .strict)
    @exclusivity(unchecked) private var writer = DirectCanonicalizer(mode: .strict, capacity: 4096)
    @exclusivity(unchecked) private var top: [JSONValidator.Member] = []
    @exclusivity(unchecked) private var content: [JSONValidator.Member] = []
    @exclusivity(unchecked) private var digest = SHA256()
    /// Redaction rules compiled for each room version met so far (a stream may mix versions).
    @exclusivity(unchecked) private var compiled: [(version: String, rules: CompiledRedaction)] = []
    /// The last version used: most streams are of one version.
    @exclusivity(unchecked) private var last = 0

    package init() {}

    deinit { writer.release() }

    /// The redaction rules as bytes, compiled once per version. (Keyed by the identifier: reaching into
    /// `version.redaction` copies the rule set, with its arrays, on every call.)
    private func rules(_ version: borrowing RoomVersion) -> CompiledRedaction {
        if last < compiled.count, compiled[last].version == version.identifier { return compiled[last].rules }
        if let index = compiled.firstIndex(where: { $0.version == version.identifier }) {
            last = index
            return compiled[index].rules
        }
        let rules = CompiledRedaction(version.redaction)
        compiled.append((version.identifier, rules))
        last = compiled.count - 1
        return rules
    }

    /// The reference hash of one event given as JSON text, parsed with the version's number mode.
    /// Throws `JSONParseError` for input that is not JSON, `EventError.notAnObject` for other JSON.
    package func referenceHash(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: SHA256.digestLength) { buffer, count in
            try referenceHash(json, version: version, into: UnsafeMutableRawBufferPointer(buffer))
            count = SHA256.digestLength
        }
    }

    /// The event ID of one event given as JSON text (room versions 3 and later derive it; 1–2 read it).
    package func eventID(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> String {
        let alphabet: Base64.Alphabet
        switch version.eventIDFormat {
        case .chosenByOrigin:
            guard case .object(let event) = try JSONParser.parse(json, mode: version.numberMode) else { throw EventError.notAnObject }
            return try EventHashes.eventID(event, version: version)
        case .referenceHashBase64: alphabet = .standard
        case .referenceHashURLSafe: alphabet = .urlSafe
        }
        return try withUnsafeTemporaryAllocation(byteCount: SHA256.digestLength, alignment: 8) { hash in
            try referenceHash(json, version: version, into: hash)
            return Base64.encode(UnsafeRawBufferPointer(hash), alphabet: alphabet, prefix: "$")
        }
    }

    private func referenceHash(_ json: UnsafeRawBufferPointer, version: borrowing RoomVersion, into hash: UnsafeMutableRawBufferPointer) throws {
        if writeRedacted(json, version: version) {
            return digest.hash(UnsafeRawBufferPointer(writer.out.buffer), into: hash)
        }
        guard case .object(let event) = try JSONParser.parse(json, mode: version.numberMode) else {
            throw EventError.notAnObject
        }
        hash.copyBytes(from: EventHashes.referenceHash(event, version: version))
    }

    /// Everything verifying `json` needs (signed bytes, reference and content hashes, the fields that
    /// decide the required signers), in one pass over the text where the fast path allows.
    /// Throws `JSONParseError` for input that is not JSON, `EventError.notAnObject` for other JSON.
    package func digest(_ json: UnsafeRawBufferPointer, version: RoomVersion) throws -> EventDigest {
        guard writeRedacted(json, version: version) else {
            guard case .object(let event) = try JSONParser.parse(json, mode: version.numberMode) else {
                throw EventError.notAnObject
            }
            return EventDigest(event: event, version: version)
        }
        let signed = Array(writer.out.buffer)
        var referenceHash = [UInt8](repeating: 0, count: SHA256.digestLength)
        referenceHash.withUnsafeMutableBytes { digest.hash(UnsafeRawBufferPointer(writer.out.buffer), into: $0) }

        // The content hash covers every member but `hashes`, `signatures` and `unsigned`.
        let base = validator.scanner.base
        writer.begin(json, mode: version.numberMode)
        var fields: [JSONObject.Member] = []  // in key order, as `top` is
        fields.reserveCapacity(EventDigest.fieldNames.count + 1)
        var isMember = false
        do {
            writer.out.append(0x7B)
            var first = true
            for member in top {
                let name = UnsafeBufferPointer(start: base + member.keyStart, count: member.keyEnd - member.keyStart)
                if let field = EventDigest.fieldNames.first(where: { CompiledRedaction.equal(name, $0.bytes) }) {
                    let value = try fieldValue(json, member.valueStart, member.valueEnd, version: version)
                    fields.append(JSONObject.Member(key: field.name, value: value))
                    if field.name == "type", value == .string("m.room.member") { isMember = true }
                }
                if EventDigest.unhashed.contains(where: { CompiledRedaction.equal(name, $0) }) { continue }
                try writer.appendMember(member, first: &first)
            }
            writer.out.append(0x7D)
            // The content decides the required signers only for memberships.
            if isMember, let content = top.first(where: {
                CompiledRedaction.equal(UnsafeBufferPointer(start: base + $0.keyStart, count: $0.keyEnd - $0.keyStart), CompiledRedaction.contentKey)
            }) {
                let value = try JSONParser.parse(UnsafeRawBufferPointer(rebasing: json[content.valueStart..<content.valueEnd]), mode: version.numberMode)
                let index = fields.firstIndex { !$0.key.utf8.lexicographicallyPrecedes("content".utf8) } ?? fields.count
                fields.insert(JSONObject.Member(key: "content", value: value), at: index)
            }
        } catch {
            // Validated text cannot fail here; should it, the tree gives the answer (or the exact error).
            guard case .object(let event) = try JSONParser.parse(json, mode: version.numberMode) else { throw EventError.notAnObject }
            return EventDigest(event: event, version: version)
        }
        var contentHash = [UInt8](repeating: 0, count: SHA256.digestLength)
        contentHash.withUnsafeMutableBytes { digest.hash(UnsafeRawBufferPointer(writer.out.buffer), into: $0) }
        return EventDigest(fields: JSONObject(sortedMembers: fields), signedBytes: signed, referenceHash: referenceHash, contentHash: contentHash)
    }

    /// A member's value (validated already) as a tree; a string without escapes, the usual case, directly.
    private func fieldValue(_ json: UnsafeRawBufferPointer, _ start: Int, _ end: Int, version: RoomVersion) throws -> JSONValue {
        let text = UnsafeRawBufferPointer(rebasing: json[start..<end])
        if text.count >= 2, text[0] == 0x22, !text.contains(0x5C) {
            return .string(String(decoding: text[1..<(text.count - 1)], as: UTF8.self))
        }
        return try JSONParser.parse(text, mode: version.numberMode)
    }

    /// The bytes the fast path hashes, or nil when the event takes the tree path (for tests).
    func fastRedactedBytes(_ json: UnsafeRawBufferPointer, version: RoomVersion) -> [UInt8]? {
        writeRedacted(json, version: version) ? Array(writer.out.buffer) : nil
    }

    /// Writes the canonical JSON of the redacted event without `signatures` into `writer.out`; false
    /// when the event must take the tree path.
    private func writeRedacted(_ json: UnsafeRawBufferPointer, version: borrowing RoomVersion) -> Bool {
        let rules = self.rules(version)
        validator.reset(json, mode: version.numberMode)
        do {
            // Validate everything, and list the top-level members in key order.
            validator.scanner.skipWhitespace()
            guard !validator.scanner.atEnd, validator.scanner.byte(validator.scanner.pos) == 0x7B else { return false }
            try validator.object(depth: 1, members: &top)
            validator.scanner.skipWhitespace()
            guard validator.scanner.atEnd, !validator.sawEscapedKey else { return false }
        } catch {
            return false
        }
        let base = validator.scanner.base
        func key(_ m: JSONValidator.Member) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: base + m.keyStart, count: m.keyEnd - m.keyStart)
        }

        // The event type decides which content keys stay.
        var type: UnsafeBufferPointer<UInt8>? = nil
        var contentMember: JSONValidator.Member? = nil
        for member in top {
            let name = key(member)
            if CompiledRedaction.equal(name, CompiledRedaction.typeKey), base[member.valueStart] == 0x22 {
                let text = UnsafeBufferPointer(start: base + member.valueStart + 1, count: member.valueEnd - member.valueStart - 2)
                if text.contains(0x5C) { return false }
                type = text
            } else if CompiledRedaction.equal(name, CompiledRedaction.contentKey), base[member.valueStart] == 0x7B {
                contentMember = member
            }
        }
        var keepAll = false
        var keep: [[UInt8]] = []
        if let type, let contentMember {
            keepAll = rules.keepAllContent.contains { CompiledRedaction.equal(type, $0) }
            if !keepAll, let index = rules.contentKeys.firstIndex(where: { CompiledRedaction.equal(type, $0.type) }) {
                keep = rules.contentKeys[index].keys
                validator.scanner.pos = contentMember.valueStart
                do { try validator.object(depth: 2, members: &content) } catch { return false }
                if rules.thirdPartyInviteSigned, CompiledRedaction.equal(type, CompiledRedaction.memberType),
                   content.contains(where: { CompiledRedaction.equal(key($0), CompiledRedaction.thirdPartyInviteKey) })
                {
                    return false
                }
            }
        }

        writer.begin(json, mode: version.numberMode)
        do {
            writer.out.append(0x7B)
            var first = true
            var contentWritten = false
            func writeContent() throws(JSONParseError) {
                if !first { writer.out.append(0x2C) }
                first = false
                contentWritten = true
                CanonicalJSON.appendLiteral(#""content":"#, into: &writer.out)
                guard let contentMember, type != nil else {
                    CanonicalJSON.appendLiteral("{}", into: &writer.out)
                    return
                }
                if keepAll {
                    if contentMember.canonical {
                        return writer.out.append(base + contentMember.valueStart, count: contentMember.valueEnd - contentMember.valueStart)
                    }
                    return try writer.appendValue(at: contentMember.valueStart)
                }
                writer.out.append(0x7B)
                var firstInner = true
                if !keep.isEmpty {
                    for item in content where keep.contains(where: { CompiledRedaction.equal(key(item), $0) }) {
                        try writer.appendMember(item, first: &firstInner)
                    }
                }
                writer.out.append(0x7D)
            }
            for member in top {
                let name = key(member)
                if !contentWritten, !name.lexicographicallyPrecedes(CompiledRedaction.contentKey) {
                    try writeContent()
                    if CompiledRedaction.equal(name, CompiledRedaction.contentKey) { continue }
                }
                guard rules.topLevel.contains(where: { CompiledRedaction.equal(name, $0) }) else { continue }
                try writer.appendMember(member, first: &first)
            }
            if !contentWritten { try writeContent() }
            writer.out.append(0x7D)
        } catch {
            return false
        }
        return true
    }
}

/// Redaction rules as byte strings, made once per rule set, for the reference hash: `content` is
/// written specially and `signatures` is left out.
struct CompiledRedaction {
    let topLevel: [[UInt8]]
    let contentKeys: [(type: [UInt8], keys: [[UInt8]])]
    let keepAllContent: [[UInt8]]
    let thirdPartyInviteSigned: Bool

    init(_ rules: RedactionRules) {
        topLevel = rules.topLevelKeys.filter { $0 != "content" && $0 != "signatures" }.map { Array($0.utf8) }
        contentKeys = rules.contentKeys.map { (Array($0.key.utf8), $0.value.map { Array($0.utf8) }) }
        keepAllContent = rules.keepAllContent.map { Array($0.utf8) }
        thirdPartyInviteSigned = rules.keepThirdPartyInviteSigned
    }

    static let contentKey = Array("content".utf8)
    static let typeKey = Array("type".utf8)
    static let memberType = Array("m.room.member".utf8)
    static let thirdPartyInviteKey = Array("third_party_invite".utf8)

    @inline(__always)
    static func equal(_ span: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        guard span.count == bytes.count else { return false }
        for i in 0..<bytes.count where span[i] != bytes[i] { return false }
        return true
    }
}

/// What verifying an event needs from it.
package struct EventDigest: Sendable {
    /// The members that decide the required signers and the verdict: `sender`, `type`, `state_key`,
    /// `event_id`, `origin_server_ts`, `hashes`, `signatures`, and `content` for memberships (all
    /// members when the digest was made from a tree).
    package let fields: JSONObject
    /// The canonical JSON of the redacted event without `signatures` and `unsigned`: what servers sign.
    package let signedBytes: [UInt8]
    /// SHA-256 of `signedBytes`.
    package let referenceHash: [UInt8]
    /// SHA-256 of the canonical event without `hashes`, `signatures` and `unsigned`.
    package let contentHash: [UInt8]

    static let fieldNames = ["sender", "type", "state_key", "event_id", "origin_server_ts", "hashes", "signatures"]
        .map { (name: $0, bytes: Array($0.utf8)) }
    static let unhashed = ["hashes", "signatures", "unsigned"].map { Array($0.utf8) }

    package init(fields: JSONObject, signedBytes: [UInt8], referenceHash: [UInt8], contentHash: [UInt8]) {
        self.fields = fields
        self.signedBytes = signedBytes
        self.referenceHash = referenceHash
        self.contentHash = contentHash
    }

    /// The digest of a parsed event (the tree path).
    package init(event: JSONObject, version: RoomVersion) {
        var redacted = Redaction.redact(event, version: version)
        redacted.removeValue(forKey: "signatures")
        redacted.removeValue(forKey: "unsigned")
        let signed = CanonicalJSON.encode(.object(redacted))
        self.init(fields: event, signedBytes: signed, referenceHash: SHA256.hash(signed), contentHash: EventHashes.contentHash(event))
    }
}
