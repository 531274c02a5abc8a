import Foundation
import Testing

/// Two processes racing on one keystore entry, and the lock's wait and timeout.
@Suite("mxkeys keystore: races and the lock")
struct KeystoreRaceTests {
    /// The random loop's operations in each of its two processes.
    static let operationsPerWorker = 14

    enum Operation: CustomStringConvertible {
        case importKey(passphrase: String)
        case passwd(from: String, to: String)
        case remove

        var description: String {
            switch self {
            case .importKey(let passphrase): return "import (\(passphrase))"
            case let .passwd(from, to): return "passwd \(from)->\(to)"
            case .remove: return "remove"
            }
        }
    }

    enum Outcome: Equatable {
        /// Succeeded; an import names the public key it stored.
        case done(publicKey: String?)
        case exists, missing, wrongPassphrase
        case unexpected(String)
    }

    enum State: Hashable {
        case absent
        case present(publicKey: String, passphrase: String)
    }

    struct Step: CustomStringConvertible {
        let operation: Operation
        let outcome: Outcome
        var description: String { "\(operation): \(outcome)" }
    }

    /// What `step` does to `state`, if its outcome is possible there; nil if not.
    static func apply(_ step: Step, to state: State) -> State? {
        switch (step.operation, state, step.outcome) {
        case (.importKey(let passphrase), .absent, .done(let key?)): return .present(publicKey: key, passphrase: passphrase)
        case (.importKey, .present, .exists): return state
        case (.passwd(let from, let to), .present(let key, let current), .done) where current == from: return .present(publicKey: key, passphrase: to)
        case (.passwd(let from, _), .present(_, let current), .wrongPassphrase) where current != from: return state
        case (.passwd, .absent, .missing): return state
        case (.remove, .present, .done): return .absent
        case (.remove, .absent, .missing): return state
        default: return nil
        }
    }

    /// Every state some interleaving of the two histories (each in its own order) can end in.
    static func finalStates(_ a: [Step], _ b: [Step]) -> Set<State> {
        var table = [[Set<State>]](repeating: [Set<State>](repeating: [], count: b.count + 1), count: a.count + 1)
        table[0][0] = [.absent]
        for i in 0...a.count {
            for j in 0...b.count {
                for state in table[i][j] {
                    if i < a.count, let next = apply(a[i], to: state) { table[i + 1][j].insert(next) }
                    if j < b.count, let next = apply(b[j], to: state) { table[i][j + 1].insert(next) }
                }
            }
        }
        return table[a.count][b.count]
    }

    static func run(_ operation: Operation, home: String) throws -> Step {
        var env = ["MXKEYS_HOME": home]
        let result: CLI.Result
        switch operation {
        case .importKey(let passphrase):
            env["MXKEYS_KEYSTORE_PASSPHRASE"] = passphrase
            let key = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            result = try CLI.run(["keystore", "import", "x", "--kind", "backup-key"], stdin: Data(key.utf8), environment: env)
        case let .passwd(from, to):
            env["MXKEYS_KEYSTORE_PASSPHRASE"] = from
            env["MXKEYS_KEYSTORE_NEW_PASSPHRASE"] = to
            result = try CLI.run(["keystore", "passwd", "x"], environment: env)
        case .remove:
            result = try CLI.run(["keystore", "remove", "x", "--yes"], environment: env)
        }
        // The status line a wait for the lock prints is not part of the outcome.
        let errors = result.err.split(separator: "\n").filter { $0 != "waiting for the keystore lock held by another mxkeys process…" }
        let outcome: Outcome
        switch (result.status, errors) {
        case (0, []):
            let prefix = "x  backup-key  public key "
            outcome = .done(publicKey: result.out.hasPrefix(prefix) ? String(result.out.dropFirst(prefix.count).dropLast()) : nil)
        case (2, ["mxkeys: keystore entry x already exists"]): outcome = .exists
        case (2, ["mxkeys: no keystore entry x"]): outcome = .missing
        case (1, ["mxkeys: cannot open keystore entry x: wrong passphrase, or the file was changed"]): outcome = .wrongPassphrase
        default: outcome = .unexpected("exit \(result.status): \(result.err)")
        }
        return Step(operation: operation, outcome: outcome)
    }

