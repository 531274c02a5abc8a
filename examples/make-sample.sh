#!/bin/sh
# Rebuilds the sample data in this folder with mxkeys itself (run from the repository root after a
# build: sh examples/make-sample.sh .build/debug/mxkeys). The keys are sample keys, published here:
# never use them for a real server.
set -eu
mx="${1:-.build/debug/mxkeys}"
dir=examples
rm -f "$dir"/*.key "$dir"/room.jsonl
"$mx" keygen --key-version a_sample --output "$dir/example.org.key" >/dev/null
"$mx" keygen --key-version a_other --output "$dir/other.example.key" >/dev/null

# Self-signed /_matrix/key/v2/server responses for both servers.
for server in example.org other.example; do
    pub=$("$mx" pubkey --key "$dir/$server.key" --json)
    printf '{"server_name":"%s","valid_until_ts":1893456000000,"verify_keys":%s}' "$server" "$pub" \
        | "$mx" sign --server "$server" --key "$dir/$server.key" >"$dir/$server.keys.json"
done

# A room version 11 room: create, joins, then messages from both servers, each linked to the last.
ts=1700000000000
depth=0
prev='[]'
emit() {  # emit SERVER JSON_WITHOUT_COMMON_FIELDS
    server=$1
    depth=$((depth + 1))
    ts=$((ts + 61000))
    event=$(printf '%s' "$2" | sed "s/}\$/,\"room_id\":\"!sample:example.org\",\"origin_server_ts\":$ts,\"depth\":$depth,\"prev_events\":$prev,\"auth_events\":[]}/")
    signed=$(printf '%s' "$event" | "$mx" event sign --room-version 11 --server "$server" --key "$dir/$server.key")
    printf '%s\n' "$signed" >>"$dir/room.jsonl"
    prev="[\"$(printf '%s' "$signed" | "$mx" event id --room-version 11)\"]"
}
emit example.org '{"type":"m.room.create","state_key":"","sender":"@alice:example.org","content":{"room_version":"11"}}'
emit example.org '{"type":"m.room.member","state_key":"@alice:example.org","sender":"@alice:example.org","content":{"membership":"join","displayname":"Alice"}}'
emit example.org '{"type":"m.room.join_rules","state_key":"","sender":"@alice:example.org","content":{"join_rule":"public"}}'
emit other.example '{"type":"m.room.member","state_key":"@bob:other.example","sender":"@bob:other.example","content":{"membership":"join","displayname":"Bob"}}'
i=0
for text in "Hello Bob" "Hi Alice! 👋" "Shall we test signatures?" "Yes: every event here is signed." \
            "And hashed." "Redaction keeps the signature valid." "Ünïcödé survives canonical JSON." "Bye!"; do
    i=$((i + 1))
    if [ $((i % 2)) -eq 1 ]; then sender="@alice:example.org" server=example.org; else sender="@bob:other.example" server=other.example; fi
    emit "$server" "{\"type\":\"m.room.message\",\"sender\":\"$sender\",\"content\":{\"msgtype\":\"m.text\",\"body\":\"$text\"}}"
done
# One event whose content was changed after signing: its content hash no longer matches.
sed -n '7p' "$dir/room.jsonl" | sed 's/Shall we test signatures?/Shall we test forgeries?/' >"$dir/altered.json"
echo "wrote $dir/example.org.key, other.example.key, *.keys.json, room.jsonl ($(wc -l <"$dir/room.jsonl") events), altered.json"
