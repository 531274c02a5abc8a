#!/bin/sh
# The main job on the bundled sample data (examples/, made by examples/make-sample.sh): an auditor holds
# a room's events and the servers' saved key responses, and learns offline which events are authentic.
set -u
mx="${1:-.build/release/mxkeys}"
ex=examples
step() { printf '\n== %s\n$ %s\n' "$1" "$2"; }

step "1. The saved key responses: self-signatures, a notary's signature, and each key's validity window" \
     "mxkeys server-keys verify --notary-keys $ex/keys/other.example.json --fetched-at 1700000000000 $ex/keys"
"$mx" server-keys verify --notary-keys "$ex/keys/other.example.json" --fetched-at 1700000000000 "$ex/keys"
echo "exit code: $? (1: tampered.example's response fails its self-signature)"

step "2. Verify the whole room (room version 11, $(wc -l <"$ex/room.jsonl") events) against those keys" \
     "mxkeys event verify --room-version 11 --server-keys $ex/keys --fetched-at 1700000000000 $ex/room.jsonl"
"$mx" event verify --room-version 11 --server-keys "$ex/keys" --fetched-at 1700000000000 "$ex/room.jsonl"
echo "exit code: $? (1: some events are redacted or rejected)"

step "3. Key validity depends on the room version: a retired key is checked from version 5 on" \
     "mxkeys event verify --room-version 5 ... $ex/room-v5.jsonl; then --room-version 4"
"$mx" event verify --room-version 5 --server-keys "$ex/keys" --fetched-at 1700000000000 "$ex/room-v5.jsonl"
"$mx" event verify --room-version 4 --server-keys "$ex/keys" --fetched-at 1700000000000 --quiet "$ex/room-v5.jsonl"

step "4. One altered event explained: what redaction removes, the hashes, who must sign it and who did, each signature checked, and the verdict" \
     "mxkeys event inspect --room-version 11 --server-keys $ex/keys --fetched-at 1700000000000 $ex/altered.json"
"$mx" event inspect --room-version 11 --server-keys "$ex/keys" --fetched-at 1700000000000 "$ex/altered.json"
echo "exit code: $? (1: the event counts only in redacted form, as event verify says)"

# A homeserver's own database: the committed Synapse fixture (Tests/Fixtures/synapse, two real servers
# that federated). Its signing keys are throwaway test keys; a checkout leaves them readable by others,
# which mxkeys would warn about, as it should for a real server's key. They are 0600 for these two steps
# and get their modes back at the end, so that the run leaves the checkout as it found it.
syn=Tests/Fixtures/synapse
modes=$(stat -c '%a %n' "$syn"/*.signing.key)
restore() { printf '%s\n' "$modes" | while read -r mode file; do chmod "$mode" "$file"; done; }
trap restore EXIT
trap 'exit 130' INT; trap 'exit 143' TERM; trap 'exit 129' HUP
chmod 600 "$syn"/*.signing.key
step "5. A Synapse homeserver's database, through its config: rooms of versions 1 to 12 in one run" \
     "mxkeys event verify --synapse-config $syn/hs1.yaml"
"$mx" event verify --synapse-config "$syn/hs1.yaml"
echo "exit code: $? (0: every event valid or censored; hs1 itself rejected one event whose signatures are valid)"

step "6. The key responses that the other server fetched and stored, with their fetch times" \
     "mxkeys server-keys verify --synapse-config $syn/hs2.yaml"
"$mx" server-keys verify --synapse-config "$syn/hs2.yaml"
exit 0