    @Test("two processes in a random loop of import, passwd and remove: the final entry is what some order of the successful operations gives")
    func randomLoop() throws {
        let dir = try TempDirectory()
        let home = dir.path("store")
        nonisolated(unsafe) var histories: [[Step]] = [[], []]
        nonisolated(unsafe) var failures: [String] = []
        let guardian = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            var steps: [Step] = []
            // A fixed number of operations each, not a time: the work stays the same on a busy machine.
            for _ in 0..<Self.operationsPerWorker {
                let passphrases = ["a", "b"].shuffled()
                let operation: Operation
                switch Int.random(in: 0..<10) {
                case 0..<4: operation = .importKey(passphrase: passphrases[0])
                case 4..<8: operation = .passwd(from: passphrases[0], to: passphrases[1])
                default: operation = .remove
                }
                do { steps.append(try Self.run(operation, home: home)) } catch {
                    guardian.withLock { failures.append("\(error)") }
                }
            }
            guardian.withLock { histories[worker] = steps }
        }
        #expect(failures == [])
        #expect(histories.map(\.count) == [Self.operationsPerWorker, Self.operationsPerWorker])
        let unexpected = (histories[0] + histories[1]).filter { if case .unexpected = $0.outcome { return true } else { return false } }
        #expect(unexpected.isEmpty, "\(unexpected)")

        // The entry as it is now: which key (by its public key), and which passphrase opens it.
        let listed = try CLI.run(["keystore", "list", "--json"], environment: ["MXKEYS_HOME": home])
        let entries = try #require((try JSONSerialization.jsonObject(with: listed.stdout) as? [String: Any])?["entries"] as? [[String: Any]])
        var final = State.absent
        if let entry = entries.first {
            let key = try #require((entry["public"] as? [String: Any])?["public_key"] as? String)
            let opening = ["a", "b"].filter {
                (try? CLI.run(["keystore", "export", "x"], environment: ["MXKEYS_HOME": home, "MXKEYS_KEYSTORE_PASSPHRASE": $0]).status) == 0
            }
            #expect(opening.count == 1, "passphrases that open the entry: \(opening)")
            final = .present(publicKey: key, passphrase: opening.first ?? "?")
        }
        let possible = Self.finalStates(histories[0], histories[1])
        #expect(possible.contains(final), """
            no order of the two histories gives the final state \(final) (possible: \(possible))
            first: \(histories[0])
            second: \(histories[1])
            """)
    }

    @Test("a held lock: a status line after a second, exit 2 at --lock-timeout; released in time, the command goes on")
    func lockTimeout() throws {
        let dir = try TempDirectory()
        let env = ["MXKEYS_HOME": dir.path("store"), "MXKEYS_KEYSTORE_PASSPHRASE": "pw"]
        #expect(try CLI.run(["keystore", "generate", "a", "--kind", "backup-key"], environment: env).status == 0)
        let lock = open(dir.path("store/.lock"), O_RDWR)
        try #require(lock >= 0)
        defer { close(lock) }
        try #require(flock(lock, LOCK_EX) == 0)
        let started = Date()
        let timedOut = try CLI.run(["keystore", "generate", "b", "--kind", "backup-key", "--lock-timeout", "2"], environment: env)
        let waited = Date().timeIntervalSince(started)
        #expect(timedOut.status == 2)
        #expect(timedOut.err == """
            waiting for the keystore lock held by another mxkeys process…
            mxkeys: gave up after 2 s waiting for the keystore lock, which another mxkeys process holds (\(dir.path("store"))/.lock)

            """)
        #expect(waited >= 2 && waited < 10)
        let at0 = try CLI.run(["keystore", "remove", "a", "--yes", "--lock-timeout", "0"], environment: env)
        #expect(at0.status == 2)
        #expect(at0.err == "mxkeys: gave up after 0 s waiting for the keystore lock, which another mxkeys process holds (\(dir.path("store"))/.lock)\n")
        // Released while the command waits: it goes on, having said why it paused.
        let waiting = try RunningCLI(["keystore", "generate", "c", "--kind", "backup-key"], environment: env)
        // (It seals the new entry first, a fraction of a second of Argon2id on an idle machine but several
        // seconds on a loaded one, then waits for the lock, and says so after a second of waiting.)
        #expect(waiting.waitForStderr("waiting for the keystore lock held by another mxkeys process…\n"))
        flock(lock, LOCK_UN)
        let done = try waiting.finish()
        #expect(done.status == 0)
        #expect(done.err == "waiting for the keystore lock held by another mxkeys process…\n")
        #expect(done.out.hasPrefix("c  backup-key  public key "))
        #expect(try CLI.run(["keystore", "list"], environment: env).out.split(separator: "\n").dropFirst().map { $0.prefix(3) } == ["a  ", "c  "])
    }
}
