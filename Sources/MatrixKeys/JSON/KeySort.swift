/// Sorts an object's members into key order, in place, and returns a pair whose keys are equal, if any.
///
/// Matrix objects are small: up to 16 members take an insertion sort, which compares every duplicate with
/// its twin on the way. Larger ones (as hostile input may send) take the library's O(n log n) sort, then
/// a scan for equal neighbours. Shared by the tree parser and the canonicaliser.
@inline(__always)
func sortFindingDuplicate<T>(_ items: UnsafeMutableBufferPointer<T>, by compare: (T, T) -> Int) -> (T, T)? {
    if items.count <= 16 {
        var duplicate: (T, T)? = nil
        for i in items.indices.dropFirst() {
            let item = items[i]
            var j = i - 1
            while j >= 0 {
                let c = compare(items[j], item)
                if c == 0 { duplicate = (items[j], item) }
                if c <= 0 { break }
                items[j + 1] = items[j]
                j -= 1
            }
            items[j + 1] = item
        }
        return duplicate
    }
    var items = items  // the buffer, not its elements: sorting writes through it
    items.sort { compare($0, $1) < 0 }
    for i in items.indices.dropFirst() where compare(items[i - 1], items[i]) == 0 {
        return (items[i - 1], items[i])
    }
    return nil
}
