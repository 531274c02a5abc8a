/// The declarations of a Swift source file that are part of its module's public API, each with its
/// whole signature (a function's parameters over several lines, its effects, result and `where`
/// clause; a property's type and initial value; an enum case's associated values), read from the
/// source text. For tests that hold the public API to a rule (no raw pointers in it).
///
/// A declaration is public when it is marked `public` or `open`, when it has no access modifier and is
/// a member of a `public extension` or a requirement of a `public protocol`, and when it is a case of
/// a `public enum`. Comments, string literals (with their interpolations) and the bodies of functions,
/// accessors and closures are skipped: what a body uses is not API.
struct PublicDeclarations {
    struct Declaration: Equatable, CustomStringConvertible {
        /// The 1-based line of the declaration's first token (its attributes and modifiers included).
        let line: Int
        /// The declaration's tokens from its keyword on, joined by single spaces.
        let text: String
        /// The identifiers of the declaration, and of the type a member's extension extends.
        let identifiers: [String]

        var description: String { "line \(line): \(text)" }
    }

    /// The public declarations of `source`, in order.
    static func of(_ source: String) -> [Declaration] {
        var scanner = PublicDeclarations(tokens: Lexer.tokens(of: source))
        scanner.scanMembers(scope: Scope(membersArePublic: false, casesArePublic: false, extended: []))
        return scanner.found
    }

    // MARK: Declarations

    private struct Scope {
        /// Members without an access modifier are public (a public extension's, a public protocol's).
        let membersArePublic: Bool
        /// The enum is public, and so are its cases.
        let casesArePublic: Bool
        /// The identifiers of the extended type, for an extension's members.
        let extended: [String]
    }

    private static let accessModifiers: Set<String> = ["public", "open", "package", "internal", "fileprivate", "private"]
    private static let otherModifiers: Set<String> = [
        "static", "class", "final", "override", "mutating", "nonmutating", "convenience", "required", "lazy", "weak",
        "unowned", "nonisolated", "dynamic", "indirect", "optional", "prefix", "postfix", "infix", "consuming",
        "borrowing", "distributed", "isolated",
    ]
    private static let keywords: Set<String> = [
        "func", "var", "let", "init", "deinit", "subscript", "case", "typealias", "associatedtype", "struct", "class",
        "enum", "protocol", "extension", "actor", "import", "operator", "precedencegroup", "macro",
    ]
    private static let typeKeywords: Set<String> = ["struct", "class", "enum", "protocol", "extension", "actor"]

    private let tokens: [Token]
    private var index = 0
    private var found: [Declaration] = []

    private init(tokens: [Token]) { self.tokens = tokens }

    private var atEnd: Bool { index >= tokens.count }
    private var current: Token { tokens[index] }

    /// Reads the declarations of a type body (or the file) up to its closing brace, which it consumes.
    private mutating func scanMembers(scope: Scope) {
        while !atEnd {
            let token = current
            if token.text == "}" {
                index += 1
                return
            }
            if token.text == ";" || token.text == "," {
                index += 1
                continue
            }
            if token.text.hasPrefix("#") {
                skipDirective()
                continue
            }
            if token.text == "{" {  // a brace that belongs to nothing read as a declaration
                index += 1
                skipBody()
                continue
            }
            scanDeclaration(in: scope)
        }
    }

