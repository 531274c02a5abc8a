import ArgumentParser
import MatrixKeys

struct Canonical: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canonical",
        abstract: "Print the canonical JSON of the input, or check it.",
        discussion: Help.discussion("""
            Strict numbers (room versions 6+) unless --lax (1-5). --check prints one line per finding, \
            "rule:" (the data breaks a rule) or "form:" (the bytes are not its canonical form), and exits 1 \
            if there is any.
            """, examples: [
                "mxkeys canonical --check event.json",
                "mxkeys canonical --lines --lax room.jsonl > canonical.jsonl",
            ], more: ManualSection.see("The rules and the findings", .canonicalJSON)))

    @Flag(help: "Lax number mode (room versions 1-5): big integers and floats are allowed.")
    var lax = false

    @Flag(help: "Check instead of printing: exit 0 when the input is canonical JSON as it is (one final line break allowed), 1 with one line per finding.")
    var check = false

    @Flag(help: "Read a JSON-lines stream: one canonical line out per line in, in bounded memory.")
    var lines = false

    @Flag(name: .customLong("fail-fast"), help: ArgumentHelp(
        "With --lines, stop at the first line that is not JSON (exit 2) instead of reporting it and going on (exit 1 at the end)."))
    var failFast = false

    @Flag(help: "End the output with a line break (the canonical bytes have none).")
    var newline = false

    func validate() throws {
        if failFast && !lines { throw ValidationError("--fail-fast goes with --lines") }
        if newline && (lines || check) { throw ValidationError("--newline goes with neither --lines (each line ends with one) nor --check") }
    }

    @OptionGroup var input: InputFile

    func run() throws {
        let mode: NumberMode = lax ? .lax : .strict
        if lines { return try runLines(mode: mode) }
        let bytes = try input.read()
        let out = Output()
        if check {
            // One final line break is not part of the document: every tool (mxkeys sign too) ends its
            // output with one. A second one, or any other whitespace, is still a form finding.
            let document = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
            let violations: [JSONViolation]
            do {
                violations = try document.withUnsafeBytes { (raw) throws(JSONParseError) in try JSONLint.check(raw, mode: mode) }
            } catch { throw linesOrFailure(error, bytes) }
            for violation in violations { out.line("\(violation.kind.rawValue): \(violation.description)") }
            if !violations.isEmpty { throw NegativeVerdict() }
            return
        }
        do { out.write(try CanonicalJSON.canonicalize(bytes, mode: mode)) } catch { throw linesOrFailure(error, bytes) }
        if newline { out.write([0x0A]) }
    }

    /// One canonical line per line; with --check, the findings of each line. A line that is not JSON is
    /// reported where it is (with --check among the findings, as "error:"; otherwise on standard error)
    /// and the run goes on, ending with exit 1; --fail-fast stops it instead (exit 2).
    private func runLines(mode: NumberMode) throws {
        let out = Output()
        var findingsSeen = false
        let canonicalizer = CanonicalJSON.Canonicalizer()
        var canonical: [UInt8] = []
        let source = input.sourceName
        let reported = try input.forEachLine(failFast: failFast, report: { number, reason in
            if check {
                out.line("line \(number): error: \(reason)")
            } else {
                out.flush()
                Stderr.line("mxkeys: line \(number): \(reason) (\(source))")
            }
        }) { line, number in
            if check {
                for violation in try JSONLint.check(line, mode: mode) {
                    out.line("line \(number): \(violation.kind.rawValue): \(violation.description)")
                    findingsSeen = true
                }
            } else {
                canonical.removeAll(keepingCapacity: true)
                try canonicalizer.canonicalize(line, mode: mode, appendingTo: &canonical)
                canonical.append(0x0A)
                out.write(canonical)
            }
        }
        out.flush()
        if findingsSeen || reported > 0 { throw NegativeVerdict() }
    }

    /// Several values, one per line, are JSON lines given without --lines: say so.
    private func linesOrFailure(_ error: any Error, _ bytes: [UInt8]) -> Failure {
        if let error = error as? JSONParseError, error.kind == .trailingData, InputFile.looksLikeLines(bytes) {
            return Failure("the input holds several JSON values, one per line (JSON lines): use --lines (\(input.sourceName))")
        }
        return Failure(error, source: input.sourceName)
    }
}
