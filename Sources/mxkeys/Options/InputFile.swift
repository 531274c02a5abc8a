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
        do {
            if let file, file != "-" { return try AtomicFile.read(file, limit: limit) }
            return try AtomicFile.readAll(0, path: "stdin", limit: limit)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The whole input when it holds a secret (a key to import): at most 1 MiB, with the warning for a
    /// file that group or others can open.
    func readSecret() throws -> [UInt8] {
        if let file, file != "-" { return try SecretSource.file(file) }
        return try read(limit: AtomicFile.maxSecretFileLength)
    }

    /// Parses the input as one JSON document.
    func readJSON(mode: NumberMode) throws -> JSONValue {
        try JSONFile.parse(try read(), source: sourceName, mode: mode)
    }

    /// Parses the input as one JSON object.
    func readObject(mode: NumberMode, what: String = "the input") throws -> JSONObject {
        try JSONFile.object(try readJSON(mode: mode), source: sourceName, what: what)
    }

    /// The input opened for streaming: its descriptor, its name, whether to close it, and its size when
    /// it is a regular file (for progress).
    func openDescriptor() throws -> (fd: Int32, name: String, closeWhenDone: Bool, size: Int?) {
        guard let file, file != "-" else { return (0, "stdin", false, nil) }
        let fd = open(file, O_RDONLY)
        guard fd >= 0 else { throw Failure(FileError(path: file, reason: String(cString: strerror(errno)).lowercased()).description) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw Failure(FileError(path: file, reason: String(cString: strerror(errno)).lowercased()).description)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw Failure("\(file): is a directory")
        }
        return (fd, file, true, (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil)
    }

    /// Calls `body` with each non-blank line of the input (without its line end) and its number, in
    /// bounded memory; the line's bytes are valid only during the call. Input with no such line is an
    /// error.
    func forEachLine(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        let source = try openDescriptor()
        do {
            let reader = try JSONItemReader(fd: source.fd, name: source.name, closeWhenDone: source.closeWhenDone, format: .lines)
            var count = 0
            while let item = try reader.next() {
                if let problem = item.problem { throw Failure("line \(item.line): \(problem) (\(source.name))") }
                try body(item.bytes, item.line)
                count += 1
            }
            // Like a document command given an empty file: nothing to work on is unusable input.
            if count == 0 { throw Failure("no JSON lines in the input (\(source.name))") }
        } catch let error as FileError {
            throw Failure(error.description)
        }
    }
}
