import ArgumentParser
import MatrixKeys

struct Canonical: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canonical",
        abstract: "Print the canonical JSON of the input, or check it against the rules.",
        discussion: """
            Canonical JSON (Matrix spec appendix): keys sorted by code point, no insignificant whitespace, \
            minimal escaping. Strict number mode (the default, room versions 6+) allows only integers in \
            +/-(2^53-1); --lax (room versions 1-5) keeps big integers exactly and writes floats as the \
            reference homeserver does. Output has no trailing newline, except with --lines.

            --check lists two kinds of finding, each with its JSON path and byte offset. "rule": the data \
            breaks a rule (in strict mode, a float or an integer out of range), so no encoding of it is \
            canonical. "form": the data is fine, but the bytes are not its canonical form (whitespace, keys \
            out of order, an escape canonical JSON does not use, a number written otherwise). Exit 1 when \
            there is either.

            Limits: nesting deeper than 100 levels is rejected; --lines accepts lines up to 16 MiB.
            """)

    @Flag(help: "Lax number mode (room versions 1-5): big integers and floats are allowed.")
    var lax = false

    @Flag(help: "Check instead of printing: exit 0 when the input is canonical JSON as it is, 1 with one line per finding.")
    var check = false

    @Flag(help: "Read a JSON-lines stream: one canonical line out per line in, in bounded memory.")
    var lines = false

    @OptionGroup var input: InputFile

    func run() throws {
        let mode: NumberMode = lax ? .lax : .strict
        if lines { return try runLines(mode: mode) }
        let bytes = try input.read()
        let out = Output()
        if check {
            let violations: [JSONViolation]
            do {
                violations = try bytes.withUnsafeBytes { (raw) throws(JSONParseError) in try JSONLint.check(raw, mode: mode) }
            } catch { throw Failure(error, source: input.sourceName) }
            for violation in violations { out.line("\(violation.kind.rawValue): \(violation.description)") }
            if !violations.isEmpty { throw NegativeVerdict() }
            return
        }
        do { out.write(try CanonicalJSON.canonicalize(bytes, mode: mode)) } catch { throw Failure(error, source: input.sourceName) }
    }

    private func runLines(mode: NumberMode) throws {
        let out = Output()
        var violationsFound = false
        let canonicalizer = CanonicalJSON.Canonicalizer()
        var canonical: [UInt8] = []
        try input.forEachLine { line, number in
            do {
                if check {
                    for violation in try JSONLint.check(line, mode: mode) {
                        out.line("line \(number): \(violation.kind.rawValue): \(violation.description)")
                        violationsFound = true
                    }
                } else {
                    canonical.removeAll(keepingCapacity: true)
                    try canonicalizer.canonicalize(line, mode: mode, appendingTo: &canonical)
                    canonical.append(0x0A)
                    out.write(canonical)
                }
            } catch {
                out.flush()
                throw Failure("line \(number): \(error) (\(input.sourceName))")
            }
        }
        if violationsFound { throw NegativeVerdict() }
    }
}
