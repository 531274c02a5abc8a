#!/bin/sh
# Rebuilds the sample data in this folder with mxkeys itself (run from the repository root after a
# build: sh examples/make-sample.sh .build/debug/mxkeys). The keys are sample keys, published here:
# never use them for a real server, account or backup.
#
#   signing/          the servers' private keys (and a forger's)
#   keys/             the servers' published key responses, as an auditor would have saved them
#   room.jsonl        a room version 11 room of a few hundred events, with some damaged on purpose
#   room-v5.jsonl     four events of a room version 5 room, one signed with a retired key
#   altered.json      one event of the room whose content was changed after signing
#
# and the files the README's walk-throughs use (`sh examples/make-sample.sh MXKEYS walk-throughs`
# makes these alone, leaving the room and its keys as they are):
#
#   object.json        a JSON object to sign
#   event.json         an event of the room, not yet signed, for event sign
#   security-key.txt   the Security Key (secret storage recovery key) of the sample account
#   key.json           its key description (m.pbkdf2 from the Security Phrase in $phrase below)
#   account-data.json  the account data that ssss fetch would write: the default key, its description,
#                      and the backup key stored as the secret m.megolm_backup.v1
#   version.json       the key backup's version (GET /room_keys/version), with its auth_data
#   backup.json        the key backup's sessions (two megolm sessions), as PUT /room_keys/keys takes them
#   keys.json          a /keys/query answer for @alice:example.org: her cross-signing keys (whose private
#                      halves account-data.json holds in secret storage) and two devices, ALICE1
#                      cross-signed and ALICE2 not
set -eu
mx="${1:-.build/debug/mxkeys}"
dir=examples
phrase='correct horse battery staple'   # the sample Security Phrase, published

# The walk-throughs' files. The megolm sessions are made as a client makes one: a random 128-byte
# ratchet and an ed25519 key (mxkeys keygen), exported at index 0 (version byte 1, the index, the
# ratchet, the public key); the session ID is the public key.
walk_throughs() {
    umask 077
    work=$(mktemp -d)
    printf '{"name":"example.org","purpose":"a JSON object to sign"}\n' >"$dir/object.json"
    printf '{"auth_events":[],"content":{"body":"Signed in the walk-through","msgtype":"m.text"},"depth":300,"origin_server_ts":%s,"prev_events":[],"room_id":"!sample:example.org","sender":"@alice:example.org","type":"m.room.message"}\n' \
        $((1700000000000 + 300 * 61000)) >"$dir/event.json"
    new=$(MXKEYS_PASSPHRASE="$phrase" "$mx" ssss new-key --key-id sample --name "Sample Security Phrase" --passphrase)
    description=$(printf '%s' "$new" | sed 's/.*"key_description":\(.*\),"key_id".*/\1/')
    printf '%s\n' "$new" | sed 's/.*"recovery_key":"\([^"]*\)".*/\1/' >"$dir/security-key.txt"
    printf '{"content":%s,"type":"m.secret_storage.key.sample"}\n' "$description" >"$dir/key.json"
    backup=$("$mx" backup new-key --json)
    auth=$(printf '%s' "$backup" | sed 's/^{"auth_data":\(.*\),"key_base64".*/\1/')
    stored=$(printf '%s' "$backup" | sed 's/.*"key_base64":"\([^"]*\)".*/\1/' \
        | "$mx" ssss encrypt --name m.megolm_backup.v1 --key-id sample --recovery-key-file "$dir/security-key.txt")
    printf '{"m.megolm_backup.v1":%s,"m.secret_storage.default_key":{"key":"sample"},"m.secret_storage.key.sample":%s}\n' \
        "$stored" "$description" >"$dir/account-data.json"
    printf '{"algorithm":"m.megolm_backup.v1.curve25519-aes-sha2","auth_data":%s,"count":2,"etag":"1","version":"1"}\n' "$auth" >"$dir/version.json"
    sessions=""
    for n in 1 2; do
        "$mx" keygen --key-version "s$n" --output "$work/s$n.key" >/dev/null
        id=$("$mx" pubkey --key "$work/s$n.key" | sed 's/^ed25519:[^=]*=//')
        key=$({ printf '\001\000\000\000\000'; head -c 128 /dev/urandom; printf '%s=' "$id" | base64 -d; } | base64 -w0)
        sender=$(head -c 32 /dev/urandom | base64 -w0 | tr -d '=')
        "$mx" keygen --key-version device --output "$work/device$n.key" >/dev/null
        claimed=$("$mx" pubkey --key "$work/device$n.key" | sed 's/^ed25519:[^=]*=//')
        sessions="$sessions${sessions:+,}{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"forwarding_curve25519_key_chain\":[],\"room_id\":\"!sample:example.org\",\"sender_claimed_keys\":{\"ed25519\":\"$claimed\"},\"sender_key\":\"$sender\",\"session_id\":\"$id\",\"session_key\":\"$key\"}"
    done
    printf '[%s]\n' "$sessions" | "$mx" backup encrypt --auth-data "$dir/version.json" >"$dir/backup.json"
    identities
    rm -rf "$work"
}

