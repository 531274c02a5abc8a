#!/bin/sh
# Optional interoperability checks against a peer implementation from PyPI (not part of `make test`):
# megolm session export files written by mxkeys are read by matrix-nio, and files matrix-nio writes are
# read by mxkeys. Needs python3 with venv and network access to PyPI.
set -eu
mx="${1:-.build/debug/mxkeys}"
venv="${INTEROP_VENV:-.build/interop-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q matrix-nio atomicwrites
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[{"algorithm":"m.megolm.v1.aes-sha2","room_id":"!r:x","sender_key":"sender","session_id":"s","session_key":"k"}]' >"$work/sessions.json"

MXKEYS_EXPORT_PASSPHRASE=interop "$mx" session-export encrypt --rounds 10000 --output "$work/from-mxkeys.txt" "$work/sessions.json"
"$venv/bin/python" - "$work" <<'PY'
import json, sys
from nio.crypto import key_export
work = sys.argv[1]
sessions = json.loads(key_export.decrypt_and_read(f"{work}/from-mxkeys.txt", "interop"))
assert sessions == json.load(open(f"{work}/sessions.json")), sessions
key_export.encrypt_and_save(json.dumps(sessions).encode(), f"{work}/from-nio.txt", "interop", count=10000)
# nio derives the key from a non-ASCII passphrase's Latin-1 bytes.
key_export.encrypt_and_save(json.dumps(sessions).encode(), f"{work}/from-nio-latin1.txt", "Grüße", count=10000)
print("matrix-nio read the export file mxkeys wrote")
PY
MXKEYS_EXPORT_PASSPHRASE=interop "$mx" session-export decrypt "$work/from-nio.txt" >"$work/back.json"
"$venv/bin/python" -c "import json,sys; assert json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))" "$work/back.json" "$work/sessions.json"
echo "mxkeys read the export file matrix-nio wrote"
MXKEYS_EXPORT_PASSPHRASE="Grüße" "$mx" session-export decrypt "$work/from-nio-latin1.txt" >"$work/back-latin1.json"
"$venv/bin/python" -c "import json,sys; assert json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))" "$work/back-latin1.json" "$work/sessions.json"
echo "mxkeys read the export file matrix-nio wrote with a Latin-1 passphrase"