    /// Reads one declaration: attributes, modifiers, the keyword and the rest of its signature, then its
    /// body (members, or code that is skipped).
    private mutating func scanDeclaration(in scope: Scope) {
        let firstLine = current.line
        var access: String? = nil
        while !atEnd {
            let text = current.text
            if text.hasPrefix("@") {
                index += 1
                skipParenthesesIfNext()
            } else if Self.accessModifiers.contains(text) || Self.otherModifiers.contains(text) {
                // `class` is a modifier only before a keyword (`class func`), not in `class Name`.
                if text == "class", index + 1 < tokens.count, !Self.isDeclarationStart(tokens[index + 1].text) { break }
                if Self.accessModifiers.contains(text), !(index + 1 < tokens.count && tokens[index + 1].text == "(") {
                    access = text
                }
                index += 1
                skipParenthesesIfNext()  // private(set), nonisolated(unsafe)
            } else {
                break
            }
        }
        guard !atEnd else { return }
        let keyword = current.text
        guard Self.keywords.contains(keyword) else {
            index += 1  // not a declaration (the rest of an expression): step over it
            return
        }
        let isPublic: Bool
        if let access {
            isPublic = access == "public" || access == "open"
        } else {
            isPublic = scope.membersArePublic || (keyword == "case" && scope.casesArePublic)
        }
        // The signature: up to a brace or semicolon outside brackets, or the start of the next declaration.
        var signature: [Token] = []
        var depth = 0
        while !atEnd {
            let token = current
            if depth == 0 {
                if token.text == "{" || token.text == "}" || token.text == ";" { break }
                if !signature.isEmpty, token.startsLine, Self.isDeclarationStart(token.text),
                   let last = signature.last, !Self.continues(last.text) {
                    break
                }
            }
            if token.text == "(" || token.text == "[" { depth += 1 }
            if token.text == ")" || token.text == "]" { depth = max(0, depth - 1) }
            signature.append(token)
            index += 1
        }
        if isPublic {
            found.append(Declaration(
                line: firstLine, text: signature.map(\.text).joined(separator: " "),
                identifiers: scope.extended + signature.map(\.text).filter { $0.first.map { $0.isLetter || $0 == "_" } ?? false }))
        }
        guard !atEnd, current.text == "{" else { return }
        index += 1
        if Self.typeKeywords.contains(keyword) {
            let explicitPublic = access == "public" || access == "open"
            let extended = keyword == "extension" ? signature.dropFirst().map(\.text) : []
            scanMembers(scope: Scope(
                membersArePublic: (keyword == "protocol" || keyword == "extension") && (explicitPublic || (access == nil && scope.membersArePublic)),
                casesArePublic: keyword == "enum" && isPublic,
                extended: scope.extended + extended))
        } else {
            skipBody()
        }
    }

    private static func isDeclarationStart(_ text: String) -> Bool {
        text.hasPrefix("@") || text.hasPrefix("#") || accessModifiers.contains(text) || otherModifiers.contains(text) || keywords.contains(text)
    }

    /// A token after which a signature goes on on the next line.
    private static func continues(_ text: String) -> Bool {
        [":", "->", "=", ",", "&", "(", "[", ".", "<"].contains(text)
    }

    /// Skips to the brace that closes the one just consumed.
    private mutating func skipBody() {
        var depth = 1
        while !atEnd, depth > 0 {
            if current.text == "{" { depth += 1 }
            if current.text == "}" { depth -= 1 }
            index += 1
        }
    }

    private mutating func skipParenthesesIfNext() {
        guard !atEnd, current.text == "(" else { return }
        var depth = 0
        repeat {
            if current.text == "(" { depth += 1 }
            if current.text == ")" { depth -= 1 }
            index += 1
        } while !atEnd && depth > 0
    }

    /// Skips a compiler directive (`#if` and its condition, `#else`, `#endif`, `#warning("…")`).
    private mutating func skipDirective() {
        let line = current.line
        index += 1
        while !atEnd, current.line == line, !current.startsLine { index += 1 }
    }

    // MARK: Tokens

    struct Token {
        let text: String
        let line: Int
        /// The first token on its line.
        let startsLine: Bool
    }

    /// Splits Swift source into identifiers (with `@` and `#` words), numbers, operators and punctuation,
    /// dropping comments and string literals.
    private struct Lexer {
        let bytes: [UInt8]
        var position = 0
        var line = 1
        var lineOfLastToken = 0
        var tokens: [Token] = []

        static func tokens(of source: String) -> [Token] {
            var lexer = Lexer(bytes: Array(source.utf8))
            lexer.run(untilParenthesisCloses: false)
            return lexer.tokens
        }

        private static func isIdentifierByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
        }
        private static let operatorBytes = Set("/=-+!*%<>&|^~?.".utf8)

        private func peek(_ offset: Int = 0) -> UInt8? {
            position + offset < bytes.count ? bytes[position + offset] : nil
        }