# The sample account's identity: cross-signing keys made by mxkeys into its secret storage, and a
# saved /keys/query answer with two devices (each signed by its own device key, made by mxkeys
# keygen; ALICE1 also by the self-signing key, ALICE2 not yet: the new device of the walk-throughs).
# python3 only joins JSON objects; every key and signature comes from mxkeys.
identities() {
    user=@alice:example.org
    "$mx" cross-signing new --user-id $user --ssss "$work/cross-signing.json" --account-data "$dir/account-data.json" \
        --recovery-key-file "$dir/security-key.txt" >"$work/upload.json"
    for device in ALICE1 ALICE2; do
        "$mx" keygen --key-version $device --output "$work/$device.key" >/dev/null
        ed25519=$("$mx" pubkey --key "$work/$device.key" | sed 's/^ed25519:[^=]*=//')
        curve25519=$(openssl genpkey -algorithm X25519 -outform DER | openssl pkey -inform DER -pubout -outform DER | tail -c 32 | base64 | tr -d '=')
        printf '{"algorithms":["m.olm.v1.curve25519-aes-sha2","m.megolm.v1.aes-sha2"],"device_id":"%s","keys":{"curve25519:%s":"%s","ed25519:%s":"%s"},"user_id":"%s"}\n' \
            $device $device "$curve25519" $device "$ed25519" $user | "$mx" sign --server $user --key "$work/$device.key" >"$work/$device.json"
    done
    python3 - "$dir" "$work" $user <<'PY'
import json, sys
dir, work, user = sys.argv[1:]
def load(name): return json.load(open(f"{work}/{name}"))
upload = load("upload.json")
keys = {"device_keys": {user: {d: load(f"{d}.json") for d in ("ALICE1", "ALICE2")}}, "failures": {},
        "master_keys": {user: upload["master_key"]}, "self_signing_keys": {user: upload["self_signing_key"]},
        "user_signing_keys": {user: upload["user_signing_key"]}}
json.dump(keys, open(f"{dir}/keys.json", "w"), sort_keys=True, separators=(",", ":"))
data = json.load(open(f"{dir}/account-data.json")) | load("cross-signing.json")
json.dump(data, open(f"{dir}/account-data.json", "w"), sort_keys=True, separators=(",", ":"))
PY
    "$mx" cross-signing sign-device --keys "$dir/keys.json" --device-id ALICE1 --account-data "$dir/account-data.json" \
        --recovery-key-file "$dir/security-key.txt" 2>/dev/null >"$work/signatures.json"
    python3 - "$dir" "$work" $user <<'PY'
import json, sys
dir, work, user = sys.argv[1:]
keys = json.load(open(f"{dir}/keys.json"))
signed = json.load(open(f"{work}/signatures.json"))[user]["ALICE1"]
keys["device_keys"][user]["ALICE1"]["signatures"][user].update(signed["signatures"][user])
keys["device_keys"][user]["ALICE1"]["unsigned"] = {"device_display_name": "Alice's laptop"}
keys["device_keys"][user]["ALICE2"]["unsigned"] = {"device_display_name": "Alice's new phone"}
with open(f"{dir}/keys.json", "w") as out:
    json.dump(keys, out, sort_keys=True, separators=(",", ":"))
    out.write("\n")
PY
    printf '\n' >>"$dir/account-data.json"
}
if [ "${2:-}" = walk-throughs ]; then
    walk_throughs
    echo "wrote $dir/object.json, event.json, security-key.txt, key.json, account-data.json, version.json, backup.json, keys.json"
    exit 0
