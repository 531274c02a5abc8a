#!/bin/bash

__mxkeys_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__mxkeys_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__mxkeys_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__mxkeys_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_mxkeys() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    canonical|keygen|pubkey|sign|verify|request|server-keys|event|room-versions|report|recovery-key|ssss|backup|session-export|keystore|devices|cross-signing|keys|help)
        # Offer subcommand argument completions
        "_mxkeys_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'canonical keygen pubkey sign verify request server-keys event room-versions report recovery-key ssss backup session-export keystore devices cross-signing keys help' -- "${cur}"))
        ;;
    esac
}

_mxkeys_canonical() {
    repeating_flags=()
    non_repeating_flags=(--lax --check --lines --fail-fast --newline --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_keygen() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--key-version --output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key-version')
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_pubkey() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--key --server --old-key-at)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion pubkey -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--server')
        return
        ;;
    '--old-key-at')
        return
        ;;
    esac
}

_mxkeys_sign() {
    repeating_flags=()
    non_repeating_flags=(--lax --version -h --help)
    repeating_options=()
    non_repeating_options=(--server --key --key-id --keystore-passphrase-file)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--server')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion sign -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--key-id')
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_verify() {
    repeating_flags=()
    non_repeating_flags=(--json --lax --version -h --help)
    repeating_options=(--public-key --server-keys)
    non_repeating_options=(--server)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--server')
        return
        ;;
    '--public-key')
        return
        ;;
    '--server-keys')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_request() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    sign|verify)
        # Offer subcommand argument completions
        "_mxkeys_request_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'sign verify' -- "${cur}"))
        ;;
    esac
}

_mxkeys_request_sign() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--origin --destination --method --uri --content --key --key-id --keystore-passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--origin')
        return
        ;;
    '--destination')
        return
        ;;
    '--method')
        return
        ;;
    '--uri')
        return
        ;;
    '--content')
        __mxkeys_add_completions -f
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion request sign -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--key-id')
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_request_verify() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--public-key --server-keys)
    non_repeating_options=(--origin --destination --method --uri --content --authorization --at --fetched-at)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--origin')
        return
        ;;
    '--destination')
        return
        ;;
    '--method')
        return
        ;;
    '--uri')
        return
        ;;
    '--content')
        __mxkeys_add_completions -f
        return
        ;;
    '--authorization')
        return
        ;;
    '--public-key')
        return
        ;;
    '--server-keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--at')
        return
        ;;
    '--fetched-at')
        return
        ;;
    esac
}

_mxkeys_server-keys() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    publish|verify|fetch)
        # Offer subcommand argument completions
        "_mxkeys_server-keys_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'publish verify fetch' -- "${cur}"))
        ;;
    esac
}

_mxkeys_server-keys_publish() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--old-key)
    non_repeating_options=(--server --key --key-id --keystore-passphrase-file --valid-for --valid-until)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--server')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion server-keys publish -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--key-id')
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--old-key')
        return
        ;;
    '--valid-for')
        return
        ;;
    '--valid-until')
        return
        ;;
    esac
}

_mxkeys_server-keys_verify() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--notary-keys --synapse-config)
    non_repeating_options=(--at --fetched-at --synapse-db --lock-timeout)
    __mxkeys_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--notary-keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--at')
        return
        ;;
    '--fetched-at')
        return
        ;;
    '--synapse-config')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-db')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_server-keys_fetch() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--notary --key-id)
    non_repeating_options=(--output-dir --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--notary')
        return
        ;;
    '--key-id')
        return
        ;;
    '--output-dir')
        __mxkeys_add_completions -d
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac
}

_mxkeys_event() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    redact|hash|id|room-id|sign|inspect|verify|fetch)
        # Offer subcommand argument completions
        "_mxkeys_event_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'redact hash id room-id sign inspect verify fetch' -- "${cur}"))
        ;;
    esac
}

