#!/usr/bin/env bash
# The identity fixtures (Tests/Fixtures/synapse-identities/): device keys and cross-signing made by a real
# client library (python-olm) on a real Synapse pair, as hs1 stores and serves them.
#   make-identity-fixtures.sh OUTDIR
# Runs identities.py on a fresh pair, then writes into OUTDIR, once every step has passed: hs1.db
# (SQLite, vacuumed, no journal), hs1.pg.sql (the same data ported to PostgreSQL by synapse_port_db,
# dumped by pg_dump), keys-query.alice.json and keys-query.bob.json (the /keys/query answers hs1 gave),
# scenario.json (the facts the tests assert; no access tokens). About a minute.
# Env: SYNAPSE_VENV (default .build/synapse-venv; python-olm is installed into it), IDENTITY_BASE_PORT
# (default 8740: servers localhost:8741 and localhost:8742), PG_BIN (default /usr/lib/postgresql/15/bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(realpath -m "${1:?usage: make-identity-fixtures.sh OUTDIR}")
VENV=$(realpath -m "${SYNAPSE_VENV:-.build/synapse-venv}")
PY=$VENV/bin/python
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_PORT=${IDENTITY_BASE_PORT:-8740}
HERE=scripts/synapse

[ -x "$PG_BIN/initdb" ] || { echo "make-identity-fixtures: no PostgreSQL in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }
[ -x "$PY" ] || bash $HERE/venv.sh "$VENV" >/dev/null
"$PY" -c 'import olm' 2>/dev/null || "$PY" -m pip install --quiet 'python-olm==3.2.16'
mkdir -p .build
WORK=$(mktemp -d "$PWD/.build/identities.XXXXXX")
PGDIR=$(mktemp -d /tmp/mxkeys-pg.XXXXXX)     # a short path: it holds the cluster's Unix socket
source $HERE/pg.sh
cleanup() {
    local rc=$?
    [ -f "$WORK/pair.json" ] && "$PY" $HERE/harness.py stop "$WORK" || true
    pg_stop
    rm -rf "$PGDIR"
    if [ $rc != 0 ]; then echo "make-identity-fixtures: failed; the servers' logs are in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; fi

echo "== two homeservers, the identity scenario"
STAGE=$WORK/out
"$PY" $HERE/identities.py "$WORK" "$STAGE" --init --base-port "$BASE_PORT"
"$PY" $HERE/fixture_tools.py copy-db "$WORK/hs1/homeserver.db" "$STAGE/hs1.db"
rm "$STAGE/secrets.json"
"$PY" - "$STAGE/scenario.json" <<'PY'
import json, sys
path = sys.argv[1]
scenario = json.load(open(path))
for user in scenario["users"].values():
    user.pop("access_token", None)
open(path, "w").write(json.dumps(scenario, indent=2, sort_keys=True) + "\n")
PY

echo "== PostgreSQL: synapse_port_db, pg_dump"
pg_start port
port_and_dump hs1 "$STAGE/hs1.db" "$WORK/hs1/signing.key" "localhost:$((BASE_PORT + 1))" "$WORK" "$STAGE/hs1.pg.sql"
pg_stop

mkdir -p "$OUT"
cp "$STAGE"/hs1.db "$STAGE"/hs1.pg.sql "$STAGE"/keys-query.*.json "$STAGE"/scenario.json "$OUT"/
ls -l "$OUT"