fi

rm -rf "$dir/signing" "$dir/keys" "$dir/room.jsonl" "$dir/room-v5.jsonl" "$dir/altered.json"
mkdir -p "$dir/signing" "$dir/keys"
t0=1700000000000               # the room's first event: 2023-11-14
rotated=$((t0 + 2 * 3600000))  # example.org retired ed25519:a_2023 two hours in
until=1893456000000            # the responses claim validity until 2030

for key in example.org:a_2024 example.org-old:a_2023 other.example:a_other third.example:a_third \
           tampered.example:a_tamper forger:a_other; do
    "$mx" keygen --key-version "${key#*:}" --output "$dir/signing/${key%%:*}.key" >/dev/null
done
old_spec=$("$mx" pubkey --key "$dir/signing/example.org-old.key" --old-key-at "$rotated")  # ed25519:a_2023=BASE64@TS

# Key responses: example.org lists its retired key; third.example's keys were fetched through
# other.example acting as a notary; tampered.example's response was edited after signing.
"$mx" server-keys publish --server example.org --key "$dir/signing/example.org.key" --old-key "$old_spec" \
    --valid-until "$until" >"$dir/keys/example.org.json"
"$mx" server-keys publish --server other.example --key "$dir/signing/other.example.key" --valid-until "$until" \
    >"$dir/keys/other.example.json"
third=$("$mx" server-keys publish --server third.example --key "$dir/signing/third.example.key" --valid-until "$until" \
    | "$mx" sign --server other.example --key "$dir/signing/other.example.key")
printf '{"server_keys":[%s]}\n' "$third" >"$dir/keys/third.example.via.other.example.json"  # as server-keys fetch names it
"$mx" server-keys publish --server tampered.example --key "$dir/signing/tampered.example.key" --valid-until "$until" \
    | sed 's/"valid_until_ts":1893456000000/"valid_until_ts":4102444800000/' >"$dir/keys/tampered.example.json"

# The room. Each event follows the last; example.org signs with its old key until the rotation.
ts=$t0
depth=0
prev='[]'
room='!sample:example.org'
emit() {  # emit FILE VERSION KEYS... -- JSON: sign with each SERVER=KEYFILE in turn
    file=$1 version=$2
    shift 2
    signers=""
    while [ "$1" != "--" ]; do signers="$signers $1"; shift; done
    json=$2
    depth=$((depth + 1))
    ts=$((ts + 61000))
    event=$(printf '%s' "$json" | sed "s/}\$/,\"room_id\":\"$room\",\"origin_server_ts\":$ts,\"depth\":$depth,\"prev_events\":$prev,\"auth_events\":[]}/")
    for signer in $signers; do
        event=$(printf '%s' "$event" | "$mx" event sign --room-version "$version" --server "${signer%%=*}" --key "$dir/signing/${signer#*=}.key")
    done
    printf '%s\n' "$event" >>"$dir/$file"
    prev="[\"$(printf '%s' "$event" | "$mx" event id --room-version "$version")\"]"
}
org() { if [ "$ts" -lt $((rotated - 61000)) ]; then echo example.org=example.org-old; else echo example.org=example.org; fi; }
member() {  # member USER DISPLAYNAME [EXTRA_CONTENT]
    printf '{"type":"m.room.member","state_key":"%s","sender":"%s","content":{"membership":"join","displayname":"%s"%s}}' "$1" "$1" "$2" "${3:-}"
}
message() { printf '{"type":"m.room.message","sender":"%s","content":{"msgtype":"m.text","body":"%s"}}' "$1" "$2"; }

emit room.jsonl 11 "$(org)" -- '{"type":"m.room.create","state_key":"","sender":"@alice:example.org","content":{"room_version":"11"}}'
emit room.jsonl 11 "$(org)" -- "$(member @alice:example.org Alice)"
emit room.jsonl 11 "$(org)" -- '{"type":"m.room.power_levels","state_key":"","sender":"@alice:example.org","content":{"users":{"@alice:example.org":100},"users_default":0,"events_default":0,"state_default":50,"ban":50,"kick":50,"redact":50,"invite":0}}'
emit room.jsonl 11 "$(org)" -- '{"type":"m.room.join_rules","state_key":"","sender":"@alice:example.org","content":{"join_rule":"restricted","allow":[{"type":"m.room_membership","room_id":"!space:example.org"}]}}'
emit room.jsonl 11 other.example=other.example -- "$(member @bob:other.example Bob)"
emit room.jsonl 11 "$(org)" -- "$(member @carol:example.org Carol)"
# A restricted join needs the authorising server's signature as well as the joining server's.
emit room.jsonl 11 third.example=third.example "$(org)" -- "$(member @dave:third.example Dave ',"join_authorised_via_users_server":"@alice:example.org"')"

