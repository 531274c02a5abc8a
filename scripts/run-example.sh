#!/bin/sh
# The main job on the bundled sample data (examples/, made by examples/make-sample.sh): what mxkeys can
# tell about a room's events offline. Offline verification of whole rooms against saved server keys
# replaces steps 2–4 once `mxkeys event verify` exists.
set -u
mx="${1:-.build/release/mxkeys}"
ex=examples
step() { printf '\n== %s\n$ %s\n' "$1" "$2"; }

step "1. The servers' key responses: each server's own signature checks out" \
     "mxkeys verify --server example.org --server-keys $ex/example.org.keys.json $ex/example.org.keys.json"
"$mx" verify --server example.org --server-keys "$ex/example.org.keys.json" "$ex/example.org.keys.json"
"$mx" verify --server other.example --server-keys "$ex/other.example.keys.json" "$ex/other.example.keys.json"

step "2. Event IDs of the sample room (room version 11), streamed" \
     "mxkeys event id --room-version 11 --lines $ex/room.jsonl"
"$mx" event id --room-version 11 --lines "$ex/room.jsonl"

step "3. Content hashes: all match in the room; the altered copy of event 7 does not (exit 1)" \
     "mxkeys event hash --check --room-version 11 --lines $ex/room.jsonl; mxkeys event hash --check ... $ex/altered.json"
"$mx" event hash --check --room-version 11 --lines "$ex/room.jsonl" | sort | uniq -c
"$mx" event hash --check --room-version 11 "$ex/altered.json"
echo "exit code: $?"

step "4. One event explained: redaction, hashes, who must sign it and who did" \
     "mxkeys event inspect --room-version 11 $ex/altered.json"
"$mx" event inspect --room-version 11 "$ex/altered.json"

step "5. The altered event's signature still verifies: it covers the redacted event, so the event counts as redacted, not forged" \
     "mxkeys event redact --room-version 11 $ex/altered.json | mxkeys verify --server example.org --server-keys $ex/example.org.keys.json"
"$mx" event redact --room-version 11 "$ex/altered.json" | "$mx" verify --server example.org --server-keys "$ex/example.org.keys.json"
exit 0