_mxkeys_event_redact() {
    repeating_flags=()
    non_repeating_flags=(--lines --fail-fast --version -h --help)
    repeating_options=()
    non_repeating_options=(--room-version)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_hash() {
    repeating_flags=()
    non_repeating_flags=(--check --json --lines --fail-fast --version -h --help)
    repeating_options=()
    non_repeating_options=(--room-version)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_id() {
    repeating_flags=()
    non_repeating_flags=(--reference-hash --json --lines --fail-fast --version -h --help)
    repeating_options=(--synapse-config)
    non_repeating_options=(--room-version --synapse-db --lock-timeout --event)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    '--synapse-config')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-db')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    '--event')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_room-id() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_sign() {
    repeating_flags=()
    non_repeating_flags=(--lines --fail-fast --version -h --help)
    repeating_options=()
    non_repeating_options=(--room-version --server --key --key-id --keystore-passphrase-file)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    '--server')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion event sign -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--key-id')
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_inspect() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--server-keys --public-key --synapse-config)
    non_repeating_options=(--room-version --fetched-at --synapse-db --lock-timeout --event)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    '--server-keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--public-key')
        return
        ;;
    '--fetched-at')
        return
        ;;
    '--synapse-config')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-db')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    '--event')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_verify() {
    repeating_flags=()
    non_repeating_flags=(--snapshot --json --quiet --force --version -h --help)
    repeating_options=(--server-keys --public-key --synapse-config --room --signing-key --old-signing-key)
    non_repeating_options=(--room-version --fetched-at --synapse-db --lock-timeout --since --until --shard --server-name --jobs --html)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    '--server-keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--public-key')
        return
        ;;
    '--fetched-at')
        return
        ;;
    '--synapse-config')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-db')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    '--room')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--shard')
        return
        ;;
    '--server-name')
        return
        ;;
    '--signing-key')
        __mxkeys_add_completions -f
        return
        ;;
    '--old-signing-key')
        return
        ;;
    '--jobs')
        return
        ;;
    '--html')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_event_fetch() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--as --key --key-id --keystore-passphrase-file --from --event --state --at --backfill --from-event --limit --room-version --output -o --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--as')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion event fetch -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--key-id')
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--from')
        return
        ;;
    '--event')
        return
        ;;
    '--state')
        return
        ;;
    '--at')
        return
        ;;
    '--backfill')
        return
        ;;
    '--from-event')
        return
        ;;
    '--limit')
        return
        ;;
    '--room-version')
        __mxkeys_add_completions -W '1'$'\n''2'$'\n''3'$'\n''4'$'\n''5'$'\n''6'$'\n''7'$'\n''8'$'\n''9'$'\n''10'$'\n''11'$'\n''12'
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac
}

_mxkeys_room-versions() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0
}

_mxkeys_report() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    merge|html)
        # Offer subcommand argument completions
        "_mxkeys_report_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'merge html' -- "${cur}"))
        ;;
    esac
}

_mxkeys_report_merge() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options -1

    # Offer positional completions
    case "${positional_number}" in
    *)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_report_html() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o)
    __mxkeys_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_recovery-key() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    generate|encode|decode)
        # Offer subcommand argument completions
        "_mxkeys_recovery-key_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'generate encode decode' -- "${cur}"))
        ;;
    esac
}