        private mutating func emit(_ start: Int) {
            tokens.append(Token(text: String(decoding: bytes[start..<position], as: UTF8.self), line: line, startsLine: lineOfLastToken != line))
            lineOfLastToken = line
        }

        /// Reads tokens to the end, or (inside a string interpolation) to the parenthesis that closes it.
        mutating func run(untilParenthesisCloses: Bool) {
            var parentheses = 0
            while let b = peek() {
                switch b {
                case 0x0A:
                    line += 1
                    position += 1
                case 0x20, 0x09, 0x0D:
                    position += 1
                case 0x2F where peek(1) == 0x2F:  // line comment
                    while let c = peek(), c != 0x0A { position += 1 }
                case 0x2F where peek(1) == 0x2A:  // block comment, nested
                    position += 2
                    var depth = 1
                    while depth > 0, let c = peek() {
                        if c == 0x2F, peek(1) == 0x2A { depth += 1; position += 2 }
                        else if c == 0x2A, peek(1) == 0x2F { depth -= 1; position += 2 }
                        else { if c == 0x0A { line += 1 }; position += 1 }
                    }
                case 0x22:
                    skipString(hashes: 0)
                case 0x23 where peek(1) == 0x23 || peek(1) == 0x22:  // raw string: #"…"#, ##"…"##
                    var hashes = 0
                    while peek() == 0x23 { hashes += 1; position += 1 }
                    if peek() == 0x22 { skipString(hashes: hashes) }
                case 0x40, 0x23, 0x24:  // @attribute, #directive, $0
                    let start = position
                    position += 1
                    while let c = peek(), Self.isIdentifierByte(c) { position += 1 }
                    emit(start)
                case 0x60:  // `identifier`
                    position += 1
                    let start = position
                    while let c = peek(), c != 0x60, c != 0x0A { position += 1 }
                    emit(start)
                    if peek() == 0x60 { position += 1 }
                case _ where Self.isIdentifierByte(b):
                    let start = position
                    while let c = peek(), Self.isIdentifierByte(c) { position += 1 }
                    emit(start)
                case _ where Self.operatorBytes.contains(b):
                    let start = position
                    while let c = peek(), Self.operatorBytes.contains(c) {
                        // A comment starts a new token even right after an operator.
                        if c == 0x2F, peek(1) == 0x2F || peek(1) == 0x2A, position > start { break }
                        position += 1
                    }
                    emit(start)
                default:
                    if untilParenthesisCloses {
                        if b == 0x28 { parentheses += 1 }
                        if b == 0x29 {
                            if parentheses == 0 {
                                position += 1
                                return
                            }
                            parentheses -= 1
                        }
                    }
                    let start = position
                    position += 1
                    emit(start)
                }
            }
        }

        /// Skips a string literal whose opening quote (after `hashes` #) is at `position`, its
        /// interpolations included; multi-line ones too.
        private mutating func skipString(hashes: Int) {
            let multiLine = peek(1) == 0x22 && peek(2) == 0x22
            position += multiLine ? 3 : 1
            // The literal stands as one token, `""`; the tokens of its interpolations are dropped with it.
            let kept = tokens.count, startLine = line
            defer {
                tokens.removeSubrange(kept...)
                tokens.append(Token(text: "\"\"", line: startLine, startsLine: lineOfLastToken != startLine))
                lineOfLastToken = line
            }
            while let c = peek() {
                if c == 0x0A { line += 1 }
                if c == 0x5C {  // backslash: an escape only when followed by the string's number of #
                    var n = 0
                    while n < hashes, peek(1 + n) == 0x23 { n += 1 }
                    if n == hashes {
                        position += 1 + n
                        if peek() == 0x28 {
                            position += 1
                            run(untilParenthesisCloses: true)
                        } else {
                            if peek() == 0x0A { line += 1 }
                            position += 1
                        }
                        continue
                    }
                }
                if c == 0x22, !multiLine || (peek(1) == 0x22 && peek(2) == 0x22) {
                    var n = 0
                    let quotes = multiLine ? 3 : 1
                    while n < hashes, peek(quotes + n) == 0x23 { n += 1 }
                    if n == hashes {
                        position += quotes + hashes
                        return
                    }
                }
                position += 1
            }
        }
    }
}
