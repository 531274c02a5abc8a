internal import CLibPQ
import MatrixKeys

#if canImport(Glibc)
import Glibc
#endif

/// Which database to open: an SQLite file, or a PostgreSQL server as libpq reaches it.
public enum DatabaseTarget: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresTarget)

    /// Reads `--synapse-db`: a PostgreSQL URI (`postgresql://` or `postgres://`) or conninfo string
    /// (`key=value ...`, as `psql` takes it; what it leaves out comes from `PGHOST`, `PGUSER`, the other
    /// environment variables, a service file or `.pgpass`, as libpq decides), or else the path of an
    /// SQLite file. `postgresql://` alone is a connection made entirely from the environment.
    public init(parsing text: String) throws(StoreError) {
        if text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") || text.contains("=") {
            self = .postgres(try PostgresTarget(connectionString: text))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// `SQLite hs1.db`, or the PostgreSQL parameters without the password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let target): return target.description
        }
    }
}

/// A PostgreSQL connection: libpq keywords and values in order, where a `dbname` may hold a whole URI or
/// conninfo string that libpq expands. The password, wherever it is, never appears in a description or
/// a message.
public struct PostgresTarget: Sendable, Equatable, CustomStringConvertible {
    /// Keyword, value; given to `PQconnectdbParams` with `expand_dbname`.
    public let parameters: [(String, String)]
    /// Texts to mask in any message (the password, however it was given).
    let secrets: [String]

    public static func == (a: PostgresTarget, b: PostgresTarget) -> Bool {
        a.parameters.elementsEqual(b.parameters, by: { $0 == $1 }) && a.secrets == b.secrets
    }

    /// A URI or conninfo string, checked with libpq's own parser.
    public init(connectionString text: String) throws(StoreError) {
        try LibPQ.require()
        let candidates = PostgresTarget.passwordCandidates(in: text)
        var error: UnsafeMutablePointer<CChar>? = nil
        guard let options = PQconninfoParse(text, &error) else {
            let message = error.map { PostgresDatabase.message($0) } ?? "not a connection string"
            if let error { PQfreemem(error) }
            throw .connectionString(PostgresTarget.scrub(message, candidates))
        }
        var secrets = candidates
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val { secrets.append(String(cString: value)) }
            option += 1
        }
        PQconninfoFree(options)
        parameters = [("dbname", text)]
        self.secrets = secrets.filter { !$0.isEmpty }
    }

    /// Keywords and values as a config gives them (psycopg2's `args`): `database` is `dbname`; keywords
    /// libpq does not know (`PQconndefaults`), such as Synapse's connection pool settings `cp_min` and
    /// `cp_max`, are left out and returned.
    public static func fromArguments(_ arguments: [(String, String)]) -> (target: PostgresTarget, dropped: [String]) {
        let known = PostgresTarget.knownKeywords
        var parameters: [(String, String)] = []
        var dropped: [String] = []
        var secrets: [String] = []
        for (key, value) in arguments {
            let keyword = key == "database" ? "dbname" : key
            guard known.contains(keyword) else {
                dropped.append(key)
                continue
            }
            if keyword == "password" { secrets.append(value) }
            // A dbname from a config is a name, never a connection string to expand.
            parameters.append((keyword, value))
        }
        return (PostgresTarget(parameters: parameters, secrets: secrets.filter { !$0.isEmpty }), dropped)
    }

    private init(parameters: [(String, String)], secrets: [String]) {
        // expand_dbname applies to the first dbname only when it looks like a connection string; a
        // config's plain database name never does, unless it holds "=" or a URI prefix: quote it then.
        self.parameters = parameters.map { keyword, value in
            keyword == "dbname" && (value.contains("=") || value.hasPrefix("postgres")) ? (keyword, "dbname=" + PostgresTarget.quoted(value)) : (keyword, value)
        }
        self.secrets = secrets
    }

    /// The connection keywords libpq knows.
    static let knownKeywords: Set<String> = {
        var names: Set<String> = []
        guard mxk_libpq_load() == nil, let defaults = PQconndefaults() else { return ["host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "options", "application_name"] }
        var option = defaults
        while let keyword = option.pointee.keyword {
            names.insert(String(cString: keyword))
            option += 1
        }
        PQconninfoFree(defaults)
        return names
    }()

    /// A conninfo value in single quotes.
    static func quoted(_ value: String) -> String {
        "'" + value.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
    }

    /// The parameters without the password, for messages: `dbname=synapse user=synapse host=db`; a URI
    /// as given, with its password masked.
    public var description: String {
        let shown = parameters.filter { $0.0 != "password" }.map { keyword, value in
            "\(keyword)=\(PostgresTarget.scrub(value, secrets))"
        }
        return "PostgreSQL " + (shown.isEmpty ? "(from the environment)" : shown.joined(separator: " "))
    }

    func scrub(_ text: String) -> String { PostgresTarget.scrub(text, secrets) }

    static func scrub(_ text: String, _ secrets: [String]) -> String {
        var text = text
        for secret in secrets where !secret.isEmpty { text = text.replacingAll(secret, with: "*****") }
        return text
    }

    /// What may be a password in a connection string libpq may fail to parse: a URI's `user:PASSWORD@`
    /// and a conninfo's `password=VALUE` (quoted or not), in their raw and percent-decoded forms.
    static func passwordCandidates(in text: String) -> [String] {
        var found: [String] = []
        let bytes = Array(text.utf8)
        if let scheme = text.range(ofPlain: "://") {
            let afterScheme = text[scheme.upperBound...]
            let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                let raw = String(authority[authority.index(after: colon)..<at])
                found.append(raw)
                if let decoded = percentDecoded(raw) { found.append(decoded) }
            }
        }
        // password=VALUE or password = 'VALUE', anywhere (also in a URI's query string).
        let key = Array("password".utf8)
        var index = 0
        while index + key.count <= bytes.count {
            guard bytes[index..<index + key.count].elementsEqual(key) else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == 0x3D else {
                index += 1
                continue
            }
            cursor += 1
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            var value: [UInt8] = []
            if cursor < bytes.count, bytes[cursor] == 0x27 {
                cursor += 1
                while cursor < bytes.count, bytes[cursor] != 0x27 {
                    if bytes[cursor] == 0x5C, cursor + 1 < bytes.count { cursor += 1 }
                    value.append(bytes[cursor])
                    cursor += 1
                }
            } else {
                while cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != 0x26 {
                    value.append(bytes[cursor])
                    cursor += 1
                }
            }
            let raw = String(decoding: value, as: UTF8.self)
            found.append(raw)
            if let decoded = percentDecoded(raw) { found.append(decoded) }
            index = cursor
        }
        return found.filter { !$0.isEmpty }
    }

    static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return nil }
        var out: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == 0x25, bytes.count >= 2, let value = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
                out.append(value)
                bytes = bytes.dropFirst(2)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The first occurrence of `target`.
    func range(ofPlain target: String) -> Range<Index>? { Substring(self).range(of: target) }
}

/// libpq is loaded when a PostgreSQL database is first used, not when mxkeys starts (see CLibPQ's shim).
enum LibPQ {
    /// Loads it, once; an error says why it cannot be.
    static func require() throws(StoreError) {
        if let error = mxk_libpq_load() { throw .library(String(cString: error)) }
    }
}
