import MatrixKeys

/// The man page's sections. Those before ENVIRONMENT hold what a command's `--help` leaves out so that
/// it fits a screen (how verdicts are reached, what a database run reads, the network's rules, the
/// limits); `--help` names them as "mxkeys(1), TITLE" (`see`). ENVIRONMENT, FILES, EXIT STATUS and
/// EXAMPLES are `ManualSections`'.
enum ManualSection: String, CaseIterable {
    case canonicalJSON = "CANONICAL JSON"
    case signatures = "SIGNATURES AND KEYS"
    case events = "EVENT VERIFICATION"
    case databases = "SYNAPSE DATABASES"
    case reports = "REPORTS"
    case fetching = "FETCHING"
    case secrets = "SECRETS AND BACKUPS"
    case keystore = "KEYSTORE"
    case identities = "DEVICES AND CROSS-SIGNING"
    case limits = "LIMITS"
    case security = "SECURITY"
    case environment = "ENVIRONMENT"
    case files = "FILES"
    case exitStatus = "EXIT STATUS"
    case examples = "EXAMPLES"

    var title: String { rawValue }

    /// "`what`: see mxkeys(1), A, B and C." for a command's `--help`.
    static func see(_ what: String, _ sections: ManualSection...) -> String {
        let titles = sections.map(\.title)
        let list = titles.count > 1 ? titles.dropLast().joined(separator: ", ") + " and " + titles[titles.count - 1] : titles.joined()
        return "\(what): see mxkeys(1), \(list)."
    }

