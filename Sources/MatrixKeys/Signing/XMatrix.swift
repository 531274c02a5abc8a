/// Federation request authentication: the `Authorization: X-Matrix …` header.
///
/// The signed object is `{method, uri, origin, destination[, content]}`, signed as JSON (SPEC §3).
public struct FederationRequest: Sendable {
    public var method: String
    public var uri: String
    public var origin: String
    public var destination: String
    public var content: JSONValue?

    /// `method` is upper-cased: HTTP methods are sent in capitals, and the receiver signs over the method
    /// as it arrives (`GET`), so a request signed as `get` would never verify.
    public init(method: String, uri: String, origin: String, destination: String, content: JSONValue? = nil) {
        self.method = Self.upperASCII(method)
        self.uri = uri
        self.origin = origin
        self.destination = destination
        self.content = content
    }

    private static func upperASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// The object whose canonical JSON is signed.
    public var signedObject: JSONObject {
        var object = JSONObject()
        object["method"] = .string(method)
        object["uri"] = .string(uri)
        object["origin"] = .string(origin)
        object["destination"] = .string(destination)
        if let content { object["content"] = content }
        return object
    }

    /// Signs the request and returns its Authorization header value.
    public func authorization(signedWith key: SigningKey) -> XMatrixAuthorization {
        let signature = key.privateKey.signature(for: CanonicalJSON.encode(.object(signedObject)))
        return XMatrixAuthorization(origin: origin, destination: destination, keyID: key.keyID, signature: signature.base64)
    }

    /// Checks `authorization` against this request: the header's origin and destination must match the
    /// request's, and the signature must verify with a key of the origin from `keys` that `rule` finds
    /// valid (a receiving server judges the key at the time of the request: `.at(ts)`).
    public func verify(_ authorization: XMatrixAuthorization, keys: some VerifyKeySource, rule: ValidityRule) -> KeyCheck {
        let id = authorization.keyID.description
        if authorization.origin != origin {
            return KeyCheck(keyID: id, outcome: .malformed("header origin \(authorization.origin) is not the request's origin \(origin)"))
        }
        if let destination = authorization.destination, destination != self.destination {
            return KeyCheck(keyID: id, outcome: .malformed("header destination \(destination) is not the request's destination \(self.destination)"))
        }
        return CanonicalJSON.encode(.object(signedObject)).withUnsafeBytes { message in
            SignatureChecker.checkKey(id: id, signature: .string(authorization.signature), entity: origin, message: message, keys: keys, rule: rule)
        }
    }
}

/// The parameters of an `X-Matrix` Authorization header.
public struct XMatrixAuthorization: Sendable, Equatable, CustomStringConvertible {
    public var origin: String
    /// Optional in headers from servers older than Matrix 1.3.
    public var destination: String?
    public var keyID: KeyID
    public var signature: String

    public init(origin: String, destination: String?, keyID: KeyID, signature: String) {
        self.origin = origin
        self.destination = destination
        self.keyID = keyID
        self.signature = signature
    }

    /// The header value, parameters in the order the reference homeserver writes them.
    public var headerValue: String {
        var value = "X-Matrix origin=\(Self.quote(origin)),key=\(Self.quote(keyID.description)),sig=\(Self.quote(signature))"
        if let destination { value += ",destination=\(Self.quote(destination))" }
        return value
    }

    public var description: String { headerValue }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingBackslashesAndQuotes() + "\""
    }

    /// Parses a header value (with or without a leading `Authorization:`). Parameter names are
    /// case-insensitive, values may be quoted strings or tokens, and unknown parameters are ignored.
    public init(parsing header: String) throws(SigningError) {
        var text = Substring(header).drop(while: { $0 == " " })
        if text.lowercased().hasPrefix("authorization:") {
            text = text.dropFirst("authorization:".count).drop(while: { $0 == " " })
        }
        guard text.count >= 8, text.prefix(8).lowercased() == "x-matrix" else {
            throw .invalidAuthorizationHeader("it does not start with X-Matrix")
        }
        text = text.dropFirst(8)
        guard text.first == " " || text.first == "\t" else {
            throw .invalidAuthorizationHeader("no parameters after X-Matrix")
        }
        var parameters: [String: String] = [:]
        var scanner = HeaderScanner(text)
        while true {
            scanner.skipSpaces()
            if scanner.atEnd { break }
            let name = scanner.token().lowercased()
            guard !name.isEmpty else { throw .invalidAuthorizationHeader("expected a parameter name") }
            scanner.skipSpaces()
            guard scanner.consume("=") else { throw .invalidAuthorizationHeader("parameter \(name) has no value") }
            scanner.skipSpaces()
            let value: String
            if scanner.peek == "\"" {
                guard let quoted = scanner.quotedString() else {
                    throw .invalidAuthorizationHeader("unterminated quoted value of \(name)")
                }
                value = quoted
            } else {
                value = scanner.token()
            }
            guard parameters[name] == nil else { throw .invalidAuthorizationHeader("parameter \(name) appears twice") }
            parameters[name] = value
            scanner.skipSpaces()
            if scanner.atEnd { break }
            guard scanner.consume(",") else { throw .invalidAuthorizationHeader("expected a comma after \(name)") }
        }
        guard let origin = parameters["origin"], !origin.isEmpty else { throw .invalidAuthorizationHeader("origin is missing") }
        guard let key = parameters["key"], !key.isEmpty else { throw .invalidAuthorizationHeader("key is missing") }
        guard let sig = parameters["sig"], !sig.isEmpty else { throw .invalidAuthorizationHeader("sig is missing") }
        self.origin = origin
        self.destination = parameters["destination"]
        self.keyID = try KeyID(parsing: key)
        self.signature = sig
    }
}

private struct HeaderScanner {
    private let characters: [Character]
    private var index = 0

    init(_ text: Substring) { characters = Array(text) }

    var atEnd: Bool { index >= characters.count }
    var peek: Character? { atEnd ? nil : characters[index] }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { index += 1 }
    }

    mutating func consume(_ c: Character) -> Bool {
        guard peek == c else { return false }
        index += 1
        return true
    }

    /// Characters up to a separator (space, comma, equals sign, quote).
    mutating func token() -> String {
        let start = index
        while let c = peek, c != " ", c != "\t", c != ",", c != "=", c != "\"" { index += 1 }
        return String(characters[start..<index])
    }

    /// A quoted string with backslash escapes; nil if it is not closed.
    mutating func quotedString() -> String? {
        guard consume("\"") else { return nil }
        var value = ""
        while let c = peek {
            index += 1
            if c == "\"" { return value }
            if c == "\\" {
                guard let escaped = peek else { return nil }
                index += 1
                value.append(escaped)
            } else {
                value.append(c)
            }
        }
        return nil
    }
}

extension String {
    fileprivate func replacingBackslashesAndQuotes() -> String {
        var out = ""
        for c in self {
            if c == "\\" || c == "\"" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
