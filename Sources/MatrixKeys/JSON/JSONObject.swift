/// A JSON object whose members are always sorted by the UTF-8 bytes of their keys (code point order,
/// which is canonical JSON's order), so encoding is linear and lookup is a binary search.
///
/// Keys are distinct by bytes, never by Swift `String` equality (which uses canonical equivalence): a
/// precomposed "é" and "e" + U+0301 are two different keys, as they are in canonical JSON.
///
/// ```swift
/// var object: JSONObject = ["b": 1, "a": 2]
/// object.keys             // ["a", "b"]
/// object["c"] = "three"   // inserted in order
/// object["a"] = nil       // removed
/// ```
public struct JSONObject: Sendable, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    /// One member. (A struct rather than the `Element` tuple: arrays of it are created and destroyed
    /// through specialised code, where tuples go through the runtime's generic paths.)
    struct Member {
        var key: String
        var value: JSONValue
    }

    private(set) var members: [Member]

    public init() { members = [] }

    /// Members already sorted by key bytes and free of duplicates (the parser guarantees both).
    init(sortedMembers: [Member]) { members = sortedMembers }

    /// Members in any order; a later duplicate key replaces an earlier one.
    public init<S: Sequence>(_ members: S) where S.Element == (String, JSONValue) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    /// The keys in canonical order.
    public var keys: [String] { members.map(\.key) }
    /// The values in the order of their keys.
    public var values: [JSONValue] { members.map(\.value) }

    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Member]>
        public mutating func next() -> Element? {
            guard let member = base.next() else { return nil }
            return (member.key, member.value)
        }
    }

    /// Iterates the members in canonical (code point) key order.
    public func makeIterator() -> Iterator { Iterator(base: members.makeIterator()) }

    public var underestimatedCount: Int { members.count }

    /// The index of `key`, or where it would be inserted: a binary search comparing UTF-8 bytes.
    private func search(_ key: String) -> (index: Int, found: Bool) {
        UTF8Bytes.withBytes(key) { k in
            members.withUnsafeBufferPointer { m in
                var low = 0
                var high = m.count
                while low < high {
                    let mid = (low + high) / 2
                    let c = UTF8Bytes.withBytes(m[mid].key) { UTF8Bytes.compare($0.baseAddress, $0.count, k.baseAddress, k.count) }
                    if c == 0 { return (mid, true) }
                    if c < 0 { low = mid + 1 } else { high = mid }
                }
                return (low, false)
            }
        }
    }

    /// Whether the object has a member `key` (byte-equal).
    public func contains(key: String) -> Bool { search(key).found }

    /// The value of the member `key`; setting nil removes the member, setting a value inserts it in
    /// order or replaces the old one.
    public subscript(key: String) -> JSONValue? {
        get {
            let (index, found) = search(key)
            guard found else { return nil }
            return members[index].value
        }
        set {
            let (index, found) = search(key)
            switch (found, newValue) {
            case (true, let value?): members[index].value = value
            case (true, nil): members.remove(at: index)
            case (false, let value?): members.insert(Member(key: key, value: value), at: index)
            case (false, nil): break
            }
        }
    }

    /// Removes the member `key` and returns its value, or nil if there was none.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        let (index, found) = search(key)
        guard found else { return nil }
        return members.remove(at: index).value
    }
}

extension JSONObject: Equatable, Hashable {
    /// Equal when the keys are byte-equal and the values equal, member by member.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (a, b) in zip(lhs.members, rhs.members) where !UTF8Bytes.equal(a.key, b.key) || a.value != b.value {
            return false
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            UTF8Bytes.hash(member.key, into: &hasher)
            hasher.combine(member.value)
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// A later duplicate key replaces an earlier one.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}

extension JSONObject: CustomStringConvertible {
    /// The canonical JSON text.
    public var description: String { CanonicalJSON.encodeString(.object(self)) }
}