_mxkeys_recovery-key_generate() {
    repeating_flags=()
    non_repeating_flags=(--json --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_recovery-key_encode() {
    repeating_flags=()
    non_repeating_flags=(--hex --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_recovery-key_decode() {
    repeating_flags=()
    non_repeating_flags=(--hex --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--recovery-key-file --keystore-passphrase-file --output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion recovery-key decode -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    new-key|check-key|passphrase|encrypt|decrypt|fetch)
        # Offer subcommand argument completions
        "_mxkeys_ssss_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'new-key check-key passphrase encrypt decrypt fetch' -- "${cur}"))
        ;;
    esac
}

_mxkeys_ssss_new-key() {
    repeating_flags=()
    non_repeating_flags=(--passphrase --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--key-id --name --passphrase-file --output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key-id')
        return
        ;;
    '--name')
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss_check-key() {
    repeating_flags=()
    non_repeating_flags=(--require-check --passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--key-description --key-id --recovery-key-file --keystore-passphrase-file --passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key-description')
        __mxkeys_add_completions -f
        return
        ;;
    '--key-id')
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion ssss check-key -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss_passphrase() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--key-description --key-id --passphrase-file --output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key-description')
        __mxkeys_add_completions -f
        return
        ;;
    '--key-id')
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss_encrypt() {
    repeating_flags=()
    non_repeating_flags=(--passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --key-id --key-description --recovery-key-file --keystore-passphrase-file --passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--key-id')
        return
        ;;
    '--key-description')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion ssss encrypt -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss_decrypt() {
    repeating_flags=()
    non_repeating_flags=(--names-only --json --passphrase --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --key-id --account-data --key-description --recovery-key-file --keystore-passphrase-file --passphrase-file --output -o)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--key-id')
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--key-description')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion ssss decrypt -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_ssss_fetch() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --homeserver --access-token-file --output -o --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac
}

_mxkeys_backup() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    new-key|auth-data|check-key|encrypt|decrypt|export|fetch|upload|trust)
        # Offer subcommand argument completions
        "_mxkeys_backup_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'new-key auth-data check-key encrypt decrypt export fetch upload trust' -- "${cur}"))
        ;;
    esac
}

_mxkeys_backup_new-key() {
    repeating_flags=()
    non_repeating_flags=(--json --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_auth-data() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--sign-with --user-id --recovery-key-file --keystore-passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--sign-with')
        __mxkeys_add_completions -f
        return
        ;;
    '--user-id')
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion backup auth-data -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_check-key() {
    repeating_flags=()
    non_repeating_flags=(--ssss-passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--auth-data --recovery-key-file --keystore-passphrase-file --account-data --ssss-key-id --ssss-passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion backup check-key -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_encrypt() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--public-key --auth-data)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--public-key')
        return
        ;;
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_decrypt() {
    repeating_flags=()
    non_repeating_flags=(--jsonl --ssss-passphrase --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--room-id --session-id --jobs --recovery-key-file --keystore-passphrase-file --account-data --ssss-key-id --ssss-passphrase-file --auth-data --output -o)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--room-id')
        return
        ;;
    '--session-id')
        return
        ;;
    '--jobs')
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion backup decrypt -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_export() {
    repeating_flags=()
    non_repeating_flags=(--force --ssss-passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --rounds --passphrase-file --room-id --session-id --jobs --recovery-key-file --keystore-passphrase-file --account-data --ssss-key-id --ssss-passphrase-file --auth-data)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--rounds')
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--room-id')
        return
        ;;
    '--session-id')
        return
        ;;
    '--jobs')
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion backup export -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_fetch() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --homeserver --access-token-file --backup-version --output -o --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--backup-version')
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac
}

_mxkeys_backup_upload() {
    repeating_flags=()
    non_repeating_flags=(--new-version --version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --homeserver --access-token-file --backup-version --auth-data --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--backup-version')
        return
        ;;
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_backup_trust() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--auth-data --keys --user-id)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--auth-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--user-id')
        return
        ;;
    esac
}

_mxkeys_session-export() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    decrypt|encrypt)
        # Offer subcommand argument completions
        "_mxkeys_session-export_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'decrypt encrypt' -- "${cur}"))
        ;;
    esac
}

_mxkeys_session-export_decrypt() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--passphrase-file --output -o)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_session-export_encrypt() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --rounds --passphrase-file)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--rounds')
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_keystore() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|path|generate|import|export|passwd|remove)
        # Offer subcommand argument completions
        "_mxkeys_keystore_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list path generate import export passwd remove' -- "${cur}"))
        ;;
    esac
}

_mxkeys_keystore_list() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0
}

_mxkeys_keystore_path() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0
}

_mxkeys_keystore_generate() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--kind --key-version --passphrase-file --lock-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kind')
        __mxkeys_add_completions -W 'signing-key'$'\n''recovery-key'$'\n''ssss-key'$'\n''backup-key'$'\n''master-key'$'\n''self-signing-key'$'\n''user-signing-key'
        return
        ;;
    '--key-version')
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    esac
}

