function __mxkeys_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __mxkeys_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __mxkeys_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __mxkeys_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __mxkeys_parse_tokens -S
    set -l unparsed_tokens (__mxkeys_tokens -pc)
    switch $unparsed_tokens[1]
    case 'mxkeys'
        __mxkeys_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'canonical'
            __mxkeys_parse_subcommand 1 'lax' 'check' 'lines' 'fail-fast' 'newline' 'version' 'h/help'
        case 'keygen'
            __mxkeys_parse_subcommand 0 'key-version=' 'o/output=' 'force' 'version' 'h/help'
        case 'pubkey'
            __mxkeys_parse_subcommand 0 'key=' 'server=' 'old-key-at=' 'json' 'version' 'h/help'
        case 'sign'
            __mxkeys_parse_subcommand 1 'server=' 'key=' 'key-id=' 'keystore-passphrase-file=' 'lax' 'version' 'h/help'
        case 'verify'
            __mxkeys_parse_subcommand 1 'server=' 'public-key=+' 'server-keys=+' 'json' 'lax' 'version' 'h/help'
        case 'request'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'sign'
                __mxkeys_parse_subcommand 0 'origin=' 'destination=' 'method=' 'uri=' 'content=' 'key=' 'key-id=' 'keystore-passphrase-file=' 'version' 'h/help'
            case 'verify'
                __mxkeys_parse_subcommand 0 'origin=' 'destination=' 'method=' 'uri=' 'content=' 'authorization=' 'public-key=+' 'server-keys=+' 'at=' 'fetched-at=' 'version' 'h/help'
            end
        case 'server-keys'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'publish'
                __mxkeys_parse_subcommand 0 'server=' 'key=' 'key-id=' 'keystore-passphrase-file=' 'old-key=+' 'valid-for=' 'valid-until=' 'version' 'h/help'
            case 'verify'
                __mxkeys_parse_subcommand -r 1 'notary-keys=+' 'at=' 'fetched-at=' 'json' 'synapse-config=+' 'synapse-db=' 'lock-timeout=' 'version' 'h/help'
            case 'fetch'
                __mxkeys_parse_subcommand -r 1 'notary=+' 'key-id=+' 'output-dir=' 'json' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            end
        case 'event'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'redact'
                __mxkeys_parse_subcommand 1 'room-version=' 'lines' 'fail-fast' 'version' 'h/help'
            case 'hash'
                __mxkeys_parse_subcommand 1 'room-version=' 'check' 'json' 'lines' 'fail-fast' 'version' 'h/help'
            case 'id'
                __mxkeys_parse_subcommand 1 'room-version=' 'synapse-config=+' 'synapse-db=' 'lock-timeout=' 'event=' 'reference-hash' 'json' 'lines' 'fail-fast' 'version' 'h/help'
            case 'room-id'
                __mxkeys_parse_subcommand 1 'version' 'h/help'
            case 'sign'
                __mxkeys_parse_subcommand 1 'room-version=' 'server=' 'key=' 'key-id=' 'keystore-passphrase-file=' 'lines' 'fail-fast' 'version' 'h/help'
            case 'inspect'
                __mxkeys_parse_subcommand 1 'room-version=' 'server-keys=+' 'public-key=+' 'fetched-at=' 'synapse-config=+' 'synapse-db=' 'lock-timeout=' 'event=' 'json' 'version' 'h/help'
            case 'verify'
                __mxkeys_parse_subcommand 1 'room-version=' 'server-keys=+' 'public-key=+' 'fetched-at=' 'synapse-config=+' 'synapse-db=' 'lock-timeout=' 'room=+' 'since=' 'until=' 'shard=' 'server-name=' 'signing-key=+' 'old-signing-key=+' 'snapshot' 'jobs=' 'json' 'quiet' 'html=' 'force' 'version' 'h/help'
            case 'fetch'
                __mxkeys_parse_subcommand 0 'as=' 'key=' 'key-id=' 'keystore-passphrase-file=' 'from=' 'event=' 'state=' 'at=' 'backfill=' 'from-event=' 'limit=' 'room-version=' 'o/output=' 'force' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            end
        case 'room-versions'
            __mxkeys_parse_subcommand 0 'json' 'version' 'h/help'
        case 'report'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'merge'
                __mxkeys_parse_subcommand -r 1 'json' 'version' 'h/help'
            case 'html'
                __mxkeys_parse_subcommand -r 1 'o/output=' 'force' 'version' 'h/help'
            end
        case 'recovery-key'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'generate'
                __mxkeys_parse_subcommand 0 'json' 'o/output=' 'force' 'version' 'h/help'
            case 'encode'
                __mxkeys_parse_subcommand 0 'hex' 'o/output=' 'force' 'version' 'h/help'
            case 'decode'
                __mxkeys_parse_subcommand 0 'hex' 'recovery-key-file=' 'keystore-passphrase-file=' 'o/output=' 'force' 'version' 'h/help'
            end
        case 'ssss'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'new-key'
                __mxkeys_parse_subcommand 0 'key-id=' 'name=' 'passphrase' 'passphrase-file=' 'o/output=' 'force' 'version' 'h/help'
            case 'check-key'
                __mxkeys_parse_subcommand 0 'key-description=' 'key-id=' 'require-check' 'recovery-key-file=' 'keystore-passphrase-file=' 'passphrase-file=' 'passphrase' 'version' 'h/help'
            case 'passphrase'
                __mxkeys_parse_subcommand 0 'key-description=' 'key-id=' 'passphrase-file=' 'o/output=' 'force' 'version' 'h/help'
            case 'encrypt'
                __mxkeys_parse_subcommand 0 'name=' 'key-id=' 'key-description=' 'recovery-key-file=' 'keystore-passphrase-file=' 'passphrase-file=' 'passphrase' 'version' 'h/help'
            case 'decrypt'
                __mxkeys_parse_subcommand 1 'name=' 'key-id=' 'account-data=' 'key-description=' 'names-only' 'json' 'recovery-key-file=' 'keystore-passphrase-file=' 'passphrase-file=' 'passphrase' 'o/output=' 'force' 'version' 'h/help'
            case 'fetch'
                __mxkeys_parse_subcommand 0 'user-id=' 'homeserver=' 'access-token-file=' 'o/output=' 'force' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            end
        case 'backup'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'new-key'
                __mxkeys_parse_subcommand 0 'json' 'o/output=' 'force' 'version' 'h/help'
            case 'auth-data'
                __mxkeys_parse_subcommand 0 'sign-with=' 'user-id=' 'recovery-key-file=' 'keystore-passphrase-file=' 'version' 'h/help'
            case 'check-key'
                __mxkeys_parse_subcommand 0 'auth-data=' 'recovery-key-file=' 'keystore-passphrase-file=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'version' 'h/help'
            case 'encrypt'
                __mxkeys_parse_subcommand 1 'public-key=' 'auth-data=' 'version' 'h/help'
            case 'decrypt'
                __mxkeys_parse_subcommand 1 'jsonl' 'room-id=' 'session-id=' 'jobs=' 'recovery-key-file=' 'keystore-passphrase-file=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'auth-data=' 'o/output=' 'force' 'version' 'h/help'
            case 'export'
                __mxkeys_parse_subcommand 1 'o/output=' 'force' 'rounds=' 'passphrase-file=' 'room-id=' 'session-id=' 'jobs=' 'recovery-key-file=' 'keystore-passphrase-file=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'auth-data=' 'version' 'h/help'
            case 'fetch'
                __mxkeys_parse_subcommand 0 'user-id=' 'homeserver=' 'access-token-file=' 'backup-version=' 'o/output=' 'force' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            case 'upload'
                __mxkeys_parse_subcommand 1 'user-id=' 'homeserver=' 'access-token-file=' 'backup-version=' 'new-version' 'auth-data=' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            case 'trust'
                __mxkeys_parse_subcommand 0 'auth-data=' 'keys=' 'user-id=' 'json' 'version' 'h/help'
            end
        case 'session-export'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'decrypt'
                __mxkeys_parse_subcommand 1 'passphrase-file=' 'o/output=' 'force' 'version' 'h/help'
            case 'encrypt'
                __mxkeys_parse_subcommand 1 'o/output=' 'force' 'rounds=' 'passphrase-file=' 'version' 'h/help'
            end
        case 'keystore'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __mxkeys_parse_subcommand 0 'json' 'version' 'h/help'
            case 'path'
                __mxkeys_parse_subcommand 0 'version' 'h/help'
            case 'generate'
                __mxkeys_parse_subcommand 1 'kind=' 'key-version=' 'passphrase-file=' 'lock-timeout=' 'version' 'h/help'
            case 'import'
                __mxkeys_parse_subcommand 2 'kind=' 'key-id=' 'from-ssss=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'recovery-key-file=' 'keystore-passphrase-file=' 'passphrase-file=' 'lock-timeout=' 'version' 'h/help'
            case 'export'
                __mxkeys_parse_subcommand 1 'passphrase-file=' 'o/output=' 'force' 'version' 'h/help'
            case 'passwd'
                __mxkeys_parse_subcommand 1 'passphrase-file=' 'new-passphrase-file=' 'lock-timeout=' 'version' 'h/help'
            case 'remove'
                __mxkeys_parse_subcommand 1 'yes' 'lock-timeout=' 'version' 'h/help'
            end
        case 'devices'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'verify'
                __mxkeys_parse_subcommand 1 'user-id=+' 'as=' 'require-cross-signed' 'jobs=' 'json' 'html=' 'force' 'synapse-config=+' 'synapse-db=' 'lock-timeout=' 'shard=' 'version' 'h/help'
            end
        case 'cross-signing'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'new'
                __mxkeys_parse_subcommand 0 'user-id=' 'name=' 'ssss=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'recovery-key-file=' 'keystore-passphrase-file=' 'passphrase-file=' 'lock-timeout=' 'version' 'h/help'
            case 'sign-device'
                __mxkeys_parse_subcommand 0 'keys=' 'user-id=' 'device-id=+' 'key=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'recovery-key-file=' 'keystore-passphrase-file=' 'version' 'h/help'
            case 'sign-user'
                __mxkeys_parse_subcommand 0 'keys=' 'user-id=' 'as=' 'key=' 'account-data=' 'ssss-key-id=' 'ssss-passphrase-file=' 'ssss-passphrase' 'recovery-key-file=' 'keystore-passphrase-file=' 'version' 'h/help'
            case 'upload'
                __mxkeys_parse_subcommand 1 'user-id=' 'homeserver=' 'access-token-file=' 'password-file=' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            end
        case 'keys'
            __mxkeys_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'query'
                __mxkeys_parse_subcommand 0 'user-id=' 'homeserver=' 'access-token-file=' 'query-user=+' 'o/output=' 'force' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            case 'upload-signatures'
                __mxkeys_parse_subcommand 1 'user-id=' 'homeserver=' 'access-token-file=' 'ca-file=' 'timeout=' 'connect-timeout=' 'version' 'h/help'
            end
        case 'help'
            __mxkeys_parse_subcommand -r 1 'version'
        end
    end
