/// A count and its noun, in the singular for one: "1 key", "2 keys". Reports use it so that no line
/// reads "1 keys of 1 servers".
package enum Plural {
    package static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
    }
}