_mxkeys_keystore_import() {
    repeating_flags=()
    non_repeating_flags=(--ssss-passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--kind --key-id --from-ssss --account-data --ssss-key-id --ssss-passphrase-file --recovery-key-file --keystore-passphrase-file --passphrase-file --lock-timeout)
    __mxkeys_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--kind')
        __mxkeys_add_completions -W 'signing-key'$'\n''recovery-key'$'\n''ssss-key'$'\n''backup-key'$'\n''master-key'$'\n''self-signing-key'$'\n''user-signing-key'
        return
        ;;
    '--key-id')
        return
        ;;
    '--from-ssss')
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion keystore import -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    2)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_keystore_export() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--passphrase-file --output -o)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion keystore export -- positional@0 "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_mxkeys_keystore_passwd() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--passphrase-file --new-passphrase-file --lock-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--new-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion keystore passwd -- positional@0 "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_mxkeys_keystore_remove() {
    repeating_flags=()
    non_repeating_flags=(--yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--lock-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--lock-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion keystore remove -- positional@0 "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_mxkeys_devices() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    verify)
        # Offer subcommand argument completions
        "_mxkeys_devices_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'verify' -- "${cur}"))
        ;;
    esac
}

_mxkeys_devices_verify() {
    repeating_flags=()
    non_repeating_flags=(--require-cross-signed --json --force --version -h --help)
    repeating_options=(--user-id --synapse-config)
    non_repeating_options=(--as --jobs --html --synapse-db --lock-timeout --shard)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--as')
        return
        ;;
    '--jobs')
        return
        ;;
    '--html')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-config')
        __mxkeys_add_completions -f
        return
        ;;
    '--synapse-db')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    '--shard')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_cross-signing() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    new|sign-device|sign-user|upload)
        # Offer subcommand argument completions
        "_mxkeys_cross-signing_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'new sign-device sign-user upload' -- "${cur}"))
        ;;
    esac
}

_mxkeys_cross-signing_new() {
    repeating_flags=()
    non_repeating_flags=(--ssss-passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --name --ssss --account-data --ssss-key-id --ssss-passphrase-file --recovery-key-file --keystore-passphrase-file --passphrase-file --lock-timeout)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--name')
        return
        ;;
    '--ssss')
        __mxkeys_add_completions -f
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion cross-signing new -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--lock-timeout')
        return
        ;;
    esac
}

_mxkeys_cross-signing_sign-device() {
    repeating_flags=()
    non_repeating_flags=(--ssss-passphrase --version -h --help)
    repeating_options=(--device-id)
    non_repeating_options=(--keys --user-id --key --account-data --ssss-key-id --ssss-passphrase-file --recovery-key-file --keystore-passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--user-id')
        return
        ;;
    '--device-id')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion cross-signing sign-device -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion cross-signing sign-device -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_cross-signing_sign-user() {
    repeating_flags=()
    non_repeating_flags=(--ssss-passphrase --version -h --help)
    repeating_options=()
    non_repeating_options=(--keys --user-id --as --key --account-data --ssss-key-id --ssss-passphrase-file --recovery-key-file --keystore-passphrase-file)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--keys')
        __mxkeys_add_completions -f
        return
        ;;
    '--user-id')
        return
        ;;
    '--as')
        return
        ;;
    '--key')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion cross-signing sign-user -- --key "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--account-data')
        __mxkeys_add_completions -f
        return
        ;;
    '--ssss-key-id')
        return
        ;;
    '--ssss-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--recovery-key-file')
        __mxkeys_add_completions -W "$(__mxkeys_custom_complete ---completion cross-signing sign-user -- --recovery-key-file "${COMP_CWORD}" "$(__mxkeys_cursor_index_in_current_word)")"
        return
        ;;
    '--keystore-passphrase-file')
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_cross-signing_upload() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --homeserver --access-token-file --password-file --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--password-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_keys() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    query|upload-signatures)
        # Offer subcommand argument completions
        "_mxkeys_keys_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'query upload-signatures' -- "${cur}"))
        ;;
    esac
}

_mxkeys_keys_query() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=(--query-user)
    non_repeating_options=(--user-id --homeserver --access-token-file --output -o --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--query-user')
        return
        ;;
    '--output'|'-o')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac
}

_mxkeys_keys_upload-signatures() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--user-id --homeserver --access-token-file --ca-file --timeout --connect-timeout)
    __mxkeys_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--user-id')
        return
        ;;
    '--homeserver')
        return
        ;;
    '--access-token-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--ca-file')
        __mxkeys_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--connect-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __mxkeys_add_completions -f
        return
        ;;
    esac
}

_mxkeys_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __mxkeys_offer_flags_options -1
    __mxkeys_add_completions -W "$(printf '%s\n' canonical keygen pubkey sign verify request server-keys event room-versions report recovery-key ssss backup session-export keystore devices cross-signing keys)"
}

complete -o filenames -F _mxkeys mxkeys