    /// The section's text, as subsections (nil: none) of paragraphs; nil for the sections that
    /// `ManualSections` writes.
    var parts: [(heading: String?, paragraphs: [String])]? {
        switch self {
        case .canonicalJSON:
            return [(nil, [
                """
                Canonical JSON (Matrix spec appendix): keys sorted by code point, no insignificant whitespace, \
                minimal escaping. Strict number mode (the default, room versions 6+) allows only integers in \
                +/-(2^53-1); --lax (room versions 1-5) keeps big integers exactly and writes floats as the \
                reference homeserver does. mxkeys canonical's output has no trailing newline, except with \
                --lines (one canonical line out per line in) or --newline.
                """,
                """
                canonical --check lists two kinds of finding, each with its JSON path and byte offset. "rule": \
                the data breaks a rule (in strict mode, a float or an integer out of range), so no encoding of \
                it is canonical. "form": the data is fine, but the bytes are not its canonical form \
                (whitespace, keys out of order, an escape canonical JSON does not use, a number written \
                otherwise). One final line break is accepted (every tool, mxkeys sign too, ends its output \
                with one); a second is a "form" finding. Exit 1 when there is either.
                """,
            ])]
        case .signatures:
            return [
                (nil, [
                    """
                    One rule judges a server's signatures everywhere (verify, key responses, events, \
                    requests), as a receiving homeserver does: a signature under an invalid key ID \
                    (ed25519:), another algorithm or an unknown key is reported and skipped; a signature by a \
                    known key must verify, and one that does not (or cannot be decoded) makes the whole \
                    invalid, even beside a good one. At least one signature must verify. verify reports each \
                    signature of the server: verified, does not verify, malformed, unknown key, unsupported \
                    algorithm, or invalid key ID.
                    """,
                    """
                    Key validity: from room version 5 on, and for requests, a key verifies only inside its \
                    validity period. A current key (verify_keys) is valid while min(valid_until_ts, \
                    fetched_at + 7 days) >= the time, where fetched_at is when its key response was fetched; \
                    an old key (old_verify_keys) while the time < its expired_ts; a key given with \
                    --public-key has no validity period. A key response whose self-signature fails is not \
                    used. request verify judges the key at the time of the request (--at, default now), with \
                    --fetched-at (default now) as the responses' fetch time.
                    """,
                    """
                    Times (the <ts> of --at, --fetched-at, --since, --until, --valid-until, --old-key-at) are \
                    milliseconds since the epoch, ISO 8601 dates (2026-11-22T10:00:00Z) or now; a number below \
                    10^11 is taken for seconds and refused.
                    """,
                ]),
                ("server-keys publish", [
                    """
                    Every key of the key file (or the one named with --key-id) is listed in verify_keys and \
                    signs the response. Retired keys go to old_verify_keys with --old-key \
                    ed25519:ID=BASE64@EXPIRED_TS (what pubkey --old-key-at prints). The response is valid for \
                    7 days unless --valid-for (a number with ms, s, m, h, d or w: 30d) or --valid-until says \
                    otherwise. A validity that ends before the response is made, and any timestamp beyond \
                    2^53-1 (which canonical JSON, and so every verifier, refuses), are errors.
                    """,
                ]),
                ("server-keys verify", [
                    """
                    Each response (or each entry of a notary response) must be signed by its own server with \
                    one of its verify_keys. A notary's signature is checked when the notary's own key response \
                    is given, with --notary-keys or among the responses checked. With --at, each key is also \
                    judged at that time by the rules of room version 5 and later, with the 7-day cap counted \
                    from --fetched-at (or, without it, from the fetched_at that server-keys fetch saved with \
                    each response, else from now, as everywhere: the output says so). Exit 1 when any \
                    self-signature or notary signature fails. With --synapse-config or --synapse-db, the \
                    responses come from the homeserver's database: see SYNAPSE DATABASES.
                    """,
                ]),
            ]
        case .events:
            return [
                (nil, [
                    """
                    event verify reads one event, a JSON-lines stream, a JSON array of events, a federation \
                    transaction ({"pdus": [...]}), or a /state or /event_auth response ({"pdus": [...], \
                    "auth_chain": [...]}: the events of both lists, each marked with its list), in bounded \
                    memory, and gives each event a verdict: valid; redacted (the signatures are fine but the \
                    content hash is not, so the event counts only in redacted form); or rejected (a required \
                    server has no valid signature, or the event cannot be read). A line that is not an event \
                    is reported as rejected, with its line number, and the run goes on.
                    """,
                    """
                    The required servers are the sender's (except for third-party invites), the event ID's \
                    in room versions 1-2, and the authorising server of a restricted join in 8 and later. From \
                    room version 5 on, a key verifies only inside its validity period: a current key while \
                    min(valid_until_ts, fetched_at + 7 days) >= origin_server_ts, an old key while \
                    origin_server_ts < expired_ts. A key response whose self-signature fails is not used.
                    """,
                    """
                    The keys: --server-keys takes saved /_matrix/key/v2/server responses, notary responses, \
                    or directories of them (*.json); --public-key SERVER:ed25519:ID=BASE64 (what pubkey \
                    --server prints) is a key with no validity period. --fetched-at is when the key responses \
                    were fetched, for the 7-day cap on valid_until_ts: without it, the time server-keys fetch \
                    saved with each response counts, else now; with it, it overrides them.
                    """,
                    """
                    Output: a line for each event that is not valid, then a summary; with --json, one object \
                    per event and a summary object; with --quiet, the summary alone. Exit 0 when every event \
                    is valid, 1 when any is redacted or rejected, 2 for unusable input (an unreadable file, no \
                    events, nothing in the input that can be read as an event, a key ring with no usable key). \
                    Input whose first \(EventVerify.garbageLimit) items are none of them an event (a binary \
                    file, say) is not taken for events: the run stops there with one error, exit 2, and no \
                    verdict printed; once an event has been read, every later item gets its verdict.
                    """,
                ]),
                ("event inspect", [
                    """
                    With keys (--server-keys, --public-key, as for event verify), each required server's \
                    signatures are checked one by one: where the key was found, its validity at the event's \
                    origin_server_ts, and whether the signature verifies; then comes the verdict and the \
                    reasons event verify gives the same event, with its exit code (0 valid, 1 redacted or \
                    rejected). Without keys the signatures are not checked, and the output says so (exit 0).
                    """,
                ]),
            ]
        case .databases:
            return [
                (nil, [
                    """
                    event verify, server-keys verify, devices verify, event inspect and event id read a Synapse \
                    homeserver's database with --synapse-config or --synapse-db. --synapse-config takes \
                    Synapse's config files (repeatable; a directory stands for its *.yaml files in name \
                    order), merged as Synapse merges them, the later winning each top-level key; relative \
                    paths in a file are taken from its directory. --synapse-db names the database without its \
                    config: an SQLite file, or a PostgreSQL URI (postgresql://user@host/db) or conninfo string \
                    (host=H dbname=D) as psql takes it, with PGHOST, PGPASSFILE, service files and sslmode \
                    honoured. Synapse's schema 84 (of Synapse 1.100) and later is read, while the database's \
                    compat_version is at most 94.
                    """,
                    """
                    The database is only read: SQLite read-only, in short reads of a batch each so that a \
                    running Synapse is never held up for longer (a lock held by another process for longer \
                    than --lock-timeout, default 10 seconds, is an error); PostgreSQL likewise, a short READ \
                    ONLY transaction a batch, so that VACUUM on a live server is not held back. Events added \
                    during the run may or may not be seen, and an event censored during the run is seen in \
                    one of its two forms; event verify --snapshot reads one point in time instead (one \
                    REPEATABLE READ transaction, which holds VACUUM's horizon, and an SQLite WAL's \
                    checkpoints, for the whole run). Beside a live server what verification takes from it is \
                    CPU: --jobs 1 and nice -n 19 keep it out of the server's way.
                    """,
                ]),
                ("event verify", [
                    """
                    Every stored event is verified under its own room's version (no --room-version), against \
                    the key responses the server fetched (server_keys_json, each with its ts_added_ms as \
                    fetched_at for the 7-day cap, a notary's signature checked with the notary's stored keys) \
                    and the server's own keys (the public part of signing_key_path, and old_signing_keys from \
                    the config; without a config, --signing-key (a key file, of which only the public keys \
                    are used) with --server-name, --old-signing-key \
                    ed25519:ID=BASE64@EXPIRED_TS (what pubkey --old-key-at prints), --public-key or \
                    --server-keys), plus any --server-keys and --public-key given.
                    """,
                    """
                    Each event's line and JSON object also say where it is stored (its ID, room, stream \
                    position, whether it is an outlier) and what the server made of it: an event the server \
                    rejected shows the server's reason beside mxkeys' verdict (which judges signatures and \
                    hashes, not the room's auth rules). An event whose own ID is not the one it is stored \
                    under is rejected, counted as an ID mismatch. An event the server censored (pruned to its \
                    redacted form once its redaction was older than redaction_retention_period) whose \
                    signatures verify is censored, not redacted: normal server behaviour, which does not make \
                    the exit code 1. A row that cannot be checked (JSON that does not parse, a room missing \
                    from the rooms table, a room version mxkeys does not know) is a rejected verdict of its \
                    own, and the run goes on.
                    """,
                    """
                    --room, --since and --until (on origin_server_ts) select events. The report ends with a \
                    table of rooms (counts per verdict) and the totals; with --json, a summary object whose \
                    counts, overall and per room, add up across the N parts of --shard K/N, which takes the \
                    K-th of N equal ranges of stream positions (1 <= K <= N), so that machines can share a \
                    large database with no coordination. Exit 2 as well for a database that cannot be \
                    reached, refuses the credentials, is not Synapse's or has a layout mxkeys does not know, a \
                    config without a database section, and no stored event selected (but for a shard, which \
                    may be empty).
                    """,
                ]),
                ("devices verify", [
                    """
                    devices verify reads every user with keys, user by user in bounded memory, each as \
                    Synapse answers /keys/query: the devices of e2e_device_keys_json that are not hidden in \
                    devices, the latest cross-signing keys of e2e_cross_signing_keys, and the signatures kept \
                    apart in e2e_cross_signing_signatures merged in (a device's owner's signatures always; \
                    signatures on cross-signing keys as --as sees them, else as each user sees their own). \
                    Users of other servers whose keys the server cached (device_lists_remote_cache) are marked \
                    remote and counted apart. --shard K/N takes the K-th of N parts of the users (1 <= K <= \
                    N), split by a hash of the user ID, to share a server among machines. A stored row that \
                    cannot be read is reported and is a finding (exit 1).
                    """,
                ]),
                ("server-keys verify", [
                    """
                    Every key response the homeserver stored (server_keys_json) is listed: its server, the \
                    notary it came through when not from the server itself, when it was fetched (ts_added_ms, \
                    its own fetched_at for the 7-day cap), its keys and validity windows, and its signature \
                    checks (a notary's with the notary's keys when they are stored too, or are the server's \
                    own from its config). One response fetched once sits in one row per key ID in Synapse's \
                    table: it is listed once, with all their key IDs. A row that is not a key response is \
                    listed as such, and exit 1.
                    """,
                ]),
                ("event inspect, event id", [
                    """
                    With --event EVENT_ID, event inspect reads the event from the database and explains it \
                    under its room's version, followed by what the database says of it: the ID it is stored \
                    under (and whether that is its own), its room, its stream position, whether it is an \
                    outlier, whether the server rejected it (and why), and whether the server censored it. \
                    Its signatures are checked against the key responses the server stored and its own keys \
                    (with --synapse-db: --public-key or --server-keys), as event verify checks them. event id \
                    --event recomputes the stored event's ID under its room's version: exit 1 when it is not \
                    the ID the event is stored under.
                    """,
                ]),
            ]
        case .reports:
            return [
                (nil, [
                    """
                    The --json summary of a database run of event verify records what report merge checks \
                    before it adds runs up: the database and server name (never a password), mxkeys' version, \
                    the options that change verdicts (--since, --until, --room, --fetched-at), every key of \
                    the key ring with its source and fetch time, and for a shard K/N and the span of stream \
                    positions it was cut from. With --html FILE, the run's report is also written as one \
                    self-contained HTML page, the page report html makes from the --json output.
                    """,
                ]),
                ("report merge", [
                    """
                    Reads the output of event verify --json over a homeserver's database (--synapse-config or \
                    --synapse-db), plain or gzip-compressed, line by line in bounded memory, and prints the \
                    summary that one run over all their events prints: the table of rooms and the totals, or \
                    with --json the summary object, field for field (the time is the sum of the runs' times). \
                    It merges the N shards of a run (--shard K/N), and runs over disjoint sets of rooms \
                    (--room), each whole or sharded; all must be of the same database, mxkeys version, key \
                    ring and options (--since, --until, --fetched-at). Runs over different databases are \
                    refused, since two servers hold their own copies of the same rooms' events. Refused as \
                    well, with one line and exit 2: a missing shard (named), shards of different splits, a \
                    file cut short (no summary, or fewer event lines than it counts), and a stored event in \
                    two files. Exit 0 when every event is valid (or censored), 1 when any is redacted or \
                    rejected.
                    """,
                ]),
                ("report html", [
                    """
                    Reads the same reports as report merge (and refuses what it refuses), and writes one HTML \
                    file that loads nothing from anywhere: its style and script are inline, allowed by a \
                    Content-Security-Policy that names their hashes and allows no request. The page shows \
                    what was checked (the database, server, when, mxkeys' version, the options, the room \
                    versions seen, each key with its source and fetch time), the totals with each verdict in \
                    a colour and a word, a sortable table of rooms, per origin server the events it signed, \
                    its keys and a time line with one bar per key ID (from when the key was first seen to \
                    valid_until_ts, cut by the 7-day cap after its fetch where that applies, or to \
                    expired_ts) with the events signed by that key as marks and those not valid standing \
                    out, and every event that is not valid with its reasons as event verify words them, \
                    filtered by verdict, room and server. Everything from the events is escaped; control and \
                    bidi characters are shown by their code point (U+202E). A report printed with --quiet has \
                    no event lines, and is refused. event verify --html writes the same page straight from a \
                    run. Exit 0 when the page is written, 2 for input refused or a file that cannot be \
                    written.
                    """,
                    """
                    The output of devices verify --json (one run, or the N shards of one, each once, of the \
                    same source, --as, --user-id and mxkeys version) is told apart by its lines and adds the \
                    device audit, below the events or as a page of its own: what was audited (the source, \
                    when, as whom), the totals (users, devices, cross-signed, not cross-signed, invalid, \
                    findings; local and remote apart), a sortable row per user (the master, self-signing and \
                    user-signing keys' verdicts, signed by you, devices, cross-signed devices, the reasons \
                    about the keys) and every device that is not cross-signed or is invalid with its reasons \
                    as devices verify words them, filtered by verdict and user. Each file must be whole: \
                    every user followed by the devices its line counts, and the summary's counts those of \
                    the lines. devices verify --html writes the same page straight from a run. A file of \
                    neither command's output is refused.
                    """,
                ]),
            ]
        case .secrets:
            return [
                (nil, [
                    """
                    Secrets never come from the command line. A recovery key (Security Key) comes from \
                    --recovery-key-file (whitespace and line breaks are ignored; keystore:NAME takes it from \
                    the keystore, whose entry's passphrase comes from --keystore-passphrase-file, \
                    MXKEYS_KEYSTORE_PASSPHRASE or a prompt), MXKEYS_RECOVERY_KEY, standard input where the \
                    command says so, or a prompt that does not echo. A passphrase comes from \
                    --passphrase-file (one trailing line break is dropped), the command's environment \
                    variable (see ENVIRONMENT), or a prompt, asked twice for a new one.
                    """,
                    """
                    With --account-data FILE, an account data dump (what ssss fetch writes), a key kept in \
                    secret storage is used instead of a file: backup keys for the backup commands, \
                    cross-signing keys for cross-signing and keystore import --from-ssss. Secret storage is \
                    opened with its recovery key or, with --ssss-passphrase-file or --ssss-passphrase (ask), \
                    its passphrase (MXKEYS_PASSPHRASE); --ssss-key-id picks the key, by default the \
                    account's default key. This is how Element opens a backup with a Security Key or Phrase.
                    """,
                    """
                    The backup commands' --auth-data takes the backup version's auth_data, the whole version \
                    object, or what backup new-key or backup fetch wrote; the key is checked against it.
                    """,
                ]),
                ("ssss decrypt", [
                    """
                    FILE (or standard input) holds the secret's account data: {"encrypted": {...}} or the \
                    whole {type, content} event, whose type is the secret's name when --name is not given \
                    (the name is part of the encryption, so FILE needs one or the other). --key-id picks the \
                    entry; it may be left out when there is only one. With --json the output is {"name", \
                    "secret"}, or for --account-data {"key_id", "secrets": [{"name", "secret"} or {"name", \
                    "error"}]}. With --account-data FILE (a list of {type, content} events, a sync response, \
                    or a map from type to content), the default key is used unless --key-id says otherwise, \
                    and every secret encrypted for it is listed with its value (--names-only: names only); \
                    --name picks one. A MAC that does not match (a wrong key, the wrong name, altered data) \
                    is exit 1.
                    """,
                ]),
                ("backup decrypt, backup export", [
                    """
                    backup decrypt prints a JSON array of sessions in export form (each with room_id and \
                    session_id), or with --jsonl one per line. On a whole backup, --room-id and --session-id \
                    select (both must match when both are given); one room's backup needs --room-id, and one \
                    session's needs both, since export form names them (exit 64 otherwise, naming every \
                    option missing). When no session matches, exit 1 and nothing is written. Sessions are \
                    decrypted on every core. A session that fails is named on standard error and skipped; a \
                    summary follows there. Exit 1 if any failed; when none decrypts, nothing is written. The \
                    recovery key may come on standard input when FILE is given.
                    """,
                    """
                    backup export writes the sessions as a megolm session export file. Its passphrase comes \
                    from --passphrase-file, MXKEYS_EXPORT_PASSPHRASE, or a prompt (asked twice). The file is \
                    written with mode 0600, atomically, with \(SessionExportFile.defaultRounds) PBKDF2 rounds \
                    unless --rounds says otherwise. --room-id and --session-id select and name sessions as \
                    for decrypt: when none matches, exit 1 and no file is written. Sessions that fail are \
                    named and left out (exit 1); when none decrypts, no file is written.
                    """,
                ]),
            ]
        case .keystore:
            return [
                (nil, [
                    """
                    The keystore is $MXKEYS_HOME, else $XDG_DATA_HOME/mxkeys, else ~/.local/share/mxkeys \
                    (created 0700). Each entry is one 0600 file: its public part in the clear, Argon2id (t=3, \
                    m=64 MiB, p=1 unless the file says more) and XChaCha20-Poly1305 over the secret, with the \
                    header as associated data. Writes are atomic and serialised with a lock file; passwd holds \
                    the lock from reading the entry to replacing it. A command that writes waits for another \
                    mxkeys process's lock for at most --lock-timeout seconds (default 30; 0 does not wait), \
                    saying so after a second, then gives up (exit 2); reading takes no lock, since entries are only ever \
                    replaced whole. As ssh does, the keystore refuses a directory that is not the user's or \
                    that group or others can write (or a directory above it that is not the user's or root's, \
                    or is writable by others and not sticky), and any entry or lock file that is a symbolic \
                    link, not a regular file, not the user's, or open to group or others.
                    """,
                    """
                    The passphrase comes from --passphrase-file, MXKEYS_KEYSTORE_PASSPHRASE, or a prompt \
                    (twice for a new one). A wrong passphrase and a changed file give the same error, exit 1. \
                    Commands that take a key file take --key keystore:NAME, and --recovery-key-file \
                    keystore:NAME (with --keystore-passphrase-file for the entry's passphrase). keystore \
                    import --from-ssss takes a cross-signing key as a signing-key whose key ID is ed25519: \
                    and its public key, or the backup key as a backup-key.
                    """,
                ]),
            ]
        case .fetching:
            return [
                (nil, [
                    """
                    server-keys fetch, event fetch, backup fetch, backup upload, ssss fetch, keys query, keys \
                    upload-signatures and cross-signing upload are the only commands that use the network; \
                    every other command, verification included, works offline on what they saved. TLS \
                    certificates are verified against the system's trust store, plus a private CA with \
                    --ca-file; there is no way to turn verification off. Every request has a connect timeout \
                    (--connect-timeout, default 10 s) and a total timeout (--timeout, default 60 s), which bounds \
                    each request from connecting to its last byte, redirects and the connection's close \
                    included, so that a command making several requests (a well-known lookup, then the \
                    request; one request per server) takes at most the sum of theirs; and every \
                    answer a size limit (1 MiB for a key response, 64 KiB for a well-known lookup, which \
                    follows at most 5 redirects, 64 MiB for events and backups). A failure is one line naming \
                    the step (DNS, connect, TLS, timeout, HTTP status, not JSON, wrong server_name, bad \
                    signature) and exit 2.
                    """,
                    """
                    The commands of the client API (backup fetch and upload, ssss fetch, keys query, keys \
                    upload-signatures, cross-signing upload) talk to --homeserver, or to the \
                    m.homeserver.base_url of https://SERVER/.well-known/matrix/client for the --user-id's \
                    server (http:// only on loopback). Their access token comes from --access-token-file, \
                    MXKEYS_ACCESS_TOKEN or a prompt that does not echo; it is never taken from the command \
                    line, printed, saved, or shown in an error.
                    """,
                ]),
                ("server-keys fetch", [
                    """
                    Each server is found as the Matrix spec's server name resolution says: an IP literal (with \
                    or without a port); a hostname with an explicit port; /.well-known/matrix/server, whose \
                    m.server is used as an IP literal, a name with a port, or through the SRV records \
                    _matrix-fed._tcp, then the deprecated _matrix._tcp, then port 8448; then those SRV records \
                    of the server name itself; then port 8448. Each step sets the Host header and the name the \
                    TLS certificate must be valid for as the spec says; the output shows which step decided \
                    and where the request went.
                    """,
                    """
                    Without --notary, GET /_matrix/key/v2/server of each server: its server_name must be the \
                    server asked for, and its self-signature must verify. With --notary, each notary's own \
                    keys are fetched directly first (and saved), then POST /_matrix/key/v2/query asks each \
                    notary for each server's keys: every response must be the server's, self-signed, and \
                    signed by the notary. A notary asked for all keys may answer from its cache only; --key-id \
                    names key IDs, which makes it fetch them.
                    """,
                    """
                    Each answer is saved byte for byte as received, in DIR/SERVER.json (DIR is made when \
                    missing), or DIR/SERVER.via.NOTARY.json for a notary's answer (mode 0644, written \
                    atomically; an existing regular file is replaced), with one member added right after its \
                    opening brace: "unsigned":{"fetched_at":MS,"fetched_from":"URL"}. Signing ignores \
                    unsigned, so any signed-JSON tool still verifies the file; server-keys verify and event \
                    verify --server-keys use fetched_at as each response's fetch time for the 7-day cap \
                    (--fetched-at overrides it).
                    """,
                    """
                    Each failure is one line naming the step: DNS, connect, TLS (with the certificate \
                    problem), timeout, HTTP status, not JSON, wrong server_name, bad signature. Every server is \
                    tried; exit 2 if any failed.
                    """,
                ]),
                ("event fetch", [
                    """
                    Every request is signed as --as with its signing key (Authorization: X-Matrix, with \
                    destination), as request sign does, and goes to --from, found by server name resolution \
                    (as for server-keys fetch), over TLS verified against the system's trust store plus \
                    --ca-file. The destination fetches the keys of --as to check the signature, and answers \
                    only a server that is in the room (or for a world-readable room).
                    """,
                    """
                    --event: GET /_matrix/federation/v1/event/ID. --state: the room's state at --at (or, \
                    without it, at the event the destination names as the latest, through \
                    timestamp_to_event), from /state: the state's PDUs, then the auth chain. --backfill: \
                    /backfill from --from-event, paged backwards (100 events a request) until --limit events \
                    or the room's create event.
                    """,
                    """
                    Each PDU is written once, as one line of canonical JSON, to standard output or --output \
                    (mode 0600, atomic): JSON lines ready for event verify. The room version comes from \
                    --room-version, else from the create event when it is in the result, else from the create \
                    event among the first event's auth events (fetched); it is needed to tell events apart, \
                    and the summary says which to give to event verify --room-version. Errors from the \
                    destination (403 not in the room, 404, 401 signature rejected) are one line with what it \
                    said. Responses over 64 MiB (1 MiB for one event) are refused.
                    """,
                ]),
                ("ssss fetch", [
                    """
                    Reads, with GET /_matrix/client/v3/user/ID/account_data/TYPE: \
                    m.secret_storage.default_key; m.cross_signing.master, m.cross_signing.self_signing, \
                    m.cross_signing.user_signing and m.megolm_backup.v1; and m.secret_storage.key.KEY_ID for \
                    the default key and every key those secrets are encrypted with (the client API cannot list \
                    account data, so a key description that nothing refers to is not found). Types the account \
                    does not have are left out. Writes one JSON object from type to content, to --output (mode \
                    0600, atomic) or standard output with --output -: the dump that ssss decrypt \
                    --account-data reads.
                    """,
                ]),
                ("backup fetch, backup upload", [
                    """
                    backup fetch reads GET /_matrix/client/v3/room_keys/version (the latest, or \
                    --backup-version) and GET /_matrix/client/v3/room_keys/keys?version=V, and writes one JSON \
                    object: the version's fields (algorithm, auth_data, count, etag, version) followed by the \
                    members of the keys answer (rooms), those bytes as received. backup check-key --auth-data \
                    FILE, backup decrypt FILE and backup export FILE read it as it is (decrypt and export check \
                    the key against its auth_data). The keys stream to disk, up to 64 MiB, into a new file \
                    (mode 0600, atomic; --force replaces a regular file).
                    """,
                    """
                    backup upload: with --backup-version, the sessions go to that version (PUT \
                    /_matrix/client/v3/room_keys/keys); with --auth-data too, the version's public key must be \
                    the one in it, or nothing is uploaded (exit 1). With --new-version, a version is first \
                    created (POST /_matrix/client/v3/room_keys/version) with the auth_data of --auth-data (what \
                    backup new-key or backup auth-data prints, or a whole version object) and the algorithm \
                    m.megolm_backup.v1.curve25519-aes-sha2. A version is never deleted or replaced. The summary \
                    says how many sessions the server counts after the upload. The body (what backup encrypt \
                    makes) is FILE, or standard input.
                    """,
                ]),
                ("keys query, keys upload-signatures, cross-signing upload", [
                    """
                    keys query asks the homeserver of --user-id, with POST /_matrix/client/v3/keys/query, for \
                    every device of each --query-user (default: the account's own user) and writes the answer \
                    as received to --output (a new file, mode 0644, atomically; - is standard output). The \
                    answer holds the queried users' device keys, master and self-signing keys, and the \
                    account's own user-signing key. Servers that could not be asked are listed in the answer's \
                    failures: each is reported on standard error, the file is still written, and the exit \
                    status is 1.
                    """,
                    """
                    keys upload-signatures posts FILE (or standard input), a JSON object {user ID: {device ID \
                    or public key: signed object}} (as cross-signing sign-device and sign-user print), to POST \
                    /_matrix/client/v3/keys/signatures/upload. The server answers 200 even when it refuses \
                    objects, and lists them in failures: each refused object is printed with the server's \
                    reason, and the exit status is then 1. A signature under a key ID the object already has \
                    is ignored by the server without a word.
                    """,
                    """
                    cross-signing upload posts FILE (or standard input), a JSON object with master_key, \
                    self_signing_key and user_signing_key (any of them), to POST \
                    /_matrix/client/v3/keys/device_signing/upload. A first upload needs no user-interactive \
                    auth on current Synapse; replacing keys does. When the server asks for it with a flow of \
                    m.login.password alone, the account's password is read from --password-file, else \
                    MXKEYS_PASSWORD, else a prompt that does not echo (never the command line), and sent in \
                    the auth member. Any other flow is an error that names the flows offered.
                    """,
                ]),
            ]
        case .identities:
            return [
                (nil, [
                    """
                    devices verify reads a saved /keys/query response (the client's), a federation \
                    /user/keys/query or /user/devices/{userId} response, a JSON array of them, or JSON lines \
                    of them (one user's /user/devices response a line streams any number of users in bounded \
                    memory), and judges every object of the cross-signing trust chain. A device's \
                    self-signature is by ed25519:DEVICE_ID under its user ID, and its user_id and device_id \
                    must be the ones it is filed under (a mismatch is the injected-device trick). A master key \
                    has usage master, the user's user_id, and exactly one key, whose ID is its own public key. \
                    The self-signing and user-signing keys have their usage and a valid signature by a valid \
                    master key. A device's owner's signature is a valid signature by a valid self-signing key; \
                    it is unavailable when the user has none. Signed by you: the user's valid master key \
                    signed by the user-signing key of --as (by default the user whose user-signing key the \
                    response holds, which a client's response gives for the querying user alone); null when \
                    either is missing or not valid. A signature that does not verify is a finding, never \
                    ignored.
                    """,
                    """
                    Output: a line per user and per device, then a summary table; with --json, one object per \
                    user ({"user_id", "master_key", "master", "self_signing", "user_signing", \
                    "signed_by_you", "devices", "cross_signed_devices", "reasons"}, and "local": false for a user of \
                    another server read from a database) followed by one per device \
                    ({"user_id", "device_id", "ed25519", "curve25519", "self_signature", "owner_signature", \
                    "verdict", "reasons"}), and a summary object last. A device is cross-signed, \
                    not-cross-signed, or invalid (its self-signature is not valid, its owner's signature does \
                    not verify, or an ID does not match). Exit 0 when every signature present verifies, every \
                    ID matches and no device is invalid; 1 when not, or with --require-cross-signed when any \
                    device is not cross-signed; 2 for unusable input or a page that cannot be written.
                    """,
                    """
                    The summary also says what was audited: the source (the file, or the database and \
                    server), when the run started (started_at), as whom (as: the user whose user-signing key \
                    signed_by_you is judged against, or null), mxkeys' version, the users asked for and the \
                    shard. With --html FILE, the audit is also written as one self-contained HTML page, the \
                    page report html makes from the --json output (see REPORTS).
                    """,
                ]),
                ("backup trust", [
                    """
                    Lists each signature under the user's ID on the backup version's auth_data (--auth-data: \
                    auth_data itself, the version object, or what backup fetch saved) with its signer (the \
                    master key, a device and its verdict, or an unknown key) and whether it verifies, judged \
                    against the user's keys in --keys (a saved key query response, as devices verify reads). \
                    The verdict is the decision clients make: trusted when a signature by the user's valid \
                    master key verifies, or one by a cross-signed device; untrusted otherwise, with why. The \
                    user is --user-id, else the only user who signed auth_data. Exit 0 when trusted and every \
                    signature verifies; 1 when untrusted or a signature does not verify; 2 for unusable input.
                    """,
                ]),
                ("cross-signing new", [
                    """
                    Generates the master, self-signing and user-signing keys of --user-id and prints the \
                    /keys/device_signing/upload body: the three public keys, the self-signing and \
                    user-signing keys signed by the master key. The private keys go to the keystore as three \
                    entries, NAME-master (master-key), NAME-self-signing (self-signing-key) and \
                    NAME-user-signing (user-signing-key), under one passphrase (--passphrase-file, \
                    MXKEYS_KEYSTORE_PASSPHRASE, or a prompt, twice); none is made when any of them exists. With \
                    --ssss FILE they go instead into secret storage: FILE (a new 0600 file) receives the \
                    account data bodies of m.cross_signing.master, .self_signing and .user_signing, each \
                    encrypted to the secret storage key of --account-data (the default key unless \
                    --ssss-key-id), opened with its recovery key or passphrase; put each body into the account \
                    data of its type.
                    """,
                ]),
                ("cross-signing sign-device", [
                    """
                    Reads the user's keys from --keys (a saved key query response), audits them as devices \
                    verify does, and signs with the self-signing key (--key FILE holding its base64 seed, \
                    --key keystore:NAME, or --account-data FILE: secret storage opened with the recovery key \
                    or passphrase) the devices --device-id names, or by default every device that is not \
                    cross-signed. Each device is named on standard error before it is signed. Refused (exit \
                    1): a key that is not the user's published valid self-signing key, and a device whose own \
                    signature or IDs are not valid (it may be one the homeserver injected). The user is \
                    --user-id, else the user who made the query, else the response's only user.
                    """,
                ]),
            ]
        case .limits:
            return [
                (nil, [
                    """
                    So that no input can exhaust memory or time: JSON nested deeper than \
                    \(JSONParser.maxDepth) levels is rejected; a document read whole (an event, a key \
                    response, a backup, an export file) may be up to \(AtomicFile.maxDocumentLength >> 20) \
                    MiB; key, recovery key and passphrase files, and secrets on standard input, up to \
                    \(AtomicFile.maxSecretFileLength >> 20) MiB; JSON lines and the elements of a JSON array \
                    of events up to \(JSONItemReader.maxItemLength >> 20) MiB each, read in bounded memory (a \
                    longer line stops the reading); an export file may ask for at most \
                    \(SessionExportFile.maximumRounds) PBKDF2 rounds, an m.pbkdf2 key description for at most \
                    \(PassphraseInfo.maximumIterations) iterations and \(PassphraseInfo.maximumBits) bits, \
                    and a keystore entry for at most Argon2id t=\(KeystoreEntry.maximumParameters.timeCost), \
                    m=\(KeystoreEntry.maximumParameters.memoryKiB >> 20) GiB, \
                    p=\(KeystoreEntry.maximumParameters.parallelism) (more is refused before any work is \
                    done). The network's limits are in FETCHING.
                    """,
                ]),
            ]
        case .security:
            return [
                (nil, [
                    """
                    Secrets (private keys, recovery keys, passphrases, access tokens, passwords) are never \
                    taken from the command line: they come from files, environment variables, standard input \
                    or a no-echo prompt. Before anything is read, mxkeys makes itself non-dumpable (no core \
                    file, no ptrace or /proc/PID/mem access by other processes of the user) and sets its core \
                    size limit to 0. An interrupted passphrase prompt (SIGINT, SIGTERM, SIGHUP, SIGQUIT) turns \
                    the terminal's echo back on. Key, recovery key and passphrase files that group or others \
                    can open are used with a warning that names the file and its mode. Commands that change \
                    the keystore hold its lock from reading an entry to replacing it, and wait for another \
                    mxkeys process's lock at most --lock-timeout seconds (default 30), saying so after a \
                    second. Files holding secrets are written as FILES says: mode 0600, whole or not at all.
                    """,
                ]),
            ]
        case .environment, .files, .exitStatus, .examples: return nil
        }
    }

    /// The sections before ENVIRONMENT, in mdoc.
    static var mdoc: String {
        var lines: [String] = []
        for section in allCases {
            guard let parts = section.parts else { continue }
            lines.append(".Sh \"\(section.title)\"")
            for (index, part) in parts.enumerated() {
                if let heading = part.heading {
                    lines.append(".Ss \"\(heading)\"")
                } else if index > 0 {
                    lines.append(".Pp")
                }
                for (number, paragraph) in part.paragraphs.enumerated() {
                    if number > 0 { lines.append(".Pp") }
                    lines.append(roff(paragraph))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as a roff text line: a backslash printed as one, and a leading dot or quote kept as text.
    static func roff(_ text: String) -> String {
        let escaped = text.map { $0 == "\\" ? "\\e" : String($0) }.joined()
        return escaped.first == "." || escaped.first == "'" ? "\\&" + escaped : escaped
    }
}
