import ArgumentParser
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// The positional input of commands that read one document: a file, or standard input.
struct InputFile: ParsableArguments {
    @Argument(help: "The input file; standard input when omitted or -.", completion: .file())
    var file: String?

    /// How the input is named in error messages.
    var sourceName: String { file.flatMap { $0 == "-" ? nil : $0 } ?? "stdin" }

    /// The whole input, at most `limit` bytes.
    func read(limit: Int = AtomicFile.maxDocumentLength) throws -> [UInt8] {
        try StandardInput.readFile(file ?? "-", option: "the input", limit: limit)
    }

    /// The whole input when it holds a secret (a key to import): at most 1 MiB, with the warning for a
    /// file that group or others can open.
    func readSecret() throws -> [UInt8] {
        try SecretSource.file(file ?? "-", option: "the input")
    }

    /// Parses the input as one JSON document. Several values, one per line, are named as JSON lines, with
    /// `--lines` offered where the command has it (`linesOption`).
    func readJSON(mode: NumberMode, linesOption: Bool = false) throws -> JSONValue {
        let bytes = try read()
        do { return try JSONParser.parse(bytes, mode: mode) } catch { throw failure(error, parsing: bytes, linesOption: linesOption) }
    }

    /// The error for input `bytes` that did not parse.
    func failure(_ error: JSONParseError, parsing bytes: [UInt8], linesOption: Bool = false) -> Failure {
        if error.kind == .trailingData, Self.looksLikeLines(bytes) {
            let hint = linesOption ? "use --lines" : "this command reads one"
            return Failure("the input holds several JSON values, one per line (JSON lines): \(hint) (\(sourceName))")
        }
        return Failure(error, source: sourceName)
    }

    /// Parses the input as one JSON object.
    func readObject(mode: NumberMode, what: String = "the input", linesOption: Bool = false) throws -> JSONObject {
        try JSONFile.object(try readJSON(mode: mode, linesOption: linesOption), source: sourceName, what: what)
    }

    /// Whether `bytes` begin with a line that is a whole JSON value, followed by another line.
    static func looksLikeLines(_ bytes: [UInt8]) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A), bytes[(newline + 1)...].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            return false
        }
        return bytes[..<newline].withUnsafeBytes { JSONItemReader.shape($0) == .complete }
    }

    /// The input opened for streaming: its descriptor, its name, whether to close it, and its size when
    /// it is a regular file (for progress).
    func openDescriptor(reading what: String = "the input") throws -> (fd: Int32, name: String, closeWhenDone: Bool, size: Int?) {
        guard let file, file != "-" else {
            try StandardInput.claim("the input")
            StandardInput.noteIfTerminal(reading: what)
            return (0, "stdin", false, nil)
        }
        let fd: Int32, info: stat
        do { (fd, info) = try ReadOpen.stream(file) } catch { throw Failure(error.description) }
        return (fd, file, true, (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil)
    }

    /// Calls `body` with each non-blank line of the input (without its line end) and its number, in
    /// bounded memory; the line's bytes are valid only during the call. A line that cannot be read, or
    /// that `body` throws for, goes to `report` (its number and why) and the run goes on; with
    /// `failFast` it ends the run instead (exit 2). Returns how many lines were reported. Input with no
    /// line at all is an error.
    @discardableResult
    func forEachLine(
        failFast: Bool = true, report: (Int, String) -> Void = { _, _ in }, _ body: (UnsafeRawBufferPointer, Int) throws -> Void
    ) throws -> Int {
        let source = try openDescriptor()
        var reported = 0, good = 0
        // Reports wait until some line has been read: input none of whose lines is JSON gets one error.
        var held: [(Int, String)] = []
        func problem(_ line: Int, _ reason: String) throws {
            if failFast { throw Failure("line \(line): \(reason) (\(source.name))") }
            reported += 1
            if good == 0 && held.count < 10_000 { held.append((line, reason)) } else { report(line, reason) }
        }
        do {
            let reader = try JSONItemReader(fd: source.fd, name: source.name, closeWhenDone: source.closeWhenDone, format: .lines)
            var count = 0
            while let item = try reader.next() {
                count += 1
                if let reason = item.problem {
                    try problem(item.line, reason)
                    continue
                }
                // A line that is JSON releases the reports held before it, in their place.
                if !held.isEmpty, JSONItemReader.shape(item.bytes) == .complete {
                    for (line, reason) in held { report(line, reason) }
                    held.removeAll()
                    good += 1
                }
                do {
                    try body(item.bytes, item.line)
                    good += 1
                } catch let failure as Failure { try problem(item.line, failure.message) } catch {
                    try problem(item.line, "\(error)")
                }
            }
            // Like a document command given an empty file: nothing to work on is unusable input.
            if count == 0 { throw Failure("no JSON lines in the input (\(source.name))") }
            if good == 0, let (line, reason) = held.first {
                throw Failure("no line of the input could be read; line \(line): \(reason) (\(source.name))")
            }
            for (line, reason) in held { report(line, reason) }
        } catch let error as FileError {
            throw Failure(error.description)
        }
        return reported
    }
}