end

function __mxkeys_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __mxkeys_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __mxkeys_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __mxkeys_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__mxkeys_tokens -p)
    if test -z "$(__mxkeys_tokens -t)"
        set -l index (count (__mxkeys_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'mxkeys' -f
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'canonical' -d 'Print the canonical JSON of the input, or check it.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'keygen' -d 'Generate an ed25519 signing key (Synapse\'s format).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'pubkey' -d 'Print the public keys of a signing key file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'sign' -d 'Sign a JSON object as a server (signed JSON).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'verify' -d 'Verify a server\'s signatures on a JSON object.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'request' -d 'Sign and verify federation requests (X-Matrix).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'server-keys' -d 'Publish, check and fetch servers\' key responses.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'event' -d 'Redact, hash, sign, explain, verify and fetch events.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'room-versions' -d 'List the room versions mxkeys knows, with their rules.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'report' -d 'Merge event verify reports; make one HTML page.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'recovery-key' -d 'Generate, encode and decode recovery keys.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'ssss' -d 'Secret storage (SSSS): keys, key checks and secrets.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'backup' -d 'Megolm key backups: keys, sessions, fetch and upload.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'session-export' -d 'Read and write megolm session export files.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'keystore' -d 'The encrypted keystore: keys kept under a passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'devices' -d 'Audit users\' device keys and cross-signing keys.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'cross-signing' -d 'Make cross-signing keys; sign devices and users.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'keys' -d 'Save /keys/query answers; upload signatures.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" lax' -l 'lax' -d 'Lax number mode (room versions 1-5): big integers and floats are allowed.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" check' -l 'check' -d 'Check instead of printing: exit 0 when the input is canonical JSON as it is (one final line break allowed), 1 with one line per finding.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" lines' -l 'lines' -d 'Read a JSON-lines stream: one canonical line out per line in, in bounded memory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" fail-fast' -l 'fail-fast' -d 'With --lines, stop at the first line that is not JSON (exit 2) instead of reporting it and going on (exit 1 at the end).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" newline' -l 'newline' -d 'End the output with a line break (the canonical bytes have none).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys canonical" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys canonical" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keygen" key-version' -l 'key-version' -d 'The key version (letters, digits, _); default a random a_XXXX.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keygen" o output' -l 'output' -s 'o' -d 'Write the key to this file (mode 0600); - is standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keygen" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keygen" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keygen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion pubkey -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" server' -l 'server' -d 'The server the key belongs to: print SERVER:ed25519:ID=BASE64.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" old-key-at' -l 'old-key-at' -d 'Print the key as retired at this time (ed25519:ID=BASE64@TS): milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" json' -l 'json' -d 'Print a verify_keys object: {"ed25519:ID": {"key": "BASE64"}}.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys pubkey" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" server' -l 'server' -d 'The signing entity: a server name (or user ID).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion sign -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" key-id' -l 'key-id' -d 'Which key of the file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" lax' -l 'lax' -d 'Lax number mode (room versions 1-5 data).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys sign" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys sign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify" server' -l 'server' -d 'The signing entity whose signatures to check.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify"' -l 'public-key' -d 'A public key of the server, as SERVER:ed25519:ID=BASE64 or ed25519:ID=BASE64 (repeatable; what pubkey prints).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify"' -l 'server-keys' -d 'A saved /_matrix/key/v2/server response, notary response, or a directory of them (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify" json' -l 'json' -d 'Print the report as JSON.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify" lax' -l 'lax' -d 'Lax number mode (room versions 1-5 data).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys verify" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys request" -eq 1' -fa 'sign' -d 'Print the Authorization header value (X-Matrix ...) for a request.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys request" -eq 1' -fa 'verify' -d 'Verify a request\'s X-Matrix Authorization header with the origin\'s keys.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" origin' -l 'origin' -d 'The requesting server.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" destination' -l 'destination' -d 'The server the request is sent to.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" method' -l 'method' -d 'The HTTP method, such as GET or PUT (upper-cased, as it is sent).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" uri' -l 'uri' -d 'The request path and query, such as /_matrix/federation/v1/version.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" content' -l 'content' -d 'A file with the request\'s JSON body.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion request sign -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" key-id' -l 'key-id' -d 'Which key of the file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request sign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" origin' -l 'origin' -d 'The requesting server.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" destination' -l 'destination' -d 'The server the request is sent to.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" method' -l 'method' -d 'The HTTP method, such as GET or PUT (upper-cased, as it is sent).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" uri' -l 'uri' -d 'The request path and query, such as /_matrix/federation/v1/version.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" content' -l 'content' -d 'A file with the request\'s JSON body.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" authorization' -l 'authorization' -d 'The Authorization header value, X-Matrix origin=...,key=...,sig=...' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify"' -l 'public-key' -d 'A public key of the server, as SERVER:ed25519:ID=BASE64 or ed25519:ID=BASE64 (repeatable; what pubkey prints).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify"' -l 'server-keys' -d 'A saved /_matrix/key/v2/server response, notary response, or a directory of them (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" at' -l 'at' -d 'When the request was made: milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now (default: now).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" fetched-at' -l 'fetched-at' -d 'When the key responses were fetched, for the 7-day cap on valid_until_ts: milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now (default: now).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys request verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys server-keys" -eq 1' -fa 'publish' -d 'Print a server\'s signed key response as canonical JSON.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys server-keys" -eq 1' -fa 'verify' -d 'Check saved key responses\' signatures and print each key with its validity window.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys server-keys" -eq 1' -fa 'fetch' -d 'Fetch servers\' key responses, directly or through notaries, check them, and save them as received.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" server' -l 'server' -d 'The server name the keys belong to.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion server-keys publish -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" key-id' -l 'key-id' -d 'Which key of the file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish"' -l 'old-key' -d 'A retired key, as ed25519:ID=BASE64@EXPIRED_TS (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" valid-for' -l 'valid-for' -d 'How long the response is valid from now: a number with ms, s, m, h, d or w (default: 7d).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" valid-until' -l 'valid-until' -d 'When the response stops being valid: milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys publish" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify"' -l 'notary-keys' -d 'A notary\'s own key response, to check its signatures with (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" at' -l 'at' -d 'Also say whether each key is valid at this time: milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" fetched-at' -l 'fetched-at' -d 'When the responses were fetched, for the 7-day cap: milliseconds since the epoch, an ISO 8601 date such as 2026-11-22T10:00:00Z, or now (default: the time server-keys fetch saved with each response, else now; this overrides it).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" json' -l 'json' -d 'Print one JSON object per response.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify"' -l 'synapse-config' -d 'Synapse\'s config file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" synapse-db' -l 'synapse-db' -d 'A Synapse database: an SQLite file or PostgreSQL URI.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for an SQLite lock (default: 10).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys server-keys verify" -ge 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch"' -l 'notary' -d 'Ask this notary for the keys instead of the servers themselves (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch"' -l 'key-id' -d 'Ask notaries for this key ID, valid at least until now (repeatable; default: every key the notary has).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" output-dir' -l 'output-dir' -d 'Save the responses in this directory.' -rfa '(__mxkeys_complete_directories)'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" json' -l 'json' -d 'Print one JSON object per saved response, and per failure (its error and resolution).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys server-keys fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'redact' -d 'Print the redacted event as canonical JSON.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'hash' -d 'Print the event\'s content hash (unpadded base64 SHA-256), or check it.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'id' -d 'Print the event ID (or with --reference-hash the unpadded base64 reference hash).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'room-id' -d 'Print the room ID that a room version 12 create event defines.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'sign' -d 'Add the content hash and sign the event as a server; print it as canonical JSON.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'inspect' -d 'Explain an event: what redaction removes, its hashes and ID, who must sign it, and who did.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'verify' -d 'Verify events offline: the required servers\' signatures, key validity and content hashes.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event" -eq 1' -fa 'fetch' -d 'Fetch a room\'s events over federation, as a server in the room: JSON lines ready for event verify.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event redact" room-version' -l 'room-version' -d 'The room version whose rules apply (1-12).' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event redact" lines' -l 'lines' -d 'Read a JSON-lines stream of events: one result line per event, in bounded memory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event redact" fail-fast' -l 'fail-fast' -d 'With --lines, stop at the first line that is not an event (exit 2) instead of reporting it and going on (exit 1 at the end).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event redact" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event redact" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event redact" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" room-version' -l 'room-version' -d 'The room version whose rules apply (1-12).' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" check' -l 'check' -d 'Check the event\'s hashes.sha256 instead of printing the hash.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" json' -l 'json' -d 'With --lines, one JSON object per line, errors included.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" lines' -l 'lines' -d 'Read a JSON-lines stream of events: one result line per event, in bounded memory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" fail-fast' -l 'fail-fast' -d 'With --lines, stop at the first line that is not an event (exit 2) instead of reporting it and going on (exit 1 at the end).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event hash" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event hash" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" room-version' -l 'room-version' -d 'Room version (1-12); a database knows each room\'s.' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id"' -l 'synapse-config' -d 'Synapse\'s config file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" synapse-db' -l 'synapse-db' -d 'A Synapse database: an SQLite file or PostgreSQL URI.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for an SQLite lock (default: 10).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" event' -l 'event' -d 'With --synapse-config or --synapse-db: the stored event to read, by the ID it is stored under.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" reference-hash' -l 'reference-hash' -d 'Print the reference hash (unpadded standard base64) instead of the event ID.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" json' -l 'json' -d 'With --lines, one JSON object per line ({"line", "event_id"} or {"line", "error"}).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" lines' -l 'lines' -d 'Read a JSON-lines stream of events: one result line per event, in bounded memory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" fail-fast' -l 'fail-fast' -d 'With --lines, stop at the first line that is not an event (exit 2) instead of reporting it and going on (exit 1 at the end).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event id" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event id" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event room-id" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event room-id" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event room-id" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" room-version' -l 'room-version' -d 'The room version whose rules apply (1-12).' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" server' -l 'server' -d 'The signing server\'s name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion event sign -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" key-id' -l 'key-id' -d 'Which key of the file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" lines' -l 'lines' -d 'Read a JSON-lines stream of events: one result line per event, in bounded memory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" fail-fast' -l 'fail-fast' -d 'With --lines, stop at the first line that is not an event (exit 2) instead of reporting it and going on (exit 1 at the end).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event sign" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event sign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" room-version' -l 'room-version' -d 'Room version (1-12); a database knows each room\'s.' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect"' -l 'server-keys' -d 'Saved key responses: a file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect"' -l 'public-key' -d 'A key, SERVER:ed25519:ID=BASE64 (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" fetched-at' -l 'fetched-at' -d 'When the key responses were fetched (7-day cap).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect"' -l 'synapse-config' -d 'Synapse\'s config file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" synapse-db' -l 'synapse-db' -d 'A Synapse database: an SQLite file or PostgreSQL URI.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for an SQLite lock (default: 10).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" event' -l 'event' -d 'With --synapse-config or --synapse-db: the stored event to read, by the ID it is stored under.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" json' -l 'json' -d 'Print the explanation as one JSON object.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event inspect" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" room-version' -l 'room-version' -d 'Room version (1-12); a database knows each room\'s.' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'server-keys' -d 'Saved key responses: a file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'public-key' -d 'A key, SERVER:ed25519:ID=BASE64 (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" fetched-at' -l 'fetched-at' -d 'When the key responses were fetched (7-day cap).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'synapse-config' -d 'Synapse\'s config file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" synapse-db' -l 'synapse-db' -d 'A Synapse database: an SQLite file or PostgreSQL URI.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for an SQLite lock (default: 10).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'room' -d 'Only the events of this room (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" since' -l 'since' -d 'Only events from this time on (origin_server_ts).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" until' -l 'until' -d 'Only events before this time (origin_server_ts).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" shard' -l 'shard' -d 'Only the K-th of N equal parts, by stream position.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" server-name' -l 'server-name' -d 'With --synapse-db: the server\'s name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'signing-key' -d 'With --synapse-db: its signing key file (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify"' -l 'old-signing-key' -d 'With --synapse-db: a key it retired (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" snapshot' -l 'snapshot' -d 'Read one point in time, in one long transaction.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" jobs' -l 'jobs' -d 'Worker threads (default: one per core).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" json' -l 'json' -d 'One JSON object per event, then a summary object.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" quiet' -l 'quiet' -d 'Only the summary: no event lines, no progress bar.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" html' -l 'html' -d 'With a database: also write the HTML report.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" force' -l 'force' -d 'With --html: replace the file if it exists.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys event verify" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" as' -l 'as' -d 'The server the requests are made as.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" key' -l 'key' -d 'The signing key file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion event fetch -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" key-id' -l 'key-id' -d 'Which key of the file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" from' -l 'from' -d 'The server to ask: one that is in the room.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" event' -l 'event' -d 'Fetch this one event.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" state' -l 'state' -d 'Fetch this room\'s state, with its auth chain.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" at' -l 'at' -d 'With --state: the state at this event.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" backfill' -l 'backfill' -d 'Fetch this room\'s history, back from --from-event.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" from-event' -l 'from-event' -d 'The newest event --backfill fetches.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" limit' -l 'limit' -d 'At most this many events (--backfill).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" room-version' -l 'room-version' -d 'The room version (1-12), if no create event comes.' -rfka '1 2 3 4 5 6 7 8 9 10 11 12'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys event fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys room-versions" json' -l 'json' -d 'Print the table as a JSON array.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys room-versions" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys room-versions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys report" -eq 1' -fa 'merge' -d 'Merge the --json reports of event verify runs over one database into the summary of one run.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys report" -eq 1' -fa 'html' -d 'Write the --json reports of event verify and devices verify runs as one self-contained HTML page.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report merge" json' -l 'json' -d 'Print the summary object, as event verify --json ends with it.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys report merge" -ge 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report merge" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report merge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report html" o output' -l 'output' -s 'o' -d 'The page to write (- for standard output).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report html" force' -l 'force' -d 'Replace the output file if it exists.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys report html" -ge 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report html" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys report html" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys recovery-key" -eq 1' -fa 'generate' -d 'Print a new random recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys recovery-key" -eq 1' -fa 'encode' -d 'Read a 32-byte key on standard input (base64, or hex with --hex) and print its recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys recovery-key" -eq 1' -fa 'decode' -d 'Read a recovery key and print the key (base64, or hex with --hex).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key generate" json' -l 'json' -d 'Print {"recovery_key": ..., "key_base64": ...} instead.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key generate" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key generate" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key generate" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key encode" hex' -l 'hex' -d 'The key on standard input is hex, not base64.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key encode" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key encode" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key encode" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key encode" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" hex' -l 'hex' -d 'Print the key as hex instead of base64.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion recovery-key decode -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys recovery-key decode" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'new-key' -d 'Make a new secret storage key: print its ID, the key description to upload, and the recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'check-key' -d 'Say whether a recovery key or passphrase is the key of a key description: right, wrong or unverifiable.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'passphrase' -d 'Turn a passphrase (Security Phrase) into its key and print it as a recovery key (Security Key).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'encrypt' -d 'Encrypt a secret read on standard input; print {"encrypted": {KEY_ID: {iv, ciphertext, mac}}}.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'decrypt' -d 'Decrypt a secret, or with --account-data every secret the key opens.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss" -eq 1' -fa 'fetch' -d 'Fetch the account data secret storage needs, as the dump ssss decrypt --account-data reads.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" key-id' -l 'key-id' -d 'The key ID (default: 32 random letters and digits).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" name' -l 'name' -d 'A name for the key, stored in the description.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" passphrase' -l 'passphrase' -d 'Derive the key from a passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss new-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" key-description' -l 'key-description' -d 'The key description: the content of m.secret_storage.key.<id>, that account data event, or an account data dump (what ssss fetch writes).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" key-id' -l 'key-id' -d 'With an account data dump as --key-description: the key to take (default: m.secret_storage.default_key).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" require-check' -l 'require-check' -d 'Treat an unverifiable key as a failure (exit 1).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion ssss check-key -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" passphrase' -l 'passphrase' -d 'Use the passphrase instead of the recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss check-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" key-description' -l 'key-description' -d 'The key description: the content of m.secret_storage.key.<id>, that account data event, or an account data dump (what ssss fetch writes).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" key-id' -l 'key-id' -d 'With an account data dump as --key-description: the key to take (default: m.secret_storage.default_key).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss passphrase" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" name' -l 'name' -d 'The secret\'s name, such as m.cross_signing.master or m.megolm_backup.v1.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" key-id' -l 'key-id' -d 'The secret storage key\'s ID.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" key-description' -l 'key-description' -d 'Check the key against this description first.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion ssss encrypt -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" passphrase' -l 'passphrase' -d 'Use the passphrase instead of the recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss encrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" name' -l 'name' -d 'The secret\'s name (needed for FILE).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" key-id' -l 'key-id' -d 'The secret storage key\'s ID.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" account-data' -l 'account-data' -d 'An account data dump to decrypt every secret of.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" key-description' -l 'key-description' -d 'The key description (for --passphrase, or to check the key first).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" names-only' -l 'names-only' -d 'With --account-data: only the secrets\' names.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" json' -l 'json' -d 'Print JSON: {"name", "secret"}, or with --account-data {"key_id", "secrets": [...]}.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion ssss decrypt -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" passphrase' -l 'passphrase' -d 'Use the passphrase instead of the recovery key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys ssss decrypt" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss decrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" o output' -l 'output' -s 'o' -d 'Write to this file (a new one, mode 0600, atomically); - is standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys ssss fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'new-key' -d 'Make a new backup key: its recovery key, and the auth_data with its public key.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'auth-data' -d 'Print the auth_data of the backup key given as a recovery key (on standard input or as below).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'check-key' -d 'Check a backup key against a backup\'s auth_data: exit 0 when it matches, 1 when it does not.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'encrypt' -d 'Encrypt one session\'s plaintext into session_data, or sessions in export form into a PUT /room_keys/keys body.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'decrypt' -d 'Decrypt a backup: session_data, one session, one room, or the whole GET /room_keys/keys; print the sessions in export form.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'export' -d 'Decrypt a backup and write its sessions as a passphrase-protected megolm session export file, for a client to import.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'fetch' -d 'Download a key backup (version info and sessions) into one file that backup check-key, decrypt and export read.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'upload' -d 'Upload a PUT /room_keys/keys body (what backup encrypt makes) to an existing or a new backup version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup" -eq 1' -fa 'trust' -d 'Judge whether a backup version can be trusted, from the signatures on its auth_data.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup new-key" json' -l 'json' -d 'Print {"recovery_key", "auth_data", "key_base64"} as one JSON object.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup new-key" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup new-key" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup new-key" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup new-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" sign-with' -l 'sign-with' -d 'An ed25519 key file (Synapse format) to sign auth_data with.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" user-id' -l 'user-id' -d 'The user ID to sign as.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion backup auth-data -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup auth-data" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" auth-data' -l 'auth-data' -d 'The backup\'s auth_data (or what backup fetch wrote).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion backup check-key -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup check-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup encrypt" public-key' -l 'public-key' -d 'The backup\'s curve25519 public key (base64).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup encrypt" auth-data' -l 'auth-data' -d 'The backup version\'s auth_data (or the whole version object).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup encrypt" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup encrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup encrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" jsonl' -l 'jsonl' -d 'One session per line instead of a JSON array.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" room-id' -l 'room-id' -d 'Only this room (needed when the input is one room\'s).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" session-id' -l 'session-id' -d 'Only this session (needed for a one-session input).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" jobs' -l 'jobs' -d 'Worker threads (default: one per core).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion backup decrypt -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" auth-data' -l 'auth-data' -d 'The backup\'s auth_data, to check the key against.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup decrypt" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup decrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" o output' -l 'output' -s 'o' -d 'The export file to write (mode 0600), or - for standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" rounds' -l 'rounds' -d 'PBKDF2 rounds.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" room-id' -l 'room-id' -d 'Only this room (needed when the input is one room\'s).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" session-id' -l 'session-id' -d 'Only this session (needed for a one-session input).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" jobs' -l 'jobs' -d 'Worker threads (default: one per core).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion backup export -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" auth-data' -l 'auth-data' -d 'The backup\'s auth_data, to check the key against.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup export" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" backup-version' -l 'backup-version' -d 'The backup version (default: the latest).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" o output' -l 'output' -s 'o' -d 'The file to write (mode 0600).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" backup-version' -l 'backup-version' -d 'Upload to this existing backup version.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" new-version' -l 'new-version' -d 'Create a new backup version with --auth-data, and upload to it.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" auth-data' -l 'auth-data' -d 'The backup key\'s auth_data (needed by --new-version).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys backup upload" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup upload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" auth-data' -l 'auth-data' -d 'The backup version\'s auth_data, the whole version object, or backup fetch output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" keys' -l 'keys' -d 'The user\'s keys: a saved key query response.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" user-id' -l 'user-id' -d 'Whose backup it is (default: the only user who signed it).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" json' -l 'json' -d 'One JSON object: each signature, the verdict, and whether it is trusted.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys backup trust" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys session-export" -eq 1' -fa 'decrypt' -d 'Print the sessions of an export file as a JSON array.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys session-export" -eq 1' -fa 'encrypt' -d 'Write an export file from a JSON array of sessions in export form.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export decrypt" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export decrypt" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export decrypt" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys session-export decrypt" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export decrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export decrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" o output' -l 'output' -s 'o' -d 'The export file to write (mode 0600), or - for standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" rounds' -l 'rounds' -d 'PBKDF2 rounds.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys session-export encrypt" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys session-export encrypt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'list' -d 'List the entries: names, kinds and public parts (no passphrase needed).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'path' -d 'Print the keystore\'s directory.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'generate' -d 'Make a new key inside the keystore and print its public part.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'import' -d 'Import a Synapse signing key file, a recovery key, or a base64 key into the keystore (from FILE or standard input).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'export' -d 'Write an entry\'s secret in its usual form (a Synapse key file, or a recovery key) to standard output or a 0600 file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'passwd' -d 'Re-encrypt an entry under a new passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore" -eq 1' -fa 'remove' -d 'Delete an entry (asking first on a terminal; --yes skips the question).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore list" json' -l 'json' -d 'Print one JSON object: the path, the entries, and the entries that cannot be read.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore list" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore path" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" kind' -l 'kind' -d 'signing-key, recovery-key (or ssss-key), backup-key, or a cross-signing key: master-key, self-signing-key, user-signing-key.' -rfka 'signing-key recovery-key ssss-key backup-key master-key self-signing-key user-signing-key'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" key-version' -l 'key-version' -d 'A signing key\'s version (default: a random a_XXXX, as Synapse makes).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for the keystore lock.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" kind' -l 'kind' -d 'signing-key, recovery-key (or ssss-key), backup-key, or a cross-signing key: master-key, self-signing-key, user-signing-key.' -rfka 'signing-key recovery-key ssss-key backup-key master-key self-signing-key user-signing-key'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" key-id' -l 'key-id' -d 'Which key of a signing key file (default: the first).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" from-ssss' -l 'from-ssss' -d 'Take the key from secret storage: the secret\'s name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion keystore import -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for the keystore lock.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore import" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore export" -eq 1' -fka '(__mxkeys_custom_completion ---completion keystore export -- positional@0 (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore export" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore export" o output' -l 'output' -s 'o' -d 'Write to this file (mode 0600), not standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore export" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore export" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore passwd" -eq 1' -fka '(__mxkeys_custom_completion ---completion keystore passwd -- positional@0 (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore passwd" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore passwd" new-passphrase-file' -l 'new-passphrase-file' -d 'Read the new passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore passwd" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for the keystore lock.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore passwd" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore passwd" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keystore remove" -eq 1' -fka '(__mxkeys_custom_completion ---completion keystore remove -- positional@0 (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore remove" yes' -l 'yes' -d 'Do not ask.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore remove" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for the keystore lock.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore remove" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keystore remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys devices" -eq 1' -fa 'verify' -d 'Audit device keys and cross-signing keys from a saved key query response or a Synapse database.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify"' -l 'user-id' -d 'Audit only this user (repeatable).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" as' -l 'as' -d 'Whose user-signing key counts as yours (signed_by_you).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" require-cross-signed' -l 'require-cross-signed' -d 'Exit 1 when any device lacks a valid owner\'s signature.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" jobs' -l 'jobs' -d 'Worker threads (default: one per core).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" json' -l 'json' -d 'One JSON object per user and per device, then a summary object.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" html' -l 'html' -d 'Also write the audit as one self-contained HTML page (as report html makes it) to this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" force' -l 'force' -d 'With --html: replace the file if it exists.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys devices verify" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify"' -l 'synapse-config' -d 'Synapse\'s config file or directory (repeatable).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" synapse-db' -l 'synapse-db' -d 'A Synapse database: an SQLite file or PostgreSQL URI.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for an SQLite lock (default: 10).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" shard' -l 'shard' -d 'With a database: the K-th of N parts of the users.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys devices verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys cross-signing" -eq 1' -fa 'new' -d 'Make a user\'s three cross-signing keys; print the /keys/device_signing/upload body.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys cross-signing" -eq 1' -fa 'sign-device' -d 'Sign a user\'s devices with the self-signing key; print the /keys/signatures/upload body.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys cross-signing" -eq 1' -fa 'sign-user' -d 'Sign another user\'s master key with your user-signing key; print the /keys/signatures/upload body.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys cross-signing" -eq 1' -fa 'upload' -d 'Upload cross-signing keys (what cross-signing new prints).'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" user-id' -l 'user-id' -d 'The user whose keys they are.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" name' -l 'name' -d 'The entries\' name prefix.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" ssss' -l 'ssss' -d 'Write the keys as secret storage account data bodies to this new file instead of the keystore (needs --account-data).' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion cross-signing new -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" passphrase-file' -l 'passphrase-file' -d 'Read the passphrase from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" lock-timeout' -l 'lock-timeout' -d 'Seconds to wait for the keystore lock.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" keys' -l 'keys' -d 'A saved key query response holding the keys to sign.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" user-id' -l 'user-id' -d 'Whose devices (default: the user who made the query).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device"' -l 'device-id' -d 'Sign this device (repeatable; default: every device not cross-signed).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" key' -l 'key' -d 'The cross-signing key: a file holding its base64 seed, or keystore:NAME (else --account-data).' -rfka '(__mxkeys_custom_completion ---completion cross-signing sign-device -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion cross-signing sign-device -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-device" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" keys' -l 'keys' -d 'A saved key query response holding the keys to sign.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" user-id' -l 'user-id' -d 'The user whose master key to sign.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" as' -l 'as' -d 'You, the signer (default: the user who made the query).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" key' -l 'key' -d 'The cross-signing key: a file holding its base64 seed, or keystore:NAME (else --account-data).' -rfka '(__mxkeys_custom_completion ---completion cross-signing sign-user -- --key (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" account-data' -l 'account-data' -d 'Take the key from secret storage: an account data dump.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" ssss-key-id' -l 'ssss-key-id' -d 'With --account-data: which key (default: the default).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" ssss-passphrase-file' -l 'ssss-passphrase-file' -d 'With --account-data: the passphrase\'s file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" ssss-passphrase' -l 'ssss-passphrase' -d 'With --account-data: ask for the passphrase.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" recovery-key-file' -l 'recovery-key-file' -d 'The recovery key\'s file, or keystore:NAME.' -rfka '(__mxkeys_custom_completion ---completion cross-signing sign-user -- --recovery-key-file (count (__mxkeys_tokens -pc)) (__mxkeys_tokens -tC))'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" keystore-passphrase-file' -l 'keystore-passphrase-file' -d 'With keystore:NAME: the entry\'s passphrase file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing sign-user" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" password-file' -l 'password-file' -d 'The account\'s password file, if the server asks for it.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys cross-signing upload" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys cross-signing upload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keys" -eq 1' -fa 'query' -d 'Save a /keys/query answer: users\' device keys and cross-signing keys, as devices verify reads them.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keys" -eq 1' -fa 'upload-signatures' -d 'Upload a /keys/signatures/upload body (as cross-signing sign-device and sign-user print) and report what the server refused.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query"' -l 'query-user' -d 'A user whose keys to ask for (repeatable; default: the account\'s own user).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" o output' -l 'output' -s 'o' -d 'Write the answer to this file; - is standard output.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" force' -l 'force' -d 'Replace an existing regular --output file.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys query" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" user-id' -l 'user-id' -d 'The account, as @localpart:server.name.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" homeserver' -l 'homeserver' -d 'The homeserver\'s URL (default: found by .well-known).' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" access-token-file' -l 'access-token-file' -d 'Read the access token from this file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys keys upload-signatures" -eq 1' -F
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" ca-file' -l 'ca-file' -d 'Also trust the CA certificates of this PEM file.' -rF
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" timeout' -l 'timeout' -d 'Seconds a whole request may take.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" connect-timeout' -l 'connect-timeout' -d 'Seconds for connecting, TLS included.' -rfka ''
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys keys upload-signatures" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_flags_or_options "mxkeys help" version' -l 'version' -d 'Show the version.'
complete -c 'mxkeys' -n '__mxkeys_should_offer_completions_for_positional "mxkeys help" -ge 0' -fa 'canonical keygen pubkey sign verify request server-keys event room-versions report recovery-key ssss backup session-export keystore devices cross-signing keys'
