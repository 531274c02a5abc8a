#!/usr/bin/env bash
# Rebuild the Synapse database fixtures from two live homeservers (see Tests/Fixtures/synapse/README.md).
#   make-fixtures.sh OUTDIR
# Runs the scenario in populate.py on a fresh harness pair (work dir under .build/), then writes, first
# into the work dir and once every step has passed into OUTDIR (other files there are left alone):
# hs1.db/hs2.db (SQLite, vacuumed, no journal), hs1.yaml/hs2.yaml (configs with paths relative
# to OUTDIR and the secrets taken out), the signing keys, the servers' key responses, hs1.pg.sql/hs2.pg.sql
# (the same data ported to PostgreSQL by synapse_port_db, dumped by pg_dump) and manifest.json.
# Takes about ten minutes: Synapse censors redacted events only every five minutes.
# Env: SYNAPSE_VENV (default .build/synapse-venv), FIXTURE_BASE_PORT (default 8480: servers localhost:8481
# and localhost:8482), PG_BIN (default /usr/lib/postgresql/15/bin: initdb, pg_ctl, psql, pg_dump).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(realpath -m "${1:?usage: make-fixtures.sh OUTDIR}")
VENV=$(realpath -m "${SYNAPSE_VENV:-.build/synapse-venv}")
PY=$VENV/bin/python
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_PORT=${FIXTURE_BASE_PORT:-8480}
HERE=scripts/synapse

[ -x "$PG_BIN/initdb" ] || { echo "make-fixtures: no PostgreSQL in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }
bash $HERE/venv.sh "$VENV" >/dev/null
mkdir -p .build
# FIXTURE_WORK=DIR keeps the work dir and, when DIR already holds a finished scenario, redoes only the
# steps after it (for working on this script).
WORK=${FIXTURE_WORK:-$(mktemp -d "$PWD/.build/fixtures.XXXXXX")}
PGDIR=$(mktemp -d /tmp/mxkeys-pg.XXXXXX)     # a short path: it holds the cluster's Unix socket
source $HERE/pg.sh
cleanup() {
    local rc=$?
    [ -f "$WORK/pair.json" ] && "$PY" $HERE/harness.py stop "$WORK" || true
    pg_stop
    rm -rf "$PGDIR"
    if [ $rc != 0 ]; then
        echo "make-fixtures: failed; the servers' logs are in $WORK" >&2
    elif [ -z "${FIXTURE_WORK:-}" ]; then
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT     # so that cleanup sees a failure
trap 'exit 143' TERM
if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; fi

echo "== two homeservers, the scenario"
if [ ! -f "$WORK/scenario.json" ]; then
    "$PY" $HERE/harness.py init "$WORK" --base-port "$BASE_PORT" --redaction-retention 1m
    "$PY" $HERE/populate.py "$WORK" "$WORK/scenario.json"
fi

echo "== SQLite databases, configs, keys"
STAGE=$WORK/out
rm -rf "$STAGE" && mkdir -p "$STAGE"
for hs in hs1 hs2; do
    "$PY" $HERE/fixture_tools.py copy-db "$WORK/$hs/homeserver.db" "$STAGE/$hs.db"
    cp "$WORK/$hs/signing.key" "$STAGE/$hs.signing.key"
done
"$PY" $HERE/fixture_tools.py files "$WORK" "$WORK/scenario.json" "$STAGE"

echo "== PostgreSQL: synapse_port_db, pg_dump"
pg_start port
for hs in hs1 hs2; do
    port_and_dump "$hs" "$STAGE/$hs.db" "$STAGE/$hs.signing.key" \
        "$("$PY" -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["server_name"])' "$STAGE/$hs.yaml")" \
        "$WORK" "$STAGE/$hs.pg.sql"
done
"$PY" $HERE/fixture_tools.py schema "$STAGE" "$WORK/schema.json" "host=$PGDIR user=postgres"
pg_stop

echo "== the dumps load into a fresh cluster"
pg_start check
for hs in hs1 hs2; do
    psql_ -d postgres -c "CREATE DATABASE $hs ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0"
    psql_ -d "$hs" -f "$STAGE/$hs.pg.sql" >/dev/null
    echo "$hs.pg.sql: $(psql_ -d "$hs" -At -c 'SELECT count(*) FROM event_json') events loaded"
done
pg_stop

echo "== manifest"
"$PY" $HERE/fixture_tools.py manifest "$WORK/scenario.json" "$WORK/schema.json" "$STAGE"

mkdir -p "$OUT"
rm -f "$OUT"/hs[12].* "$OUT/manifest.json"
cp "$STAGE"/* "$OUT"/
ls -l "$OUT"