users="@alice:example.org @bob:other.example @carol:example.org @dave:third.example"
lines="Good morning, everyone.|Has anyone looked at the new key rotation?|Yes: the old key stays listed with its expired_ts.|So events signed before it expired still verify?|Exactly, and anything signed after does not.|Ünïcödé and emoji 🙂 survive canonical JSON.|日本語のメッセージも大丈夫です。|Reference hashes make the event IDs.|Redaction keeps only what the signatures cover.|Back in a minute."
i=0
while [ $i -lt 280 ]; do
    i=$((i + 1))
    user=$(echo $users | cut -d' ' -f$((i % 4 + 1)))
    text=$(printf '%s' "$lines" | cut -d'|' -f$((i % 10 + 1)))
    case $user in
        *:example.org) signer=$(org) ;;
        *:other.example) signer=other.example=other.example ;;
        *) signer=third.example=third.example ;;
    esac
    case $i in
        60) emit room.jsonl 11 "$signer" -- "{\"type\":\"m.room.topic\",\"state_key\":\"\",\"sender\":\"$user\",\"content\":{\"topic\":\"Signing keys, offline\"}}" ;;
        150) target=${prev#[}
             emit room.jsonl 11 "$signer" -- "{\"type\":\"m.reaction\",\"sender\":\"$user\",\"content\":{\"m.relates_to\":{\"rel_type\":\"m.annotation\",\"event_id\":${target%]},\"key\":\"👍\"}}}" ;;
        *) emit room.jsonl 11 "$signer" -- "$(message "$user" "$text (#$i)")" ;;
    esac
done
# Damaged on purpose:
# - signed after its key was retired: example.org's old key, at a time past its expired_ts;
emit room.jsonl 11 example.org=example.org-old -- "$(message @alice:example.org "Signed with a retired key")"
# - forged: a signature under other.example's key ID, made with another key;
emit room.jsonl 11 other.example=forger -- "$(message @bob:other.example "A forged message")"
# - a restricted join without the authorising server's signature;
emit room.jsonl 11 third.example=third.example -- "$(member @erin:third.example Erin ',"join_authorised_via_users_server":"@alice:example.org"')"
# - from a server whose key response fails its self-signature, so its key is not used;
emit room.jsonl 11 tampered.example=tampered.example -- "$(message @mallory:tampered.example "Trust me")"
emit room.jsonl 11 "$(org)" -- "$(message @alice:example.org "That is all, thanks.")"
# - content changed after signing (the hash no longer matches; the signature still does).
sed -i -e '40s/"body":"\([^"]*\)"/"body":"\1 (edited)"/' \
       -e '6s/"displayname":"Carol"/"displayname":"Mallory"/' "$dir/room.jsonl"
sed -n '40p' "$dir/room.jsonl" >"$dir/altered.json"

# A room version 5 room: the third event is signed with the retired key after its expired_ts, which
# only room versions 5 and later check.
room='!old:example.org'
ts=$((rotated - 3 * 61000))
depth=0
prev='[]'
emit room-v5.jsonl 5 example.org=example.org-old -- '{"type":"m.room.create","state_key":"","sender":"@alice:example.org","content":{"room_version":"5","creator":"@alice:example.org"}}'
emit room-v5.jsonl 5 example.org=example.org-old -- "$(member @alice:example.org Alice)"
emit room-v5.jsonl 5 example.org=example.org-old -- "$(message @alice:example.org "Still signing with the old key")"
emit room-v5.jsonl 5 example.org=example.org -- "$(message @alice:example.org "Now with the new one")"

walk_throughs
echo "wrote $dir/signing/, $dir/keys/, the walk-throughs' files, room.jsonl ($(wc -l <"$dir/room.jsonl") events), room-v5.jsonl, altered.json"
