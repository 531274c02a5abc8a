/// What `event inspect` adds to an event's explanation when it has keys: each required server's
/// signatures checked one by one (where the key was found, its validity at the event's time, whether the
/// signature verifies), then the verdict and reasons `event verify` gives the same event. Without keys,
/// it says that the signatures were not checked.
extension EventVerification {
    /// The checks and the verdict, as lines of text.
    public var inspectionLines: [String] {
        var lines = ["signature checks" + (originServerTS.map { " (at origin_server_ts \(Timestamp.describe($0)))" } ?? "") + ":"]
        if signers.isEmpty { lines.append("  none") }
        for signer in signers {
            let report = signer.check
            if let problem = report.problem {
                lines.append("  \(report.entity): \(problem)")
                continue
            }
            for check in report.checks {
                var details: [String] = []
                if let source = check.source { details.append("key from \(source)") }
                switch check.outcome {
                case .verified(let validity?), .badSignature(let validity?): details.append(validity.description)
                default: break
                }
                lines.append("  \(report.entity) \(check.description)" + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")"))
            }
        }
        lines.append("verdict: \(verdict.rawValue)" + (reasons.isEmpty ? "" : ": " + reasons.map(\.description).joined(separator: "; ")))
        return lines
    }

    /// The checks and the verdict, as members of the inspection's JSON object.
    public var inspectionJSON: [(key: String, value: JSONValue)] {
        [
            ("signers_checked", .array(signers.map(\.json))),
            ("verdict", .string(verdict.rawValue)),
            ("reasons", .array(reasons.map { .string($0.description) })),
        ]
    }

    /// The line that stands for the checks when no keys were given.
    public static let notCheckedLine = "signatures: not checked (no keys given: --server-keys PATH or --public-key SERVER:ed25519:ID=BASE64)"
}
