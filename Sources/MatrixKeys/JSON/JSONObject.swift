/// A JSON object whose members are always sorted by the UTF-8 bytes of their keys (code point order,
/// which is canonical JSON's order). Keys are distinct by bytes: a precomposed "é" and "e" + U+0301 are
/// two different keys.
public struct JSONObject: Sendable, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    private(set) var members: [Element]

    public init() { members = [] }

    /// Members already sorted by key bytes and free of duplicates (the parser guarantees both).
    init(sortedMembers: [Element]) { members = sortedMembers }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[Element]> { members.makeIterator() }

    /// The index of `key`, or where it would be inserted.
    private func search(_ key: String) -> (index: Int, found: Bool) {
        var low = 0
        var high = members.count
        while low < high {
            let mid = (low + high) / 2
            let c = UTF8Bytes.compare(members[mid].key, key)
            if c == 0 { return (mid, true) }
            if c < 0 { low = mid + 1 } else { high = mid }
        }
        return (low, false)
    }

    public subscript(key: String) -> JSONValue? {
        get {
            let (index, found) = search(key)
            return found ? members[index].value : nil
        }
        set {
            let (index, found) = search(key)
            switch (found, newValue) {
            case (true, let value?): members[index].value = value
            case (true, nil): members.remove(at: index)
            case (false, let value?): members.insert((key, value), at: index)
            case (false, nil): break
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        let (index, found) = search(key)
        guard found else { return nil }
        return members.remove(at: index).value
    }
}

extension JSONObject: Equatable, Hashable {
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
            for byte in member.key.utf8 { hasher.combine(byte) }
            hasher.combine(member.value)
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}
